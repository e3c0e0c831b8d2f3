"""The figures measured through a deployment as production runs it: gunicorn with
two workers and production settings (DEBUG off, static files collected for
WhiteNoise) on the scratch database, with the task worker beside it when asked.
tests/serving.py starts the processes, as it does for the tests."""

import contextlib
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings

from assessment import facts
from assessment.services import save_assessment
from bench.figures import database_url, five_practice_assessment, percentile
from tests import serving

# The key the served app signs sessions with (production settings refuse the dev key).
SECRET_KEY = serving.PRODUCTION["SECRET_KEY"]


@contextlib.contextmanager
def deployment(task_worker: bool = False):
    """gunicorn, and the task worker if asked, on the scratch database until the block
    ends; yields the server. If the block fails, the end of their logs is shown."""
    with tempfile.TemporaryDirectory() as scratch, contextlib.ExitStack() as running:
        env = serving.server_env(
            database_url(),
            **serving.PRODUCTION,
            STATIC_ROOT=str(Path(scratch, "static")),
            RATE_LIMITS_ENABLED="false",  # every client is 127.0.0.1
            WARM_UP_DOCUMENTS="true",  # as production starts
        )
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
            env=env,
            cwd=settings.BASE_DIR,
            check=True,
        )
        logs = [Path(scratch, "server.log")]
        server = running.enter_context(serving.gunicorn(env, logs[0]))
        if task_worker:
            logs.append(Path(scratch, "worker.log"))
            worker = [sys.executable, "manage.py", "db_worker", "--no-reload"]
            running.enter_context(
                serving.background(
                    [*worker, "--interval", "0.2", "-v", "0"], env, logs[-1]
                )
            )
        try:
            yield server
        except Exception:
            for log in logs:
                sys.stderr.write(f"{log.name}:\n{log.read_text()[-3000:]}\n")
            raise


def session_cookie(records) -> str:
    """A Cookie header for a browser that may open these assessments (its own state
    cookie, signed with the served app's secret key)."""
    from django.test.utils import override_settings

    from assessment.access import GRANTS, STATE_COOKIE, signed_state

    with override_settings(SECRET_KEY=SECRET_KEY):
        value = signed_state({GRANTS: [str(record.public_id) for record in records]})
    return f"{STATE_COOKIE}={value}"


