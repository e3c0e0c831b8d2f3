"""Forms of the council pages: accounts, invitations, campaigns, letters."""

import time

from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.contrib.auth.models import User
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_lazy as _

from assessment import labels as questionnaire_labels
from assessment import questionnaire
from assessment.forms import (
    REGIONS_OF,
    address_field,
    choices_of,
)
from assessment.law import jurisdiction
from councils.letters import CouncilDetails
from councils.models import Campaign, Role
from documents.forms import DetailsForm, LetterForm, SendingFields
from oversight.lib.client_address import client_address
from oversight.lib.limits import count_attempt, forget_attempt, private_cache_key

LOGIN_WINDOW = 15 * 60
LOGIN_FAILURES_PER_NAME_AND_CLIENT = 5
LOGIN_FAILURES_PER_CLIENT = 20
# A user name is no secret: refusing it after failures from anywhere would let anyone
# lock its owner out. Past this many tries in a window, every try on the name waits a
# moment instead, right or wrong, and none is refused for the name alone.
LOGIN_TRIES_PER_NAME_BEFORE_SLOWDOWN = 10
LOGIN_SLOWDOWN_SECONDS = 1


class SignupForm(UserCreationForm):
    """An account: a user name and a password. No e-mail address is asked for."""

    class Meta(UserCreationForm.Meta):
        help_texts = {
            "username": _(
                "Letters, digits and @/./+/-/_ only. It need not be your real name."
            )
        }

    def name_taken(self) -> None:
        """Say the name is taken, as the form does when it checks: for a sign-up
        that took it at the same moment as this one."""
        self.add_error(
            "username", self.instance.unique_error_message(User, ["username"])
        )


class CouncilSignupForm(SignupForm):
    council_name = forms.CharField(
        label=_("Name of your works council or union branch"), max_length=120
    )


def _throttle_keys(request, username: str) -> list[tuple[str, int | None]]:
    """Counters of failed logins, hashed, with their limits: per user name from one
    client, per client, and per user name (no limit: it only slows down)."""
    client = client_address(request) if request else ""
    name = username.casefold()
    return [
        (
            private_cache_key("login", "name+client", name, client),
            LOGIN_FAILURES_PER_NAME_AND_CLIENT,
        ),
        (private_cache_key("login", "client", client), LOGIN_FAILURES_PER_CLIENT),
        (private_cache_key("login", "name", name), None),
    ]


class ThrottledLoginForm(AuthenticationForm):
    """Django's login form, refusing more tries after repeated failures from one
    client, and slowing down the tries on a user name under attack from many.

    A try is counted before its password is checked, so that tries sent at once
    cannot all slip in under a limit; one that succeeds is taken back. A slowed try
    holds a worker for a second, and a client has at most LOGIN_FAILURES_PER_CLIENT.
    """

    error_messages = {
        **AuthenticationForm.error_messages,
        "throttled": _(
            "Too many failed attempts. Please wait 15 minutes and try again."
        ),
    }

    def clean(self):
        if not settings.RATE_LIMITS_ENABLED:
            return super().clean()
        keys = _throttle_keys(self.request, self.cleaned_data.get("username") or "")
        counts = [count_attempt(key, LOGIN_WINDOW) for key, _limit in keys]
        if any(
            limit is not None and count > limit
            for count, (_key, limit) in zip(counts, keys, strict=True)
        ):
            raise forms.ValidationError(
                self.error_messages["throttled"], code="throttled"
            )
        if counts[-1] > LOGIN_TRIES_PER_NAME_BEFORE_SLOWDOWN:
            time.sleep(LOGIN_SLOWDOWN_SECONDS)
        cleaned_data = super().clean()  # a wrong password raises: its try stays counted
        for key, _limit in keys:
            forget_attempt(key, LOGIN_WINDOW)
        return cleaned_data


