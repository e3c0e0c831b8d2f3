"""The validation corpus runs in CI: no finding that a decision contradicts, nothing
above medium on a practice a regulator or court accepted."""

import json

import pytest

from assessment.rules import CATALOGUE
from tests.cases.corpus import figures, load_cases, run

CASES = load_cases()
DECISIONS = [case for case in CASES if case.kind == "decision"]
BENIGN = [case for case in CASES if case.kind == "benign"]
SLUGS = {rule.slug for rule in CATALOGUE}


def test_the_corpus_has_50_decisions_from_14_jurisdictions_and_20_benign_controls():
    assert len(DECISIONS) >= 50
    assert len({case.jurisdiction for case in DECISIONS}) >= 14
    assert {"US", "US-CA", "US-IL"} <= {case.jurisdiction for case in DECISIONS}
    assert len(BENIGN) >= 20
    assert len({case.jurisdiction for case in BENIGN}) >= 10


def test_no_two_cases_share_an_identifier():
    # Each TOML table names one JSON file; a table repeated across group files would
    # silently be read twice.
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_each_case_is_sourced_and_valid(case, assessment_schema):
    assessment_schema.validate(case.document)
    for key in ("title", "url", "date", "reference", "held"):
        assert case.entry.get(key), key
    assert case.entry["url"].startswith(("https://", "http://"))
    assert set(case.must) | set(case.must_not) | set(case.known_contradicted) <= SLUGS
    assert not set(case.must) & set(case.must_not)
    assert not set(case.known_contradicted) & (set(case.must) | set(case.must_not))


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if case.known_contradicted],
    ids=lambda case: case.id,
)
def test_a_known_contradiction_is_still_raised_and_explained(case):
    # Once the engine can tell the case apart, the slug belongs under must_not.
    assert run(case).known_contradicted == case.known_contradicted
    assert case.entry.get("wants"), "say what the format lacks"


@pytest.mark.parametrize("case", DECISIONS, ids=lambda case: case.id)
def test_no_decision_is_contradicted(case):
    assert run(case).contradicted == []


@pytest.mark.parametrize("case", BENIGN, ids=lambda case: case.id)
def test_benign_controls_grade_a_or_b_with_nothing_above_medium(case):
    outcome = run(case)
    assert outcome.above_medium == []
    assert outcome.contradicted == []
    assert outcome.grade in ("A", "B"), json.dumps(outcome.raised)


def test_the_figures_meet_their_goals():
    results = figures([run(case) for case in CASES])
    assert results["cases_contradicted"] == 0
    assert results["benign_high"] == 0
    assert results["cases_supported"] >= 0.9