def _get(port: int, path: str, cookie: str, expected: bytes) -> bytes:
    url = f"http://127.0.0.1:{port}{path}"
    request = urllib.request.Request(url, headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
        if response.url != url or expected not in body:
            raise RuntimeError(f"the benchmark did not reach {path}")
    return body


WRK_REPORT = """
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("rps=%.1f\\n", summary.requests / seconds))
  io.write(string.format("p95_ms=%.2f\\n", latency:percentile(95) / 1000))
  io.write(string.format("errors=%d\\n", errors))
end
"""


def result_page_load(texts: list[str], seconds: int = 10) -> dict:
    """The result page of a 5-practice assessment under gunicorn, 16 clients (wrk)."""
    record = save_assessment(five_practice_assessment(texts))
    with deployment() as server:
        cookie = session_cookie([record])
        path = f"/assess/{record.public_id}/result/"
        for _ in range(20):  # warm both workers
            _get(server.port, path, cookie, b"Five monitoring practices")
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
            script.write(WRK_REPORT)
            script.flush()
            output = subprocess.run(
                [
                    *["wrk", "-t2", "-c16", f"-d{seconds}s"],
                    *["-H", f"Cookie: {cookie}", "-s", script.name],
                    server.url + path,
                ],
                capture_output=True,
                text=True,
                check=True,
                timeout=seconds + 30,
            ).stdout
    return {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", output)}


def report_download_figures(texts: list[str], count: int = 20) -> dict:
    """Report downloads through gunicorn (2 workers) with one task worker: a client
    loads a result page, waits a second and downloads the report (warm); another
    downloads at once, while the render is queued or running (cold). Each time a
    different assessment, so no download finds another's report."""
    from django_tasks_db.models import DBTaskResult

    documents = [json.loads(text) for text in texts]

    def assessments(label: str) -> list:
        records = []
        for i in range(count):
            document = documents[i % len(documents)]
            title = f"{document.get('title', 'Assessment')} ({label} {i})"
            records.append(
                save_assessment(facts.parse_assessment({**document, "title": title}))
            )
        return records

    def visit(port: int, record, wait: float) -> float:
        cookie = session_cookie([record])
        base = f"/assess/{record.public_id}/"
        _get(port, base + "result/", cookie, b"Download the report")
        time.sleep(wait)
        start = time.perf_counter()
        _get(port, base + "report/?format=pdf", cookie, b"%PDF")
        return (time.perf_counter() - start) * 1000

    warm_up, warm, cold = (
        assessments("warm-up"),
        assessments("warm"),
        assessments("cold"),
    )
    with deployment(task_worker=True) as server:
        # Fonts and styles loaded in the task worker (its first render takes
        # seconds), and both web workers past their first requests.
        for record in warm_up[:4]:
            visit(server.port, record, wait=0)
        deadline = time.monotonic() + 120
        while DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).exists():
            if time.monotonic() > deadline:
                raise RuntimeError("the task worker did not finish its warm-up")
            time.sleep(0.2)
        before = set(DBTaskResult.objects.values_list("id", flat=True))
        warm_ms = [visit(server.port, record, wait=1) for record in warm]
        after_warm = set(DBTaskResult.objects.values_list("id", flat=True))
        cold_ms = [visit(server.port, record, wait=0) for record in cold]
        time.sleep(3)  # let the worker finish what the cold downloads left it
        cold_tasks = DBTaskResult.objects.exclude(id__in=after_warm)
        warm_tasks = DBTaskResult.objects.filter(id__in=after_warm - before)
    return {
        "report_download_ms_p50": statistics.median(warm_ms),
        "report_download_ms_p95": percentile(warm_ms, 0.95),
        "report_download_cold_ms_p95": percentile(cold_ms, 0.95),
        # Not figures: who rendered (a task that found its report made or being
        # made renders nothing and returns False).
        "_warm_rendered_by_worker": sum(t.return_value is True for t in warm_tasks),
        "_cold_rendered_by_worker": sum(t.return_value is True for t in cold_tasks),
    }


# The letter of the walkthrough: a Munich employer, a practice like the Meta case,
# its AI questions in German.
LETTER_CASE = "ai-training-keystrokes-ie.json"
LETTER_FORM = {
    "kind": "ai-questions",
    "lang": "de",
    "tone": "firm",
    "name": "Eva Beispiel",
    "employer": "Beispiel GmbH",
    "employer_address": "Leopoldstraße 1, 80802 München",
}


def _post_letter(port: int, path: str, cookie: str, file_format: str) -> float:
    """One letter downloaded as a browser does it: the form (for its CSRF token),
    then the POST, which alone is timed; milliseconds."""
    url = f"http://127.0.0.1:{port}{path}"
    with urllib.request.urlopen(
        urllib.request.Request(url, headers={"Cookie": cookie}), timeout=60
    ) as response:
        form = response.read().decode()
        csrf = response.headers["Set-Cookie"].split("csrftoken=")[1].split(";")[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
    body = urllib.parse.urlencode(
        {**LETTER_FORM, "file_format": file_format, "csrfmiddlewaretoken": token}
    ).encode()
    request = urllib.request.Request(
        url, data=body, headers={"Cookie": f"{cookie}; csrftoken={csrf}"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        content = response.read()
        disposition = response.headers.get("Content-Disposition", "")
    elapsed = (time.perf_counter() - start) * 1000
    if f".{file_format}" not in disposition or not content:
        raise RuntimeError(f"the benchmark got no {file_format} letter")
    return elapsed


def letter_download_figures(count: int = 10) -> dict:
    """Letters downloaded through gunicorn (2 workers, production settings) once
    its pages are warm: the first of each format (which paid for what a process
    loads on first use, until the workers made a letter as they start) and the
    median of `count`."""
    document = json.loads(
        Path(settings.BASE_DIR, "docs", "examples", LETTER_CASE).read_text()
    )
    document["workplace"] = {
        **document["workplace"],
        "country": "DE",
        "worker_representation": "works_council",
    }
    record = save_assessment(facts.parse_assessment(document))
    figures = {}
    with deployment() as server:
        cookie = session_cookie([record])
        base = f"/assess/{record.public_id}/"
        for _ in range(10):  # both workers past their first pages
            _get(server.port, base + "result/", cookie, b"Write a letter")
            _get(server.port, base + "letters/", cookie, b"csrfmiddlewaretoken")
        for file_format, name in (
            # The cheapest first: each format's first download pays only for what
            # it alone loads.
            ("ics", "letter_ics_ms"),
            ("docx", "letter_docx_served_ms"),
            ("pdf", "letter_pdf_served_ms"),
        ):
            times = [
                _post_letter(server.port, base + "letters/", cookie, file_format)
                for _ in range(count)
            ]
            figures[name] = statistics.median(times)
            figures[name.replace("_ms", "_first_ms")] = times[0]
    return figures
