"""Letters that follow a letter sent: an incomplete answer, and a complaint with the
history of the requests. Each is a Letter, rendered by letter_files like the others.

They are written in the language of the letter they follow, since they go to the
same reader. Personal details are passed in to render and are never stored.
"""

import datetime

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from assessment import facts
from assessment.law import authority_of, jurisdiction
from documents import deadlines
from documents.correspondents import voice_of
from documents.letters import (
    KINDS,
    STATUTORY,
    Details,
    Letter,
    employee,
    gdpr,
    write_letter,
)
from documents.letters.engine import Typed, written_date
from documents.models import Channel, LetterState, Mark, SentLetter

INCOMPLETE_ANSWER = "incomplete-answer"
# The data subject's requests that the GDPR gives one month to answer (Art. 12(3)).
# The GDPR's data-subject requests: statutory, with the one-month period.
GDPR_REQUESTS = frozenset(
    slug
    for slug, kind in KINDS.items()
    if kind.procedure == STATUTORY and kind.period is None
)
FOLLOW_UP_PERIOD: deadlines.Period = ("weeks", 2)  # as the reminder gives
# The complaints that carry the history of the letters, to whom they go.
COMPLAINTS = ("complaint", "ccpa-complaint")


def _day(day: datetime.date) -> str:
    return written_date(day)


def _reference(sent: SentLetter) -> str:
    """The reference printed on the letter sent, which its follow-ups cite: the
    incomplete-answer letter carries it as its own, with the original's date."""
    return _("Our reference: %(ref)s") % {"ref": sent.reference}


def _question(text: str) -> str:
    """A question as a list item of its own: the access request's items end in ';'."""
    return text.rstrip(" ;")


def _open_point(question: str, mark: str) -> str:
    """A question the reply left open, saying how: asked again, whether the reply
    passed over it, answered it in part or declined it."""
    said = {
        Mark.PARTLY: " " + _("(answered only in part)"),
        Mark.REFUSED: " " + _("(declined in your reply)"),
    }
    return _question(question) + said.get(mark, "")


def kind_label(kind: str) -> str:
    """A kind's label in the active language; the slug of one no longer offered."""
    return str(KINDS[kind].label) if kind in KINDS else kind


def deadline_reminder(sent: SentLetter) -> Letter:
    """The letter sent, as far as a calendar entry for its deadline needs it: the
    day the answer is due, extended if the employer gave notice."""
    with translation.override(sent.lang):
        return Letter(
            kind=sent.kind,
            lang=sent.lang,
            date=sent.sent_on,
            deadline=sent.due,
            subject=kind_label(sent.kind),
            reference=_reference(sent),
            sender=[],
            recipient=[],
            salutation="",
            paragraphs=[],
        )


def incomplete_answer(
    sent: SentLetter,
    about,
    details: Typed | None = None,  # what the writer typed: Details, or the council's
    written: datetime.date | None = None,
) -> Letter:
    """To the employer: the reply left these questions open, or answered them in
    part. From the employee (about their assessment) or the council (its campaign),
    in the writer's voice (documents/correspondents.py).

    Lists exactly the questions marked as not (fully) answered.
    """
    written = written or datetime.date.today()
    with translation.override(sent.lang):
        parts = voice_of(about, details)
        us = parts["us"]

        def day(date: datetime.date) -> str:  # as the letter writes it
            return written_date(date, us)

        missing = [_open_point(question, mark) for question, mark in sent.missing()]
        letter = Letter(
            kind=INCOMPLETE_ANSWER,
            lang=sent.lang,
            date=written,
            deadline=deadlines.deadline(written, FOLLOW_UP_PERIOD, parts["place"]),
            subject=parts["subject"] % {"date": day(sent.sent_on)},
            reference=_reference(sent),
            sender=parts["sender"],
            recipient=parts["recipient"],
            salutation=parts["salutation"],
            paragraphs=[
                parts["opening"]
                % {
                    "sent": day(sent.sent_on),
                    "kind": kind_label(sent.kind),
                    "replied": day(sent.replied_on or written),
                },
                _("The following points are still open:"),
            ],
            questions=[(question, "") for question in missing],
            closing=parts["closing"],
            signature=parts["signature"],
            paper=jurisdiction(parts["country"]).paper,
            us=us,
        )
        if sent.kind in GDPR_REQUESTS and parts["gdpr_period"]:
            letter.closing_paragraphs.append(
                _("An incomplete answer does not meet the period to answer (%(art)s).")
                % {"art": gdpr("12(3)", parts["gdpr_period"])}
            )
        if any(mark == Mark.REFUSED for _question, mark in sent.missing()):
            letter.closing_paragraphs.append(
                _(
                    "Where your reply declined to answer, please answer, or state the "
                    "legal ground on which the information is withheld."
                )
            )
        letter.closing_paragraphs.append(
            _("Please answer these points in full by the date below.")
        )
        return letter


