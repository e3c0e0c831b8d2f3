"""The scale-out profile's parts for its tests (docs/tasks.md): a throwaway Redis
server, as postgres_leg.py makes a PostgreSQL cluster (Debian's redis-server on a free
loopback port, its files in a temporary directory, nothing saved to disk, stopped when
the block ends), and the RQ worker's command.

Without redis-server those tests are skipped with a message, unless
OVERSIGHT_REQUIRE_REDIS=1 (as in CI), when that is an error. They run on the
PostgreSQL leg only: the profile is for the production database.
"""

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from django.db import connection

from tests import serving

MISSING = "no redis-server found (on Debian: apt-get install redis-server)"
# As docs/tasks.md runs it: `-v 0` keeps the jobs' arguments (ids) out of the log.
RQ_WORKER = [
    sys.executable,
    "manage.py",
    "rqworker",
    "default",
    "--job-class",
    "django_tasks_rq.Job",
    "-v",
    "0",
]

# /healthz on a well deployment whose task queue is empty: a queue it watches, with
# no job overdue (RQ's own worker kills a job past its timeout).
HEALTHY = {
    "status": "ok",
    "database": True,
    "cache": True,
    "task_queue": True,
    "oldest_task_age_s": 0.0,
    "tasks_overdue": 0,
}


def healthy(answer: tuple[int, dict]) -> bool:
    """Whether /healthz answered as HEALTHY says (how long ago a job last started or
    finished varies)."""
    status, figures = answer
    return status == 200 and HEALTHY.items() <= figures.items()


# Decided before any fixture runs: the SQLite leg pays for no collectstatic here.
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the scale-out profile runs on the PostgreSQL leg",
)


def binary() -> str:
    """The redis-server to run; skips the test (fails it in CI) without one."""
    found = shutil.which("redis-server")
    if found:
        return found
    if os.getenv("OVERSIGHT_REQUIRE_REDIS") == "1":
        pytest.fail(MISSING)
    pytest.skip(MISSING)


@contextlib.contextmanager
def redis_server(directory: Path) -> Iterator[str]:
    """redis-server until the block ends; its URL, without a database number."""
    server = binary()
    directory.mkdir(parents=True, exist_ok=True)
    port = serving.free_port()
    log = directory / "redis.log"
    process = subprocess.Popen(
        [
            server,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--dir",
            str(directory),
            "--save",
            "",  # a cache and a queue for one test: nothing to keep
            "--appendonly",
            "no",
            "--logfile",
            str(log),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"redis://127.0.0.1:{port}"
    try:
        _wait_for(url, process, log)
        yield url
    finally:
        serving.stop(process)


def _wait_for(url: str, process: subprocess.Popen, log: Path, timeout: float = 10):
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise AssertionError(f"redis-server stopped:\n{log.read_text()}")
            with contextlib.suppress(redis.ConnectionError):
                if client.ping():
                    return
            time.sleep(0.05)
    finally:
        client.close()
    raise AssertionError(f"redis-server did not answer in {timeout} s")
