"""The scale-out profile end to end, as docs/tasks.md runs it: the cache (CACHE_URL)
and the task queue (TASKS_URL, django-tasks-rq) on one Redis server, gunicorn with
two workers and DEBUG off, two RQ workers, and the employee's journey in Chromium
down to the report's PDF, which an RQ worker rendered. A worker killed in the middle
of a render leaves the journey whole. On the PostgreSQL leg: the production database."""

import contextlib
import io
import json
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
import redis
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from django_tasks_db.models import DBTaskResult
from rq import Worker
from rq.job import Job
from rq.registry import FinishedJobRegistry

from assessment.models import Assessment
from assessment.services import digest_of
from tests import serving
from tests.scale_out import RQ_WORKER, healthy, postgres_only, redis_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.deployed,
    pytest.mark.django_db(transaction=True),
    postgres_only,
]

FIRST, SECOND = (
    "Keylogger with regular screenshots",
    "GPS trackers in work vehicles, never announced in writing",
)
RENDER_WAIT = 5  # DOCUMENT_RENDER_WAIT: how long a dead render's lock holds others


@dataclass
class ScaledOut:
    server: serving.Server
    workers: list
    cache: redis.Redis  # database 0: the cache
    queue: redis.Redis  # database 1: the task queue
    cache_url: str

    def rq_workers(self) -> list[Worker]:
        return Worker.all(connection=self.queue)

    def render_jobs(self, public_id: str) -> list[tuple]:
        """The report renders of an assessment that finished: (what the task
        returned, the worker that ran it)."""
        ids = FinishedJobRegistry("default", connection=self.queue).get_job_ids()
        jobs = [
            job
            for job in Job.fetch_many(ids, connection=self.queue)
            if job
            and job.func_name == "documents.tasks.render_report"
            and job.args[0] == public_id
        ]
        results = [job.latest_result() for job in jobs]
        return [(result.return_value, result.worker_name) for result in results]

    def stored_report(self, public_id: str) -> bytes | None:
        """The report PDF of an assessment as the cache holds it, read through
        Django's own Redis cache (its keys carry the prefix `:1:`)."""
        record = Assessment.objects.get(public_id=public_id)
        keys = self.cache.keys(f":1:report:{digest_of(record.document)}:*")
        reports = [key.decode()[3:] for key in keys if not key.endswith(b":queued")]
        reports = [key for key in reports if not key.endswith(":rendering")]
        assert len(reports) == 1, keys
        return RedisCache(self.cache_url, {}).get(reports[0])


def wait_until(condition, seconds: float = 60, every: float = 0.05):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := condition():
            return found
        time.sleep(every)
    raise AssertionError(f"not within {seconds} s: {condition.__doc__}")


@pytest.fixture
def scaled_out(tmp_path, collected_static):
    with (
        redis_server(tmp_path / "redis") as url,
        contextlib.ExitStack() as running,
    ):
        env = serving.production_env(
            tmp_path,
            collected_static,
            CACHE_URL=f"{url}/0",
            TASKS_URL=f"{url}/1",
            DOCUMENT_RENDER_WAIT=str(RENDER_WAIT),
        )
        workers = [
            running.enter_context(
                serving.background(RQ_WORKER, env, tmp_path / f"rqworker-{n}.log")
            )
            for n in (1, 2)
        ]
        server = running.enter_context(serving.gunicorn(env, tmp_path / "gunicorn.log"))
        cache, queue = (redis.Redis.from_url(f"{url}/{db}") for db in (0, 1))
        running.callback(cache.close)
        running.callback(queue.close)
        deployment = ScaledOut(server, workers, cache, queue, f"{url}/0")

        def both_workers_listen():
            """Both RQ workers registered with Redis."""
            return len(deployment.rq_workers()) == 2

        wait_until(both_workers_listen)
        yield deployment


def see_result(page, port: int, example: str) -> str:
    """An employee opens a worked example and goes to its result; its public id."""
    page.goto(f"http://localhost:{port}/examples/")
    page.click(f"text=Open a copy: {example}")
    page.click("text=Continue to the practices")
    page.click("text=See the result")
    return page.url.rstrip("/").split("/")[-2]


def download_report(page) -> bytes:
    # A minute: after a dead worker, the download first waits out its render's lock.
    with page.expect_download(timeout=60_000) as download:
        page.click("text=Download the report (PDF)")
    return download.value.path().read_bytes()


def pdf_text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def kill_busy_worker(deployment: ScaledOut) -> int:
    """Kill the RQ worker rendering a document, and the process it forked for the
    job, at once, as a lost machine would; the pid of the one left."""

    def busy():
        """An RQ worker took the render and forked the process that makes it."""
        for worker in deployment.rq_workers():
            children = Path(f"/proc/{worker.pid}/task/{worker.pid}/children")
            horses = [int(pid) for pid in children.read_text().split()]
            if worker.get_current_job_id() and horses:
                return [worker.pid, *horses]
        return None

    pids = wait_until(busy, every=0.01)
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    (left,) = [p.pid for p in deployment.workers if p.pid != pids[0]]
    return left


def test_the_journey_runs_on_redis_with_two_rq_workers(browser, scaled_out):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    try:
        public_id = see_result(page, scaled_out.server.port, FIRST)

        def rendered():
            """An RQ worker rendered the report the result page queued."""
            return scaled_out.render_jobs(public_id)

        [(did_render, _worker)] = wait_until(rendered)
        pdf = download_report(page)
        health = page.goto(f"http://localhost:{scaled_out.server.port}/healthz")
        health = (health.status, json.loads(health.text()))
    finally:
        context.close()

    assert did_render is True
    assert FIRST in pdf_text(pdf)
    # The download is the very file the worker stored in Redis; the database holds
    # neither a task nor a cached document.
    assert scaled_out.stored_report(public_id) == pdf
    assert DBTaskResult.objects.count() == 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM oversight_cache")
        assert cursor.fetchone() == (0,)
    # /healthz watches the RQ queue: nothing waits.
    assert healthy(health), health


def test_the_journey_finishes_when_a_worker_dies_while_rendering(browser, scaled_out):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    try:
        public_id = see_result(page, scaled_out.server.port, SECOND)
        survivor = kill_busy_worker(scaled_out)
        # The render died with its worker: the download waits out its lock, then
        # renders the report itself.
        pdf = download_report(page)
        # The worker left takes the next render.
        other = see_result(page, scaled_out.server.port, FIRST)

        def rendered():
            """The worker left rendered the next report."""
            return scaled_out.render_jobs(other)

        [(did_render, worker)] = wait_until(rendered)
    finally:
        context.close()

    assert SECOND in pdf_text(pdf)
    assert scaled_out.stored_report(public_id) == pdf
    assert scaled_out.render_jobs(public_id) == []  # never finished by a worker
    assert did_render is True
    assert worker in {w.name for w in scaled_out.rq_workers() if w.pid == survivor}
