"""Letters sent: their deadlines, HR's replies, what is missing, and what follows."""

import functools

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from assessment import policy_check
from assessment.forms import (
    CHECKBOXES,
    RADIO,
    within_reach,
)
from councils.forms import CouncilDetailsForm
from documents import followup, followup_letters, letter_files, references, replies
from documents.followthrough import OWNERS, NoResult, Owner
from documents.forms import DETAILS, DetailsForm
from documents.http import attachment, document_language
from documents.letters import (
    KINDS,
    STATUTORY,
    NotApplicable,
)
from documents.models import Channel, LetterState, Mark, SentLetter
from documents.presentation import answer_changes, describe
from oversight.lib.limits import rate_limited

DATE_INPUT = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
# The colour of each state's badge: done, to look at, or to act on.
BADGES = {
    LetterState.WAITING: "text-bg-secondary",
    LetterState.REPLIED: "text-bg-warning",
    LetterState.PARTLY: "text-bg-warning",
    LetterState.ANSWERED: "text-bg-success",
    LetterState.OVERDUE: "text-bg-danger",
    LetterState.NOT_ANSWERED: "text-bg-danger",
    LetterState.REFUSED: "text-bg-danger",
}
# Replies recorded from one client an hour: a person records a few; each upload
# starts a reader, so a flood of them is refused before any file is read.
REPLIES_PER_HOUR = 20


