"""submit_rps and submit_p95_ms for `python -m bench`: anonymous campaign submissions
sent over HTTP, as employees' browsers send them.

The deployment is the production profile on the scratch database: gunicorn with two
workers, DEBUG off, static files collected for WhiteNoise, and the task worker beside
it (when django_tasks_db is installed); rate limits are off, since every client comes
from 127.0.0.1. Other settings come from the environment: DB_CONN_MAX_AGE=0, say,
opens a database connection for every request instead of keeping each worker's.

Before the clock starts, each employee, a browser of its own, opens the campaign's
share link, takes part, describes one practice and opens the result, whose send form
holds its one-time token. Then CLIENTS clients send the prepared forms, each one after
another; only those POSTs are timed, and every one must be stored.
"""

import http.client
import json
import re
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings

from bench.figures import examples, percentile
from bench.served import deployment
from tests import serving

CLIENTS = 20
SENDS = 500  # 25 for each client
PREPARE_SECONDS = 300  # bounds on each phase; a run that needs longer fails
SEND_SECONDS = 120
TASKS_SECONDS = 120
PRACTICES = 5  # different practices, so that submissions differ (one report each)
TIMEOUT = 60  # seconds for one request


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
    practices = [
        practice for text in examples() for practice in json.loads(text)["practices"]
    ][:count]
    forms = []
    for practice in practices:
        answers = {**defaults, **PracticeForm.initial_from(practice)}
        forms.append({k: v for k, v in answers.items() if v is not None})
    return forms


def prepare(server: serving.Server, share_code: str, practice: dict) -> Send:
    """One employee up to the send form: take part, one practice, the result."""
    browser = serving.Visitor(server)
    share = f"/take-part/{share_code}/"
    status, page = browser.get(share)
    _expect("the share link", status, 200, page)
    status, page = browser.post(share, {})
    _expect("taking part", status, 302, page)
    public_id = re.search(r"/assess/([0-9a-f-]{36})/", browser.location)[1]
    assessment = f"/assess/{public_id}/"
    status, page = browser.post(assessment + "practices/new/", practice)
    _expect("the practice form", status, 302, page)
    status, page = browser.get(assessment + "result/")
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
            "Origin": server.url,
        },
        body=urlencode(fields),
    )


def send(server: serving.Server, prepared: Send, thanks: str) -> float:
    """POST one send form; its time in ms. It must be stored: a redirect to the
    share link (the employee's own assessment deleted)."""
    client = http.client.HTTPConnection("127.0.0.1", server.port, timeout=TIMEOUT)
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


def submit_figures(sends: int = SENDS, clients: int = CLIENTS) -> dict[str, float]:
    """Stored submissions a second, and the 95th percentile of a send's time, with
    `clients` browsers sending at once."""
    from django.contrib.auth.models import User

    from councils import services
    from councils.models import Submission, WaitingSubmission

    user = User.objects.create_user("bench-submit-admin")
    council = services.create_council(user, "Bench submissions")
    # The hourly ceiling is raised: the bench measures sending, not the ceiling.
    campaign = services.open_campaign(
        council, title="Bench sends", country="DE", sends_per_hour=100_000
    )
    thanks = f"/take-part/{campaign.share_code}/"
    forms = practice_forms()
    with (
        deployment(task_worker="django_tasks_db" in settings.INSTALLED_APPS) as server,
        ThreadPoolExecutor(clients) as pool,
    ):
        deadline = time.monotonic() + PREPARE_SECONDS

        def prepare_one(index: int) -> Send:
            if time.monotonic() > deadline:
                raise RuntimeError(f"preparing took over {PREPARE_SECONDS} s")
            return prepare(server, campaign.share_code, forms[index % len(forms)])

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
                times.append(send(server, form, thanks))
            return times

        start = time.perf_counter()
        times = [t for share in pool.map(client, shares) for t in share]
        elapsed = time.perf_counter() - start
    stored = (
        Submission.objects.filter(campaign=campaign).count()
        + WaitingSubmission.objects.filter(campaign=campaign).count()
    )
    if stored != sends:
        raise RuntimeError(f"{sends} sends answered, {stored} stored")
    return {
        "submit_rps": sends / elapsed,
        "submit_p95_ms": percentile(times, 0.95),
        "_submit_p50_ms": statistics.median(times),
    }
