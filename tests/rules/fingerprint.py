"""The catalogue's fingerprint: what it says and what it does, never how it is written.

A digest of every rule and source as data, of where each law reaches, of the questions
a result asks when an answer is unknown, and of the results the catalogue gives: for
the worked examples (docs/examples/) on every day the cited law changes, and for
answers varied one at a time around a calm practice and a Meta-like one in every
kind of place. A refactor or a change of layout that changes no verdict leaves it as
it is; a change to a rule's data or to what a predicate decides for any of those
assessments moves it (tests/rules/test_versioning.py then asks for a new
RULESET_VERSION). Results leave out the ruleset's own version, which moves with it.

Run `python -m tests.rules.fingerprint` to print it (after a rebase that brought
others' rules, for instance). Plain Python, no Django.
"""

import datetime
import functools
import hashlib
import json
import sys
from pathlib import Path

from assessment import facts, law
from assessment.law import JURISDICTIONS, codes_of
from assessment.questionnaire import LIST_PATHS, PRACTICE, WORKPLACE
from assessment.rules import CATALOGUE, Catalogue
from tests import builders

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
# The day the varied answers are read as of: their `coming` findings tell the rest.
SWEEP_DAY = datetime.date(2026, 12, 1)
# Laws older than this changed before any result was stored; their days are skipped.
FIRST_DAY = datetime.date(2016, 1, 1)
# Values tried for the answers that have no list of choices.
OTHER_VALUES = {
    "retention": [0, 7, 30, 90, 183, 365, 730, 3650, "indefinite", "unknown"],
    "participation.enrolment_rate": [0, 0.1, 0.5, 0.8, 0.95, 1, None],
}
BASES = {"calm": {}, "meta-like": builders.META_LIKE}


def data(catalogue: Catalogue = CATALOGUE) -> list:
    """The rules, their sources, the law's reach and the unknown-answer questions."""
    listing = [
        {
            "slug": rule.slug,
            "concern": rule.concern,
            "severity": rule.severity,
            "where": rule.where,
            "sources": rule.sources,
            "texts": [rule.title, rule.explanation, *rule.questions],
        }
        for rule in catalogue
    ]
    sources = [
        [source.to_document(datetime.date(2000, 1, 1), lang) for lang in law.LANGUAGES]
        for source in catalogue.sources
    ]
    # Where each law reaches counts; what the registry says in letters does not.
    reach = {code: sorted(codes_of(code[:2], code)) for code in JURISDICTIONS}
    unknowns = [[q.path, q.unknown] for q in (*WORKPLACE, *PRACTICE) if q.unknown]
    return [listing, sources, reach, unknowns]


def _result(catalogue: Catalogue, assessment, day: datetime.date) -> object:
    if isinstance(assessment, str):
        return assessment
    result = catalogue.evaluate(assessment, day).to_document()
    result.pop("ruleset")
    return result


def _parsed(document: dict) -> facts.Assessment | str:
    try:
        return facts.parse_assessment(document)
    except facts.InvalidAssessment as error:
        return f"invalid ({len(error.errors)})"


def places() -> list[tuple[str, str]]:
    """Every place a person can choose: (country, region or "")."""
    country, region = WORKPLACE[3], WORKPLACE[4]
    assert (country.path, region.path) == ("workplace.country", "workplace.region")
    return [(c.code, "") for c in country.choices] + [
        (c.code[:2], c.code) for c in region.choices
    ]


def kinds_of_place(catalogue: Catalogue) -> list[tuple[str, str]]:
    """One place for each set of rules that apply (the first of the places)."""
    seen = {}
    for country, region in places():
        codes = codes_of(country, region or country)
        key = frozenset(rule.slug for rule in catalogue if rule.applies_in(codes))
        seen.setdefault(key, (country, region))
    return list(seen.values())


def variations() -> list[tuple[str, object]]:
    """Every answer a question can take, one at a time (lists: each value alone)."""
    found = []
    for question in (*WORKPLACE[5:], *PRACTICE):
        if question.kind == "text":
            continue
        values = OTHER_VALUES.get(question.path) or [c.code for c in question.choices]
        many = question.path in LIST_PATHS
        found += [(question.path, [value] if many else value) for value in values]
        if many:
            found.append((question.path, []))
    return found


def _document(country: str, region: str, base: dict, path: str = "", value=None):
    workplace = {"region": region} if region else {}
    document = builders.document(country, base, **workplace)
    if path:
        builders.set_path(document, path, value)
    return _parsed(document)


@functools.cache
def assessments(
    kinds_of_place: tuple[tuple[str, str], ...],
) -> tuple[list, list, list]:
    """What the results are read from (parsed once, whatever catalogue reads them):
    the worked examples, both bases in every place, and the varied answers in one
    place of each kind."""
    worked = [
        (path.stem, _parsed(json.loads(path.read_text())))
        for path in sorted(EXAMPLES.glob("*.json"))
    ]
    everywhere = [
        ([country, region, name], _document(country, region, base))
        for country, region in places()
        for name, base in BASES.items()
    ]
    varied = [
        (
            [country, region, name, path, value],
            _document(country, region, base, path, value),
        )
        for country, region in kinds_of_place
        for name, base in BASES.items()
        for path, value in variations()
    ]
    return worked, everywhere, varied


def results(catalogue: Catalogue = CATALOGUE) -> list:
    worked, everywhere, varied = assessments(tuple(kinds_of_place(catalogue)))
    days = [d for d in catalogue.turning_points if d >= FIRST_DAY] or [SWEEP_DAY]
    return [
        [
            [name, day.isoformat(), _result(catalogue, assessment, day)]
            for name, assessment in worked
            for day in days
        ],
        [
            [*key, _result(catalogue, assessment, SWEEP_DAY)]
            for key, assessment in (*everywhere, *varied)
        ],
    ]


def fingerprint(catalogue: Catalogue = CATALOGUE) -> str:
    everything = [data(catalogue), results(catalogue)]
    text = json.dumps(everything, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    print(fingerprint())
