"""submit_rps and submit_p95_ms for `manage.py bench`: anonymous campaign submissions
sent over HTTP, as employees' browsers send them.

The deployment is the production profile on the scratch database: gunicorn with two
workers, DEBUG off, static files collected for WhiteNoise, and the task worker beside
it (when django_tasks_db is installed); rate limits are off, since every client comes
from 127.0.0.1. Other settings come from the environment: DB_CONN_MAX_AGE=60, say,
keeps each worker's database connection instead of opening one a request.

Before the clock starts, each employee, a browser of its own, opens the campaign's
share link, takes part, describes one practice and opens the result, whose send form
holds its one-time token. Then CLIENTS clients send the prepared forms, each one after
another; only those POSTs are timed, and every one must be stored.
"""

import contextlib
import http.client
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

from django.conf import settings
from django.db import connection

CLIENTS = 20
SENDS = 500  # 25 for each client
PREPARE_SECONDS = 300  # bounds on each phase; a run that needs longer fails
SEND_SECONDS = 120
TASKS_SECONDS = 120
PRACTICES = 5  # different practices, so that submissions differ (one report each)
TIMEOUT = 60  # seconds for one request


@dataclass
class Browser:
    """One employee's browser: its cookies and the CSRF token of the last form."""

    port: int
    cookies: dict = field(default_factory=dict)
    csrf: str = ""

    def request(self, method: str, path: str, form: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": self.csrf}, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://127.0.0.1:{self.port}"
        client = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            client.request(method, path, body=body, headers=headers)
            response = client.getresponse()
            page = response.read().decode(errors="replace")
        finally:
            client.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            if value in ("", '""'):  # deleted (a message shown, for instance)
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if token:
            self.csrf = token[1]
        return response.status, response.headers.get("Location", ""), page


@dataclass
class Send:
    """A prepared send form: what the browser POSTs when the employee clicks Send."""

    path: str
    headers: dict
    body: str


def _expect(what: str, status: int, wanted: int, page: str) -> None:
    if status != wanted:
        raise RuntimeError(f"{what} answered {status}, not {wanted}: {page[:300]}")


def practice_forms(count: int = PRACTICES) -> list[dict]:
    """The practice form as a browser posts it, filled in with the first practices
    of the worked examples (the questions left alone keep their default answers)."""
    from assessment.forms import PracticeForm

    blank = PracticeForm()
    defaults = {name: blank[name].value() for name in blank.fields}
    folder = Path(settings.BASE_DIR, "docs", "examples")
    practices = [
        practice
        for path in sorted(folder.glob("*.json"))
        for practice in json.loads(path.read_text())["practices"]
    ][:count]
    forms = []
    for practice in practices:
        answers = {**defaults, **PracticeForm.initial_from(practice)}
        forms.append({k: v for k, v in answers.items() if v is not None})
    return forms


def prepare(port: int, share_code: str, practice: dict) -> Send:
    """One employee up to the send form: take part, one practice, the result."""
    browser = Browser(port)
    share = f"/take-part/{share_code}/"
    status, _location, page = browser.request("GET", share)
    _expect("the share link", status, 200, page)
    status, location, page = browser.request("POST", share, {})
    _expect("taking part", status, 302, page)
    public_id = re.search(r"/assess/([0-9a-f-]{36})/", location)[1]
    assessment = f"/assess/{public_id}/"
    status, _location, page = browser.request(
        "POST", assessment + "practices/new/", practice
    )
    _expect("the practice form", status, 302, page)
    status, _location, page = browser.request("GET", assessment + "result/")
    _expect("the result page", status, 200, page)
    form = re.search(
        rf'<form method="post" action="{assessment}send/">(.*?)</form>', page, re.S
    )
    if form is None:
        raise RuntimeError("the result page shows no send form")
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form[1]))
    fields.pop("keep", None)  # left unticked: the assessment goes once sent
    if not fields.get("send_token") or not fields.get("csrfmiddlewaretoken"):
        raise RuntimeError("the send form holds no one-time token")
    return Send(
        path=assessment + "send/",
        headers={
            "Cookie": "; ".join(f"{k}={v}" for k, v in browser.cookies.items()),
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://127.0.0.1:{port}",
        },
        body=urlencode(fields),
    )


def send(port: int, prepared: Send, thanks: str) -> float:
    """POST one send form; its time in ms. It must be stored: a redirect to the
    share link (the employee's own assessment deleted)."""
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    start = time.perf_counter()
    try:
        client.request(
            "POST", prepared.path, body=prepared.body, headers=prepared.headers
        )
        response = client.getresponse()
        page = response.read().decode(errors="replace")
        elapsed = (time.perf_counter() - start) * 1000
    finally:
        client.close()
    _expect("sending", response.status, 302, page)
    if response.headers.get("Location") != thanks:
        raise RuntimeError(f"sending led to {response.headers.get('Location')}")
    return elapsed


