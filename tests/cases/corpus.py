"""The validation corpus (docs/cases/): real decisions and benign controls, each an
oversight.assessment/1 file with what the engine must and must not find.

Run `python -m tests.cases.corpus` (or `make validate`) for the figures that
`make bench` prints too: the share of supported findings raised, the findings
raised that a decision contradicts, those the format cannot yet tell apart (known
contradictions, listed per case), and the findings above medium on benign controls.
"""

import datetime
import json
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CASES = Path(__file__).resolve().parents[2] / "docs" / "cases"
AS_OF = datetime.date(2026, 12, 1)
ABOVE_MEDIUM = ("critical", "high")


@dataclass
class Case:
    id: str
    kind: str
    jurisdiction: str
    must: list[str]
    must_not: list[str]
    entry: dict
    # Findings the decision rules out but the format cannot yet tell apart: raised,
    # counted in their own figure, and moved to must_not once the engine can.
    known_contradicted: list[str] = field(default_factory=list)

    @property
    def document(self) -> dict:
        return json.loads((CASES / f"{self.id}.json").read_text())


@dataclass
class Outcome:
    case: Case
    grade: str
    raised: dict[str, str]  # slug -> worst severity raised
    missing: list[str] = field(default_factory=list)
    contradicted: list[str] = field(default_factory=list)
    known_contradicted: list[str] = field(default_factory=list)
    above_medium: list[str] = field(default_factory=list)


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(CASES.glob("*.toml")):
        for ident, entry in tomllib.loads(path.read_text()).items():
            cases.append(
                Case(
                    ident,
                    entry["kind"],
                    entry["jurisdiction"],
                    list(entry.get("must", [])),
                    list(entry.get("must_not", [])),
                    entry,
                    list(entry.get("known_contradicted", [])),
                )
            )
    return cases


def run(case: Case, as_of: datetime.date = AS_OF) -> Outcome:
    from assessment.facts import parse_assessment
    from assessment.rules import SEVERITIES, assess

    result = assess(parse_assessment(case.document), as_of)
    rank = {severity: index for index, severity in enumerate(SEVERITIES)}
    raised: dict[str, str] = {}
    for finding in result.findings:
        known = raised.get(finding.rule.slug)
        if known is None or rank[finding.severity] < rank[known]:
            raised[finding.rule.slug] = finding.severity
    outcome = Outcome(case, result.grade, raised)
    outcome.missing = [slug for slug in case.must if slug not in raised]
    outcome.contradicted = [slug for slug in case.must_not if slug in raised]
    outcome.known_contradicted = [
        slug for slug in case.known_contradicted if slug in raised
    ]
    if case.kind == "benign":
        outcome.above_medium = sorted(
            slug for slug, severity in raised.items() if severity in ABOVE_MEDIUM
        )
    return outcome


def figures(outcomes: list[Outcome]) -> dict[str, float]:
    must = sum(len(o.case.must) for o in outcomes)
    missing = sum(len(o.missing) for o in outcomes)
    return {
        "cases_supported": round((must - missing) / must, 3) if must else 1.0,
        "cases_contradicted": sum(len(o.contradicted) for o in outcomes),
        "cases_known_contradicted": sum(len(o.known_contradicted) for o in outcomes),
        "benign_high": sum(len(o.above_medium) for o in outcomes),
    }


def main() -> int:
    import django

    sys.path.insert(0, str(CASES.parents[1]))
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    django.setup()
    outcomes = [run(case) for case in load_cases()]
    results = figures(outcomes)
    print(f"cases: {len(outcomes)} count")
    print(f"cases_supported: {results['cases_supported']} share")
    print(f"cases_contradicted: {results['cases_contradicted']} findings")
    known = results["cases_known_contradicted"]
    print(f"cases_known_contradicted: {known} findings")
    print(f"benign_high: {results['benign_high']} findings")
    for outcome in outcomes:
        problems = [
            *(f"missing {slug}" for slug in outcome.missing),
            *(f"contradicted {slug}" for slug in outcome.contradicted),
            *(f"known contradiction {slug}" for slug in outcome.known_contradicted),
            *(f"above medium {slug}" for slug in outcome.above_medium),
        ]
        if outcome.case.kind == "benign" and outcome.grade not in ("A", "B"):
            problems.append(f"grade {outcome.grade}")
        if problems:
            print(f"# {outcome.case.id}: {'; '.join(problems)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
