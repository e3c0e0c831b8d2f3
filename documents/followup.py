"""Following letters through: deadlines, the reply, what it leaves open and states.

Services only: the pages in views/followup.py parse input and call these. A reply's
text is stored with its assessment and nowhere else; it is never logged.
"""

import copy
import datetime
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from assessment import facts, law, policy_check, services
from assessment.models import Assessment
from documents import deadlines, references, replies, reply_text
from documents.correspondents import correspondent_of
from documents.followup_letters import GDPR_REQUESTS
from documents.letters import (
    KINDS,
    PERIODS,
    REMINDER,
    REQUEST,
    period_of,
    write_letter,
)
from documents.letters.engine import prose
from documents.models import Mark, SentLetter
from oversight.lib.text import clean

# A letter with no period of its own (a complaint) is awaited like a request.
REQUESTED_PERIOD: deadlines.Period = PERIODS[REQUEST]

MAX_REPLY_BYTES = 1_000_000  # 1 MB, as for imports, well within MAX_REQUEST_BYTES
MAX_REPLY_CHARS = reply_text.MAX_CHARS
READABLE = {".pdf": "pdf", ".docx": "docx", ".txt": "txt"}


class UnreadableReply(ValueError):
    """An uploaded reply that cannot be read; the message says what is expected."""


def place_of(workplace: facts.Workplace) -> str:
    """Where deadlines are counted: the region if there is one, else the country."""
    return workplace.region or workplace.country


def place_of_letter(sent: SentLetter) -> str:
    """Where the letter's deadlines are counted: its writer's region or country (the
    assessed workplace's, or the campaign's)."""
    return correspondent_of(sent.owner).place


def period_for(kind: str) -> deadlines.Period:
    """The letter's own period; a complaint's answer is awaited like a request's."""
    return (kind in KINDS and period_of(kind)) or REQUESTED_PERIOD


def period_reason(kind: str) -> str:
    """Where the period to answer comes from, in words (the page's language)."""
    chosen = KINDS.get(kind)
    if chosen is not None and chosen.period_source:
        unit, count = chosen.period
        source = {"law": law.cite(chosen.period_source, get_language())}
        if unit != "days":
            return _("From receipt, as the law sets: %(law)s.") % source
        return _("%(days)s days from receipt, as the law sets: %(law)s.") % {
            "days": count,
            **source,
        }
    if kind in GDPR_REQUESTS:
        return _(
            "One month from receipt: the period data-protection law sets for such "
            "requests."
        )
    return _(
        "%(period)s from receipt: the date the letter asks for, not a legal deadline."
    ) % {"period": period_words(period_for(kind))}


def period_words(period: deadlines.Period) -> str:
    """A period in words: "30 days", "2 weeks", "1 month"."""
    unit, count = period
    words = {
        "days": ngettext("%(count)s day", "%(count)s days", count),
        "weeks": ngettext("%(count)s week", "%(count)s weeks", count),
        "months": ngettext("%(count)s month", "%(count)s months", count),
    }[unit]
    return words % {"count": count}


def deadline_for(
    kind: str, sent: datetime.date, channel: str, place: str
) -> datetime.date:
    """The day the answer is due: the period runs from receipt at the place."""
    arrived = deadlines.received(sent, channel, place)
    chosen = KINDS.get(kind)
    return deadlines.deadline(
        arrived,
        period_for(kind),
        place,
        receipt_day_counts=bool(chosen and chosen.receipt_day_counts),
    )


def record_sent(
    owner,
    kind: str,
    lang: str,
    sent_on: datetime.date,
    channel: str,
    code: str = "",
) -> tuple[SentLetter, bool]:
    """Store that the letter `kind` was sent, with the questions it asked then: an
    employee's letter about their assessment, or a council's about its campaign.
    Returns the record and whether it is new.

    `code` is the random part of the reference printed on the letter (drawn here if
    not given): a letter of the same kind already recorded with it is that letter,
    so a second click records nothing more. The letter is written again without
    personal details, as it reads today; a letter that lists no questions stands as
    one request, its subject. Raises NotApplicable when the kind does not fit the
    workplace or the writer.
    """
    recorded = recorded_with(owner, code)
    if recorded is not None and recorded.kind == kind:
        return recorded, False
    if recorded is not None:
        code = ""  # another kind from the same form: another letter
    writer = correspondent_of(owner)  # the employee's or a council's
    sent, created = SentLetter.objects.get_or_create(
        **{writer.stored_as: owner},
        reference=references.reference(
            sent_on, writer.country, code or unused_code(owner)
        ),
        defaults={
            "kind": kind,
            "lang": lang,
            "sent_on": sent_on,
            "channel": channel,
            "deadline": deadline_for(kind, sent_on, channel, writer.place),
            "questions": questions_of(kind, writer.about, lang, writer.as_of),
        },
    )
    if created and sent.assessment is not None:
        services.mark_used(owner)
    return sent, created