def _not_in_future(day):
    if day > timezone.localdate():
        raise forms.ValidationError(
            _("The date is in the future: enter the day it happened.")
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
            self.fields["extended_to"].help_text = _(
                "The date the employer's notice gives. Under the CCPA the period may "
                "be extended once, by up to 45 more days, if the business tells you "
                "so and explains why (11 CCR §7021(b)). Leave empty if there is no "
                "extension."
            )
        elif not (
            sent.kind in KINDS and KINDS[sent.kind].procedure == STATUTORY
        ):  # a request, not a statutory period: no law's extension to cite
            self.fields["extended_to"].help_text = _(
                "The later date the employer said it would answer by. Leave empty "
                "if there is none."
            )

    def clean_extended_to(self):
        day = self.cleaned_data["extended_to"]
        if day and day <= self.sent.deadline:
            raise forms.ValidationError(
                _("An extension ends after the deadline, %(date)s.")
                % {"date": date_format(self.sent.deadline, "DATE_FORMAT")}
            )
        return day


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

    def __init__(self, *args, sent_on=None, council=False, notice=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.sent_on = sent_on
        if not notice:
            del self.fields["as_answer"]
        if (
            council
        ):  # the employer answers the council, and it is kept with the campaign
            self.fields["text"].label = _("The employer's reply")
            self.fields["text"].help_text = _(
                "Paste the reply's text, or upload it below. It is kept with this "
                "campaign only, for the council's members, and deleted with it."
            )

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
        return _("The reply declines to answer: “%(sentence)s”") % said
    if guess.reason == replies.SPECIFIC and guess.mark == Mark.PARTLY:
        return _("Answered only in part: “%(sentence)s”") % said
    if guess.reason == replies.SPECIFIC:
        return _("Answered in the reply: “%(sentence)s”") % said
    if guess.sentence:
        return (
            _(
                "No specific answer found. The sentence that came closest: "
                "“%(sentence)s”"
            )
            % said
        )
    return _("Nothing in the reply takes up this question.")


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
        return _("%(practice)s: %(question)s %(answer)s (in addition)") % names
    current = followup.current_answer(practice, path)
    _question, was = describe(path, policy_check.fact_value(path, current))
    return _("%(practice)s: %(question)s %(answer)s (was: %(was)s)") % {
        **names,
        "was": was,
    }


def follow_through(view=None, *, first_page=False):
    """Resolve the owner of the page's letters (documents/followthrough.py); a
    council's pages need a signed-in member. An employee without a result yet is
    led from the `first_page` (the list of letters) to their answers; the other
    pages are not found."""
    if view is None:
        return functools.partial(follow_through, first_page=first_page)

    @functools.wraps(view)
    def wrapper(request, public_id, *args, audience="employee", **kwargs):
        kind = OWNERS[audience]
        if kind.needs_login and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            owner = kind.of(request, public_id)
        except NoResult:
            if not first_page:
                raise Http404 from None
            messages.info(request, _("Add at least one practice to see a result."))
            return redirect("assessment:overview", public_id)
        return view(request, owner, *args, **kwargs)

    return wrapper


def _sent(owner: Owner, letter_id) -> SentLetter:
    """One of the owner's letters; 404 for anyone else's."""
    return get_object_or_404(owner.letters(), pk=letter_id)


def _complaint_applies(owner: Owner) -> bool:
    """The complaint to the authority is the employee's (a data subject's, or in
    California a consumer's)."""
    return owner.complaint_place() is not None


def _page(request, owner: Owner, template: str, context: dict):
    back_url, back_label = owner.back()
    return render(
        request,
        template,
        {
            "owner": owner,
            "owner_id": owner.public_id,
            "urls": owner.urls(),
            "back_url": back_url,
            "back_label": back_label,
            "writing_url": owner.writing_url(),
            **context,
        },
    )


def _letters_page(request, owner: Owner, form, complaint_form=None):
    today = timezone.localdate()
    sent_letters = list(owner.letters())
    rows = [
        {
            "sent": sent,
            "label": followup_letters.kind_label(sent.kind),
            "state": (state := sent.get_state(today)),
            "state_label": LetterState(state).label,
            "badge": BADGES[state],
            "channel": Channel(sent.channel).label,
        }
        for sent in sent_letters
    ]
    addressee = {}
    if not (sent_letters and _complaint_applies(owner)):
        complaint_form = None
    else:
        complaint_form = complaint_form or ComplaintForm(
            prefix="complaint", initial={"lang": sent_letters[0].lang}
        )
        addressee = _complaint_addressee(owner)
    return _page(
        request,
        owner,
        "followup/letters.html",
        {"rows": rows, "form": form, "complaint_form": complaint_form, **addressee},
    )


def _complaint_addressee(owner: Owner) -> dict:
    """Who the complaint goes to, or why the page cannot say, and where to fix it."""
    lines, missing = followup_letters.complaint_addressee(owner.complaint_place())
    return {
        "complaint_to": ", ".join(lines),
        "complaint_address_missing": missing,
        "workplace_url": reverse("assessment:workplace", args=[owner.public_id]),
    }


def _sent_form(request, owner: Owner, data=None) -> SentForm:
    return SentForm(
        data,
        kinds=owner.kinds(),
        initial={
            "lang": document_language(request, owner.country),
            "sent_on": timezone.localdate(),
            "channel": Channel.EMAIL,
            "code": references.new_code(),
        },
    )


@never_cache
@follow_through(first_page=True)
def sent_letters(request, owner: Owner):
    owner.refresh()
    form = _sent_form(request, owner, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            sent, created = followup.record_sent(
                owner.holder,
                data["kind"],
                data["lang"],
                data["sent_on"],
                data["channel"],
                code=data["code"],
            )
        except NotApplicable as exc:
            form.add_error("kind", str(exc))
        else:
            if created:
                messages.success(
                    request,
                    _("The letter was added. Record the reply here when it comes."),
                )
            return redirect(owner.url("sent_letter", sent.pk))
    return _letters_page(request, owner, form)


def _letter_page(request, owner: Owner, sent: SentLetter, **bound):
    today = timezone.localdate()
    state = sent.get_state(today)
    context = {
        "sent": sent,
        "label": followup_letters.kind_label(sent.kind),
        "state": state,
        "state_label": LetterState(state).label,
        "badge": BADGES[state],
        "channel": Channel(sent.channel).label,
        "period": followup.period_reason(sent.kind),
        "by_post": sent.channel == Channel.POST,
        "extension_form": bound.get("extension_form")
        or ExtensionForm(
            sent=sent,
            initial={
                "extended_to": sent.extended_to
                or followup.extension_for(sent, followup.place_of_letter(sent))
            },
        ),
        # A reminder follows an employee's letter whose answer is overdue.
        "reminder_url": (
            owner.writing_url() + f"?follows={sent.pk}"
            if owner.reminders
            and sent.kind != "reminder"
            and today > sent.due
            and state not in (LetterState.ANSWERED, LetterState.REPLIED)
            else ""
        ),
        "reply_form": bound.get("reply_form")
        or ReplyForm(
            sent_on=sent.sent_on,
            council=owner.collective,
            notice=_holds_notice(sent),
            initial={"text": sent.reply, "replied_on": sent.replied_on or today},
        ),
        "notice_kept": _holds_notice(sent),
    }
    context["missing"] = None  # until the marks are confirmed
    if sent.replied_on:
        context["marks_form"] = bound.get("marks_form") or MarksForm(sent=sent)
        if sent.marks_confirmed():
            context["missing"] = [
                (question, Mark(mark).label) for question, mark in sent.missing()
            ]
            if context["missing"]:
                context["follow_up_form"] = (
                    bound.get("follow_up_form") or owner.details_form()
                )
        answers = owner.answers
        offers = followup.changes_in_reply(answers, sent.reply) if answers else []
        if offers:
            context["changes_form"] = bound.get("changes_form") or ChangesForm(
                offers=offers, practices=answers.practices
            )
    return _page(request, owner, "followup/letter.html", context)


@never_cache
@rate_limited("reply", limit=REPLIES_PER_HOUR)
@sensitive_post_parameters("text")
@follow_through
def sent_letter(request, owner: Owner, letter_id):
    """One letter sent: its deadline, and the employer's reply, recorded here (pasted
    or uploaded: each posting counts against the client's replies an hour)."""
    sent = _sent(owner, letter_id)
    if request.method != "POST":
        return _letter_page(request, owner, sent)
    form = ReplyForm(
        request.POST,
        request.FILES,
        sent_on=sent.sent_on,
        council=owner.collective,
        notice=_holds_notice(sent),
    )
    if not form.is_valid():
        return _letter_page(request, owner, sent, reply_form=form)
    notice = followup.record_reply(
        sent,
        form.reply(),
        form.cleaned_data["replied_on"],
        as_answer=form.cleaned_data.get("as_answer", False),
    )
    if notice:
        messages.success(
            request,
            _(
                "The reply announces an extension and answers nothing, so the letter "
                "is still awaited: the answer is now due by %(date)s. Correct the "
                "date below if the notice gives another."
            )
            % {"date": date_format(sent.due, "DATE_FORMAT")},
        )
        return redirect(owner.url("sent_letter", sent.pk) + "#extension")
    messages.success(
        request,
        _("The reply was saved. Check below which questions it answers, and confirm."),
    )
    return redirect(owner.url("sent_letter", sent.pk) + "#marks")


def _holds_notice(sent: SentLetter) -> bool:
    """The letter keeps a reply read as a notice of extension, not as an answer."""
    return bool(sent.reply) and sent.replied_on is None


@require_POST
@follow_through
def confirm_marks(request, owner: Owner, letter_id):
    sent = _sent(owner, letter_id)
    if not sent.replied_on:
        return redirect(owner.url("sent_letter", sent.pk))
    form = MarksForm(request.POST, sent=sent)
    if not form.is_valid():
        return _letter_page(request, owner, sent, marks_form=form)
    followup.confirm_marks(sent, form.marks())
    messages.success(request, _("Your marks were saved."))
    return redirect(owner.url("sent_letter", sent.pk) + "#answers")


@require_POST
@sensitive_post_parameters(*DETAILS, *CouncilDetailsForm.DETAILS)
@follow_through
def follow_up_letter(request, owner: Owner, letter_id):
    """The letter that tells the employer what their reply left open."""
    sent = _sent(owner, letter_id)
    if not (sent.marks_confirmed() and sent.missing()):
        return redirect(owner.url("sent_letter", sent.pk))
    form = owner.details_form(request.POST)
    if not form.is_valid():
        return _letter_page(request, owner, sent, follow_up_form=form)
    letter = followup_letters.incomplete_answer(sent, owner.about(), form.details())
    chosen = form.cleaned_data["file_format"]
    return attachment(
        letter_files.RENDERERS[chosen](letter),
        letter_files.MEDIA_TYPES[chosen],
        f"{letter.kind}-{letter.lang}.{chosen}",
    )


@follow_through
def deadline_calendar(request, owner: Owner, letter_id):
    sent = _sent(owner, letter_id)
    letter = followup_letters.deadline_reminder(sent)
    return attachment(
        letter_files.letter_ics(letter),
        letter_files.MEDIA_TYPES["ics"],
        f"{sent.kind}-deadline.ics",
    )


@require_POST
@follow_through
def apply_changes(request, owner: Owner, letter_id):
    """Change the answers the person ticked, then show the result worked out again."""
    sent = _sent(owner, letter_id)
    record = owner.answers
    if record is None:
        raise Http404
    form = ChangesForm(
        request.POST,
        offers=followup.changes_in_reply(record, sent.reply),
        practices=record.practices,
    )
    if not form.is_valid():
        return _letter_page(request, owner, sent, changes_form=form)
    changed = followup.apply_changes(record, form.chosen())
    messages.success(
        request,
        _(
            "Your answers were changed and the result worked out again: grade "
            "%(old)s before, %(new)s now."
        )
        % {"old": changed.old_grade, "new": changed.new_grade},
    )
    for line in answer_changes(changed, record.practices):  # what rose, fell or went
        messages.success(request, line)
    return redirect(owner.done_url())


@follow_through
def remove_letter(request, owner: Owner, letter_id):
    """Asks first: the letter and its reply go only when the confirmation page's
    button is pressed."""
    sent = _sent(owner, letter_id)
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        sent.delete()
        messages.success(request, _("The letter and its reply were removed."))
        return redirect(owner.url("sent_letters"))
    return _page(
        request,
        owner,
        "followup/remove.html",
        {"sent": sent, "label": followup_letters.kind_label(sent.kind)},
    )


@require_POST
@follow_through
def extension(request, owner: Owner, letter_id):
    """Note the later date the employer gave notice of, or that there is none."""
    sent = _sent(owner, letter_id)
    form = ExtensionForm(request.POST, sent=sent)
    if not form.is_valid():
        return _letter_page(request, owner, sent, extension_form=form)
    followup.record_extension(sent, form.cleaned_data["extended_to"])
    messages.success(request, _("The date the answer is due was saved."))
    return redirect(owner.url("sent_letter", sent.pk))


@require_POST
@sensitive_post_parameters(*(f"complaint-{name}" for name in DETAILS))
@follow_through
def complaint(request, owner: Owner):
    """The complaint to the supervisory authority, with the history of the letters."""
    sent_letters = list(owner.letters())
    if not (sent_letters and _complaint_applies(owner)):
        return redirect(owner.url("sent_letters"))
    form = ComplaintForm(request.POST, prefix="complaint")
    if not form.is_valid():
        return _letters_page(request, owner, _sent_form(request, owner), form)
    letter = followup_letters.complaint_with_history(
        sent_letters,
        owner.about(),
        form.cleaned_data["lang"],
        form.details(),
        as_of=owner.as_of,
    )
    chosen = form.cleaned_data["file_format"]
    return attachment(
        letter_files.RENDERERS[chosen](letter),
        letter_files.MEDIA_TYPES[chosen],
        f"complaint-{letter.lang}.{chosen}",
    )
