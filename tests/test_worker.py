"""Tasks whose worker died are taken back (oversight.lib.worker): put back in the queue
after TASK_TIME_LIMIT, failed after three runs, and taken back once however many
workers look at once."""

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from oversight.lib.worker import ATTEMPTS, LOST, take_back_lost
from tests.web.test_shared_limits import concurrently, postgres_only


@pytest.fixture(autouse=True)
def time_limit(settings):
    settings.TASK_TIME_LIMIT = 120


def running(seconds: float, runs: int = 1) -> DBTaskResult:
    """A task a worker claimed `seconds` ago, its `runs`th run."""
    return DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="documents.tasks.render_report",
        backend_name="default",
        run_after=timezone.now(),
        status="RUNNING",
        started_at=timezone.now() - datetime.timedelta(seconds=seconds),
        worker_ids=[f"worker-{n}" for n in range(runs)],
    )


@pytest.mark.django_db
def test_a_task_running_past_its_time_limit_goes_back_to_the_queue():
    lost = running(seconds=121)
    assert take_back_lost() == 1
    lost.refresh_from_db()
    assert lost.status == "READY" and lost.started_at is None
    assert DBTaskResult.objects.ready().get() == lost  # a worker will take it up


@pytest.mark.django_db
def test_a_task_running_within_its_time_limit_is_left_alone():
    alive = running(seconds=100)
    assert take_back_lost() == 0
    alive.refresh_from_db()
    assert alive.status == "RUNNING"


@pytest.mark.django_db
def test_a_task_whose_worker_was_lost_three_times_is_failed_not_run_again():
    poison = running(seconds=121, runs=ATTEMPTS)
    assert take_back_lost() == 1
    poison.refresh_from_db()
    assert poison.status == "FAILED"
    assert poison.exception_class_path == LOST
    assert poison.finished_at is not None


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_workers_looking_at_once_take_a_lost_task_back_once():
    running(seconds=121)
    assert sorted(concurrently(take_back_lost, 8)) == [0] * 7 + [1]
    assert DBTaskResult.objects.ready().count() == 1
