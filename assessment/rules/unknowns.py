"""The questions an unanswered fact raises; the letters to HR collect them."""

from dataclasses import dataclass
from operator import attrgetter

from assessment import questionnaire
from assessment.facts import UNKNOWN, Assessment

# The questionnaire's own words for what to ask when an answer is unknown.
PRACTICE_QUESTIONS = {q.path: q.unknown for q in questionnaire.PRACTICE if q.unknown}
WORKPLACE_QUESTIONS = {q.field: q.unknown for q in questionnaire.WORKPLACE if q.unknown}


@dataclass(frozen=True, slots=True)
class Unknown:
    fact: str
    question: str


def _is_unknown(value: object) -> bool:
    return value == UNKNOWN or (isinstance(value, frozenset) and UNKNOWN in value)


# Lists hold "unknown" as one of their items; single answers are "unknown" outright.
_LISTS = {q.path for q in questionnaire.PRACTICE if q.kind == questionnaire.MANY}
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
    """Each unknown answer with its question for HR; a question the workplace is not
    asked (how a union was involved where there is none) raises none."""
    found = [
        Unknown(f"workplace.{field}", question)
        for field, question in WORKPLACE_QUESTIONS.items()
        if _is_unknown(getattr(assessment.workplace, field))
    ]
    workplace = assessment.workplace.to_document()
    answers = [r for r in _ANSWER_READERS if questionnaire.asks(r[0], workplace)]
    lists = [r for r in _LIST_READERS if questionnaire.asks(r[0], workplace)]
    for index, practice in enumerate(assessment.practices):
        prefix = f"practices[{index}]."
        for path, read, question in answers:
            if read(practice) == UNKNOWN:
                found.append(Unknown(prefix + path, question))
        for path, read, question in lists:
            if UNKNOWN in read(practice):
                found.append(Unknown(prefix + path, question))
    return tuple(found)
