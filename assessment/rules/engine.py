"""Evaluating the catalogue against an assessment into an oversight.result/1 result.

The law is read as it stands on a day: a rule raises a finding only where at least one
of its sources is in force there on that day. A rule whose sources all apply later is
shown under "Coming into force", at low severity and outside the score, until then;
rescinded and pending sources are never cited.
"""

import bisect
import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from assessment import law
from assessment.facts import Assessment
from assessment.law import Source

from .base import (
    CONCERNS,
    CRITICAL,
    DECISION,
    GOOD_PRACTICE,
    GUIDANCE,
    LOW,
    MEDIUM,
    SEVERITY_RANK,
    STATUTE,
    Facts,
    Rule,
)
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
    references: tuple[Source, ...]
    applies_from: datetime.date | None = None  # set while the duty applies later
    level: str = ""  # the severity here, where it differs from the rule's
    good_practice: bool = False  # only good practice, no law, reaches here
    strength: str = ""  # what it rests on here: statute, decision, guidance, ...

    @property
    def severity(self) -> str:
        return LOW if self.applies_from else (self.level or self.rule.severity)

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

    def to_document(self, translate: Translate = _as_is, lang: str = "en") -> dict:
        rule = self.rule
        document = {
            "rule": rule.slug,
            "concern": rule.concern,
            "severity": self.severity,
            "practice": self.practice,
            "title": translate(rule.title),
            "explanation": translate(rule.explanation),
            "facts": self.fact_paths(),
            "references": [reference.cite(lang) for reference in self.references],
            "sources": [reference.id for reference in self.references],
            "questions": [translate(question) for question in rule.questions],
        }
        if self.applies_from:
            document["applies_from"] = self.applies_from.isoformat()
        if self.good_practice:
            document["good_practice"] = True
        if self.strength:
            document["strength"] = self.strength
        return document


@dataclass(frozen=True, slots=True)
class Result:
    ruleset: str
    as_of: datetime.date
    score: int
    grade: str
    worst: dict[str, str | None]
    findings: tuple[Finding, ...]
    unknowns: tuple[Unknown, ...]
    coming: tuple[Finding, ...] = ()  # duties that apply after `as_of`

    def concerns(self) -> list[dict]:
        counts = dict.fromkeys(CONCERNS, 0)
        for finding in self.findings:
            counts[finding.concern] += 1
        return [
            {"concern": concern, "severity": self.worst[concern], "findings": count}
            for concern, count in counts.items()
        ]

    def to_document(self, translate: Translate = _as_is, lang: str = "en") -> dict:
        """The result in oversight.result/1, with the unknowns worth asking about,
        the day the law was read as of and what comes into force after it."""
        return {
            "format": RESULT_FORMAT,
            "ruleset": self.ruleset,
            "as_of": self.as_of.isoformat(),
            "score": self.score,
            "grade": self.grade,
            "concerns": self.concerns(),
            "findings": [
                finding.to_document(translate, lang) for finding in self.findings
            ],
            "coming_into_force": [
                finding.to_document(translate, lang) for finding in self.coming
            ],
            "unknowns": [
                {"fact": unknown.fact, "question": translate(unknown.question)}
                for unknown in self.unknowns
            ],
        }


class Applicable(NamedTuple):
    """A rule as it reads in some jurisdictions on some day."""

    rule: Rule
    references: tuple[Source, ...]
    applies_from: datetime.date | None  # None: in force now
    severity: str
    good_practice: bool
    strength: str

    def order(self) -> tuple:
        """Report order: most severe first, then by concern and slug."""
        rule = self.rule
        return (-SEVERITY_RANK[self.severity], CONCERNS.index(rule.concern), rule.slug)


# What each kind of source makes a finding rest on; guidelines, memos and codes of
# practice of a place are guidance.
KIND_STRENGTH = {
    "statute": STATUTE,
    "regulation": STATUTE,
    "judgment": DECISION,
    "decision": DECISION,
}


def strength_here(rule: Rule, current: tuple[Source, ...]) -> str:
    """What a rule's finding rests on where these sources reach: good practice where
    no law of the place is among them; otherwise what the rule declares, or the
    strongest kind among its sources of the place."""
    local = [source for source in current if source.jurisdiction != "ANY"]
    if not local:
        return GOOD_PRACTICE
    if rule.strength:
        return rule.strength
    kinds = {KIND_STRENGTH.get(source.kind, GUIDANCE) for source in local}
    return next(level for level in (STATUTE, DECISION, GUIDANCE) if level in kinds)