def recorded_with(owner, code: str) -> SentLetter | None:
    """The owner's letter whose reference ends in `code`, if any."""
    if not code:
        return None
    return owner.sent_letters.filter(reference__endswith="-" + code).first()


def unused_code(owner) -> str:
    """A code none of the owner's letters has."""
    while True:
        code = references.new_code()
        if recorded_with(owner, code) is None:
            return code


def questions_of(kind: str, about, lang: str, as_of: datetime.date | None) -> list[str]:
    """The questions the letter asks, as it reads today; one that lists none (or a
    reminder, which asks again for the letter it follows) stands as its subject."""
    if kind in KINDS and KINDS[kind].procedure == REMINDER:
        with translation.override(lang):  # its subject: the letter it follows aside
            return [" ".join(prose(kind, {})["subject"])]
    letter = write_letter(kind, about, lang, as_of=as_of)
    return [question for question, _why in letter.questions] or [letter.subject]


def extension_for(sent: SentLetter, place: str) -> datetime.date:
    """The later date to propose for the answer. If the reply kept is a notice of
    extension, the latest date it names, else the period it names counted from the
    deadline. Otherwise the extension the law allows: a request with a period in days
    once more as many days (the CCPA's 45 more, Cal. Civ. Code §1798.130(a)(2) and 11
    CCR §7021(b)); any other two further months (GDPR Art. 12(3)), a first guess the
    person corrects for a letter the law gives no period."""
    if sent.reply:
        reading = replies.read(sent.questions, sent.reply, sent.lang)
        if reading.extension:
            named = reading.extended_to
            latest = sent.deadline + datetime.timedelta(days=366)  # later: a typo
            if named is not None and sent.deadline < named <= latest:
                return named
            if reading.extended_by is not None:
                return _later(sent, reading.extended_by, place)
    if extended_by_days(sent.kind):
        return _later(sent, period_for(sent.kind), place)
    return deadlines.deadline(sent.deadline, ("months", 2), place)


def _later(sent: SentLetter, period: deadlines.Period, place: str) -> datetime.date:
    """The deadline moved on by `period`. Where the law counts calendar days from
    receipt (the CCPA: 45 days, then at most 45 more, 90 in all, 11 CCR §7021(b)),
    the extra days run on from the deadline with no roll past a weekend, which would
    end after the legal maximum."""
    chosen = KINDS.get(sent.kind)
    unit, count = period
    if chosen is not None and chosen.receipt_day_counts and unit == "days":
        return sent.deadline + datetime.timedelta(days=count)
    return deadlines.deadline(sent.deadline, period, place)


def extended_by_days(kind: str) -> bool:
    """The law extends the letter's period by as many days again (the CCPA's
    requests), not by two further months."""
    chosen = KINDS.get(kind)
    return (
        chosen is not None and bool(chosen.period_source) and chosen.period[0] == "days"
    )


def record_extension(sent: SentLetter, extended_to: datetime.date | None) -> None:
    """Store the later date the employer gave notice of (None: no extension)."""
    sent.extended_to = extended_to
    sent.save(update_fields=["extended_to"])


def record_reply(
    sent: SentLetter, text: str, replied_on: datetime.date, as_answer: bool = False
) -> bool:
    """Store HR's reply. Marks made for an earlier reply no longer hold. A reply
    that announces an extension moves the date the answer is due (to the date it
    gives, see extension_for), unless one was noted already; if it answers nothing
    besides, it is kept as the notice and the letter is still awaited, unless the
    person says it answers too (`as_answer`). Returns whether it was kept as the
    notice."""
    reading = replies.read(sent.questions, text, sent.lang)
    notice = reading.only_extension and not as_answer
    sent.reply = text
    sent.replied_on = None if notice else replied_on
    sent.marks = []
    if reading.extension and sent.extended_to is None:
        sent.extended_to = extension_for(sent, place_of_letter(sent))
    sent.save(update_fields=["reply", "replied_on", "marks", "extended_to"])
    if sent.assessment is not None:
        services.mark_used(sent.assessment)
    return notice


def confirm_marks(sent: SentLetter, marks: list[str]) -> None:
    if len(marks) != len(sent.questions) or not set(marks) <= set(Mark.values):
        raise ValueError("one mark per question, each answered, partly or not")
    sent.marks = marks
    sent.save(update_fields=["marks"])


# Reading an uploaded reply.