def _database_url() -> str:
    """The scratch PostgreSQL database (the one this process uses now) as a URL."""
    db = connection.settings_dict
    login = quote(db["USER"]) + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    if not db["HOST"] or db["HOST"].startswith("/"):  # a Unix socket directory
        query = urlencode({"host": db["HOST"]}) if db["HOST"] else ""
        return f"postgres://{login}@/{quote(db['NAME'])}?{query}"
    return f"postgres://{login}@{db['HOST']}:{db['PORT'] or 5432}/{quote(db['NAME'])}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


@contextlib.contextmanager
def deployment():
    """gunicorn (2 workers, production settings) and the task worker on the scratch
    database, until the block ends; yields the port."""
    with tempfile.TemporaryDirectory() as scratch, contextlib.ExitStack() as running:
        env = {
            **os.environ,
            "DATABASE_URL": _database_url(),
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",  # plain HTTP on the loopback
            "STATIC_ROOT": str(Path(scratch, "static")),
            "RATE_LIMITS_ENABLED": "false",  # every client is 127.0.0.1
        }
        manage = [sys.executable, "manage.py"]
        subprocess.run(
            [*manage, "collectstatic", "--no-input", "-v", "0"],
            env=env,
            cwd=settings.BASE_DIR,
            check=True,
        )
        log = Path(scratch, "server.log")
        output = running.enter_context(log.open("w"))

        def start(args: list[str]) -> subprocess.Popen:
            process = subprocess.Popen(
                args,
                env=env,
                cwd=settings.BASE_DIR,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
            running.callback(_stop, process)
            return process

        port = _free_port()
        server = start(
            [
                *[sys.executable, "-m", "gunicorn", "assessment.wsgi"],
                *["--workers", "2", "--bind", f"127.0.0.1:{port}"],
                *["--log-level", "warning"],
            ]
        )
        if "django_tasks_db" in settings.INSTALLED_APPS:
            start([*manage, "db_worker", "--no-reload", "--interval", "0.2", "-v", "0"])
        try:
            _wait_for(port, server)
            yield port
        except Exception:
            output.flush()
            sys.stderr.write(log.read_text()[-3000:])
            raise


def _wait_for(port: int, server: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn did not start")
        probe = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            probe.request("GET", "/healthz")
            probe.getresponse().read()  # 503 is still an answer
            return
        except OSError:
            time.sleep(0.2)
        finally:
            probe.close()
    raise RuntimeError(f"gunicorn did not answer in {seconds:.0f} s")


def _wait_for_tasks() -> None:
    """Until the task worker has done what the result pages queued (their reports),
    so that it does not render while the sends are timed."""
    if "django_tasks_db" not in settings.INSTALLED_APPS:
        return
    from django_tasks_db.models import DBTaskResult

    deadline = time.monotonic() + TASKS_SECONDS
    while DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"the task worker was busy for {TASKS_SECONDS} s")
        time.sleep(0.2)


def _percentile(values: list[float], share: float) -> float:
    """The value that `share` of the values do not exceed (nearest rank)."""
    ranked = sorted(values)
    return ranked[max(0, min(len(ranked) - 1, round(share * len(ranked)) - 1))]


def submit_figures(sends: int = SENDS, clients: int = CLIENTS) -> dict[str, float]:
    """Stored submissions a second, and the 95th percentile of a send's time, with
    `clients` browsers sending at once."""
    from django.contrib.auth.models import User

    from assessment.councils import services
    from assessment.models import Submission

    user = User.objects.create_user("bench-submit-admin")
    council = services.create_council(user, "Bench submissions")
    campaign = services.open_campaign(council, title="Bench sends", country="DE")
    thanks = f"/take-part/{campaign.share_code}/"
    forms = practice_forms()
    with deployment() as port, ThreadPoolExecutor(clients) as pool:
        deadline = time.monotonic() + PREPARE_SECONDS

        def prepare_one(index: int) -> Send:
            if time.monotonic() > deadline:
                raise RuntimeError(f"preparing took over {PREPARE_SECONDS} s")
            return prepare(port, campaign.share_code, forms[index % len(forms)])

        prepared = list(pool.map(prepare_one, range(sends)))
        _wait_for_tasks()

        # Timed: each client sends its share of the forms, one after another.
        shares = [prepared[i::clients] for i in range(clients)]
        send_deadline = time.monotonic() + SEND_SECONDS

        def client(share: list[Send]) -> list[float]:
            times = []
            for form in share:
                if time.monotonic() > send_deadline:
                    raise RuntimeError(f"sending took over {SEND_SECONDS} s")
                times.append(send(port, form, thanks))
            return times

        start = time.perf_counter()
        times = [t for share in pool.map(client, shares) for t in share]
        elapsed = time.perf_counter() - start
    stored = Submission.objects.filter(campaign=campaign).count()
    if stored != sends:
        raise RuntimeError(f"{sends} sends answered, {stored} stored")
    return {
        "submit_rps": sends / elapsed,
        "submit_p95_ms": _percentile(times, 0.95),
        "_submit_p50_ms": statistics.median(times),
    }