def severity_here(rule: Rule, current: tuple[Source, ...]) -> tuple[str, bool, str]:
    """The severity a rule earns where these sources reach, whether only good
    practice reaches, and what the finding rests on: critical where a decision or
    statute named in `critical_by` reaches; low where a statute named in
    `permitted_by` allows the practice; at most medium where only good practice does
    (no law of the place is among them)."""
    strength = strength_here(rule, current)
    if any(source.id in rule.critical_by for source in current):
        return CRITICAL, False, strength
    if any(source.id in rule.permitted_by for source in current):
        return LOW, False, strength
    if strength == GOOD_PRACTICE:
        capped = min(rule.severity, MEDIUM, key=SEVERITY_RANK.__getitem__)
        return capped, True, strength
    return rule.severity, False, strength


def read_as_of(rule: Rule, jurisdictions: frozenset[str], day: datetime.date):
    """The rule's current sources here, or those that apply later; None when no
    source of the rule reaches here on that day."""
    reaching = rule.references_in(jurisdictions)
    current = tuple(s for s in reaching if s.status_on(day) in law.CURRENT)
    if current:
        return Applicable(rule, current, None, *severity_here(rule, current))
    later = tuple(s for s in reaching if s.status_on(day) == law.APPLIES_LATER)
    if later:
        first = min(s.applies_from for s in later)
        return Applicable(rule, later, first, LOW, False, strength_here(rule, later))
    return None


class Catalogue:
    """A versioned set of rules, with each jurisdiction's share worked out once for
    each period in which none of the cited sources changes status."""

    def __init__(self, version: str, rules: Iterable[Rule]):
        self.version = version
        self.rules = tuple(rules)
        self.sources = tuple(
            law.SOURCES[ident]
            for ident in dict.fromkeys(i for rule in self.rules for i in rule.sources)
        )
        self.turning_points = sorted(
            {day for source in self.sources for day in source.dates()}
        )
        self._in: dict[tuple[frozenset[str], int], tuple[Applicable, ...]] = {}

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def period(self, day: datetime.date) -> int:
        """Which stretch of time between two changes of the law `day` falls in."""
        return bisect.bisect_right(self.turning_points, day)

    def same_law(self, day: datetime.date, other: datetime.date) -> bool:
        """No source the catalogue cites changes status between the two days."""
        return self.period(day) == self.period(other)

    def applicable(
        self, jurisdictions: frozenset[str], day: datetime.date
    ) -> tuple[Applicable, ...]:
        key = (jurisdictions, self.period(day))
        if key not in self._in:
            # In report order (most severe first), so findings need no sorting.
            read = (
                read_as_of(rule, jurisdictions, day)
                for rule in self.rules
                if rule.applies_in(jurisdictions)
            )
            self._in[key] = tuple(
                sorted(
                    (entry for entry in read if entry is not None), key=Applicable.order
                )
            )
        return self._in[key]

    def evaluate(
        self, assessment: Assessment, as_of: datetime.date | None = None
    ) -> Result:
        """The findings as the law stands on `as_of` (today by default)."""
        as_of = as_of or datetime.date.today()
        workplace = assessment.workplace
        practices = tuple(enumerate(assessment.practices))
        findings, coming = [], []
        for entry in self.applicable(jurisdictions_of(workplace), as_of):
            rule, applies_from = entry.rule, entry.applies_from
            level = "" if entry.severity == rule.severity else entry.severity
            when = rule.when
            for index, practice in practices:
                facts = when(practice, workplace)
                if facts is not None:
                    finding = Finding(
                        rule,
                        index,
                        facts,
                        entry.references,
                        applies_from,
                        level,
                        entry.good_practice,
                        entry.strength,
                    )
                    (coming if applies_from else findings).append(finding)
        worst = worst_by_concern([(f.rule.concern, f.severity) for f in findings])
        score = score_of(worst)
        return Result(
            ruleset=self.version,
            as_of=as_of,
            score=score,
            grade=grade_of(score, worst),
            worst=worst,
            findings=tuple(findings),
            unknowns=unknowns_of(assessment),
            coming=tuple(coming),
        )