def read_reply(name: str, content: bytes) -> str:
    """The text of a reply uploaded as PDF, DOCX or TXT; the file itself is not kept.
    A PDF or DOCX is read by a child process under limits (documents.reply_text)."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in READABLE:
        raise UnreadableReply(
            _("Only PDF, Word (.docx) or plain-text (.txt) files can be read.")
        )
    if len(content) > MAX_REPLY_BYTES:
        raise UnreadableReply(_("The file is too large: at most 1 MB is accepted."))
    kind = READABLE[suffix]
    try:
        text = (
            _plain_text(content)
            if kind == "txt"
            else reply_text.read(kind, content, settings.REPLY_READER_CPU_SECONDS)
        )
    except reply_text.Refused as refusal:
        raise UnreadableReply(_refusal(refusal.reason)) from None
    text = clean(text).strip()
    if not text:
        raise UnreadableReply(
            _(
                "No text was found in the file (a scanned letter is an image). Paste "
                "or type the reply's text instead."
            )
        )
    if len(text) > MAX_REPLY_CHARS:
        raise UnreadableReply(
            _("The reply is too long: at most 100,000 characters are accepted.")
        )
    return text


def _plain_text(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _refusal(reason: str) -> str:
    """What the person is told when the reader refused the file, and what to do."""
    if reason == reply_text.TOO_LARGE:
        return _(
            "The file is too large once unpacked: a reply may have at most "
            "%(pages)s pages and %(megabytes)s MB of content. Paste the reply's "
            "text instead."
        ) % {
            "pages": reply_text.MAX_PAGES,
            "megabytes": reply_text.MAX_UNPACKED_BYTES // 1_000_000,
        }
    if reason == reply_text.TOO_SLOW:
        return _(
            "Reading the file took too long, so it was stopped. Paste the reply's "
            "text instead."
        )
    if reason == reply_text.BUSY:
        return _(
            "Another reply is being read at this moment. Please upload the file "
            "again in a few seconds."
        )
    return _(
        "The file could not be read. Check that it is a PDF, Word (.docx) or "
        "plain-text file, or paste the reply's text instead."
    )


# Does the reply answer each question? A first guess the person always confirms.


def suggested_marks(sent: SentLetter) -> replies.Reading:
    """A mark for each question, read conservatively (documents/replies.py): answered
    only where a sentence answers it, refused where the reply declines, and whether
    the reply announces an extension."""
    return replies.read(sent.questions, sent.reply, sent.lang)


# Facts the reply states, offered as changes to the assessment's answers.


@dataclass(frozen=True)
class Change:
    """One answer of one practice that the reply states otherwise."""

    practice: int
    path: str  # a fact path of the practice, as the policy check proposes it
    value: str

    @property
    def key(self) -> str:
        return f"{self.practice}:{self.path}={self.value}"


def current_answer(practice: dict, path: str) -> str | list[str]:
    """The practice's answer at a fact path, a number of days in digits."""
    head, _dot, key = path.partition(".")
    answer = practice.get(head, {}).get(key) if key else practice.get(path)
    if answer is None:
        return facts.UNKNOWN
    return str(answer) if path == policy_check.RETENTION else answer


# A stated answer that a more specific answer already given agrees with: "a DPIA was
# carried out" (read as done, not shared) does not undo "done and shared with us".
AGREES_WITH = {("dpia", "done_not_shared"): {"done_shared"}}


def changes_in_reply(record: Assessment, reply: str) -> list[Change]:
    """What the reply states that differs from the answers of each practice."""
    reply = replies.statements(reply)  # no letterhead, signature or extension
    found = policy_check.find_signals(reply)
    stated = policy_check.proposals(reply, found, record.workplace)
    changes = []
    for index, practice in enumerate(record.practices):
        for path, value in stated:
            current = current_answer(practice, path)
            if path in policy_check.LIST_PATHS:
                if value not in (current if isinstance(current, list) else []):
                    changes.append(Change(index, path, value))
            elif current != value and current not in AGREES_WITH.get((path, value), ()):
                changes.append(Change(index, path, value))
    return changes


def apply_changes(record: Assessment, changes: list[Change]) -> services.Changes:
    """Change the answers and work the result out again through the one service that
    stores assessments; returns what that changed in the findings, each known by rule
    and practice. Raises facts.InvalidAssessment on an answer the format refuses.
    """
    document = copy.deepcopy(record.document)
    practices = document["practices"]
    for change in changes:
        practices[change.practice] = policy_check.with_answers(
            practices[change.practice], [(change.path, change.value)]
        )
    before = record.result or {"grade": record.grade, "findings": []}
    services.save_document(document, record)
    return services.compare_results(before, record.result, timezone.localdate())
