"""The worked examples in docs/examples/ produce the findings they promise."""

import json

import pytest

from assessment.facts import load_assessment
from assessment.rules import CATALOGUE, assess
from tests.conftest import (
    EXAMPLES,
    example_expectations,
    example_names,
    examples_as_of,
)

EXPECTATIONS = example_expectations()


def test_there_are_at_least_eight_examples_each_with_expectations():
    assert len(example_names()) >= 8
    assert set(example_names()) == set(EXPECTATIONS)


@pytest.mark.parametrize("name", example_names())
def test_example_produces_what_it_must_and_not_what_it_must_not(
    name, assessment_schema
):
    text = (EXAMPLES / f"{name}.json").read_text()
    assessment_schema.validate(json.loads(text))
    result = assess(load_assessment(text), examples_as_of())
    fired = {finding.rule.slug for finding in result.findings}
    coming = {finding.rule.slug for finding in result.coming}
    expected = EXPECTATIONS[name]
    known = {rule.slug for rule in CATALOGUE}
    promised = set(expected["must"]) | set(expected.get("coming", []))
    assert promised | set(expected["must_not"]) <= known
    assert set(expected["must"]) <= fired
    assert set(expected.get("coming", [])) <= coming
    assert not set(expected["must_not"]) & (fired | coming)
    cited = {ref.id for finding in result.findings for ref in finding.references}
    assert set(expected.get("cites", [])) <= cited
    if "grade" in expected:
        assert result.grade == expected["grade"]
    if expected.get("no_gdpr"):
        references = {str(r) for finding in result.findings for r in finding.references}
        assert not any("GDPR" in reference for reference in references)
