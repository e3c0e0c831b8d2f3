"""A US worker's result page: where no state statute reaches, it says so, what
still protects them and how to act with colleagues; each finding says what it
rests on."""

import pytest
from django.urls import reverse

from assessment import services
from assessment.facts import load_assessment
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.django_db


def result_page(client, name: str) -> str:
    document = load_assessment((EXAMPLES / f"{name}.json").read_text())
    record, token = services.import_assessment(document)
    client.get(reverse("assessment:resume", args=[token]))
    response = client.get(reverse("assessment:result", args=[record.public_id]))
    return response.content.decode()


def test_a_texas_result_says_no_statute_applies_and_how_to_act_together(client):
    text = result_page(client, "ai-training-activity-capture-us-tx")
    assert 'id="protects-title"' in text
    assert "No state statute covers this monitoring" in text
    assert "Acting together is protected" in text
    assert "NLRA §8(a)(1) (29 U.S.C. §158(a)(1))" in text
    assert "Rests on a regulator&#x27;s guidance" in text
    assert "Unions and acting together" in text


def test_a_maine_result_has_its_statute_and_no_such_paragraph(client):
    text = result_page(client, "screen-monitoring-notice-us-me")
    assert "Maine requires notice before electronic monitoring begins" in text
    assert "No state statute covers this monitoring" not in text
    assert "Acting together is protected" in text
