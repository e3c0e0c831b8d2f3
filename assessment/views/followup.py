"""Letters sent: their deadlines, HR's replies, what is missing, and what follows."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from assessment import facts, followup, policy_check, services
from assessment.documents import followup_letters, letter_files
from assessment.documents.letters import KINDS, Details, NotApplicable, kinds_for
from assessment.documents.presentation import describe
from assessment.forms import CHECKBOXES, RADIO, LetterForm, address_field
from assessment.models import Channel, LetterState, Mark, SentLetter
from assessment.views.access import get_assessment_for_session
from assessment.views.documents import attachment, document_language

DETAILS = ("name", "address", "employer", "employer_address")
RENDERED = ("pdf", "docx", "txt")
FILE_FORMATS = [choice for choice in LetterForm.FORMATS if choice[0] in RENDERED]
DATE_INPUT = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


def _not_in_future(day):
    if day > timezone.localdate():
        raise forms.ValidationError(
            _("The date is in the future: enter the day it happened.")
        )
    return day


class SentForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Letter"), widget=RADIO)
    lang = forms.ChoiceField(
        label=gettext_lazy("Language of the letter"), choices=LetterForm.LANGS
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

    def __init__(self, *args, kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(kind.slug, kind.label) for kind in kinds]

    def clean_sent_on(self):
        return _not_in_future(self.cleaned_data["sent_on"])


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("HR's reply"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=followup.MAX_REPLY_CHARS,
        required=False,
        help_text=gettext_lazy(
            "Paste the reply's text, or upload it below. It is kept with this "
            "assessment only, and deleted with it."
        ),
    )
    file = forms.FileField(
        label=gettext_lazy("Or upload the reply"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.txt"}),
        help_text=gettext_lazy(
            "PDF, Word (.docx) or plain text (.txt), at most 1 MB. Its text is read "
            "and the file itself is not kept."
        ),
    )
    replied_on = forms.DateField(label=gettext_lazy("Replied on"), widget=DATE_INPUT)

    def __init__(self, *args, sent_on=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.sent_on = sent_on

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload:
            return ""
        if upload.size > followup.MAX_REPLY_BYTES:  # not read at all
            raise forms.ValidationError(
                _("The file is too large: at most 1 MB is accepted.")
            )
        try:
            return followup.read_reply(upload.name, upload.read())
        except followup.UnreadableReply as exc:
            raise forms.ValidationError(str(exc)) from None

    def clean_replied_on(self):
        day = _not_in_future(self.cleaned_data["replied_on"])
        if self.sent_on and day < self.sent_on:
            raise forms.ValidationError(
                _("The reply cannot come before the letter: it was sent on %(date)s.")
                % {"date": date_format(self.sent_on, "DATE_FORMAT")}
            )
        return day

    def clean(self):
        data = super().clean()
        if not self.has_error("file") and not (data.get("text") or data.get("file")):
            self.add_error(
                "text", _("Paste the reply's text here, or upload the reply below.")
            )
        return data

    def reply(self) -> str:
        parts = (self.cleaned_data["text"], self.cleaned_data["file"])
        return "\n\n".join(part.strip() for part in parts if part.strip())


class MarksForm(forms.Form):
    """One radio group per question the letter asked."""

    def __init__(self, *args, sent: SentLetter, **kwargs):
        super().__init__(*args, **kwargs)
        self.sent = sent
        for number, (question, guess) in enumerate(
            zip(sent.questions, followup.suggested_marks(sent), strict=True)
        ):
            confirmed = sent.marks[number] if sent.marks_confirmed() else guess.mark
            found = (
                _("Words of the question found in the reply: %(words)s.")
                % {"words": ", ".join(guess.found)}
                if guess.found
                else _("None of the question's words was found in the reply.")
            )
            self.fields[f"q{number}"] = forms.ChoiceField(
                label=question,
                choices=Mark.choices,
                widget=RADIO,
                initial=confirmed,
                help_text=found,
            )

    def marks(self) -> list[str]:
        return [self.cleaned_data[f"q{n}"] for n in range(len(self.sent.questions))]


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
                _("Your details (used for this letter only, never stored)"), *DETAILS
            ),
        )

    def details(self) -> Details:
        return Details(**{name: self.cleaned_data[name] for name in DETAILS})


class ComplaintForm(DetailsForm):
    lang = forms.ChoiceField(
        label=gettext_lazy("Language of the letter"), choices=LetterForm.LANGS
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
    practice = practices[change.practice]
    path = change.field.replace("participation_", "participation.")
    value = int(change.value) if change.value.isdigit() else change.value
    question, answer = describe(path, value)
    names = {"practice": practice["name"], "question": question, "answer": answer}
    if change.field in policy_check.LIST_FIELDS:
        return _("%(practice)s: %(question)s %(answer)s (in addition)") % names
    current = followup.current_answer(practice, change.field)
    _question, was = describe(path, int(current) if current.isdigit() else current)
    return _("%(practice)s: %(question)s %(answer)s (was: %(was)s)") % {
        **names,
        "was": was,
    }


def _assessed(request, public_id):
    """The assessment, if this browser may open it and it has a result."""
    record = get_assessment_for_session(request, public_id)
    return None if record.is_draft() else record


def _sent(request, public_id, letter_id) -> tuple:
    """The assessment and one of its letters; 404 for anyone else, or for an
    assessment that has lost its practices (its letters then wait)."""
    record = get_assessment_for_session(request, public_id)
    sent = get_object_or_404(SentLetter, pk=letter_id, assessment=record)
    if record.is_draft():
        raise Http404
    return record, sent


def _label(kind: str) -> str:
    return KINDS[kind].label if kind in KINDS else kind


def _complaint_applies(assessment: facts.Assessment) -> bool:
    return "complaint" in {kind.slug for kind in kinds_for(assessment.workplace)}


def _letters_page(request, record, form, complaint_form=None):
    today = timezone.localdate()
    assessment = record.get_facts()
    sent_letters = list(record.sent_letters.all())
    rows = [
        {
            "sent": sent,
            "label": _label(sent.kind),
            "state": (state := sent.get_state(today)),
            "state_label": LetterState(state).label,
            "channel": Channel(sent.channel).label,
        }
        for sent in sent_letters
    ]
    if not (sent_letters and _complaint_applies(assessment)):
        complaint_form = None
    elif complaint_form is None:
        complaint_form = ComplaintForm(
            prefix="complaint", initial={"lang": sent_letters[0].lang}
        )
    return render(
        request,
        "followup/letters.html",
        {
            "record": record,
            "rows": rows,
            "form": form,
            "complaint_form": complaint_form,
        },
    )


def _sent_form(request, record, data=None) -> SentForm:
    return SentForm(
        data,
        kinds=kinds_for(record.get_facts().workplace),
        initial={
            "lang": document_language(request, record.country),
            "sent_on": timezone.localdate(),
            "channel": Channel.EMAIL,
        },
    )


@never_cache
def sent_letters(request, public_id):
    record = _assessed(request, public_id)
    if record is None:
        messages.info(request, _("Add at least one practice to see a result."))
        return redirect("overview", public_id)
    # The questions kept are those the letter asks under today's law, as it was
    # written when downloaded from the letters page.
    services.refresh(record)
    form = _sent_form(request, record, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            sent = followup.record_sent(
                record, data["kind"], data["lang"], data["sent_on"], data["channel"]
            )
        except NotApplicable as exc:
            form.add_error("kind", str(exc))
        else:
            messages.success(
                request,
                _("The letter was added. Record HR's reply here when it comes."),
            )
            return redirect("sent_letter", record.public_id, sent.pk)
    return _letters_page(request, record, form)


def _letter_page(request, record, sent, **bound):
    today = timezone.localdate()
    state = sent.get_state(today)
    context = {
        "record": record,
        "sent": sent,
        "label": _label(sent.kind),
        "state": state,
        "state_label": LetterState(state).label,
        "channel": Channel(sent.channel).label,
        "period": followup.period_reason(sent.kind),
        "by_post": sent.channel == Channel.POST,
        "reply_form": bound.get("reply_form")
        or ReplyForm(
            sent_on=sent.sent_on,
            initial={"text": sent.reply, "replied_on": sent.replied_on or today},
        ),
    }
    context["missing"] = None  # until the marks are confirmed
    if sent.replied_on:
        context["marks_form"] = bound.get("marks_form") or MarksForm(sent=sent)
        if sent.marks_confirmed():
            context["missing"] = [
                (question, Mark(mark).label) for question, mark in sent.missing()
            ]
            if context["missing"]:
                context["follow_up_form"] = bound.get("follow_up_form") or DetailsForm()
        offers = followup.changes_in_reply(record, sent.reply)
        if offers:
            context["changes_form"] = bound.get("changes_form") or ChangesForm(
                offers=offers, practices=record.practices
            )
    return render(request, "followup/letter.html", context)


@never_cache
@sensitive_post_parameters("text")
def sent_letter(request, public_id, letter_id):
    """One letter sent: its deadline, and HR's reply, recorded here."""
    record, sent = _sent(request, public_id, letter_id)
    if request.method != "POST":
        return _letter_page(request, record, sent)
    form = ReplyForm(request.POST, request.FILES, sent_on=sent.sent_on)
    if not form.is_valid():
        return _letter_page(request, record, sent, reply_form=form)
    followup.record_reply(sent, form.reply(), form.cleaned_data["replied_on"])
    messages.success(
        request,
        _("The reply was saved. Check below which questions it answers, and confirm."),
    )
    return redirect(reverse("sent_letter", args=[public_id, sent.pk]) + "#marks")


