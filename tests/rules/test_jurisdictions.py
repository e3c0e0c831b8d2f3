"""A rule fires only where its law reaches, and cites only what applies there."""

import pytest

from assessment.rules import assess
from assessment.rules.jurisdictions import jurisdictions_of
from tests.builders import assessment

# One practice that gets almost everything wrong, to make as many rules fire as can.
WORST = {
    "data": [
        "keystroke_content",
        "keystroke_dynamics",
        "biometric_id",
        "location",
        "manager_notes",
        "productivity_events",
        "webcam",
    ],
    "purposes": ["ai_training", "security", "unknown", "performance_evaluation"],
    "devices": ["personal_device"],
    "inferences": ["emotional_state", "beliefs_or_affiliations", "productivity_score"],
    "when": "always",
    "decisions": "automated",
    "recipients": ["third_parties", "unknown"],
    "de_identification": "anonymised_claimed",
    "retention": "indefinite",
    "lawful_basis": "contract",
    "participation.mode": "opt_in",
    "participation.incentives": "yes",
    "participation.alternative_offered": "no",
    "notice": "none",
    "notice_before_start": "no",
    "dpia": "not_done",
    "representatives": "not_involved",
    "access": "broad",
    "own_data_access": "no",
}


def all_references(result) -> list[str]:
    return [str(ref) for finding in result.findings for ref in finding.references]


@pytest.mark.parametrize("region", ["US-NY", "US-CA", "US-TX", "US-CT"])
def test_a_us_workplace_gets_no_gdpr_and_no_eu_law(region):
    result = assess(assessment("US", WORST, region=region))
    references = all_references(result)
    assert references
    assert not any(
        "GDPR" in ref or "AI Act" in ref or "WP29" in ref for ref in references
    )
    texts = " ".join(f.rule.explanation + f.rule.title for f in result.findings)
    assert "GDPR" not in texts


def test_new_york_gets_its_notice_law_and_texas_does_not():
    email = {"notice": "verbal", "data": ["communications_content"]}
    new_york = assess(assessment("US", email, region="US-NY"))
    texas = assess(assessment("US", email, region="US-TX"))
    assert "New York Civil Rights Law §52-c" in all_references(new_york)
    assert "us-written-notice-missing" not in {f.rule.slug for f in texas.findings}


def test_california_gets_ccpa_rights():
    result = assess(assessment("US", {"own_data_access": "no"}, region="US-CA"))
    finding = next(f for f in result.findings if f.rule.slug == "no-access-to-own-data")
    assert [ref.id for ref in finding.references] == ["ccpa"]


def test_great_britain_gets_uk_gdpr_and_no_eu_law():
    references = all_references(assess(assessment("GB", WORST)))
    gdpr = [ref for ref in references if "GDPR" in ref]
    assert gdpr and all(ref.endswith("UK GDPR") for ref in gdpr)
    assert not any("AI Act" in ref or "EDPB" in ref for ref in references)
    assert "ICO guidance on monitoring workers (October 2023)" in references


def test_germany_gets_gdpr_ai_act_and_betrvg():
    result = assess(assessment("DE", WORST))
    references = all_references(result)
    assert "Art. 6(1)(b) GDPR" in references
    assert not any(ref.endswith("UK GDPR") for ref in references)
    assert "Art. 5(1)(f) AI Act" in references
    assert "§ 87(1) no. 6 BetrVG" in references


def test_norway_is_in_the_eea_but_not_the_eu():
    slugs = {f.rule.slug for f in assess(assessment("NO", WORST)).findings}
    assert "keystroke-logging" in slugs
    assert "emotion-recognition-at-work" not in slugs


def test_elsewhere_only_international_good_practice_applies():
    result = assess(assessment("JP", WORST))
    assert result.findings
    assert set(all_references(result)) == {
        "ILO Code of Practice on the Protection of Workers' Personal Data (1997)"
    }


def test_a_region_of_another_country_is_ignored():
    workplace = assessment("DE", region="US-NY").workplace
    assert "US-NY" not in jurisdictions_of(workplace)
