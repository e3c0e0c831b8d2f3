"""The Django admin: its sign-in throttled on the councils' counters, across server
processes, and not served in production unless turned on."""

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.urls import reverse

from tests import serving
from tests.conftest import run_manage
from tests.councils.fixtures import PASSWORD
from tests.web.test_client_address import behind_one_proxy
from tests.web.test_shared_limits import THROTTLED, WRONG

STAFF_ONLY = "Please enter the correct username and password for a staff account"
RIGHT = {"username": "ada", "password": PASSWORD, "next": "/admin/"}


@pytest.fixture
def staff(people):
    """ada, an administrator of a council, with a staff account too."""
    people["admin"].is_staff = True
    people["admin"].save()
    return people["admin"]


def sign_in(browser, url: str, password: str) -> str:
    return browser.post(url, {"username": "ada", "password": password}).content.decode()


def test_failures_at_the_council_sign_in_lock_the_admin_sign_in_too(
    staff, client_factory, settings
):
    settings.RATE_LIMITS_ENABLED = True
    here, elsewhere = (client_factory(REMOTE_ADDR=a) for a in ("203.0.113.1", "::1"))
    for _ in range(5):
        assert WRONG in sign_in(here, reverse("councils:login"), "wrong")
    assert THROTTLED in sign_in(here, reverse("admin:login"), PASSWORD)
    assert "_auth_user_id" not in here.session

    response = elsewhere.post(
        reverse("admin:login"), {"username": "ada", "password": PASSWORD}
    )
    assert response.status_code == 302 and "_auth_user_id" in elsewhere.session


def test_a_council_member_without_staff_rights_cannot_sign_in_to_the_admin(
    people, client
):
    assert STAFF_ONLY in sign_in(client, reverse("admin:login"), PASSWORD)
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("variables", "served"),
    [({}, False), ({"ADMIN_ENABLED": "true"}, True)],
)
def test_the_admin_is_off_in_production_unless_turned_on(variables, served):
    inherited = {
        k: v
        for k, v in os.environ.items()
        if k not in {*serving.HARNESS_ONLY, "ADMIN_ENABLED"}
    }
    env = {**inherited, **serving.PRODUCTION, **variables}
    completed = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.urls import Resolver404, resolve\n"
        "try:\n    resolve('/admin/login/')\nexcept Resolver404:\n    print('off')\n"
        "else:\n    print('on')",
        env=env,
    )
    assert completed.stdout.strip() == ("on" if served else "off"), completed.stderr


@pytest.mark.django_db(transaction=True)
def test_a_hundred_wrong_passwords_then_the_right_one_do_not_open_the_admin(
    tmp_path,
):
    env = behind_one_proxy(tmp_path, ADMIN_ENABLED="true")

    def visitor(address: str) -> serving.Visitor:
        visitor = serving.Visitor(server, headers={"X-Forwarded-For": address})
        visitor.get("/admin/login/")
        return visitor

    def guess(attempt: int) -> bool:
        """A wrong password from the attacker; whether it was throttled."""
        tab = serving.Visitor(server, headers=attacker.headers)  # its own cookie jar
        tab.cookies, tab.csrf = dict(attacker.cookies), attacker.csrf
        page = tab.post("/admin/login/", {**RIGHT, "password": f"guess{attempt}"})[1]
        assert THROTTLED in page or STAFF_ONLY in page, page
        return THROTTLED in page

    with serving.gunicorn(env, tmp_path / "gunicorn.log") as server:  # two workers
        attacker = visitor("203.0.113.66")
        with ThreadPoolExecutor(4) as pool:
            throttled = list(pool.map(guess, range(100)))
        right = attacker.post("/admin/login/", RIGHT)
        still_out = attacker.get("/admin/")[0], attacker.location
        ada = visitor("203.0.113.7")
        ada_in = (
            ada.post("/admin/login/", RIGHT)[0],
            ada.location,
            ada.get("/admin/")[0],
        )
        served_by = server.worker_pids()

    assert throttled.count(False) == 5 and throttled.count(True) == 95
    assert right[0] == 200 and THROTTLED in right[1]
    assert still_out == (302, "/admin/login/?next=/admin/")
    assert ada_in == (302, "/admin/", 200)  # from elsewhere, ada still signs in
    assert len(served_by) == 2, "both workers answered"
