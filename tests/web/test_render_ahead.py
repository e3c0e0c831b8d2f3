"""Reports made in the background: the result page queues its report, the campaign
page its survey, and the download serves the stored file; /healthz watches the queue."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from assessment.models import Assessment
from councils import report as survey_module
from documents import report as report_module
from documents import tasks
from tests.councils.fixtures import fill
from tests.web.conftest import WORKPLACE, practice_data

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def renders(monkeypatch):
    """Counts the PDFs actually rendered, report and survey alike."""
    calls = []
    real = report_module.html_to_pdf

    def counting(html, *paper):
        calls.append(html)
        return real(html, *paper)

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


def test_showing_the_result_again_queues_no_second_render_while_one_waits(client, db):
    record = assess(client)
    result = reverse("assessment:result", args=[record.public_id])
    for hours in (0, 0, 1, 5):  # however long the queued one waits
        with time_machine.travel(timezone.now() + datetime.timedelta(hours=hours)):
            client.get(result)
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "documents.tasks.render_report"
    assert queued.status == "READY"


@pytest.mark.parametrize("outcome", ["stored", "failed"])
def test_a_render_that_ended_is_queued_again_only_when_its_report_is_missing(
    client, db, monkeypatch, outcome
):
    record = assess(client)
    result = reverse("assessment:result", args=[record.public_id])
    client.get(result)
    queued = DBTaskResult.objects.get()
    args = queued.args_kwargs
    if outcome == "failed":

        def broken(html, *paper):
            raise RuntimeError("the renderer broke")

        monkeypatch.setattr(report_module, "html_to_pdf", broken)
        with pytest.raises(RuntimeError):
            tasks.render_report.call(*args["args"], **args["kwargs"])
    else:
        assert tasks.render_report.call(*args["args"], **args["kwargs"]) is True

    client.get(result)

    # Stored: nothing to queue. Failed: the page may try again, once.
    assert DBTaskResult.objects.count() == (1 if outcome == "stored" else 2)
    client.get(result)
    assert DBTaskResult.objects.count() == (1 if outcome == "stored" else 2)


def assessed_by(client_factory, name: str) -> Assessment:
    """A new assessment of a browser of its own (its one practice named `name`, so
    that each has a report of its own); that browser."""
    browser = client_factory()
    browser.post(reverse("assessment:start"), WORKPLACE)
    record = Assessment.objects.order_by("-created", "-pk").first()
    browser.post(
        reverse("assessment:practice_new", args=[record.public_id]),
        practice_data(name=name),
    )
    record.refresh_from_db()
    return record, browser


def test_one_client_queues_a_bounded_number_of_renders_an_hour(
    db, client_factory, settings
):
    settings.RATE_LIMITS_ENABLED = True
    settings.RENDERS_AHEAD_PER_CLIENT = 2
    made = [assessed_by(client_factory, f"Practice {n}") for n in range(4)]
    for record, browser in made[:3]:
        for _ in range(3):  # a page shown again costs nothing of the share
            browser.get(
                reverse("assessment:result", args=[record.public_id]),
                REMOTE_ADDR="203.0.113.7",
            )
    assert DBTaskResult.objects.count() == 2

    record, browser = made[3]
    browser.get(
        reverse("assessment:result", args=[record.public_id]),
        REMOTE_ADDR="198.51.100.9",  # another client has a share of its own
    )
    assert DBTaskResult.objects.count() == 3
    record, browser = made[2]
    # What was not queued is made on demand.
    assert download(browser, record).startswith(b"%PDF")


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
    # A German workplace, read in English: the survey follows the page's language.
    assert len(renders) == 1 and 'lang="en"' in renders[0]

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

    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.json()["task_queue"] is True
    assert 235 < response.json()["oldest_task_age_s"] < 245


def test_healthz_fails_when_tasks_wait_and_none_starts_or_ends(client, db, settings):
    settings.TASK_QUEUE_MAX_AGE = 300
    record = assess(client)
    client.get(reverse("assessment:result", args=[record.public_id]))
    age_queue(minutes=6)

    response = client.get(reverse("healthz"))

    assert response.status_code == 503
    assert response.json()["status"] == "failing"
    assert response.json()["task_queue"] is False
    assert response.json()["task_progress_age_s"] is None  # no task ever ran


def finished_task(seconds_ago: float) -> None:
    """A task a worker finished a while ago."""
    moment = timezone.now() - datetime.timedelta(seconds=seconds_ago)
    DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="documents.tasks.render_report",
        backend_name="default",
        run_after=moment,
        status="SUCCESSFUL",
        started_at=moment,
        finished_at=moment,
    )


def queue_a_render(client) -> None:
    record = assess(client)
    client.get(reverse("assessment:result", args=[record.public_id]))


@pytest.mark.parametrize(("finished_ago", "healthy"), [(20, True), (400, False)])
def test_healthz_judges_a_long_queue_by_its_progress(
    client, db, settings, finished_ago, healthy
):
    settings.TASK_QUEUE_MAX_AGE = 300
    queue_a_render(client)
    age_queue(minutes=30)  # a flood of work: its oldest task waits half an hour
    finished_task(seconds_ago=finished_ago)  # while a worker works through it

    response = client.get(reverse("healthz"))

    assert response.json()["task_queue"] is healthy
    assert response.status_code == (200 if healthy else 503)
    assert finished_ago - 5 < response.json()["task_progress_age_s"] < finished_ago + 5


@pytest.mark.parametrize(("running_for", "healthy"), [(200, True), (300, False)])
def test_healthz_fails_while_a_task_runs_past_twice_its_time_limit(
    client, db, settings, running_for, healthy
):
    settings.TASK_TIME_LIMIT = 120
    queue_a_render(client)
    DBTaskResult.objects.update(
        status="RUNNING",
        started_at=timezone.now() - datetime.timedelta(seconds=running_for),
    )

    response = client.get(reverse("healthz"))

    assert response.status_code == (200 if healthy else 503)
    assert response.json()["tasks_overdue"] == (0 if healthy else 1)


def test_healthz_says_nothing_of_a_queue_in_another_backend(client, db, settings):
    settings.TASKS = IMMEDIATE
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json()["oldest_task_age_s"] is None
    assert response.json()["tasks_overdue"] is None


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
