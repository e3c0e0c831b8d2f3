"""The forms of the letters: when and how a letter is sent, and what the employee's
letter needs at download (the council's is in councils/forms.py)."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_lazy as _

from assessment.forms import RADIO, address_field, within_reach
from documents import references
from documents.letters import Details


def _with_description(label: str, description: str) -> str:
    """A choice's label with a line that says when to choose it (both escaped)."""
    return format_html('{}<span class="choice-help">{}</span>', label, description)


class SendingFields(forms.Form):
    """When and how a letter is sent, and the random part of its reference: drawn
    when the form is first shown, so that every download from the form, and its
    record, carry the same reference (documents/references.py)."""

    sent = forms.DateField(
        label=_("Day you will send it"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_(
            "The letter is dated this day, and periods run from receipt. Leave "
            "empty for today."
        ),
    )
    channel = forms.ChoiceField(
        label=_("How you will send it"),
        choices=[
            ("email", _("By e-mail")),
            ("post", _("By post (received a few working days later)")),
            ("hand", _("By hand")),
        ],
        widget=RADIO,
        initial="email",
        required=False,
    )
    code = forms.CharField(widget=forms.HiddenInput, required=False)

    def mailed_as_in_the_us(self) -> None:
        """The channels in American terms: a letter goes by mail, in business days."""
        self.fields["channel"].choices = [
            ("email", _("By e-mail")),
            ("post", _("By mail (received a few business days later)")),
            ("hand", _("By hand")),
        ]

    def clean_sent(self):
        day = self.cleaned_data["sent"]
        return day and within_reach(day)

    def clean_code(self) -> str:
        """The code shown with the form; a new one if it was tampered with."""
        code = self.cleaned_data["code"]
        return code if references.is_code(code) else references.new_code()


class LetterForm(SendingFields):
    """What a letter needs at download. Personal details are rendered, never stored."""

    FORMATS = [
        ("pdf", _("PDF")),
        ("docx", _("Word (DOCX), to edit")),
        ("txt", _("Plain text")),
        ("mailto", _("E-mail (opens your mail program)")),
        ("ics", _("Calendar reminder for the deadline (.ics)")),
    ]
    TONES = [
        ("firm", _("Firm and formal")),
        ("gentle", _("Friendly and non-confrontational")),
    ]

    kind = forms.ChoiceField(label=_("Letter"), widget=RADIO)
    lang = forms.ChoiceField(
        label=_("Language of the letter"),
        choices=lambda: settings.LANGUAGES,  # read when shown, as settings change
        help_text=_(
            "Write to HR in the workplace's language; it can differ from this site's."
        ),
    )
    file_format = forms.ChoiceField(
        label=_("Format"), choices=FORMATS, widget=RADIO, initial="pdf"
    )
    tone = forms.ChoiceField(
        label=_("Tone"), choices=TONES, widget=RADIO, initial="firm"
    )
    name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    address = address_field(_("Your address"))
    employee_number = forms.CharField(
        label=_("Employee number (optional)"), max_length=50, required=False
    )
    employer = forms.CharField(
        label=_("Employer's name"), max_length=200, required=False
    )
    employer_address = address_field(_("Employer's address"))
    employer_address.help_text = _(
        "Street, postcode and town. The employer's name and the department are "
        "added above it for you."
    )
    has_dpo = forms.BooleanField(
        label=_("The employer has a data protection officer"),
        required=False,
        help_text=_("Then the letter is addressed to their attention."),
    )
    colleagues = forms.CharField(
        label=_("Colleagues who sign with you (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
        help_text=_(
            "One name a line. The letter then says it is sent by a group, and each "
            "name signs it. Nothing typed here is stored."
        ),
    )
    to = forms.EmailField(
        label=_("HR's e-mail address (for the e-mail format)"), required=False
    )
    follows = forms.ChoiceField(
        label=_("For a reminder: the letter it follows"),
        required=False,
        help_text=_(
            "One of the letters recorded as sent. An extension the employer gave "
            "notice of is noted with that letter, on the Letters sent page."
        ),
    )

    def __init__(self, *args, kinds=(), recorded=(), us=False, **kwargs):
        """`recorded`: (id, label) of the letters recorded as sent that a reminder
        may follow. `us`: for a US workplace, in American terms and without the
        GDPR's data protection officer."""
        super().__init__(*args, **kwargs)
        if us:
            del self.fields["has_dpo"]
            self.fields["employer_address"].help_text = _(
                "Street, city, state and ZIP code. The employer's name and the "
                "department are added above it for you."
            )
            self.mailed_as_in_the_us()
        self.fields["kind"].choices = [
            (kind.slug, _with_description(kind.label, kind.description))
            for kind in kinds
        ]
        self.fields["follows"].choices = [("", _("Not a reminder")), *recorded]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's form has its own token
        self.helper.layout = Layout(
            Fieldset(_("Which letter"), "kind", "lang", "file_format", "tone"),
            Fieldset(_("Sending and follow-up"), "sent", "channel", "follows", "code"),
            Fieldset(
                _("Your details (used for this letter only, never stored)"),
                "name",
                "address",
                "employee_number",
                "employer",
                "employer_address",
                *(() if us else ("has_dpo",)),
                "colleagues",
                "to",
            ),
        )


DETAILS = ("name", "address", "employer", "employer_address")
RENDERED = ("pdf", "docx", "txt")
FILE_FORMATS = [choice for choice in LetterForm.FORMATS if choice[0] in RENDERED]


class DetailsForm(forms.Form):
    """What a follow-up letter needs at download. Rendered, never stored."""

    file_format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=FILE_FORMATS, widget=RADIO, initial="pdf"
    )
    name = forms.CharField(
        label=gettext_lazy("Your name"), max_length=200, required=False
    )
    address = address_field(gettext_lazy("Your address"))
    employer = forms.CharField(
        label=gettext_lazy("Employer's name"), max_length=200, required=False
    )
    employer_address = address_field(gettext_lazy("Employer's address"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's form has its own token
        chosen = [name for name in self.fields if name not in DETAILS]
        self.helper.layout = Layout(
            *chosen,
            Fieldset(
                gettext("Your details (used for this letter only, never stored)"),
                *DETAILS,
            ),
        )

    def details(self) -> Details:
        return Details(**{name: self.cleaned_data[name] for name in DETAILS})
