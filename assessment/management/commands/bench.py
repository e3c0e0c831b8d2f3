"""manage.py bench: measure speed, one figure a line as `name: value unit`."""

import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from assessment import facts, policy_check, rules
from assessment.management.commands._bench_submit import submit_figures
from assessment.services import save_assessment, store_documents


def _examples() -> list[str]:
    folder = Path(settings.BASE_DIR, "docs", "examples")
    return [path.read_text() for path in sorted(folder.glob("*.json"))]


def engine_assess_per_s(
    texts: list[str], rounds: int = 5, seconds: float = 0.5
) -> float:
    """The rules engine alone on parsed assessments, in this one process: the median
    of a few short rounds, so a passing hiccup of the machine does not decide it."""
    assessments = [facts.load_assessment(text) for text in texts]
    rates = []
    for _ in range(rounds):
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            for assessment in assessments:
                rules.assess(assessment)
            count += len(assessments)
        rates.append(count / (time.perf_counter() - start))
    return statistics.median(rates)


def store_10k_s(texts: list[str]) -> float:
    """Decode, validate, assess and store 10,000 assessments in a scratch database."""
    batch = [texts[i % len(texts)] for i in range(10_000)]
    start = time.perf_counter()
    store_documents(json.loads(text) for text in batch)
    return time.perf_counter() - start


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


def five_practice_assessment(texts: list[str]) -> facts.Assessment:
    """One German workplace with five practices taken from the worked examples."""
    practices = [p for text in texts for p in json.loads(text)["practices"]][:5]
    document = {
        "format": facts.FORMAT,
        "title": "Five monitoring practices",
        "workplace": {"country": "DE", "worker_representation": "works_council"},
        "practices": practices,
    }
    return facts.parse_assessment(document)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def production_server(database: str, task_worker: bool = False):
    """gunicorn with 2 workers and production settings (DEBUG off, static files
    collected for WhiteNoise) on the scratch database, and one task worker if asked.
    Yields the port and the secret key that sessions must be signed with."""
    secret = secrets.token_urlsafe(50)  # production settings refuse the dev key
    port = _free_port()
    with tempfile.TemporaryDirectory() as static_root:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{database}",
            "DEBUG": "false",
            "SECRET_KEY": secret,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": static_root,
            "RATE_LIMITS_ENABLED": "false",
        }
        manage = [sys.executable, "manage.py"]
        subprocess.run(
            [*manage, "collectstatic", "--no-input", "-v", "0"],
            env=env,
            cwd=settings.BASE_DIR,
            check=True,
        )
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "assessment.wsgi",
                    "--workers",
                    "2",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--log-level",
                    "warning",
                ],
                env=env,
                cwd=settings.BASE_DIR,
            )
        ]
        if task_worker:
            processes.append(
                subprocess.Popen(
                    [
                        *manage,
                        "db_worker",
                        "--no-reload",
                        "--interval",
                        "0.2",
                        "-v",
                        "0",
                    ],
                    env=env,
                    cwd=settings.BASE_DIR,
                    stdout=subprocess.DEVNULL,
                )
            )
        try:
            _wait_for_server(port, processes[0])
            yield port, secret
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=30)


def _wait_for_server(port: int, server: subprocess.Popen) -> None:
    for _ in range(300):
        if server.poll() is not None:
            raise RuntimeError("gunicorn did not start")
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{port}/healthz", timeout=2
            ) as response:
                response.read()
            return
        except urllib.error.HTTPError:  # it answers: 503 is still an answer
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("gunicorn did not answer")


