"""From findings to a 0-100 score and an A-F grade (formula: docs/scoring.md)."""

from collections.abc import Iterable

from .base import CONCERNS, CRITICAL, HIGH, LOW, MEDIUM, SEVERITY_RANK

# Each concern counts once, by its most severe finding.
PENALTY = {CRITICAL: 20, HIGH: 12, MEDIUM: 6, LOW: 2}
GRADES = (("A", 95), ("B", 80), ("C", 65), ("D", 50), ("E", 35), ("F", 0))
CRITICAL_CAP = "D"


def worst_by_concern(pairs: Iterable[tuple[str, str]]) -> dict[str, str | None]:
    """The most severe severity of each concern, from (concern, severity) pairs."""
    worst: dict[str, str | None] = dict.fromkeys(CONCERNS)
    for concern, severity in pairs:
        current = worst[concern]
        if current is None or SEVERITY_RANK[severity] > SEVERITY_RANK[current]:
            worst[concern] = severity
    return worst


def score_of(worst: dict[str, str | None]) -> int:
    penalty = sum(PENALTY[severity] for severity in worst.values() if severity)
    return max(0, 100 - penalty)


def grade_of(score: int, worst: dict[str, str | None]) -> str:
    grade = next(letter for letter, floor in GRADES if score >= floor)
    if CRITICAL in worst.values():
        grade = max(grade, CRITICAL_CAP)  # letters sort from best to worst
    return grade
