"""A US worker's result on a phone (issue 25): a Texas worker whose employer
captures keystrokes to train AI reads that no state statute applies, what still
protects them and how to act with colleagues, in American words, with no EU law
and no works council; the workplace page asks about a union."""

import json
import re

import pytest
from django.urls import reverse

from assessment import facts
from assessment import services as assessments
from assessment.models import Assessment
from tests.browser.conftest import PHONE
from tests.conftest import EXAMPLES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EU_OR_BRITISH = re.compile(
    r"\bGDPR\b|works council|data protection officer|supervisory authority|"
    r"anonymis|enrolment|labour",
    re.IGNORECASE,
)


def test_a_texas_workers_result_on_a_phone_says_what_protects_them(visit):
    document = json.loads(
        (EXAMPLES / "ai-training-activity-capture-us-tx.json").read_text()
    )
    _record, token = assessments.import_assessment(facts.parse_assessment(document))
    tab = visit(PHONE, is_mobile=True, has_touch=True)
    page = tab.page
    tab.open(reverse("assessment:resume", args=[token]))
    record = Assessment.objects.get()

    tab.open(reverse("assessment:result", args=[record.public_id]))
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    tab.check_page("texas result")  # no sideways scrolling, no axe violation
    text = " ".join(page.locator("main").inner_text().split())
    assert "No state statute covers this monitoring" in text
    assert "Texas's AI law" in text and "no such duty on private employers" in text
    assert "Acting together is protected" in text and "NLRA §7" in text
    assert "Anonymization claims" in text and "Unions and acting together" in text
    # A rule's id (`us-anonymisation-claim-may-deceive`) is a name, not prose.
    prose = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", "", text)
    assert EU_OR_BRITISH.findall(prose) == []

    tab.open(reverse("assessment:workplace", args=[record.public_id]))
    assert page.get_by_text("Is there a union at this workplace?").is_visible()
    assert page.get_by_label("No union").is_checked()

    # A new workplace is asked in the words of the country as it is chosen.
    tab.open(reverse("assessment:start"))
    question = page.locator("#div_id_worker_representation legend")
    assert "works council or union" in question.inner_text()
    page.select_option("#id_country", "US")
    assert question.inner_text().startswith("Is there a union at this workplace?")
    assert page.get_by_label("No union").is_visible()
    page.select_option("#id_country", "DE")
    assert "works council or union" in question.inner_text()
    tab.check_page("new workplace, worded for the country")