def session_cookie(secret: str, records) -> str:
    """A Cookie header for a browser that may open these assessments (a session in
    the scratch database, signed with the server's secret key)."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.test.utils import override_settings

    from assessment.views.access import GRANTS

    with override_settings(SECRET_KEY=secret):
        session = SessionStore()
        session[GRANTS] = [str(record.public_id) for record in records]
        session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def _get(port: int, path: str, cookie: str, expected: bytes) -> bytes:
    url = f"http://127.0.0.1:{port}{path}"
    request = urllib.request.Request(url, headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
        if response.url != url or expected not in body:
            raise RuntimeError(f"the benchmark did not reach {path}")
    return body


def result_page_load(texts: list[str], database: str, seconds: int = 10) -> dict:
    """The result page of a 5-practice assessment under gunicorn, 16 clients (wrk)."""
    record = save_assessment(five_practice_assessment(texts))
    with production_server(database) as (port, secret):
        cookie = session_cookie(secret, [record])
        path = f"/assess/{record.public_id}/result/"
        for _ in range(20):  # warm both workers
            _get(port, path, cookie, b"Five monitoring practices")
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
            script.write(WRK_REPORT)
            script.flush()
            output = subprocess.run(
                [
                    "wrk",
                    "-t2",
                    "-c16",
                    f"-d{seconds}s",
                    "-H",
                    f"Cookie: {cookie}",
                    "-s",
                    script.name,
                    f"http://127.0.0.1:{port}{path}",
                ],
                capture_output=True,
                text=True,
                check=True,
                timeout=seconds + 30,
            ).stdout
    return {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", output)}


def _percentile(values: list[float], share: float) -> float:
    """The value that `share` of the values do not exceed (nearest rank)."""
    ranked = sorted(values)
    return ranked[max(0, min(len(ranked) - 1, round(share * len(ranked)) - 1))]


def report_download_figures(texts: list[str], database: str, count: int = 20) -> dict:
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

    def visit(port: int, cookie: str, record, wait: float) -> float:
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
    with production_server(database, task_worker=True) as (port, secret):
        # Fonts and styles loaded in the task worker (its first render takes
        # seconds), and both web workers past their first requests.
        for record in warm_up[:4]:
            visit(port, session_cookie(secret, [record]), record, wait=0)
        deadline = time.monotonic() + 120
        while DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).exists():
            if time.monotonic() > deadline:
                raise RuntimeError("the task worker did not finish its warm-up")
            time.sleep(0.2)
        before = set(DBTaskResult.objects.values_list("id", flat=True))
        warm_ms = [
            visit(port, session_cookie(secret, [record]), record, wait=1)
            for record in warm
        ]
        after_warm = set(DBTaskResult.objects.values_list("id", flat=True))
        cold_ms = [
            visit(port, session_cookie(secret, [record]), record, wait=0)
            for record in cold
        ]
        time.sleep(3)  # let the worker finish what the cold downloads left it
        cold_tasks = DBTaskResult.objects.exclude(id__in=after_warm)
        warm_tasks = DBTaskResult.objects.filter(id__in=after_warm - before)
    return {
        "report_download_ms_p50": statistics.median(warm_ms),
        "report_download_ms_p95": _percentile(warm_ms, 0.95),
        "report_download_cold_ms_p95": _percentile(cold_ms, 0.95),
        # Not figures: who rendered (a task that found its report made or being
        # made renders nothing and returns False).
        "_warm_rendered_by_worker": sum(t.return_value is True for t in warm_tasks),
        "_cold_rendered_by_worker": sum(t.return_value is True for t in cold_tasks),
    }


def _median_ms(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# The case Oversight was made for: AI trained on keystrokes, one practice, an 11-page
# report. The five-practice report above it is the heavy case.
TYPICAL_REPORT = "ai-training-keystrokes-ie.json"


def document_figures(texts: list[str]) -> dict[str, float]:
    """Report and letter PDFs: cold renders, a cached repeat, and Chromium alongside."""
    from assessment.documents.letter_files import letter_pdf
    from assessment.documents.letters import Details, write_letter
    from assessment.documents.pdf import html_to_pdf
    from assessment.documents.report import report_html, report_pdf

    assessment = five_practice_assessment(texts)
    document = assessment.to_document()
    typical = json.loads(
        Path(settings.BASE_DIR, "docs", "examples", TYPICAL_REPORT).read_text()
    )
    # Load fonts and stylesheet once, as a running server has them.
    html_to_pdf(report_html(document, "en"))
    letter = write_letter("access-request", assessment, "en", Details(name="A. Person"))
    figures = {
        "report_pdf_ms": _median_ms(lambda: html_to_pdf(report_html(document, "en"))),
        "report_pdf_typical_ms": _median_ms(
            lambda: html_to_pdf(report_html(typical, "en"))
        ),
        "letter_pdf_ms": _median_ms(lambda: letter_pdf(letter)),
    }
    report_pdf(document, "en")
    figures["report_cached_ms"] = _median_ms(
        lambda: report_pdf(document, "en"), runs=20
    )
    figures["report_pdf_peak_mb"] = _peak_mb_of_one_report()
    figures |= _chromium_print_ms(
        {
            "chromium_report_pdf_ms": report_html(document, "en", for_screen=True),
            "chromium_report_pdf_typical_ms": report_html(
                typical, "en", for_screen=True
            ),
        }
    )
    return figures


PEAK_SCRIPT = """
import json, os, resource, sys
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assessment.settings")
django.setup()
from assessment.documents.report import report_pdf
from assessment.management.commands.bench import _examples, five_practice_assessment
document = five_practice_assessment(_examples()).to_document()
report_pdf(document, "en")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _peak_mb_of_one_report() -> float:
    """Peak memory of a fresh process that renders one report (Django included)."""
    output = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(output.strip().splitlines()[-1])


