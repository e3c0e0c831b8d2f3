"""Evaluating the catalogue against an assessment into an oversight.result/1 result."""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from assessment.facts import Assessment

from .base import CONCERNS, SEVERITY_RANK, Facts, Reference, Rule
from .jurisdictions import jurisdictions_of
from .scoring import grade_of, score_of, worst_by_concern
from .unknowns import Unknown, unknowns_of

RESULT_FORMAT = "oversight.result/1"
Translate = Callable[[str], str]


def _as_is(message: str) -> str:
    return message


def _json_value(value: object) -> object:
    return sorted(value) if isinstance(value, frozenset) else value


class Finding(NamedTuple):
    rule: Rule
    practice: int | None
    facts: Facts
    references: tuple[Reference, ...]

    @property
    def severity(self) -> str:
        return self.rule.severity

    @property
    def concern(self) -> str:
        return self.rule.concern

    def fact_paths(self) -> dict[str, object]:
        """The facts keyed by their full path in the assessment document."""
        prefix = "" if self.practice is None else f"practices[{self.practice}]."
        return {
            path if path.startswith("workplace.") else prefix + path: _json_value(value)
            for path, value in self.facts.items()
        }

    def to_document(self, translate: Translate = _as_is) -> dict:
        rule = self.rule
        return {
            "rule": rule.slug,
            "concern": rule.concern,
            "severity": rule.severity,
            "practice": self.practice,
            "title": translate(rule.title),
            "explanation": translate(rule.explanation),
            "facts": self.fact_paths(),
            "references": [str(reference) for reference in self.references],
            "questions": [translate(question) for question in rule.questions],
        }


@dataclass(frozen=True, slots=True)
class Result:
    ruleset: str
    as_of: datetime.date
    score: int
    grade: str
    worst: dict[str, str | None]
    findings: tuple[Finding, ...]
    unknowns: tuple[Unknown, ...]

    def concerns(self) -> list[dict]:
        counts = dict.fromkeys(CONCERNS, 0)
        for finding in self.findings:
            counts[finding.concern] += 1
        return [
            {"concern": concern, "severity": self.worst[concern], "findings": count}
            for concern, count in counts.items()
        ]

    def to_document(self, translate: Translate = _as_is) -> dict:
        """The result in oversight.result/1, with the unknowns worth asking about."""
        return {
            "format": RESULT_FORMAT,
            "ruleset": self.ruleset,
            "as_of": self.as_of.isoformat(),
            "score": self.score,
            "grade": self.grade,
            "concerns": self.concerns(),
            "findings": [finding.to_document(translate) for finding in self.findings],
            "unknowns": [
                {"fact": unknown.fact, "question": translate(unknown.question)}
                for unknown in self.unknowns
            ],
        }


def _rule_order(rule: Rule) -> tuple:
    return (-SEVERITY_RANK[rule.severity], CONCERNS.index(rule.concern), rule.slug)


class Catalogue:
    """A versioned set of rules, with each jurisdiction's share worked out once."""

    def __init__(self, version: str, rules: Iterable[Rule]):
        self.version = version
        self.rules = tuple(rules)
        self._in: dict[frozenset[str], tuple[tuple[Rule, tuple[Reference, ...]], ...]]
        self._in = {}

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def applicable(
        self, jurisdictions: frozenset[str]
    ) -> tuple[tuple[Rule, tuple[Reference, ...]], ...]:
        if jurisdictions not in self._in:
            # In report order (most severe first), so findings need no sorting.
            self._in[jurisdictions] = tuple(
                (rule, rule.references_in(jurisdictions))
                for rule in sorted(self.rules, key=_rule_order)
                if rule.applies_in(jurisdictions)
            )
        return self._in[jurisdictions]

    def same_law(self, day: datetime.date, other: datetime.date) -> bool:
        """No source the catalogue cites changes status between the two days."""
        return True  # filled in with the dated sources

    def evaluate(
        self, assessment: Assessment, as_of: datetime.date | None = None
    ) -> Result:
        """The findings as the law stands on `as_of` (today by default)."""
        as_of = as_of or datetime.date.today()
        workplace = assessment.workplace
        rules = self.applicable(jurisdictions_of(workplace))
        practices = tuple(enumerate(assessment.practices))
        findings = []
        for rule, references in rules:
            when = rule.when
            for index, practice in practices:
                facts = when(practice, workplace)
                if facts is not None:
                    findings.append(Finding(rule, index, facts, references))
        worst = worst_by_concern([(f.rule.concern, f.rule.severity) for f in findings])
        score = score_of(worst)
        return Result(
            ruleset=self.version,
            as_of=as_of,
            score=score,
            grade=grade_of(score, worst),
            worst=worst,
            findings=tuple(findings),
            unknowns=unknowns_of(assessment),
        )
