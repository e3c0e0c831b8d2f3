"""Reports made in the background: the result page queues its report, the campaign
page its survey, and the download serves the stored file; /healthz watches the queue."""

import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from assessment import tasks
from assessment.models import Assessment
from councils import report as survey_module
from documents import report as report_module
from tests.councils.fixtures import fill
from tests.web.conftest import WORKPLACE, practice_data

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def renders(monkeypatch):
    """Counts the PDFs actually rendered, report and survey alike."""
    calls = []
    real = report_module.html_to_pdf

    def counting(html):
        calls.append(html)
        return real(html)

    monkeypatch.setattr(report_module, "html_to_pdf", counting)
    monkeypatch.setattr(survey_module, "html_to_pdf", counting)
    return calls


@pytest.fixture
def run_tasks_at_once(settings):
    """A backend that runs each task as it is queued, inside the request."""
    settings.TASKS = IMMEDIATE


def assess(client, country: str = "IE") -> Assessment:
    client.post(reverse("assessment:start"), {**WORKPLACE, "country": country})
    record = Assessment.objects.get()
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]), practice_data()
    )
    record.refresh_from_db()
    return record


def download(client, record, **query) -> bytes:
    url = reverse("documents:report", args=[record.public_id])
    response = client.get(url, {"format": "pdf", **query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response.content


@pytest.mark.parametrize(("country", "lang"), [("IE", "en"), ("DE", "de")])
def test_the_report_is_made_while_the_result_is_read_in_the_workplace_language(
    client, db, renders, run_tasks_at_once, country, lang
):
    record = assess(client, country)
    assert renders == []  # saving practices queues nothing: the result is not shown
    client.get(reverse("assessment:result", args=[record.public_id]))
    assert len(renders) == 1 and f'lang="{lang}"' in renders[0]

    pdf = download(client, record)

    assert pdf.startswith(b"%PDF")
    assert len(renders) == 1  # the download served the stored file
    download(client, record, lang="fr")  # another language is made when asked
    assert len(renders) == 2


def test_showing_the_result_again_queues_no_second_render(client, db):
    record = assess(client)
    for _ in range(3):
        client.get(reverse("assessment:result", args=[record.public_id]))
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "assessment.tasks.render_report"
    assert queued.status == "READY"


def test_a_queued_render_carries_ids_never_the_content(client, db):
    record = assess(client)
    client.post(
        reverse("assessment:workplace", args=[record.public_id]),
        {**WORKPLACE, "title": "Keystrokes at Example Ltd", "employer_name": "Ex Ltd"},
    )
    client.get(reverse("assessment:result", args=[record.public_id]))
    queued = DBTaskResult.objects.get()
    assert str(record.public_id) in str(queued.args_kwargs)
    assert "Example" not in str(queued.args_kwargs)
    assert "Ex Ltd" not in str(queued.args_kwargs)


@pytest.mark.parametrize("since", ["changed", "deleted"])
def test_a_queued_render_of_an_assessment_changed_since_renders_nothing(
    client, db, renders, since
):
    record = assess(client)
    client.get(reverse("assessment:result", args=[record.public_id]))
    queued = DBTaskResult.objects.get()
    if since == "changed":
        url = reverse("assessment:practice", args=[record.public_id, 0])
        client.post(url, practice_data(name="Renamed"))
    else:
        client.post(reverse("assessment:delete", args=[record.public_id]))

    rendered = tasks.render_report.call(
        *queued.args_kwargs["args"], **queued.args_kwargs["kwargs"]
    )

    assert rendered is False and renders == []


def test_a_queued_render_stores_the_report_the_download_serves(client, db, renders):
    record = assess(client)
    client.get(reverse("assessment:result", args=[record.public_id]))
    queued = DBTaskResult.objects.get()
    # As the worker does, in its own time.
    args = queued.args_kwargs
    assert tasks.render_report.call(*args["args"], **args["kwargs"]) is True
    assert len(renders) == 1

    download(client, record)

    assert len(renders) == 1


def test_the_survey_is_made_while_the_campaign_page_is_read(
    client, people, campaign, renders, run_tasks_at_once
):
    fill(campaign, 5)
    client.force_login(people["member"])
    page = reverse("councils:campaign", args=[campaign.public_id])
    survey = reverse("councils:campaign_report", args=[campaign.public_id])
    client.get(page)
    assert len(renders) == 1 and 'lang="de"' in renders[0]  # a German workplace

    first = client.get(survey, {"format": "pdf"})
    assert first.content.startswith(b"%PDF") and len(renders) == 1

    fill(campaign, 5, start=5)  # new figures: a new survey
    client.get(survey, {"format": "pdf"})
    assert len(renders) == 2


def test_the_campaign_page_queues_its_survey_once_for_the_same_figures(
    client, people, campaign
):
    fill(campaign, 5)
    client.force_login(people["member"])
    page = reverse("councils:campaign", args=[campaign.public_id])
    client.get(page)
    client.get(page)
    assert DBTaskResult.objects.filter(task_path__endswith="render_survey").count() == 1
    fill(campaign, 5, start=5)
    client.get(page)
    assert DBTaskResult.objects.filter(task_path__endswith="render_survey").count() == 2


def test_an_outsider_queues_no_survey(client, people, campaign):
    client.force_login(people["outsider"])
    response = client.get(reverse("councils:campaign", args=[campaign.public_id]))
    assert response.status_code == 404
    assert not DBTaskResult.objects.exists()


def age_queue(minutes: int) -> None:
    DBTaskResult.objects.update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def test_healthz_reports_the_age_of_the_oldest_queued_task(client, db, settings):
    settings.TASK_QUEUE_MAX_AGE = 300
    record = assess(client)
    client.get(reverse("assessment:result", args=[record.public_id]))
    age_queue(minutes=4)

    response = client.get(reverse("assessment:healthz"))

    assert response.status_code == 200
    assert response.json()["task_queue"] is True
    assert 235 < response.json()["oldest_task_age_s"] < 245


def test_healthz_fails_when_a_task_waits_too_long(client, db, settings):
    settings.TASK_QUEUE_MAX_AGE = 300
    record = assess(client)
    client.get(reverse("assessment:result", args=[record.public_id]))
    age_queue(minutes=6)

    response = client.get(reverse("assessment:healthz"))

    assert response.status_code == 503
    assert response.json()["status"] == "failing"
    assert response.json()["task_queue"] is False


def test_healthz_counts_only_tasks_still_waiting(client, db):
    record = assess(client)
    client.get(reverse("assessment:result", args=[record.public_id]))
    age_queue(minutes=60)
    DBTaskResult.objects.update(status="SUCCESSFUL", finished_at=timezone.now())

    response = client.get(reverse("assessment:healthz"))

    assert response.status_code == 200
    assert response.json()["oldest_task_age_s"] == 0.0


def test_healthz_says_nothing_of_a_queue_in_another_backend(client, db, settings):
    settings.TASKS = IMMEDIATE
    response = client.get(reverse("assessment:healthz"))
    assert response.status_code == 200
    assert response.json()["oldest_task_age_s"] is None


def test_the_cache_holds_no_report_of_a_page_never_shown(client, db):
    record = assess(client)
    key = report_module.report_cache_key(
        record.document, "en", timezone.localdate(), record.as_of
    )
    assert not cache.has_key(key)


def test_deleting_an_assessment_drops_its_stored_reports(
    client, db, renders, run_tasks_at_once
):
    record = assess(client)
    client.get(reverse("assessment:result", args=[record.public_id]))
    download(client, record, lang="de")
    today = timezone.localdate()
    keys = [
        report_module.report_cache_key(record.document, lang, today, record.as_of)
        for lang in ("en", "de")
    ]
    assert all(cache.has_key(key) for key in keys)

    client.post(reverse("assessment:delete", args=[record.public_id]))

    assert not any(cache.has_key(key) for key in keys)