class ThrottledAdminLoginForm(ThrottledLoginForm, AdminAuthenticationForm):
    """The admin's sign-in (staff accounts only), throttled on the same counters as
    the councils': a name and a client locked out of one are locked out of both."""

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "throttled": ThrottledLoginForm.error_messages["throttled"],
    }


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for its password, so an open browser is not enough."""

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password


class InvitationForm(forms.Form):
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Role.choices,
        initial=Role.MEMBER,
        widget=forms.RadioSelect,
        help_text=_(
            "Members see campaigns, figures and reports; administrators also invite "
            "people and open, close and delete campaigns."
        ),
    )
    label = forms.CharField(
        label=_("Note for your own overview (optional)"),
        max_length=80,
        required=False,
        help_text=_("For example a first name. Only your council sees it."),
    )


class CampaignForm(forms.ModelForm):
    country = forms.ChoiceField(
        label=_("Country of the workplace"),
        choices=lambda: [  # sorted when shown, in the language shown
            ("", _("Choose a country")),
            *questionnaire_labels.alphabetical(
                questionnaire_labels.answers("workplace.country")
            ),
        ],
        help_text=_("It decides which laws apply, and is filled in for employees."),
    )
    region = forms.ChoiceField(
        label=_("State or Land (only for a workplace in the United States or Germany)"),
        help_text=_(
            "In the United States state law applies; in Germany the Land sets the "
            "public holidays that move a letter's deadline."
        ),
        choices=[("", "—"), *choices_of(questionnaire.question("workplace.region"))],
        required=False,
        widget=forms.Select(attrs={REGIONS_OF: "id_country"}),
    )

    class Meta:
        model = Campaign
        fields = [
            "title",
            "employer",
            "country",
            "region",
            "worker_representation",
            "threshold",
            "sends_per_hour",
        ]
        labels = {
            "title": _("Title"),
            "employer": _("Employer"),
            "worker_representation": questionnaire_labels.question(
                "workplace.worker_representation"
            ),
            "threshold": _("Anonymity threshold"),
            "sends_per_hour": _("Submissions per hour at most"),
        }
        widgets = {"worker_representation": forms.RadioSelect}
        help_texts = {
            "worker_representation": _(
                "Filled in for employees: the rights of a works council over "
                "monitoring apply only where there is one."
            ),
            "title": _(
                "Employees see it, e.g. “Monitoring at the Leipzig site, 2026”."
            ),
            "threshold": _(
                "The fewest submissions a figure may rest on; at least 3. It is "
                "fixed once the campaign is created: a new threshold would let two "
                "versions of the figures be compared to single out fewer people. "
                "Figures count whole batches of this many submissions, and hide a "
                "count below it, or one that leaves fewer than this many out. So a "
                "small campaign shows almost nothing: with a threshold of 5 and 7 "
                "submissions, the figures count 5, and only what all 5 report can "
                "be shown; kinds of data, purposes and findings will most likely "
                "read “Nothing to show”, and every grade “hidden”. With 20 "
                "submissions, what 5 to 15 of them report can be shown. Aim for "
                "several times the threshold."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Left empty, the campaign takes the default.
        self.fields["sends_per_hour"].required = False

    def clean_sends_per_hour(self):
        chosen = self.cleaned_data["sends_per_hour"]
        return chosen or Campaign._meta.get_field("sends_per_hour").default

    def clean(self):
        data = super().clean()
        country, region = data.get("country", ""), data.get("region", "")
        if not jurisdiction(country).has_regions:
            data["region"] = ""
        elif not region:
            self.add_error("region", _("Choose the state or Land of the workplace."))
        elif not region.startswith(f"{country}-"):
            self.add_error(
                "region", _("This state or Land is not in the country chosen above.")
            )
        return data


class CouncilLetterForm(SendingFields):
    """What a council letter needs at download; the details are rendered, not stored."""

    field_order = ["kind", "lang", "file_format", "tone", "sent", "channel"]

    kind = forms.ChoiceField(label=_("Letter"), widget=forms.RadioSelect)
    lang = forms.ChoiceField(
        label=_("Language of the letter"), choices=lambda: settings.LANGUAGES
    )
    file_format = forms.ChoiceField(
        label=_("Format"),
        choices=[f for f in LetterForm.FORMATS if f[0] in ("pdf", "docx", "txt")],
        widget=forms.RadioSelect,
        initial="pdf",
    )
    tone = forms.ChoiceField(
        label=_("Tone"),
        choices=LetterForm.TONES,
        widget=forms.RadioSelect,
        initial="firm",
    )
    council = forms.CharField(label=_("Sender (the council)"), max_length=200)
    address = address_field(_("Sender's address"))
    signatory = forms.CharField(label=_("Signed by"), max_length=200, required=False)
    employer = forms.CharField(
        label=_("Employer's name"), max_length=200, required=False
    )
    employer_address = address_field(_("Employer's address"))

    def __init__(self, *args, kinds=(), us=False, **kwargs):
        """`us`: for a US campaign, in American terms (mail, the union)."""
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(k.slug, k.label) for k in kinds]
        if us:
            self.mailed_as_in_the_us()
            self.fields["council"].label = _("Sender (the union or the council)")


class CouncilDetailsForm(DetailsForm):
    """The council's details for its follow-up letter. Rendered, never stored."""

    DETAILS = ("council", "address", "signatory", "employer", "employer_address")

    name = None
    council = forms.CharField(
        label=gettext_lazy("Sender (the council)"), max_length=200, required=False
    )
    address = address_field(gettext_lazy("Sender's address"))
    signatory = forms.CharField(
        label=gettext_lazy("Signed by"), max_length=200, required=False
    )

    field_order = ["file_format", *DETAILS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper.layout = Layout(
            "file_format",
            Fieldset(
                gettext(
                    "The council's details (used for this letter only, never stored)"
                ),
                *self.DETAILS,
            ),
        )

    def details(self) -> CouncilDetails:
        return CouncilDetails(
            **{name: self.cleaned_data[name] for name in self.DETAILS}
        )
