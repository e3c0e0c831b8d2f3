"""The forms of the letters: when and how a letter is sent, and what the employee's
letter needs at download (the council's is in councils/forms.py); and the forms of
following a letter through (documents/views/followup.py), the same for every owner of
letters: noting a letter sent, an extension, the reply, its marks, the answers it
changes, and the complaint with the history of the letters."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_lazy as _

from assessment import policy_check
from assessment.forms import CHECKBOXES, RADIO, address_field, within_reach
from documents import followup, references, replies
from documents.letters import KINDS, STATUTORY, Details
from documents.models import Channel, Mark, SentLetter
from documents.presentation import describe


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
    """What a follow-up letter needs at download. Rendered, never stored: its
    DETAILS are the fields an error report never shows (documents/followthrough.py)."""

    DETAILS = DETAILS

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
        chosen = [name for name in self.fields if name not in self.DETAILS]
        self.helper.layout = Layout(
            *chosen,
            Fieldset(
                gettext("Your details (used for this letter only, never stored)"),
                *self.DETAILS,
            ),
        )

    def details(self) -> Details:
        return Details(**{name: self.cleaned_data[name] for name in self.DETAILS})


DATE_INPUT = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


def _not_in_future(day):
    if day > timezone.localdate():
        raise forms.ValidationError(
            gettext("The date is in the future: enter the day it happened.")
        )
    return within_reach(day, latest=timezone.localdate())


class SentForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Letter"), widget=RADIO)
    lang = forms.ChoiceField(
        label=gettext_lazy("Language of the letter"), choices=lambda: settings.LANGUAGES
    )
    sent_on = forms.DateField(
        label=gettext_lazy("Sent on"),
        widget=DATE_INPUT,
        help_text=gettext_lazy(
            "The day you sent it or handed it over. A posted letter counts as "
            "received three working days later."
        ),
    )
    channel = forms.ChoiceField(
        label=gettext_lazy("Sent by"), choices=Channel.choices, widget=RADIO
    )
    # Drawn when the form is shown: a second click adds no second letter.
    code = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(kind.slug, kind.label) for kind in kinds]

    def clean_sent_on(self):
        return _not_in_future(self.cleaned_data["sent_on"])

    def clean_code(self) -> str:
        code = self.cleaned_data["code"]
        return code if references.is_code(code) else ""


class ExtensionForm(forms.Form):
    """The later date the employer gave notice of; empty: no extension."""

    extended_to = forms.DateField(
        label=gettext_lazy("Answer now due by"),
        widget=DATE_INPUT,
        required=False,
        help_text=gettext_lazy(
            "The date the employer's notice gives. Under the GDPR a request's period "
            "may be extended once, by two further months, with reasons given within "
            "the first month. Leave empty if there is no extension."
        ),
    )

    def __init__(self, *args, sent: SentLetter, **kwargs):
        super().__init__(*args, **kwargs)
        self.sent = sent
        if followup.extended_by_days(sent.kind):  # the CCPA's requests
            self.fields["extended_to"].help_text = gettext(
                "The date the employer's notice gives. Under the CCPA the period may "
                "be extended once, by up to 45 more days, if the business tells you "
                "so and explains why (11 CCR §7021(b)). Leave empty if there is no "
                "extension."
            )
        elif not (
            sent.kind in KINDS and KINDS[sent.kind].procedure == STATUTORY
        ):  # a request, not a statutory period: no law's extension to cite
            self.fields["extended_to"].help_text = gettext(
                "The later date the employer said it would answer by. Leave empty "
                "if there is none."
            )

    def clean_extended_to(self):
        day = self.cleaned_data["extended_to"]
        if day and day <= self.sent.deadline:
            raise forms.ValidationError(
                gettext("An extension ends after the deadline, %(date)s.")
                % {"date": date_format(self.sent.deadline, "DATE_FORMAT")}
            )
        return day


class ReplyForm(forms.Form):
    """The employer's reply to a letter, pasted or uploaded. Its label and help are
    the owner's words (`reply_title`, `reply_help`): who answers, and where the
    reply is kept (documents/followthrough.py)."""

    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=followup.MAX_REPLY_CHARS,
        required=False,
    )
    file = forms.FileField(
        label=gettext_lazy("Or upload the reply"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.txt"}),
        help_text=gettext_lazy(
            "PDF, Word (.docx) or plain text (.txt), at most 1 MB and 100 pages. Its "
            "text is read and the file itself is not kept."
        ),
    )
    replied_on = forms.DateField(label=gettext_lazy("Replied on"), widget=DATE_INPUT)
    # Offered only while a notice of extension is kept: the reader took it for one.
    as_answer = forms.BooleanField(
        label=gettext_lazy("It answers questions too: let me mark them"),
        required=False,
        help_text=gettext_lazy(
            "The reply was read as a notice of extension that answers nothing. Tick "
            "this if it does answer some questions, and save it again."
        ),
    )

    def __init__(self, *args, words, sent_on=None, notice=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.sent_on = sent_on
        self.fields["text"].label = words["reply_title"]
        self.fields["text"].help_text = words["reply_help"]
        if not notice:
            del self.fields["as_answer"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload:
            return ""
        if upload.size > followup.MAX_REPLY_BYTES:  # not read at all
            raise forms.ValidationError(
                gettext("The file is too large: at most 1 MB is accepted.")
            )
        try:
            return followup.read_reply(upload.name, upload.read())
        except followup.UnreadableReply as exc:
            raise forms.ValidationError(str(exc)) from None

    def clean_replied_on(self):
        day = _not_in_future(self.cleaned_data["replied_on"])
        if self.sent_on and day < self.sent_on:
            raise forms.ValidationError(
                gettext(
                    "The reply cannot come before the letter: it was sent on %(date)s."
                )
                % {"date": date_format(self.sent_on, "DATE_FORMAT")}
            )
        return day

    def clean(self):
        data = super().clean()
        if not self.has_error("file") and not (data.get("text") or data.get("file")):
            self.add_error(
                "text",
                gettext("Paste the reply's text here, or upload the reply below."),
            )
        return data

    def reply(self) -> str:
        parts = (self.cleaned_data["text"], self.cleaned_data["file"])
        return "\n\n".join(part.strip() for part in parts if part.strip())


class MarksForm(forms.Form):
    """One radio group per question the letter asked, pre-marked by the reader with
    the reply's sentence behind each mark."""

    def __init__(self, *args, sent: SentLetter, **kwargs):
        super().__init__(*args, **kwargs)
        self.sent = sent
        self.reading = followup.suggested_marks(sent)
        for number, (question, guess) in enumerate(
            zip(sent.questions, self.reading.questions, strict=True)
        ):
            confirmed = sent.marks[number] if sent.marks_confirmed() else guess.mark
            self.fields[f"q{number}"] = forms.ChoiceField(
                label=question,
                choices=Mark.choices,
                widget=RADIO,
                initial=confirmed,
                help_text=_why(guess),
            )

    def marks(self) -> list[str]:
        return [self.cleaned_data[f"q{n}"] for n in range(len(self.sent.questions))]


