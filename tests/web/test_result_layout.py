"""The result read on a small screen: the summary before the concerns, the concerns
folded, and a report preview that fits a phone and leads back."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_summary_names_the_most_severe_findings_and_the_letters_first(assessed):
    client, record, _token = assessed
    text = client.get(reverse("assessment:result", args=[record.public_id])).text
    summary = text[: text.index('id="concerns-title"')]
    severe = summary[summary.index('class="most-severe"') :]
    assert severe.count("<li>") == 3
    assert 'href="#finding-participation-rewarded"' in severe
    assert reverse("documents:letters", args=[record.public_id]) in summary
    # Every concern is folded, each finding inside the concern it belongs to.
    concerns = text[text.index('id="concerns-title"') :]
    assert concerns.count('<details id="concern-') > 1
    assert "<details open" not in concerns
    assert 'id="finding-participation-rewarded"' in concerns


def test_the_report_preview_fits_a_phone_and_leads_back_to_the_result(assessed):
    client, record, _token = assessed
    text = client.get(reverse("documents:report", args=[record.public_id])).text
    assert 'name="viewport" content="width=device-width' in text
    assert "css/preview" in text
    assert f'href="{reverse("assessment:result", args=[record.public_id])}"' in text


def test_a_saved_practice_offers_its_result_before_anything_else(assessed):
    client, record, _token = assessed
    text = client.get(reverse("assessment:overview", args=[record.public_id])).text
    main = text[text.index('id="main"') :]
    result = reverse("assessment:result", args=[record.public_id])
    assert main.index(result) < main.index('id="workplace-title"')
