"""A server killed in the middle of a burst of submissions loses none and halves none.

gunicorn on 127.0.0.1 against the PostgreSQL test database; the burst is bounded, and
the test stops every process it starts.
"""

import http.client
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection

from assessment.access import STATE_COOKIE
from councils.models import SendReceipt
from councils.publication import publish
from tests import serving
from tests.councils.fixtures import (
    VARIANTS,
    assert_nothing_lost,
    features_of_variant,
    ready_to_send,
    received,
    stored_features,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="a server process needs PostgreSQL"
    ),
]

EMPLOYEES = 60
KILL_AFTER = 20  # answers received before the server is killed


def test_a_server_killed_mid_burst_loses_no_submission_and_halves_none(
    campaign, tmp_path
):
    employees = [ready_to_send(campaign, index) for index in range(EMPLOYEES)]
    env = serving.server_env(
        serving.database_url(tmp_path),
        SECRET_KEY=settings.SECRET_KEY,  # reads the cookies the test signed
        ALLOWED_HOSTS="127.0.0.1",
        RATE_LIMITS_ENABLED="false",  # every request comes from one address
        DEBUG="true",  # nothing here needs collected static files or HTTPS
    )
    with serving.gunicorn(env, tmp_path / "first.log") as server:
        answered = threading.Semaphore(0)
        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(send, server.port, e, answered) for e in employees]
            for _ in range(KILL_AFTER):
                answered.acquire(timeout=30)
            server.kill()
            first = [future.result() for future in futures]
    assert first.count(302) >= KILL_AFTER
    assert first.count(302) < EMPLOYEES  # the kill came mid-burst
    wait_for_aborted_requests()

    # Right after the crash: whatever was stored was stored whole, with its receipt.
    expected = {features_of_variant(index) for index in range(len(VARIANTS))}
    features = stored_features(campaign)
    assert set(features) <= expected
    receipts = SendReceipt.objects.count() + campaign.waiting.count()
    assert receipts == received(campaign) == features.total()

    with serving.gunicorn(env, tmp_path / "second.log") as server:
        # Each employee whose answer was lost sends again with the same form: the
        # retry counts if the first send was lost, and is refused if it was stored.
        # The retry counts if the first send was lost; if it was stored (and the
        # assessment deleted with it), the page says it was counted.
        again = [
            send(server.port, e)
            for e, status in zip(employees, first, strict=True)
            if status != 302
        ]
    assert set(again) <= {200, 302}

    publish(campaign)
    assert_nothing_lost(campaign)
    assert stored_features(campaign) == Counter(
        features_of_variant(index) for index in range(EMPLOYEES)
    )


def send(port: int, employee: dict, answered=None) -> int | None:
    """POST the send form; the status, or None when the server did not answer."""
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    cookies = (
        f"{STATE_COOKIE}={employee['state']}; "
        f"{settings.CSRF_COOKIE_NAME}={employee['csrf']}"
    )
    form = {"csrfmiddlewaretoken": employee["csrf"], "send_token": employee["token"]}
    try:
        client.request(
            "POST",
            employee["path"],
            body=urlencode(form),
            headers={
                "Cookie": cookies,
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        return client.getresponse().status
    except (OSError, http.client.HTTPException):
        return None
    finally:
        client.close()
        if answered is not None:
            answered.release()


def wait_for_aborted_requests() -> None:
    """PostgreSQL ends a killed worker's transaction when it sees the connection
    gone; wait (bounded) until no other client of the test database is inside a
    transaction. Autovacuum, which the burst may wake, and idle connections do not
    count: neither holds a half-done send."""
    deadline = time.monotonic() + 30
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND backend_type = 'client backend' AND state <> 'idle'"
            )
            if cursor.fetchone()[0] == 0:
                return
            time.sleep(0.1)
    raise AssertionError("connections of the killed server are still open")
