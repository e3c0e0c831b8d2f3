"""Rate limits and login throttling hold across processes: one counter in the
database, exact under concurrent writers; a user name under attack from many places
is slowed down, never locked."""

import datetime
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import time_machine
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from oversight.lib.limits import count_attempt, forget_attempt
from oversight.lib.models import AttemptCounter
from tests import serving
from tests.councils.fixtures import PASSWORD
from tests.web.conftest import WORKPLACE

THROTTLED = "Too many failed attempts"
# Half a minute into a clock minute: a window of 60 s does not end during the test.
MID_MINUTE = datetime.datetime(2026, 12, 1, 9, 0, 30, tzinfo=datetime.UTC)
WRONG = "Please enter a correct username and password"

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="threads need a database server (the SQLite test database is in memory)",
)


@pytest.fixture
def limits_on(settings):
    settings.RATE_LIMITS_ENABLED = True


def concurrently(function, times: int) -> list:
    """`function` called in `times` threads at once, each on its own connection."""
    barrier = threading.Barrier(times)

    def run(_):
        try:
            barrier.wait(timeout=30)
            return function()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(times) as pool:
        return list(pool.map(run, range(times)))


@pytest.mark.django_db
@time_machine.travel(MID_MINUTE, tick=False)
def test_a_counter_counts_each_attempt_and_can_take_one_back():
    assert [count_attempt("private:test", window=60) for _ in range(3)] == [1, 2, 3]
    forget_attempt("private:test", window=60)
    assert count_attempt("private:test", window=60) == 3
    counter = AttemptCounter.objects.get()
    minute = int(MID_MINUTE.timestamp()) // 60
    assert counter.key == f"private:test:{minute}"
    # The row holds the window's end, not the time of any attempt.
    assert counter.expires == MID_MINUTE.replace(second=0) + datetime.timedelta(
        minutes=1
    )


@pytest.mark.django_db
def test_a_new_clock_window_counts_from_one_again():
    with time_machine.travel(MID_MINUTE, tick=False) as traveller:
        assert [count_attempt("private:w", window=60) for _ in range(3)] == [1, 2, 3]
        traveller.shift(datetime.timedelta(seconds=29))
        assert count_attempt("private:w", window=60) == 4  # same minute
        traveller.shift(datetime.timedelta(seconds=2))
        assert count_attempt("private:w", window=60) == 1  # the next one


@pytest.mark.django_db
@time_machine.travel(MID_MINUTE, tick=False)
def test_the_first_attempt_of_a_window_clears_out_the_windows_that_ended():
    AttemptCounter.objects.create(key="private:old", count=7, expires=timezone.now())
    assert count_attempt("private:new", window=60) == 1
    assert [
        key.rsplit(":", 1)[0]
        for key in AttemptCounter.objects.values_list("key", flat=True)
    ] == ["private:new"]


@postgres_only
@pytest.mark.django_db(transaction=True)
@time_machine.travel(MID_MINUTE, tick=False)
def test_attempts_at_the_same_moment_each_get_their_own_number():
    counts = concurrently(lambda: count_attempt("private:burst", window=60), 40)
    assert sorted(counts) == list(range(1, 41))
    assert sum(count <= 30 for count in counts) == 30  # a limit of 30 admits 30


@postgres_only
@pytest.mark.django_db(transaction=True)
@time_machine.travel(MID_MINUTE, tick=False)
def test_a_new_window_starts_once_under_concurrent_attempts():
    minute = int(MID_MINUTE.timestamp()) // 60
    AttemptCounter.objects.create(
        key=f"private:burst:{minute - 1}",
        count=99,
        expires=MID_MINUTE.replace(second=0),
    )
    counts = concurrently(lambda: count_attempt("private:burst", window=60), 40)
    assert sorted(counts) == list(range(1, 41))
    assert AttemptCounter.objects.get().key == f"private:burst:{minute}"


