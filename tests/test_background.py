"""The queue path end to end, with real processes: gunicorn queues a report when it
shows a result, the task worker (`manage.py db_worker`) renders it into the shared
cache, and the download serves that file. Also: processes that ask for the same
document at once render it once. On SQLite and on the PostgreSQL leg."""

import contextlib
import hashlib
import http.client
import json
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from tests import serving

pytestmark = pytest.mark.django_db(transaction=True)

WORKER = [
    sys.executable,
    "manage.py",
    "db_worker",
    "--no-reload",
    "--no-startup-delay",
    "--interval=0.1",
]


def ask(env: dict, code: str):
    """Run Python in a process of the deployment (its database and cache) and return
    what it prints as JSON."""
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=serving.ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


TASKS = """
import json
from django_tasks_db.models import DBTaskResult
print(json.dumps([
    [task.task_path, task.status, task.return_value]
    for task in DBTaskResult.objects.order_by("enqueued_at")
]))
"""

STORED_REPORT = """
import hashlib, json
from django.core.cache import cache
from django.utils import timezone
from documents.report import report_cache_key
from assessment.models import Assessment
record = Assessment.objects.get(public_id="{public_id}")
key = report_cache_key(record.document, "{lang}", timezone.localdate(), record.as_of)
content = cache.get(key)
print(json.dumps(content and hashlib.sha256(content).hexdigest()))
"""


def download(server: serving.Server, visitor: serving.Visitor, path: str) -> bytes:
    cookies = "; ".join(f"{k}={v}" for k, v in visitor.cookies.items())
    client = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        client.request("GET", path, headers={"Cookie": cookies})
        response = client.getresponse()
        assert response.status == 200, response.status
        return response.read()
    finally:
        client.close()


def wait_for_tasks(env: dict, count: int, seconds: float = 60) -> list:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        tasks = ask(env, TASKS)
        if len(tasks) >= count and all(
            status in ("SUCCESSFUL", "FAILED") for _path, status, _value in tasks
        ):
            return tasks
        time.sleep(0.2)
    raise AssertionError(f"the worker did not finish in {seconds} s: {tasks}")


@pytest.fixture
def deployment(tmp_path):
    """gunicorn (2 workers) and one task worker on a database and cache they share."""
    env = serving.server_env(
        serving.database_url(tmp_path), RATE_LIMITS_ENABLED="false"
    )
    with (
        serving.gunicorn(env, tmp_path / "gunicorn.log") as server,
        serving.background(WORKER, env, tmp_path / "worker.log"),
    ):
        yield env, server


ASSESSMENTS = """
import json
from assessment.models import Assessment
print(json.dumps([str(a.public_id) for a in Assessment.objects.order_by("created")]))
"""


def open_example(server: serving.Server, env: dict, name: str):
    """A visitor with an assessment of their own, made from a worked example, and
    the path of its result page."""
    visitor = serving.Visitor(server)
    visitor.get("/examples/")
    status, _page = visitor.post(f"/examples/{name}/", {})
    assert status == 302
    public_id = ask(env, ASSESSMENTS)[-1]
    return visitor, f"/assess/{public_id}/"


def test_the_worker_renders_the_report_that_the_download_serves(deployment):
    env, server = deployment
    visitor, assessment = open_example(server, env, "ai-training-keystrokes-ie")

    status, _page = visitor.get(assessment + "result/")
    assert status == 200
    tasks = wait_for_tasks(env, count=1)
    pdf = download(server, visitor, assessment + "report/?format=pdf")

    # The worker made it (it returns whether it rendered), and the download is that
    # very file, from the cache every process shares.
    assert tasks == [["documents.tasks.render_report", "SUCCESSFUL", True]]
    assert pdf.startswith(b"%PDF")
    public_id = assessment.strip("/").rsplit("/", 1)[-1]
    stored = ask(env, STORED_REPORT.format(public_id=public_id, lang="en"))
    assert stored == hashlib.sha256(pdf).hexdigest()
    # Shown again, the result queues nothing: its report is stored.
    visitor.get(assessment + "result/")
    assert len(ask(env, TASKS)) == 1


RACE = """
import json, os, time
from documents.stored import stored

def render():
    with open("{log}", "a") as log:
        log.write(f"{{os.getpid()}}\\n")
    time.sleep(1)
    return f"%PDF rendered by {{os.getpid()}}".encode()

while time.time() < {start}:
    time.sleep(0.01)
print(json.dumps(stored("report:race", render).decode()))
"""


