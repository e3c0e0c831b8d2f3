"""The catalogue is versioned and dated: a change to it is a change of version, and
no rule presents withdrawn law as current."""

import datetime
import hashlib
import json
from pathlib import Path

import pytest

from assessment import law
from assessment.law import JURISDICTIONS, codes_of
from assessment.questionnaire import PRACTICE, WORKPLACE
from assessment.rules import CATALOGUE, RULESET_VERSION
from assessment.rules.version import FINGERPRINT

ROOT = Path(__file__).resolve().parents[2] / "assessment"
TODAY = datetime.date.today()


def fingerprint() -> str:
    """A digest of every rule and source as data, of the questions a result asks when
    an answer is unknown, and of the code that holds them (predicates are code, so
    their text counts too)."""
    listing = [
        {
            "slug": rule.slug,
            "concern": rule.concern,
            "severity": rule.severity,
            "where": rule.where,
            "sources": rule.sources,
            "texts": [rule.title, rule.explanation, *rule.questions],
        }
        for rule in CATALOGUE
    ]
    sources = [
        [source.to_document(datetime.date(2000, 1, 1), lang) for lang in law.LANGUAGES]
        for source in CATALOGUE.sources
    ]
    # Where each law reaches counts; what the registry says in letters does not.
    reach = {code: sorted(codes_of(code[:2], code)) for code in JURISDICTIONS}
    # What a result asks of the employer when an answer is unknown.
    unknowns = [[q.path, q.unknown] for q in (*WORKPLACE, *PRACTICE) if q.unknown]
    data = json.dumps([listing, sources, reach, unknowns], sort_keys=True)
    digest = hashlib.sha256(data.encode())
    # The code that reads them: rules, conditions, engine, and the law's model.
    files = [*sorted((ROOT / "rules").glob("*.py")), ROOT / "law" / "model.py"]
    for path in files:
        if path.name != "version.py":
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def test_the_catalogue_does_not_change_without_a_new_version():
    assert fingerprint() == FINGERPRINT, (
        "The rules or their sources changed: move RULESET_VERSION in "
        f"assessment/rules/version.py (now {RULESET_VERSION}) and set "
        f'FINGERPRINT = "{fingerprint()}"'
    )


@pytest.mark.parametrize(
    "source", list(law.SOURCES.values()), ids=lambda source: source.id
)
def test_every_source_is_dated_and_linked(source):
    assert source.in_force_from
    assert source.kind in law.KINDS
    assert source.url.startswith("https://")
    assert all(source.citation[lang] for lang in law.LANGUAGES)
    if source.until or source.amended_on:
        assert source.superseded_by in law.SOURCES


@pytest.mark.parametrize("rule", CATALOGUE.rules, ids=lambda rule: rule.slug)
def test_no_active_rule_cites_a_rescinded_or_pending_source(rule):
    for source in rule.references():
        assert source.status_on(TODAY) not in (law.RESCINDED, law.PENDING), source.id


def test_a_rescinded_source_is_never_cited_as_current():
    memo = law.source("nlrb-gc-23-02")
    assert memo.status_on(datetime.date(2024, 6, 1)) == law.IN_FORCE
    assert memo.status_on(TODAY) == law.RESCINDED
    assert memo.superseded_by == "nlrb-gc-25-05"
    assert all("nlrb-gc-23-02" not in rule.sources for rule in CATALOGUE)
