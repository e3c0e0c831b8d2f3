"""Letters sent: their deadlines, HR's replies, what is missing, and what follows."""

import functools

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from documents import followup, followup_letters, letter_files, references
from documents.followthrough import OWNERS, NoResult, Owner
from documents.forms import (
    DETAILS,
    ChangesForm,
    ComplaintForm,
    ExtensionForm,
    MarksForm,
    ReplyForm,
    SentForm,
)
from documents.http import attachment, document_language
from documents.letters import NotApplicable
from documents.models import Channel, LetterState, Mark, SentLetter
from documents.presentation import answer_changes
from oversight.lib.limits import rate_limited

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


def follow_through(view=None, *, first_page=False):
    """Resolve the owner of the page's letters (documents/followthrough.py), for
    the audience the route names; an owner that `needs_login` wants a signed-in
    user. An owner whose letters wait (`NoResult`) is led from the `first_page`
    (the list of letters) to its answers; the other pages are not found. The
    details its follow-up letters are typed with never show in an error report."""
    if view is None:
        return functools.partial(follow_through, first_page=first_page)

    @functools.wraps(view)
    def wrapper(request, public_id, *args, audience="employee", **kwargs):
        kind = OWNERS[audience]
        _not_in_error_reports(request, kind.details_form_class.DETAILS)
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


def _not_in_error_reports(request, fields: tuple[str, ...]) -> None:
    """As @sensitive_post_parameters(*fields), added to those a decorator above
    marked already: the owner's fields are known only once its route is resolved."""
    marked = getattr(request, "sensitive_post_parameters", [])
    if marked != "__ALL__":
        request.sensitive_post_parameters = [*marked, *fields]


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
            words=owner.words,
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
        words=owner.words,
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
