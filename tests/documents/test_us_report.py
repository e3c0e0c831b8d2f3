"""A US workplace's report says what protects the worker where no statute reaches,
what each finding rests on, and uses no EU-only terms."""

import datetime
import json
import re

import pytest

from documents.report import report_html
from tests.conftest import EXAMPLES

DAY = datetime.date(2026, 12, 7)
US_EXAMPLES = sorted(path.stem for path in EXAMPLES.glob("*-us-*.json"))
EU_ONLY = ("GDPR", "works council", "data protection officer", "supervisory authority")


def report_of(name: str) -> str:
    document = json.loads((EXAMPLES / f"{name}.json").read_text())
    return report_html(document, "en", DAY)


def findings_part(html: str) -> str:
    """The report without the questions the worker answered (the annex, and the
    answers under each finding), which repeat the questionnaire's wording."""
    before_annex = html.split('<section class="annex">')[0]
    return re.sub(r'<p class="facts">.*?</p>', "", before_annex, flags=re.S)


def test_a_texas_report_says_no_state_statute_applies_and_what_still_protects():
    html = findings_part(report_of("ai-training-activity-capture-us-tx"))
    assert 'href="#protects"' in html and "What protects you here" in html
    assert "No state statute covers this monitoring" in html
    assert "Acting together is protected" in html
    assert "NLRA §8(a)(3) (29 U.S.C. §158(a)(3))" in html
    assert "no such duty on private employers" in html  # Texas's AI law
    assert "Rests on a regulator&#x27;s guidance" in html
    assert "deception risk under the FTC Act" in html
    assert "Unions and acting together" in html and "EU AI Act" not in html


def test_a_new_york_report_has_no_paragraph_denying_a_statute():
    html = report_of("email-monitoring-us-ny")
    assert "Acting together is protected" in html
    assert "No state statute covers this monitoring" not in html


def test_a_german_report_reminds_of_protection_against_retaliation():
    html = report_of("keylogger-dismissal-de")
    assert "You may not be penalised for using your rights" in html
    assert "§ 612a BGB" in html and "Acting together is protected" not in html
    assert "Rests on a statute or regulation." in html
    assert "EU AI Act" in html and "Works councils and unions" in html


@pytest.mark.parametrize("name", US_EXAMPLES)
def test_no_us_report_uses_eu_only_terms(name):
    html = findings_part(report_of(name)).lower()
    assert not [term for term in EU_ONLY if term.lower() in html]
