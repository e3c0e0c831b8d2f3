"""Tasks on RQ (TASKS_URL): /healthz watches the Redis queue as it watches the
database queue, failing while a job waits longer than TASK_QUEUE_MAX_AGE and well
again once a worker takes it. With gunicorn and `manage.py rqworker` on a real Redis
server, on the PostgreSQL leg (the scale-out profile's database)."""

import contextlib
import json
import time
import zlib

import pytest
import redis

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


def redis_holds(url: str, needle: str) -> list[str]:
    """The Redis keys whose names or values hold `needle`: hashes, strings, lists,
    sets and sorted sets read whole, RQ's zlib-packed job data unpacked."""
    server = redis.Redis.from_url(url)
    wanted = needle.encode()
    found = []
    for key in server.scan_iter(count=1000):
        kind = server.type(key)
        if kind == b"hash":
            values = list(server.hgetall(key).values())
        elif kind == b"string":
            values = [server.get(key)]
        elif kind == b"list":
            values = server.lrange(key, 0, -1)
        elif kind in (b"set", b"zset"):
            values = list(
                server.zrange(key, 0, -1) if kind == b"zset" else server.smembers(key)
            )
        else:
            values = []
        unpacked = []
        for value in values:
            with contextlib.suppress(zlib.error, TypeError):
                unpacked.append(zlib.decompress(value))
        if wanted in key or any(wanted in value for value in [*values, *unpacked]):
            found.append(key.decode())
    return found


def test_a_deleted_assessment_leaves_no_job_in_redis(tmp_path):
    """RQ keeps a finished job with its arguments for minutes and a failed one for a
    year: deleting an assessment drops every job that names it (docs/anonymity.md)."""
    with redis_server(tmp_path / "redis") as url:
        env = serving.server_env(
            serving.database_url(tmp_path), CACHE_URL=f"{url}/0", TASKS_URL=f"{url}/1"
        )
        with serving.gunicorn(env, tmp_path / "gunicorn.log") as server:
            visitor = serving.Visitor(server)
            visitor.get("/examples/")
            visitor.post("/examples/gps-vehicles-us-ct/", {})
            assessment = visitor.location.removesuffix("saved/")
            public_id = assessment.rstrip("/").rsplit("/", 1)[-1]
            with serving.background(RQ_WORKER, env, tmp_path / "rqworker.log"):
                assert visitor.get(assessment + "result/")[0] == 200  # queues a job
                queue = redis.Redis.from_url(f"{url}/1")
                deadline = time.monotonic() + 60
                while not queue.zcard("rq:finished:default"):
                    assert time.monotonic() < deadline  # the worker finishes the job
                    time.sleep(0.2)
                held = redis_holds(f"{url}/1", public_id)
                visitor.get(assessment + "delete/")
                visitor.post(assessment + "delete/", {})
            gone = redis_holds(f"{url}/1", public_id)

    assert any(key.startswith("rq:job:") for key in held)  # kept with its arguments
    assert gone == []