@postgres_only
@pytest.mark.django_db(transaction=True)
@time_machine.travel(MID_MINUTE, tick=False)
def test_first_attempts_at_once_clear_out_ended_windows_without_waiting_or_failing():
    AttemptCounter.objects.bulk_create(
        AttemptCounter(key=f"private:old{n}", count=1, expires=MID_MINUTE)
        for n in range(300)
    )
    counter = iter(range(20))
    counts = concurrently(
        lambda: count_attempt(f"private:new{next(counter)}", window=60), 20
    )
    assert counts == [1] * 20
    assert not AttemptCounter.objects.filter(key__startswith="private:old").exists()


def sign_in(client_factory, address: str, username: str, password: str):
    browser = client_factory(REMOTE_ADDR=address)
    response = browser.post(
        reverse("councils:login"), {"username": username, "password": password}
    )
    return browser, response.content.decode()


def test_failures_from_one_client_lock_only_that_client_out_of_that_name(
    people, client_factory, limits_on
):
    for _ in range(5):
        assert WRONG in sign_in(client_factory, "203.0.113.1", "ada", "wrong")[1]
    browser, page = sign_in(client_factory, "203.0.113.1", "ada", PASSWORD)
    assert THROTTLED in page and "_auth_user_id" not in browser.session

    # The same client may still sign in as someone else, and ada from elsewhere.
    browser, _page = sign_in(client_factory, "203.0.113.1", "max", PASSWORD)
    assert "_auth_user_id" in browser.session
    browser, _page = sign_in(client_factory, "198.51.100.7", "ada", PASSWORD)
    assert "_auth_user_id" in browser.session


def test_a_name_tried_from_many_places_is_slowed_down_but_its_owner_still_signs_in(
    people, client_factory, limits_on, monkeypatch
):
    slept = []
    monkeypatch.setattr("time.sleep", slept.append)
    for attempt in range(40):
        address = f"203.0.113.{attempt % 10}"  # 4 tries from each: under its limit
        assert WRONG in sign_in(client_factory, address, "ada", "wrong")[1]
    assert slept == [1] * 30  # every try after the 10th waits a second

    browser, _page = sign_in(client_factory, "198.51.100.7", "ada", PASSWORD)
    assert "_auth_user_id" in browser.session
    assert slept[-1] == 1 and len(slept) == 31  # slowed down, not refused


def test_a_successful_sign_in_is_not_counted(people, client_factory, limits_on):
    for _ in range(8):
        browser, _page = sign_in(client_factory, "203.0.113.1", "ada", PASSWORD)
        assert "_auth_user_id" in browser.session


def test_one_client_trying_many_names_is_refused_after_twenty_failures(
    people, client_factory, limits_on
):
    pages = [
        sign_in(client_factory, "203.0.113.1", f"guess{n}", "wrong")[1]
        for n in range(21)
    ]
    assert all(WRONG in page for page in pages[:20])
    assert THROTTLED in pages[20]


@pytest.mark.django_db(transaction=True)
def test_limits_hold_across_two_gunicorn_workers(tmp_path):
    env = serving.server_env(serving.database_url(tmp_path), RATE_LIMITS_ENABLED="true")

    def start(_):
        visitor = serving.Visitor(server)
        visitor.get("/assess/")
        return visitor.post("/assess/", WORKPLACE)[0]

    def fail_to_sign_in(_):
        visitor = serving.Visitor(server)
        visitor.get("/council/login/")
        page = visitor.post("/council/login/", {"username": "ada", "password": "x"})[1]
        return "throttled" if THROTTLED in page else "wrong" if WRONG in page else page

    with serving.gunicorn(env, tmp_path / "gunicorn.log") as server:
        with ThreadPoolExecutor(6) as pool:
            statuses = list(pool.map(start, range(36)))
        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(fail_to_sign_in, range(8)))
        served_by = server.worker_pids()

    assert sorted(statuses) == [302] * 30 + [429] * 6  # a limit of 30 an hour
    assert sorted(answers) == ["throttled"] * 3 + ["wrong"] * 5
    assert len(served_by) == 2, "both workers answered"