@require_POST
def confirm_marks(request, public_id, letter_id):
    record, sent = _sent(request, public_id, letter_id)
    if not sent.replied_on:
        return redirect("sent_letter", public_id, sent.pk)
    form = MarksForm(request.POST, sent=sent)
    if not form.is_valid():
        return _letter_page(request, record, sent, marks_form=form)
    followup.confirm_marks(sent, form.marks())
    messages.success(request, _("Your marks were saved."))
    return redirect(reverse("sent_letter", args=[public_id, sent.pk]) + "#answers")


@require_POST
@sensitive_post_parameters(*DETAILS)
def follow_up_letter(request, public_id, letter_id):
    """The letter that tells HR what their reply left open."""
    record, sent = _sent(request, public_id, letter_id)
    if not (sent.marks_confirmed() and sent.missing()):
        return redirect("sent_letter", public_id, sent.pk)
    form = DetailsForm(request.POST)
    if not form.is_valid():
        return _letter_page(request, record, sent, follow_up_form=form)
    letter = followup_letters.incomplete_answer(
        sent, record.get_facts(), form.details()
    )
    chosen = form.cleaned_data["file_format"]
    return attachment(
        letter_files.RENDERERS[chosen](letter),
        letter_files.MEDIA_TYPES[chosen],
        f"{letter.kind}-{letter.lang}.{chosen}",
    )


