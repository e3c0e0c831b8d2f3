"""The client's address behind a proxy: every limit counts the address the trusted
proxy saw, never one the client wrote, and without a trusted proxy the header is
ignored. Tried with Django's test client and against gunicorn's worker processes."""

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.test import RequestFactory
from django.urls import reverse

from oversight.lib.client_address import client_address
from tests import serving
from tests.conftest import run_manage
from tests.councils.fixtures import PASSWORD
from tests.web.conftest import WORKPLACE
from tests.web.test_shared_limits import THROTTLED, WRONG

PROXY = "127.0.0.1"  # the proxy on the same host, as the README's deployment has it


@pytest.fixture
def limits_on(settings):
    settings.RATE_LIMITS_ENABLED = True


@pytest.fixture
def one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def address_of(remote_addr: str, forwarded_for: str | None = None) -> str:
    headers = {} if forwarded_for is None else {"x-forwarded-for": forwarded_for}
    return client_address(
        RequestFactory().get("/", REMOTE_ADDR=remote_addr, headers=headers)
    )


@pytest.mark.parametrize(
    ("proxies", "remote_addr", "forwarded_for", "counted"),
    [
        # No trusted proxy: the connection's address, whatever the header says.
        (0, "203.0.113.9", "198.51.100.1", "203.0.113.9"),
        (0, "::ffff:203.0.113.9", None, "203.0.113.9"),
        # One proxy: the entry it added, the last; a client's own entries come first.
        (1, PROXY, "203.0.113.5", "203.0.113.5"),
        (1, PROXY, "198.51.100.66, 203.0.113.5", "203.0.113.5"),
        (1, PROXY, "unknown, 10.0.0.1,, 203.0.113.5", "203.0.113.5"),
        (1, PROXY, "10.1.2.3", "10.1.2.3"),  # an intranet user is a client too
        # A header with nothing readable, or none: the proxy's own address.
        (1, PROXY, '", 203.0.113.5', PROXY),
        (1, PROXY, None, PROXY),
        # Two proxies: the entry the outer one wrote; the inner one added its address.
        (2, "10.0.0.2", "198.51.100.66, 203.0.113.5, 10.0.0.1", "203.0.113.5"),
        (2, "10.0.0.2", "203.0.113.5", "10.0.0.2"),  # the outer proxy was skipped
        # IPv6: one user holds a /64, so all of it counts as one client.
        (1, PROXY, "2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        (0, "2001:db8:1:2:bbbb::7", None, "2001:db8:1:2::/64"),
    ],
)
def test_the_counted_address_is_the_one_the_trusted_proxy_saw(
    settings, proxies, remote_addr, forwarded_for, counted
):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert address_of(remote_addr, forwarded_for) == counted


def through_proxy(client_factory, forwarded_for: str):
    """A browser behind the proxy: the proxy connects from PROXY and sends on
    X-Forwarded-For, with the client's address last."""
    return client_factory(REMOTE_ADDR=PROXY, headers={"x-forwarded-for": forwarded_for})


def sign_in(client_factory, forwarded_for: str, username: str, password: str):
    browser = through_proxy(client_factory, forwarded_for)
    response = browser.post(
        reverse("councils:login"), {"username": username, "password": password}
    )
    return browser, response.content.decode()


def test_failures_from_one_client_never_lock_another_behind_the_proxy(
    people, client_factory, limits_on, one_proxy
):
    for attempt in range(5):  # each with a made-up entry of its own before the real one
        spoofed = f"198.51.100.{attempt}, 203.0.113.1"
        assert WRONG in sign_in(client_factory, spoofed, "ada", "wrong")[1]
    browser, page = sign_in(
        client_factory, "198.51.100.99, 203.0.113.1", "ada", PASSWORD
    )
    assert THROTTLED in page and "_auth_user_id" not in browser.session

    browser, _page = sign_in(client_factory, "203.0.113.2", "ada", PASSWORD)
    assert "_auth_user_id" in browser.session


def test_a_limit_on_one_client_leaves_another_behind_the_proxy_free(
    client_factory, db, limits_on, one_proxy
):
    def start(forwarded_for: str) -> int:
        browser = through_proxy(client_factory, forwarded_for)
        return browser.post(reverse("assessment:start"), WORKPLACE).status_code

    statuses = [start(f"198.51.100.{n}, 203.0.113.1") for n in range(31)]
    assert statuses == [302] * 30 + [429]
    assert start("203.0.113.2") == 302


def test_without_a_trusted_proxy_the_header_is_ignored(
    people, client_factory, limits_on
):
    for attempt in range(5):  # five "clients" that differ only by the header
        assert WRONG in sign_in(client_factory, f"203.0.113.{attempt}", "ada", "x")[1]
    browser, page = sign_in(client_factory, "203.0.113.99", "ada", PASSWORD)
    assert THROTTLED in page and "_auth_user_id" not in browser.session


def test_the_deployment_check_asks_for_a_proxy_count_behind_a_tls_proxy():
    env = {
        **{k: v for k, v in os.environ.items() if k not in serving.HARNESS_ONLY},
        **serving.PRODUCTION,
        "SECURE_SSL_REDIRECT": "true",
        "BEHIND_TLS_PROXY": "true",
    }
    warned = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert warned.returncode != 0 and "TRUSTED_PROXY_COUNT" in warned.stderr
    assert "(lib.W001)" in warned.stderr
    env["TRUSTED_PROXY_COUNT"] = "1"
    clean = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    env["TRUSTED_PROXY_COUNT"] = "-1"
    refused = run_manage("check", env=env)
    assert "TRUSTED_PROXY_COUNT must be 0 or more" in refused.stderr


def behind_one_proxy(tmp_path, **variables: str) -> dict:
    """The environment of servers behind one proxy with the limits on, and their
    database, holding a staff account "ada" made as an operator would."""
    env = serving.server_env(
        serving.database_url(tmp_path),
        RATE_LIMITS_ENABLED="true",
        TRUSTED_PROXY_COUNT="1",
        **variables,
    )
    completed = run_manage(
        "createsuperuser",
        "--no-input",
        "--username=ada",
        "--email=operator@example.org",
        env={**env, "DJANGO_SUPERUSER_PASSWORD": PASSWORD},
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return env


@pytest.mark.django_db(transaction=True)
def test_through_one_proxy_gunicorn_workers_never_lock_one_client_for_another(
    tmp_path,
):
    env = behind_one_proxy(tmp_path)

    def visitor(forwarded_for: str) -> serving.Visitor:
        return serving.Visitor(server, headers={"X-Forwarded-For": forwarded_for})

    def attack(attempt: int) -> str:
        attacker = visitor(f"198.51.100.{attempt}, 203.0.113.66")  # its own entry first
        attacker.get("/council/login/")
        page = attacker.post("/council/login/", {"username": "ada", "password": "x"})[1]
        return "throttled" if THROTTLED in page else "wrong" if WRONG in page else page

    def start(attempt: int) -> int:
        attacker = visitor(f"198.51.100.{attempt}, 203.0.113.66")
        attacker.get("/assess/")
        return attacker.post("/assess/", WORKPLACE)[0]

    with serving.gunicorn(env, tmp_path / "gunicorn.log", workers=3) as server:
        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(attack, range(8)))
            statuses = list(pool.map(start, range(31)))
        ada = visitor("203.0.113.7")
        ada.get("/council/login/")
        signed_in = (
            ada.post("/council/login/", {"username": "ada", "password": PASSWORD})[0],
            ada.location,
        )
        ada.get("/assess/")
        started = ada.post("/assess/", WORKPLACE)[0]
        served_by = server.worker_pids()

    assert sorted(answers) == ["throttled"] * 3 + ["wrong"] * 5
    assert sorted(statuses) == [302] * 30 + [429]
    assert signed_in == (302, "/council/")
    assert started == 302
    assert len(served_by) == 3, "every worker answered"
