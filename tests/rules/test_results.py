"""Results follow oversight.result/1 to the letter and explain themselves."""

from hypothesis import given, settings

from assessment.facts import parse_assessment
from assessment.rules import CONCERNS, assess
from tests.strategies import documents


@settings(max_examples=150, deadline=None)
@given(documents)
def test_every_result_validates_against_the_result_schema(result_schema, document):
    result = assess(parse_assessment(document)).to_document()
    result_schema.validate(result)
    assert [c["concern"] for c in result["concerns"]] == list(CONCERNS)
    assert sum(c["findings"] for c in result["concerns"]) == len(result["findings"])


@settings(max_examples=100, deadline=None)
@given(documents)
def test_each_finding_points_at_facts_that_exist_in_the_assessment(document):
    assessment = parse_assessment(document)
    canonical = assessment.to_document()
    for finding in assess(assessment).to_document()["findings"]:
        assert finding["references"]
        assert finding["practice"] < len(canonical["practices"])
        for path, value in finding["facts"].items():
            head, _, rest = path.partition(".")
            if head == "workplace":
                target = canonical["workplace"][rest]
            else:
                target = canonical["practices"][finding["practice"]]
                assert head == f"practices[{finding['practice']}]"
                for part in rest.split("."):
                    target = target[part]
            if isinstance(value, list):
                assert set(value) <= set(target)
            else:
                assert value == target


def test_findings_come_most_severe_first():
    document = {
        "format": "oversight.assessment/1",
        "workplace": {"country": "DE"},  # where the BAG held a keylogger unlawful
        "practices": [
            {"name": "x", "data": ["keystroke_content"], "purposes": ["security"]}
        ],
    }
    order = {"critical": 0, "high": 1, "medium": 2, "low": 3}
    severities = [f.severity for f in assess(parse_assessment(document)).findings]
    assert severities == sorted(severities, key=order.__getitem__)
    assert severities[0] == "critical"


def test_unknowns_become_questions():
    document = {
        "format": "oversight.assessment/1",
        "workplace": {"country": "DE"},
        "practices": [{"name": "x", "data": ["cctv"], "purposes": ["security"]}],
    }
    unknowns = assess(parse_assessment(document)).to_document()["unknowns"]
    facts = [unknown["fact"] for unknown in unknowns]
    assert "practices[0].retention" in facts
    assert "workplace.worker_representation" in facts
    assert all(unknown["question"].endswith("?") for unknown in unknowns)