def _why(guess: replies.QuestionReading) -> str:
    """Why the question got its first mark, with the reply's sentence behind it,
    escaped: help texts are shown as HTML, and a council's reply is typed by one
    member and read by the others."""
    said = {"sentence": escape(guess.sentence)}
    if guess.reason == replies.DECLINED:
        return gettext("The reply declines to answer: “%(sentence)s”") % said
    if guess.reason == replies.SPECIFIC and guess.mark == Mark.PARTLY:
        return gettext("Answered only in part: “%(sentence)s”") % said
    if guess.reason == replies.SPECIFIC:
        return gettext("Answered in the reply: “%(sentence)s”") % said
    if guess.sentence:
        return (
            gettext(
                "No specific answer found. The sentence that came closest: "
                "“%(sentence)s”"
            )
            % said
        )
    return gettext("Nothing in the reply takes up this question.")


class ComplaintForm(DetailsForm):
    lang = forms.ChoiceField(
        label=gettext_lazy("Language of the letter"), choices=lambda: settings.LANGUAGES
    )

    field_order = ["lang", "file_format"]


class ChangesForm(forms.Form):
    changes = forms.MultipleChoiceField(
        label=gettext_lazy("Change these answers"),
        widget=CHECKBOXES,
        error_messages={
            "required": gettext_lazy("Tick at least one answer to change.")
        },
    )

    def __init__(self, *args, offers=(), practices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.offers = {change.key: change for change in offers}
        self.fields["changes"].choices = [
            (change.key, _change_label(change, practices)) for change in offers
        ]

    def chosen(self) -> list[followup.Change]:
        return [self.offers[key] for key in self.cleaned_data["changes"]]


def _change_label(change: followup.Change, practices: list[dict]) -> str:
    practice, path = practices[change.practice], change.path
    question, answer = describe(path, policy_check.fact_value(path, change.value))
    names = {"practice": practice["name"], "question": question, "answer": answer}
    if path in policy_check.LIST_PATHS:
        return gettext("%(practice)s: %(question)s %(answer)s (in addition)") % names
    current = followup.current_answer(practice, path)
    _question, was = describe(path, policy_check.fact_value(path, current))
    return gettext("%(practice)s: %(question)s %(answer)s (was: %(was)s)") % {
        **names,
        "was": was,
    }
