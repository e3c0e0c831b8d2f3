"""One stored result: every page and file that shows a result first renews one that
older rules made, and the person is told once what changed."""

import datetime
import json

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from assessment import rules, services
from assessment.models import Assessment
from councils.models import Campaign
from tests.builders import assessment
from tests.councils.fixtures import PASSWORD, fill
from tests.test_refresh import OLD_RULESET, outdate

pytestmark = pytest.mark.django_db


def page(response) -> str:
    return response.content.decode()


def stored(record) -> Assessment:
    return Assessment.objects.get(pk=record.pk)


def test_the_result_page_renews_an_older_result_and_says_what_changed(assessed):
    client, record, _token = assessed
    url = reverse("assessment:result", args=[record.public_id])
    client.get(url)  # the page is cached as it stands
    current = outdate(record, grade="A")
    first = current["findings"][0]

    text = page(client.get(url))

    renewed = stored(record)
    assert renewed.ruleset == rules.RULESET_VERSION
    assert renewed.grade == current["grade"] != "A"
    assert (
        f'<p class="grade"><span class="visually-hidden">Grade </span>{renewed.grade}</p>'
        in text
    )
    assert f"Ruleset {rules.RULESET_VERSION}" in text and OLD_RULESET not in text
    today = date_format(timezone.localdate(), "DATE_FORMAT")
    assert (
        f"The rules changed on {today}: 1 new finding, 1 no longer applies, "
        "1 changed severity." in text
    )
    assert f"Your grade changed from A to {renewed.grade}." in text
    assert f"New: {first['title']} (Activity capture)." in text
    assert (
        "No longer applies: A rule since withdrawn (Activity capture). The current "
        "rules no longer raise it." in text
    )
    # The findings listed are those of the renewed, stored result.
    assert text.count('<article class="finding') == len(
        {f["rule"] for f in renewed.result["findings"]}
    )

    again = page(client.get(url))
    assert "The rules changed on" not in again
    assert f"{renewed.grade}</p>" in again


def test_a_current_result_shows_no_change_notice(assessed):
    client, record, _token = assessed
    text = page(client.get(reverse("assessment:result", args=[record.public_id])))
    assert "The rules changed on" not in text


def test_the_resume_link_renews_and_the_result_page_then_tells(
    assessed, client_factory
):
    _client, record, token = assessed
    outdate(record)
    other = client_factory()
    other.get(reverse("assessment:resume", args=[token]))
    assert stored(record).ruleset == rules.RULESET_VERSION
    text = page(other.get(reverse("assessment:result", args=[record.public_id])))
    assert "The rules changed on" in text


def test_the_report_shows_the_renewed_grade(assessed):
    client, record, _token = assessed
    outdate(record, grade="A")
    html = page(client.get(reverse("documents:report", args=[record.public_id])))
    renewed = stored(record)
    assert f'<span class="grade-letter grade-{renewed.grade}">' in html
    assert 'grade-letter grade-A"' not in html
    assert f"ruleset {rules.RULESET_VERSION}" in html


def test_the_result_file_is_the_renewed_stored_result(assessed):
    client, record, _token = assessed
    outdate(record)
    response = client.get(reverse("assessment:export_result", args=[record.public_id]))
    served = json.loads(response.content)
    assert served == stored(record).result
    assert served["ruleset"] == rules.RULESET_VERSION
    assert served["as_of"] == timezone.localdate().isoformat()


def test_the_letters_page_renews_the_result(assessed):
    client, record, _token = assessed
    outdate(record)
    assert (
        client.get(reverse("documents:letters", args=[record.public_id])).status_code
        == 200
    )
    assert stored(record).ruleset == rules.RULESET_VERSION


@pytest.fixture
def member_client(client, people, campaign):
    client.login(username=people["member"].username, password=PASSWORD)
    return client


def test_the_dashboard_names_the_rules_versions_of_its_figures(member_client, campaign):
    fill(campaign, 2, ruleset="2026.9.0")
    fill(campaign, 3)
    text = page(
        member_client.get(reverse("councils:campaign", args=[campaign.public_id]))
    )
    assert f"Rules versions: 2026.9.0, {rules.RULESET_VERSION}" in text


def test_the_dashboard_names_no_rules_version_before_the_first_batch(
    member_client, campaign
):
    fill(campaign, 4)
    text = page(
        member_client.get(reverse("councils:campaign", args=[campaign.public_id]))
    )
    assert "Rules versions" not in text


def test_the_dashboard_shows_the_renewed_grade_of_the_official_policy(
    member_client, campaign
):
    policy = services.save_assessment(
        assessment("DE", {"data": ["keystroke_content"], "notice": "none"})
    )
    Campaign.objects.filter(pk=campaign.pk).update(reference=policy)
    current = outdate(policy, grade="A")
    text = page(
        member_client.get(reverse("councils:campaign", args=[campaign.public_id]))
    )
    assert stored(policy).ruleset == rules.RULESET_VERSION
    assert f"official policy: grade {current['grade']}," in text


@time_machine.travel(datetime.datetime(2026, 12, 1, 9, tzinfo=datetime.UTC), tick=False)
def test_the_result_page_shows_duties_that_apply_later_apart(client):
    record, token = services.import_assessment(
        assessment("NL", {"decisions": "automated"})
    )
    client.get(reverse("assessment:resume", args=[token]))
    text = page(client.get(reverse("assessment:result", args=[record.public_id])))
    before, coming = text.split('id="coming-title"', 1)
    assert "Scoring or deciding about workers may be high-risk AI" in coming
    assert "Scoring or deciding about workers may be high-risk AI" not in before
    assert "Applies from 2 December 2027" in " ".join(coming.split())


@time_machine.travel(datetime.datetime(2028, 1, 1, 9, tzinfo=datetime.UTC), tick=False)
def test_once_the_duty_applies_it_is_a_finding_like_any_other(client):
    record, token = services.import_assessment(
        assessment("NL", {"decisions": "automated"})
    )
    client.get(reverse("assessment:resume", args=[token]))
    text = page(client.get(reverse("assessment:result", args=[record.public_id])))
    assert 'id="coming-title"' not in text
    assert "Scoring or deciding about workers may be high-risk AI" in text


def test_a_good_practice_finding_says_it_is_not_a_legal_requirement(client):
    record, token = services.import_assessment(
        assessment("US", {"data": ["keystroke_content"]}, region="US-TX")
    )
    client.get(reverse("assessment:resume", args=[token]))
    text = page(client.get(reverse("assessment:result", args=[record.public_id])))
    assert "Good practice, not a legal requirement here." in text