def _print_to_pdf(page, url: str) -> None:
    page.goto(url)
    page.pdf(format="A4")


def _chromium_print_ms(pages: dict[str, str]) -> dict[str, float]:
    """Headless Chromium (Debian's) printing each HTML to A4 with a warm browser."""
    chromium = "/usr/bin/chromium"
    if not Path(chromium).exists():
        return {}
    from playwright.sync_api import sync_playwright

    static = Path(settings.BASE_DIR, "static")
    figures = {}
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--allow-file-access-from-files",
            ],
        )
        page = browser.new_page()
        for name, html in pages.items():
            source = Path(scratch, f"{name}.html")
            source.write_text(html.replace('href="/static/', f'href="file://{static}/'))
            render = partial(_print_to_pdf, page, source.as_uri())
            render()
            figures[name] = _median_ms(render)
        browser.close()
    return figures


def council_figures(suffix: str) -> dict[str, float]:
    """A council's dashboard and aggregate PDF for one campaign of 100,000 submissions,
    served through Django's full request handling to a signed-in member."""
    from django.contrib.auth.models import User
    from django.core.cache import cache
    from django.test import Client
    from django.urls import reverse

    from assessment.councils import services
    from assessment.councils.synthetic import seed_submissions

    user = User.objects.create_user("bench-admin")
    council = services.create_council(user, "Bench council")
    campaign = services.open_campaign(council, title="Bench campaign", country="DE")
    seed_submissions(campaign, 100_000)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    dashboard = reverse("campaign", args=[campaign.public_id])
    report = reverse("campaign_report", args=[campaign.public_id]) + "?format=pdf"

    def get(url: str, expected: bytes) -> None:
        response = client.get(url)
        if response.status_code != 200 or expected not in response.content:
            raise RuntimeError(f"{url} answered {response.status_code}")

    get(dashboard, b"100000 submissions counted")
    get(report, b"%PDF")
    return {
        f"dashboard_100k_ms{suffix}": _median_ms(
            lambda: get(dashboard, b"Bench campaign")
        ),
        # A render each time (the stored survey is dropped): what the worker pays.
        f"aggregate_pdf_100k_ms{suffix}": _median_ms(
            lambda: (cache.clear(), get(report, b"%PDF"))
        ),
    }


# Test data, kept outside the installed package: sentences with their right answers.
POLICY_SENTENCES = ("tests", "policy", "sentences.toml")


def policy_sentences() -> list[tuple[str, dict[str, list[str]]]]:
    """The labelled policy sentences: each text with its answers (field -> values)."""
    path = Path(settings.BASE_DIR, *POLICY_SENTENCES)
    try:
        with path.open("rb") as file:
            sentences = tomllib.load(file)["sentence"]
    except OSError:
        raise CommandError(f"{path}: no such file", returncode=2) from None
    except (tomllib.TOMLDecodeError, KeyError) as exc:
        raise CommandError(
            f"{path}: not a sentence list ({exc})", returncode=2
        ) from None
    return [
        (
            sentence["text"],
            {
                field: [str(v) for v in values]
                for field, values in sentence["expected"].items()
            },
        )
        for sentence in sentences
    ]


