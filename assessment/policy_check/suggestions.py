"""From the phrases found to answers: retention periods in days, the more
intrusive reading where there are two, and answers put into a practice."""

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass

from assessment import questionnaire
from assessment.rules.base import gettext_noop as _

from .engine import Highlight
from .periods import HOURS, MONTHS, NUMBER_WORDS, UNIT_DAYS
from .signals import LIST_PATHS, RETENTION_SIGNALS

# Longest first, so that "année" is tried before "an".
UNITS_LONGEST_FIRST = sorted(UNIT_DAYS.items(), key=lambda item: -len(item[0]))
PERIOD = re.compile(
    r"(\d{1,5}|[^\W\d_]+(?:-[^\W\d_]+)?)\s*(?:\(\d{1,5}\)\s*)?([^\W\d_]+)"
)


def days_in(phrase: str) -> int | None:
    """'90 days' -> 90, '6 Monate' -> 180, '1 an' -> 365, 'two years' -> 730,
    '72 hours' -> 3. Whole years written in months count as years, so that
    '12 months' is no shorter than 'one year'."""
    match = PERIOD.match(phrase)
    if not match:
        return None
    number, word = match.group(1).lower(), match.group(2).lower()
    count = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
    if count is None:
        return None
    if word.startswith(tuple(HOURS.values())):
        return min(-(-count // 24), 36500)  # a part of a day is a whole day
    for unit, days in UNITS_LONGEST_FIRST:
        if word.startswith(unit):
            if unit in MONTHS.values():
                return min(count // 12 * 365 + count % 12 * 30, 36500)
            return min(count * days, 36500)
    return None


@dataclass(frozen=True, slots=True)
class Suggestion:
    path: str  # a fact path of a practice: "data", "participation.mode", "retention"
    value: str  # as written in the format; a number of days in digits ("90")
    # Why this, the more intrusive reading, was taken ("" when the text is plain).
    reason: str = ""


# The one retention answer: a number of days, in digits, or "indefinite".
RETENTION, INDEFINITE = "retention", "indefinite"
# Wording with no end date, strongest first; "as long as necessary" yields to a period.
OPEN_ENDED = ("retention-open-ended", "retention-employment")
SEVERAL_PERIODS = _("The text names several periods; the suggestion is the longest.")


def _retention(text: str, highlights: list[Highlight]) -> list[Suggestion]:
    """One retention answer for the whole text, the longest it allows: open-ended
    wording beats any period, and the longest of several periods is taken."""
    by_slug = {h.signal.slug: h.signal for h in highlights}
    periods = {
        days
        for h in highlights
        if h.signal.slug == "retention-period"
        and (days := days_in(h.text_in(text))) is not None
    }
    several = (
        SEVERAL_PERIODS if len(periods) + len(by_slug.keys() & OPEN_ENDED) > 1 else ""
    )
    for slug in OPEN_ENDED:
        if slug in by_slug:
            return [Suggestion(RETENTION, INDEFINITE, by_slug[slug].reason or several)]
    if periods:
        return [Suggestion(RETENTION, str(max(periods)), several)]
    if "retention-as-needed" in by_slug:
        return [
            Suggestion(RETENTION, INDEFINITE, by_slug["retention-as-needed"].reason)
        ]
    return []


def suggestions(
    text: str, highlights: list[Highlight], workplace: dict | None = None
) -> list[Suggestion]:
    """Answers the text suggests, each once, in text order, with the reason where a
    phrase was given its more intrusive reading; given a workplace (its object in
    the format), only answers to questions it is asked (none about how a union was
    involved where there is none)."""
    suggested: list[Suggestion] = []
    retention_done = False
    for highlight in highlights:
        signal = highlight.signal
        if signal.slug in RETENTION_SIGNALS:
            if retention_done:
                continue
            retention_done = True
            candidates = _retention(text, highlights)
        else:
            candidates = [
                Suggestion(path, value, each.reason)
                for each in (signal, *highlight.inside)
                for path, value in each.proposals
            ]
        for candidate in candidates:
            if not questionnaire.asks(candidate.path, workplace):
                continue
            taken = [(s.path, s.value) for s in suggested]
            answered = any(candidate.path == path for path, _value in taken)
            if (candidate.path, candidate.value) not in taken and (
                candidate.path in LIST_PATHS or not answered
            ):
                suggested.append(candidate)
    return suggested


def proposals(
    text: str, highlights: list[Highlight], workplace: dict | None = None
) -> list[tuple[str, str]]:
    """Answers the text suggests, as (fact path, value), each once, in text order."""
    return [(s.path, s.value) for s in suggestions(text, highlights, workplace)]


def fact_value(path: str, value: str) -> str | int:
    """A proposed value as the format writes it: a number of days is a number."""
    return int(value) if path == RETENTION and value.isdigit() else value


def with_answers(practice: dict, answers: Iterable[tuple[str, str]]) -> dict:
    """A copy of a practice in oversight.assessment/1 with these (fact path, value)
    answers in it: a list gains the value, any other answer is replaced. From {}, a
    practice of the answers alone."""
    practice = copy.deepcopy(practice)
    for path, value in answers:
        if path in LIST_PATHS:
            practice[path] = sorted({*practice.get(path, []), value})
        else:
            questionnaire.put(practice, path, fact_value(path, value))
    return practice
