"""Headers, limits and the deployment check."""

import os

import pytest
from django.urls import reverse

from assessment.models import Assessment
from tests.conftest import run_manage
from tests.web.conftest import WORKPLACE

pytestmark = pytest.mark.django_db


def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get(reverse("assessment:landing"))
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_forms_refuse_a_post_without_csrf_token():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        reverse("assessment:start"), WORKPLACE
    )
    assert response.status_code == 403
    assert "The form has expired" in response.content.decode()
    assert Assessment.objects.count() == 0


def test_creating_is_rate_limited(client, settings):
    settings.RATE_LIMITS_ENABLED = True
    from django.core.cache import cache

    cache.clear()
    statuses = [
        client.post(reverse("assessment:start"), WORKPLACE).status_code
        for _ in range(31)
    ]
    assert statuses[:30] == [302] * 30
    assert statuses[30] == 429
    cache.clear()


def test_a_limit_counts_within_its_clock_window_and_then_starts_again(db):
    import time

    from oversight.lib.limits import count_attempt

    # Clock windows of a second: start just after a boundary, so three fit in one.
    time.sleep(1 - time.time() % 1 + 0.01)
    assert [count_attempt("private:test", window=1) for _ in range(3)] == [1, 2, 3]
    time.sleep(1.2)
    assert count_attempt("private:test", window=1) == 1


def test_limits_are_keyed_without_the_time_of_day():
    from councils.forms import _throttle_keys
    from oversight.lib.limits import private_cache_key

    keys = [key for key, _limit in _throttle_keys(None, "Ada")]
    assert keys[-1] == private_cache_key("login", "name", "ada")
    assert all(key.startswith("private:") and "ada" not in key for key in keys)


def test_oversized_requests_are_refused_saying_the_limit(client):
    response = client.post(
        reverse("assessment:start"),
        data=b"x" * (3 * 1024 * 1024),
        content_type="text/plain",
    )
    assert response.status_code == 413
    assert "too large: at most 2 MiB can be sent" in response.content.decode()
    assert Assessment.objects.count() == 0


@pytest.mark.parametrize(
    ("limit", "language", "said"),
    [
        (5 * 1024 * 1024, "en", "at most 5 MiB"),
        (1536 * 1024, "en", "at most 1.5 MiB"),
        (1536 * 1024, "de", "1,5 MiB"),
        # Rounded down: 2,100,000 bytes are 2.003 MiB, never said to be more.
        (2_100_000, "en", "at most 2 MiB"),
    ],
)
def test_the_size_refusal_states_the_configured_limit(
    client, settings, limit, language, said
):
    settings.MAX_REQUEST_BYTES = limit
    response = client.post(
        reverse("assessment:start"),
        data=b"x" * (limit + 1),
        content_type="text/plain",
        headers={"accept-language": language},
    )
    assert response.status_code == 413
    page = response.content.decode()
    assert said in page
    assert f'<html lang="{language}">' in page
    accepted = client.post(
        reverse("assessment:start"), data=b"x" * limit, content_type="text/plain"
    )
    assert accepted.status_code != 413


def test_no_ip_address_reaches_the_database(client):
    client.post(reverse("assessment:start"), WORKPLACE, REMOTE_ADDR="203.0.113.77")
    assert "203.0.113.77" not in str(list(Assessment.objects.values()))


def test_check_deploy_is_clean_with_production_settings():
    harness_only = {"DJANGO_ALLOW_ASYNC_UNSAFE"}  # set by the browser tests
    env = {
        **{key: value for key, value in os.environ.items() if key not in harness_only},
        "DEBUG": "false",
        "SECRET_KEY": "a-long-random-production-secret-key-with-enough-entropy-0123456789",
        "ALLOWED_HOSTS": "oversight.example.org",
    }
    completed = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "no issues" in completed.stdout


def test_a_wrong_resume_link_or_spent_invitation_leaves_no_token_in_the_log(
    client, caplog
):
    secret = "A" * 43
    with caplog.at_level("WARNING"):
        assert client.get(f"/resume/{secret}/").status_code == 404
        assert client.get(f"/council/join/{secret}/").status_code == 404
    assert caplog.records  # Django did log the 404s
    assert secret not in caplog.text
    assert "[redacted]" in caplog.text


def test_the_page_showing_the_resume_link_is_never_cached(assessed):
    client, record, _token = assessed
    response = client.get(f"/assess/{record.public_id}/saved/")
    assert "no-store" in response["Cache-Control"]
