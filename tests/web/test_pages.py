"""The landing page and the admin, as a visitor and an operator see them."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse

from assessment.models import Assessment
from assessment.services import save_assessment
from tests.builders import assessment
from tests.web.conftest import stored_reports

pytestmark = pytest.mark.django_db


def test_landing_page_says_what_oversight_is_and_for_whom(client):
    response = client.get(reverse("assessment:landing"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Is your employer's monitoring lawful?" in page
    assert "For employees" in page
    assert "For works councils and unions" in page
    assert "information, not legal advice" in page


def test_landing_page_makes_no_third_party_requests(client):
    page = client.get(reverse("assessment:landing")).content.decode()
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page and "style=" not in page


def test_landing_page_is_served_in_german_when_asked(client):
    response = client.get(
        reverse("assessment:landing"), headers={"accept-language": "de"}
    )
    assert response.status_code == 200
    assert '<html lang="de">' in response.content.decode()


def test_admin_lists_assessments_for_staff(admin_client):
    save_assessment(assessment("DE", {"data": ["keystroke_content"]}))
    response = admin_client.get(reverse("admin:assessment_assessment_changelist"))
    assert response.status_code == 200
    assert "DE" in response.content.decode()


@pytest.mark.parametrize("how", ["one", "selected"])
def test_deleting_in_the_admin_drops_the_stored_reports(admin_client, how):
    records = [
        save_assessment(assessment(country, {"data": ["keystroke_content"]}))
        for country in ("DE", "IE")
    ]
    keys = [key for record in records for key in stored_reports(record)]
    if how == "one":
        url = reverse("admin:assessment_assessment_delete", args=[records[0].pk])
        response = admin_client.post(url, {"post": "yes"})
        gone, kept = keys[:3], keys[3:]
    else:
        url = reverse("admin:assessment_assessment_changelist")
        chosen = [record.pk for record in records]
        response = admin_client.post(
            url,
            {"action": "delete_selected", "_selected_action": chosen, "post": "yes"},
        )
        gone, kept = keys, []
    assert response.status_code == 302
    assert Assessment.objects.count() == len(kept) // 3
    assert not any(cache.has_key(key) for key in gone)
    assert all(cache.has_key(key) for key in kept)


def test_admin_is_closed_to_visitors(client):
    response = client.get(reverse("admin:assessment_assessment_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_interface_speaks_german_and_french(client):
    german = client.get(
        reverse("assessment:landing"), headers={"accept-language": "de"}
    ).content.decode()
    assert "Ist die Überwachung durch Ihren Arbeitgeber rechtmäßig?" in german
    french = client.get(
        reverse("assessment:start"), headers={"accept-language": "fr"}
    ).content.decode()
    assert "Pays où travaillent les personnes surveillées" in french
    assert "Je ne sais pas" in french


def test_the_language_can_be_chosen_without_script(client):
    response = client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    assert response.status_code == 302
    assert (
        "Commencer une évaluation"
        in client.get(reverse("assessment:landing")).content.decode()
    )


def test_every_rule_is_published_with_its_references(client):
    from assessment.rules import CATALOGUE, RULESET_VERSION

    landing = client.get(reverse("assessment:landing")).content.decode()
    assert f'href="{reverse("assessment:rules")}"' in landing
    page = client.get(reverse("assessment:rules")).content.decode()
    assert f"Ruleset {RULESET_VERSION}: {len(CATALOGUE)} rules." in page
    for rule in CATALOGUE:
        assert f'id="{rule.slug}"' in page
    assert 'Art. 7(4) GDPR <span class="text-muted">(EU and EEA)</span>' in page
    assert "Applies in: United States (New York)" in page
    german = client.get(reverse("assessment:rules"), headers={"accept-language": "de"})
    assert "Art. 7 Abs. 4 DSGVO" in german.content.decode()


def test_a_finding_links_to_its_rule_in_the_catalogue(assessed):
    client, record, _token = assessed
    page = client.get(
        reverse("assessment:result", args=[record.public_id])
    ).content.decode()
    link = f'href="{reverse("assessment:rules")}#participation-rewarded"'
    assert link in page


def test_a_server_error_gets_our_own_page_in_the_visitors_language(rf):
    from django.utils import translation
    from django.views.defaults import server_error

    with translation.override("de"):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    page = response.content.decode()
    assert '<html lang="de">' in page and "Etwas ist schiefgelaufen" in page
    assert "<script" not in page


@time_machine.travel(datetime.datetime(2026, 12, 1, 9, tzinfo=datetime.UTC), tick=False)
def test_the_rules_page_says_when_a_rule_that_applies_later_begins(client):
    page = " ".join(client.get(reverse("assessment:rules")).content.decode().split())
    start = page.index('id="high-risk-employment-ai"')
    assert "Applies from 2 December 2027" in page[start : start + 1500]
    keylogger = page.index('id="keystroke-logging"')
    assert "Applies from" not in page[keylogger : keylogger + 600]


def test_healthz_reports_the_database_and_the_cache(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": True,
        "cache": True,
        "task_queue": True,
        "oldest_task_age_s": 0.0,
        "task_progress_age_s": None,
        "tasks_overdue": 0,
    }
    assert "no-store" in response["Cache-Control"]


def test_healthz_says_failing_when_the_cache_does_not_answer(client, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    }
    response = client.get(reverse("healthz"))  # a cache that keeps nothing
    assert response.status_code == 503
    assert response.json()["cache"] is False