def deadline_calendar(request, public_id, letter_id):
    record, sent = _sent(request, public_id, letter_id)
    letter = followup_letters.deadline_reminder(sent, record.get_facts())
    return attachment(
        letter_files.letter_ics(letter),
        letter_files.MEDIA_TYPES["ics"],
        f"{sent.kind}-deadline.ics",
    )


@require_POST
def apply_changes(request, public_id, letter_id):
    """Change the answers the person ticked, then show the result worked out again."""
    record, sent = _sent(request, public_id, letter_id)
    form = ChangesForm(
        request.POST,
        offers=followup.changes_in_reply(record, sent.reply),
        practices=record.practices,
    )
    if not form.is_valid():
        return _letter_page(request, record, sent, changes_form=form)
    old_grade = record.grade
    followup.apply_changes(record, form.chosen())
    messages.success(
        request,
        _(
            "Your answers were changed and the result worked out again: grade "
            "%(old)s before, %(new)s now."
        )
        % {"old": old_grade, "new": record.grade},
    )
    return redirect("result", record.public_id)


@require_POST
def remove_letter(request, public_id, letter_id):
    _record, sent = _sent(request, public_id, letter_id)
    sent.delete()
    messages.success(request, _("The letter and its reply were removed."))
    return redirect("sent_letters", public_id)


@require_POST
@sensitive_post_parameters(*(f"complaint-{name}" for name in DETAILS))
def complaint(request, public_id):
    """The complaint to the supervisory authority, with the history of the letters."""
    record = _assessed(request, public_id)
    if record is None:
        return redirect("overview", public_id)
    sent_letters = list(record.sent_letters.all())
    if not (sent_letters and _complaint_applies(record.get_facts())):
        return redirect("sent_letters", public_id)
    form = ComplaintForm(request.POST, prefix="complaint")
    if not form.is_valid():
        return _letters_page(request, record, _sent_form(request, record), form)
    letter = followup_letters.complaint_with_history(
        sent_letters,
        record.get_facts(),
        form.cleaned_data["lang"],
        form.details(),
        as_of=record.as_of,
    )
    chosen = form.cleaned_data["file_format"]
    return attachment(
        letter_files.RENDERERS[chosen](letter),
        letter_files.MEDIA_TYPES[chosen],
        f"complaint-{letter.lang}.{chosen}",
    )
