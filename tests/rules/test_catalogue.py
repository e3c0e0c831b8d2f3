"""The catalogue as a whole: complete, well-formed, citable, and free of Django."""

import datetime
import re
import subprocess
import sys

import pytest

from assessment.rules import (
    CATALOGUE,
    CONCERNS,
    RULESET_VERSION,
    SEVERITIES,
    is_current,
)

KNOWN_CODES = {
    "ANY",
    "EEA",
    "EU",
    "GB",
    "DE",
    "FR",
    "NL",
    "AT",
    "IT",
    "US",
    "US-NY",
    "US-CT",
    "US-DE",
    "US-CA",
    "US-IL",
    "US-TX",
    "US-WA",
    "US-ME",
    "US-CO",
    "NO-GDPR",
    "ES",
    "IE",
    "PL",
    "BE",
    "PT",
}


def test_the_catalogue_has_at_least_35_rules_covering_every_concern():
    assert len(CATALOGUE) >= 35
    assert {rule.concern for rule in CATALOGUE} == set(CONCERNS)


def test_slugs_are_unique_and_stable_in_form():
    slugs = [rule.slug for rule in CATALOGUE]
    assert len(slugs) == len(set(slugs))
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug) for slug in slugs)


@pytest.mark.parametrize("rule", CATALOGUE.rules, ids=lambda rule: rule.slug)
def test_each_rule_is_complete(rule):
    assert rule.severity in SEVERITIES
    assert set(rule.where) <= KNOWN_CODES
    assert rule.title and rule.explanation and rule.questions
    # Wherever the rule applies, it can cite at least one source that applies there.
    for code in rule.where:
        assert rule.references_in(frozenset({code, "ANY"})), code


@pytest.mark.parametrize("rule", CATALOGUE.rules, ids=lambda rule: rule.slug)
def test_texts_of_rules_outside_the_gdpr_area_do_not_invoke_the_gdpr(rule):
    if set(rule.where) <= {"EEA", "EU"}:
        return
    for text in (rule.title, rule.explanation, *rule.questions):
        assert "GDPR" not in text and "Article" not in text


def test_the_ruleset_has_a_version():
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", RULESET_VERSION)


def test_facts_and_rules_import_nothing_from_django():
    code = (
        "import sys, assessment.facts, assessment.rules; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_a_result_stands_until_its_ruleset_or_a_law_it_cites_changes():
    change = CATALOGUE.turning_points[-1]  # the last day a cited source turns
    eve, year = change - datetime.timedelta(days=1), datetime.timedelta(days=365)
    assert is_current(RULESET_VERSION, eve, eve)
    assert not is_current(RULESET_VERSION, eve, change)
    assert not is_current("2000.1.1", eve, eve)
    assert is_current(RULESET_VERSION, change, change + year)
    assert CATALOGUE.same_law(change, change + year)
    assert not CATALOGUE.same_law(eve, change)
