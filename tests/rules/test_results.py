"""Results follow oversight.result/1 to the letter and explain themselves."""

import datetime

from hypothesis import given, settings

from assessment.facts import parse_assessment
from assessment.rules import CONCERNS, assess
from tests.builders import META_LIKE, assessment
from tests.rules.test_each_rule import FREELY_CHOSEN_CLOCK
from tests.strategies import documents

DAY = datetime.date(2026, 12, 1)
# Decisions made by AI about workers, behind their representatives' backs: AI Act
# duties that apply from 2 December 2027, so they come into force after DAY.
SCORED = {"decisions": "automated", "representatives": "not_involved"}


def by_rule(findings: list[dict]) -> dict[str, dict]:
    return {finding["rule"]: finding for finding in findings}


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


def test_the_list_answers_left_unknown_become_questions_and_only_those():
    def asked(changes):
        result = assess(assessment("DE", changes), DAY)
        return [unknown.fact for unknown in result.unknowns]

    assert asked({}) == []  # the calm practice knows every answer
    unknown_lists = {"purposes": ["security", "unknown"], "recipients": ["unknown"]}
    assert asked(unknown_lists) == ["practices[0].purposes", "practices[0].recipients"]


def test_a_result_says_the_day_it_reads_the_law_as_of():
    assert assess(assessment("DE", SCORED), DAY).to_document()["as_of"] == "2026-12-01"


def test_a_duty_that_applies_later_says_from_when_and_on_what_it_rests():
    document = assess(assessment("DE", SCORED), DAY).to_document()
    coming = by_rule(document["coming_into_force"])
    duty = coming["high-risk-employment-ai"]
    assert duty["applies_from"] == "2027-12-02"
    assert duty["severity"] == "low"
    assert duty["sources"] == ["ai-act-annex-iii-point-4", "ai-act-art-26"]
    # The AI Act is law of the place: a statute, not good practice.
    assert duty["strength"] == "statute"
    assert all("good_practice" not in finding for finding in coming.values())
    assert "high-risk-employment-ai" not in by_rule(document["findings"])


def test_a_finding_says_when_only_good_practice_reaches_the_workplace():
    # Brazil: no law in the catalogue reaches it, so keystroke logging rests on
    # international good practice alone, at most medium.
    abroad = by_rule(assess(assessment("BR", META_LIKE), DAY).to_document()["findings"])
    assert abroad["keystroke-logging"]["good_practice"] is True
    assert abroad["keystroke-logging"]["strength"] == "good_practice"
    assert abroad["keystroke-logging"]["severity"] == "medium"
    # Germany: the GDPR reaches it; no finding there says it is good practice only.
    at_home = assess(assessment("DE", META_LIKE), DAY).to_document()["findings"]
    assert "keystroke-logging" in by_rule(at_home)
    assert not [finding for finding in at_home if "good_practice" in finding]


def test_a_practice_a_statute_permits_is_low_and_rests_on_that_law():
    # Croatia allows biometrics for working time on explicit consent with an
    # alternative: the finding is a point to check, under statute.
    result = assess(assessment("HR", FREELY_CHOSEN_CLOCK), DAY).to_document()
    finding = by_rule(result["findings"])["biometrics-on-free-explicit-consent"]
    assert finding["severity"] == "low"
    assert finding["strength"] == "statute"
    assert "good_practice" not in finding


def test_a_result_in_german_cites_the_law_in_german():
    result = assess(assessment("DE", SCORED), DAY)
    german = result.to_document(lang="de")
    for listed, findings in (
        (german["findings"], result.findings),
        (german["coming_into_force"], result.coming),
    ):
        assert [finding["references"] for finding in listed] == [
            [source.cite("de") for source in finding.references] for finding in findings
        ]
    english = result.to_document(lang="en")
    assert by_rule(german["coming_into_force"])["high-risk-employment-ai"][
        "references"
    ] == ["Anhang III Nr. 4 KI-VO", "Art. 26 KI-VO"]
    assert german["findings"][0]["references"] != english["findings"][0]["references"]
