"""Tasks on RQ (TASKS_URL): /healthz watches the Redis queue as it watches the
database queue, failing while a job waits longer than TASK_QUEUE_MAX_AGE and well
again once a worker takes it. With gunicorn and `manage.py rqworker` on a real Redis
server, on the PostgreSQL leg (the scale-out profile's database)."""

import json
import time

import pytest

from tests import serving
from tests.scale_out import RQ_WORKER, healthy, postgres_only, redis_server

pytestmark = [pytest.mark.django_db(transaction=True), postgres_only]


def health(server: serving.Server) -> tuple[int, dict]:
    status, page = serving.Visitor(server).get("/healthz")
    return status, json.loads(page)


def test_healthz_fails_while_no_rq_worker_takes_the_queue(tmp_path):
    with redis_server(tmp_path / "redis") as url:
        env = serving.server_env(
            serving.database_url(tmp_path),
            CACHE_URL=f"{url}/0",
            TASKS_URL=f"{url}/1",
            TASK_QUEUE_MAX_AGE="1",
        )
        with serving.gunicorn(env, tmp_path / "gunicorn.log") as server:
            assert health(server)[1]["oldest_task_age_s"] == 0.0
            visitor = serving.Visitor(server)
            visitor.get("/examples/")
            visitor.post("/examples/gps-vehicles-us-ct/", {})
            assessment = visitor.location.removesuffix("saved/")
            assert visitor.get(assessment + "result/")[0] == 200  # queues its report
            time.sleep(1.5)
            waiting = health(server)

            with serving.background(RQ_WORKER, env, tmp_path / "rqworker.log"):
                deadline = time.monotonic() + 60
                while (taken := health(server))[0] != 200:
                    assert time.monotonic() < deadline, taken
                    time.sleep(0.2)

    assert waiting[0] == 503
    assert waiting[1]["task_queue"] is False
    assert waiting[1]["oldest_task_age_s"] >= 1.5
    assert healthy(taken), taken
    assert waiting[1]["task_progress_age_s"] is None  # no job ever started