# How a letter went, inside a sentence: "(reference …, by post)". Channel's labels
# are a form's choices, capitalised as a label is ("Courrier postal").
SENT_BY = {
    Channel.EMAIL: pgettext_lazy("a letter sent, inside a sentence", "by e-mail"),
    Channel.POST: pgettext_lazy("a letter sent, inside a sentence", "by post"),
    Channel.HAND: pgettext_lazy("a letter sent, inside a sentence", "by hand"),
}


def history_line(sent: SentLetter, waiting: bool = False, us: bool = False) -> str:
    """One letter in the complaint's history, as the authority will look it up in
    the enclosed correspondence: its date, kind, reference and channel, and when
    the answer was due, or is due while the period is `waiting` to end."""
    if waiting:
        line = _(
            "On %(sent)s I sent the employer my letter “%(kind)s” (reference "
            "%(ref)s, %(channel)s). The answer is due by %(deadline)s."
        )
    else:
        line = _(
            "On %(sent)s I sent the employer my letter “%(kind)s” (reference "
            "%(ref)s, %(channel)s). The answer was due by %(deadline)s."
        )
    return line % {
        "sent": written_date(sent.sent_on, us),
        "kind": kind_label(sent.kind),
        "ref": sent.reference,
        "channel": SENT_BY[Channel(sent.channel)],
        "deadline": written_date(sent.deadline, us),
    }


def _history(sent: SentLetter, today: datetime.date, us: bool = False) -> list[str]:
    """What happened to one letter, as sentences for the complaint."""

    def day(date: datetime.date) -> str:  # as the complaint writes dates
        return written_date(date, us)

    state = sent.get_state(today)
    # "was due" only once the day has passed, whether or not a reply came before it.
    lines = [history_line(sent, waiting=sent.deadline >= today, us=us)]
    if sent.extended_to:
        lines.append(
            _("The employer gave notice that it would answer by %(date)s.")
            % {"date": day(sent.extended_to)}
        )
    if state == LetterState.OVERDUE:
        lines.append(_("No answer came by that date."))
    elif state == LetterState.WAITING:
        lines.append(_("The period to answer is still running."))
    else:
        lines.append(
            _("The employer replied on %(date)s.") % {"date": day(sent.replied_on)}
        )
        if sent.marks_confirmed():
            if sent.missing():
                lines.append(_("The reply leaves these points open:"))
            else:
                lines.append(_("The reply answers every point."))
    return lines


def complaint_kind(workplace: facts.Workplace) -> str:
    """The complaint an employee there can send with the history of their letters:
    to the data protection authority, or in California to the CPPA; "" where no
    authority takes one."""
    offered = {kind.slug for kind in employee.kinds_for(workplace)}
    return next((slug for slug in COMPLAINTS if slug in offered), "")


def complaint_addressee(workplace: facts.Workplace) -> tuple[list[str], str]:
    """Who the complaint goes to, as its recipient lines, and where no address is
    known, why: "region" (the country's authority depends on a region not given,
    such as a German Land) or "unknown" (the registry holds none)."""
    if complaint_kind(workplace) == "ccpa-complaint":
        return [str(line) for line in employee.CPPA_LINES], "unknown"
    lines = employee.authority_lines(workplace)
    authority = authority_of(workplace.country, workplace.region)
    if authority and authority.address:
        return lines, ""
    if jurisdiction(workplace.country).has_regions and not workplace.region:
        return lines, "region"
    return lines, "unknown"


def complaint_with_history(
    sent_letters: list[SentLetter],
    assessment: facts.Assessment,
    lang: str,
    details: Details | None = None,
    written: datetime.date | None = None,
    as_of: datetime.date | None = None,
) -> Letter:
    """The complaint to the supervisory authority, its problems from the findings,
    with the history of the requests to the employer: when each was sent, when it
    was due, whether and when HR replied, and what the reply left open. Raises
    NotApplicable where no complaint letter fits the workplace."""
    written = written or datetime.date.today()
    slug = complaint_kind(assessment.workplace) or "complaint"
    letter = write_letter(slug, assessment, lang, details, written=written, as_of=as_of)
    with translation.override(lang):
        history = [_("My requests to the employer:")]
        declined = " " + _("(declined by the employer)")
        for sent in sent_letters:
            history.append(" ".join(_history(sent, written, letter.us)))
            if sent.marks_confirmed():
                history += [
                    f"- {_question(q)}" + (declined if m == Mark.REFUSED else "")
                    for q, m in sent.missing()
                ]
        letter.closing_paragraphs[:0] = history
    return letter