def test_processes_that_want_the_same_document_at_once_render_it_once(
    tmp_path,
):
    env = serving.server_env(serving.database_url(tmp_path))
    log = tmp_path / "renders.log"
    code = RACE.format(log=log, start=time.time() + 3)
    racers = [
        subprocess.Popen(
            [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
            cwd=serving.ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    answers = [json.loads(racer.communicate(timeout=60)[0]) for racer in racers]

    assert len(log.read_text().split()) == 1  # one render, by one process
    assert len(set(answers)) == 1  # and the others waited for its file


def rows(env: dict, sql: str) -> list[tuple]:
    """What the deployment's database answers, read at once (no process to start):
    the test database itself on PostgreSQL, the served file on SQLite."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()
    path = env["DATABASE_URL"].removeprefix("sqlite:///")
    with contextlib.closing(sqlite3.connect(path, timeout=10)) as database:
        return database.execute(sql).fetchall()


def decoded(value):
    """A JSON column as read: text from SQLite, decoded by PostgreSQL's driver."""
    return json.loads(value) if isinstance(value, str) else value


TASK_ROWS = f"SELECT status, worker_ids, args_kwargs FROM {DBTaskResult._meta.db_table}"
RENDERING = "SELECT count(*) FROM oversight_cache WHERE cache_key LIKE '%:rendering'"


def made_from_example(server: serving.Server, name: str):
    """A visitor with an assessment made from a worked example; its path."""
    visitor = serving.Visitor(server)
    visitor.get("/examples/")
    status, _page = visitor.post(f"/examples/{name}/", {})
    assert status == 302
    return visitor, visitor.location.removesuffix("saved/")


def test_a_flood_of_page_views_queues_one_render_a_report_and_a_few_a_client(
    tmp_path,
):
    env = serving.server_env(
        serving.database_url(tmp_path),
        RATE_LIMITS_ENABLED="true",
        RENDERS_AHEAD_PER_CLIENT="2",
    )
    names = ["ai-training-keystrokes-ie", "cctv-discipline-ie", "gps-vehicles-us-ct"]
    with serving.gunicorn(env, tmp_path / "gunicorn.log") as server:
        made = [made_from_example(server, name) for name in names]
        # Each result shown ten times at once, in both server processes, and no task
        # worker: every render queued still waits.
        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(
                pool.map(
                    lambda visit: visit[0].get(visit[1] + "result/")[0],
                    [visit for visit in made for _ in range(10)],
                )
            )
    assert statuses == [200] * 30
    queued = rows(env, TASK_ROWS)
    # Two of the three reports (one client's share), each queued once.
    assert len(queued) == 2
    ids = {decoded(args)["args"][0] for _status, _workers, args in queued}
    assert len(ids) == 2


def wait_until(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := condition():
            return found
        time.sleep(0.02)
    raise AssertionError(f"{what}: not within {seconds} s")


def test_a_worker_killed_mid_render_is_taken_over_and_holds_no_download_up(
    tmp_path,
):
    env = serving.server_env(
        serving.database_url(tmp_path),
        RATE_LIMITS_ENABLED="false",
        TASK_TIME_LIMIT="2",  # overdue after 4 s: /healthz then fails
        DOCUMENT_RENDER_WAIT="30",
    )
    with serving.gunicorn(env, tmp_path / "gunicorn.log") as server:
        visitor, assessment = made_from_example(server, "ai-training-keystrokes-ie")
        visitor.get(assessment + "result/")
        with serving.background(WORKER, env, tmp_path / "first.log") as first:
            wait_until(
                lambda: rows(env, RENDERING)[0][0] == 1,
                seconds=30,
                what="the worker did not start rendering",
            )
            first.send_signal(signal.SIGKILL)  # mid-render, as the kernel would
            first.wait(timeout=10)
        [(status, _workers, _args)] = rows(env, TASK_ROWS)
        assert status == "RUNNING"  # for good, were it not taken back

        began = time.monotonic()
        pdf = download(server, visitor, assessment + "report/?format=pdf")
        waited = time.monotonic() - began
        assert pdf.startswith(b"%PDF")
        # The dead worker's lock lapses within its lease (5 s), not the 30 s wait;
        # then the download renders the report itself.
        assert waited < 20, waited

        health = json.loads(visitor.get("/healthz")[1])
        assert health["tasks_overdue"] == 1 and health["status"] == "failing"

        with serving.background(WORKER, env, tmp_path / "second.log"):
            [(status, workers, _args)] = wait_until(
                lambda: [row for row in rows(env, TASK_ROWS) if row[0] == "SUCCESSFUL"],
                seconds=30,
                what="no worker took the task back",
            )
            health = json.loads(visitor.get("/healthz")[1])
    assert len(decoded(workers)) == 2
    assert health["status"] == "ok" and health["tasks_overdue"] == 0