def policy_check_figures(
    sentences: list[tuple[str, dict[str, list[str]]]],
) -> dict[str, float]:
    """How the policy-text check reads the labelled sentences, micro-averaged over
    (sentence, field, value) triples; understated counts suggestions milder than
    the right answer."""
    score = policy_check.score(sentences)
    return {
        "policy_check_precision": score.precision,
        "policy_check_recall": score.recall,
        "policy_check_understated": score.understated,
    }


class Command(BaseCommand):
    help = "Print benchmark figures, one a line: name: value unit."

    def add_arguments(self, parser):
        only = parser.add_mutually_exclusive_group()
        only.add_argument(
            "--councils-only",
            action="store_true",
            help="only the council figures (for the PostgreSQL run)",
        )
        only.add_argument(
            "--policy-only",
            action="store_true",
            help="only the policy-text check's figures on the labelled sentences",
        )
        only.add_argument(
            "--downloads-only",
            action="store_true",
            help="only the report downloads through gunicorn with a task worker",
        )

    def handle(
        self,
        *args,
        councils_only=False,
        policy_only=False,
        downloads_only=False,
        **options,
    ):
        if councils_only or downloads_only:
            with self.scratch_database():
                if downloads_only:
                    self.download_lines(_examples())
                else:
                    self.council_lines()
                    self.submit_lines()
            return
        self.policy_lines()
        if policy_only:
            return
        texts = _examples()
        self.stdout.write(
            f"engine_assess_per_s: {engine_assess_per_s(texts):.0f} assessments/s"
        )
        for name, value in document_figures(texts).items():
            unit = "MB" if name.endswith("_mb") else "ms"
            self.stdout.write(f"{name}: {value:.1f} {unit}")
        with self.scratch_database():
            self.stdout.write(f"store_10k_s: {store_10k_s(texts):.2f} s")
            if connection.vendor == "sqlite" and shutil.which("wrk"):
                load = result_page_load(texts, connection.settings_dict["NAME"])
                if load.get("errors"):
                    self.stderr.write(f"result page: {load['errors']:.0f} errors")
                self.stdout.write(f"result_page_rps: {load['rps']:.0f} req/s")
                self.stdout.write(f"result_page_p95_ms: {load['p95_ms']:.1f} ms")
            elif connection.vendor == "sqlite":
                self.stderr.write("result_page_*: skipped, wrk is not installed")
            self.download_lines(texts)
            self.council_lines()

    def policy_lines(self) -> None:
        for name, value in policy_check_figures(policy_sentences()).items():
            if name.endswith("_understated"):
                self.stdout.write(f"{name}: {value:.0f} suggestions")
            else:
                self.stdout.write(f"{name}: {value:.3f} ratio")

    def download_lines(self, texts: list[str]) -> None:
        if connection.vendor != "sqlite":
            self.stderr.write("report_download_*: measured on SQLite only")
            return
        figures = report_download_figures(texts, connection.settings_dict["NAME"])
        for name, value in figures.items():
            if name.startswith("_"):
                self.stderr.write(f"{name[1:]}: {value} reports")
            else:
                self.stdout.write(f"{name}: {value:.1f} ms")

    def council_lines(self) -> None:
        suffix = "_pg" if connection.vendor == "postgresql" else ""
        for name, value in council_figures(suffix).items():
            self.stdout.write(f"{name}: {value:.1f} ms")

    def submit_lines(self) -> None:
        if connection.vendor != "postgresql":
            self.stderr.write("submit_*: measured on PostgreSQL only")
            return
        figures = submit_figures()
        self.stdout.write(f"submit_rps: {figures['submit_rps']:.0f} submissions/s")
        self.stdout.write(f"submit_p95_ms: {figures['submit_p95_ms']:.1f} ms")
        self.stderr.write(f"submit_p50_ms: {figures['_submit_p50_ms']:.1f} ms")

    @contextmanager
    def scratch_database(self):
        """A throwaway database of the configured kind (a file, for SQLite), never
        the one that holds real data."""
        with tempfile.TemporaryDirectory() as scratch:
            test_settings = settings.DATABASES["default"].setdefault("TEST", {})
            if connection.vendor == "sqlite":
                test_settings["NAME"] = str(Path(scratch, "bench.sqlite3"))
            old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
            try:
                yield
            finally:
                connection.creation.destroy_test_db(old_name, verbosity=0)
