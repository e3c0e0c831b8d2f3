"""The questions an unanswered fact raises; the letters to HR collect them."""

from dataclasses import dataclass
from operator import attrgetter

from assessment.facts import UNKNOWN, Assessment

from .base import gettext_noop as _

PRACTICE_QUESTIONS = {
    "purposes": _("For which purposes is the data used?"),
    "when": _("Does the monitoring run outside working hours?"),
    "captures_private_content": _(
        "Can it capture passwords, private messages or personal browsing?"
    ),
    "decisions": _("Is the output used in decisions about individual workers?"),
    "recipients": _("Who receives individual-level data?"),
    "de_identification": _("Is the data linked to names, pseudonymised or aggregated?"),
    "retention": _("How long is the data kept?"),
    "deletion_when_stopped": _("Is the data deleted when the practice ends?"),
    "lawful_basis": _("Which legal basis do you rely on?"),
    "participation.mode": _("Is taking part mandatory, opt-out or opt-in?"),
    "participation.incentives": _("Is taking part linked to any reward or rating?"),
    "participation.refusal_consequences": _("Does refusing carry any disadvantage?"),
    "participation.alternative_offered": _(
        "What alternative is offered to those who refuse?"
    ),
    "participation.withdrawal": _("How can a worker stop taking part?"),
    "notice": _("How were workers informed?"),
    "notice_before_start": _("Were workers informed before it started?"),
    "dpia": _("Was an impact assessment carried out?"),
    "representatives": _("Were workers' representatives involved?"),
    "access": _("Who can see individual-level data?"),
    "own_data_access": _("Can workers see the data collected about them?"),
}
WORKPLACE_QUESTIONS = {
    "worker_representation": _("Is there a works council or union at this workplace?"),
}


@dataclass(frozen=True, slots=True)
class Unknown:
    fact: str
    question: str


def _is_unknown(value: object) -> bool:
    return value == UNKNOWN or (isinstance(value, frozenset) and UNKNOWN in value)


# Lists hold "unknown" as one of their items; single answers are "unknown" outright.
_LISTS = {"purposes", "recipients"}
_LIST_READERS = tuple(
    (path, attrgetter(path), question)
    for path, question in PRACTICE_QUESTIONS.items()
    if path in _LISTS
)
_ANSWER_READERS = tuple(
    (path, attrgetter(path), question)
    for path, question in PRACTICE_QUESTIONS.items()
    if path not in _LISTS
)


def unknowns_of(assessment: Assessment) -> tuple[Unknown, ...]:
    found = [
        Unknown(f"workplace.{field}", question)
        for field, question in WORKPLACE_QUESTIONS.items()
        if _is_unknown(getattr(assessment.workplace, field))
    ]
    for index, practice in enumerate(assessment.practices):
        prefix = f"practices[{index}]."
        for path, read, question in _ANSWER_READERS:
            if read(practice) == UNKNOWN:
                found.append(Unknown(prefix + path, question))
        for path, read, question in _LIST_READERS:
            if UNKNOWN in read(practice):
                found.append(Unknown(prefix + path, question))
    return tuple(found)
