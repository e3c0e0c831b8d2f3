"""Checks that count or limit hold with concurrent writers (PostgreSQL leg)."""

import datetime
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import time_machine
from django.conf import settings
from django.db import connection, connections
from django.urls import reverse

from assessment.access import STATE_COOKIE
from assessment.models import Assessment
from assessment.services import save_assessment
from councils import services
from councils.models import Campaign, Membership, Role, SendReceipt
from councils.publication import publish
from tests import serving
from tests.councils.fixtures import (
    assert_nothing_lost,
    features_of_variant,
    open_campaign,
    ready_to_send,
    received,
    stored_features,
    variant,
)

pytestmark = pytest.mark.django_db(transaction=True)
MID_HOUR = datetime.datetime(2026, 12, 1, 9, 30, tzinfo=datetime.UTC)
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"
)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"
)
def test_two_administrators_leaving_at_once_leave_one_behind(django_user_model):
    council = services.create_council(
        django_user_model.objects.create_user("first", password="x"), "Works council"
    )
    second = django_user_model.objects.create_user("second", password="x")
    Membership.objects.create(council=council, user=second, role=Role.ADMIN)
    django_user_model.objects.create_user("member", password="x")
    Membership.objects.create(
        council=council,
        user=django_user_model.objects.get(username="member"),
        role=Role.MEMBER,
    )
    admins = list(council.memberships.filter(role=Role.ADMIN))
    start = threading.Barrier(len(admins))
    outcomes = []

    def leave(membership):
        try:
            start.wait()
            outcomes.append(services.remove_membership(membership))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=leave, args=(m,)) for m in admins]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == [False, True]
    assert council.memberships.filter(role=Role.ADMIN).count() == 1


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"
)
def test_a_burst_of_submissions_during_publication_loses_none(campaign):
    """100 employees send at once, each on its own connection, while publication runs
    over and over: every one is stored with all its features, and counted once."""
    count = 100
    assessments = [variant(index) for index in range(count)]
    start = threading.Barrier(count)
    sending = threading.Event()
    sent, errors = [], []

    def send(index):
        try:
            start.wait()
            target = Campaign.objects.get(pk=campaign.pk)
            services.submit(target, assessments[index], receipt=f"receipt-{index}")
            sent.append(index)
        except Exception as exc:  # reported by the assertions below
            errors.append(exc)
        finally:
            connections.close_all()

    def publish_meanwhile():
        try:
            while sending.is_set():
                publish(Campaign.objects.get(pk=campaign.pk))
                time.sleep(0.005)
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    sending.set()
    publisher = threading.Thread(target=publish_meanwhile)
    publisher.start()
    senders = [threading.Thread(target=send, args=(i,)) for i in range(count)]
    for thread in senders:
        thread.start()
    for thread in senders:
        thread.join()
    sending.clear()
    publisher.join()

    assert errors == []
    assert len(sent) == count
    publish(campaign)
    assert_nothing_lost(campaign)
    assert stored_features(campaign) == Counter(
        features_of_variant(index) for index in range(count)
    )
    assert SendReceipt.objects.count() == campaign.published


def concurrently(function, times: int) -> list:
    """`function` called in `times` threads at once, each on its own connection:
    what each returned or raised."""
    barrier = threading.Barrier(times)

    def run(_):
        try:
            barrier.wait()
            return function()
        except Exception as exc:
            return exc
        finally:
            connections.close_all()

    with ThreadPoolExecutor(times) as pool:
        return list(pool.map(run, range(times)))


@postgres_only
def test_concurrent_sends_of_one_assessment_count_it_once(campaign):
    """Twenty requests at once for one assessment, as if each carried a token of its
    own making: the receipt is the server's, so one counts and the rest are told."""
    record = save_assessment(variant(1))
    outcomes = concurrently(
        lambda: services.send_assessment(
            Campaign.objects.get(pk=campaign.pk),
            Assessment.objects.get(pk=record.pk),
            keep=True,
        ),
        20,
    )
    assert outcomes.count(None) == 1
    assert all(isinstance(o, services.AlreadySent) for o in outcomes if o is not None)
    assert received(campaign) == 1


@postgres_only
@time_machine.travel(MID_HOUR, tick=False)
def test_the_hourly_ceiling_holds_against_concurrent_senders(people):
    campaign = open_campaign(people["council"], sends_per_hour=7)
    outcomes = concurrently(
        lambda: services.submit(Campaign.objects.get(pk=campaign.pk), variant(2)), 20
    )
    refused = [o for o in outcomes if isinstance(o, services.TooManySends)]
    assert len(refused) == 13
    assert received(campaign) == 7
    assert_nothing_lost(campaign)


def served(tmp_path, log: str):
    """Three gunicorn workers on the test database, reading the cookies the test
    signs."""
    env = serving.server_env(
        serving.database_url(tmp_path),
        SECRET_KEY=settings.SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        RATE_LIMITS_ENABLED="false",  # every request comes from one address
        DEBUG="true",  # nothing here needs collected static files or HTTPS
    )
    return serving.gunicorn(env, tmp_path / log, workers=3)


def post_send(server, employee: dict, token: str = "", keep: bool = False) -> str:
    """POST an employee's send form, with the form's token or another; where the
    answer leads."""
    visitor = serving.Visitor(server)
    visitor.cookies = {
        STATE_COOKIE: employee["state"],
        settings.CSRF_COOKIE_NAME: employee["csrf"],
    }
    visitor.csrf = employee["csrf"]
    form = {"send_token": token or employee["token"], "keep": "yes" if keep else ""}
    status, _page = visitor.post(employee["path"], form)
    assert status == 302
    return visitor.location


@postgres_only
def test_the_hourly_ceiling_holds_across_gunicorn_processes(people, tmp_path):
    """Sixteen employees send at once to three server processes; the campaign takes
    six an hour: six are stored, and ten are asked to try again later."""
    campaign = open_campaign(people["council"], sends_per_hour=6)
    employees = [ready_to_send(campaign, index) for index in range(16)]
    hour = datetime.datetime.now(datetime.UTC).replace(minute=0, second=0)
    if hour + datetime.timedelta(minutes=59, seconds=30) < datetime.datetime.now(
        datetime.UTC
    ):
        time.sleep(31)  # not across a clock hour: the ceiling counts per hour
    with served(tmp_path, "ceiling.log") as server:
        with ThreadPoolExecutor(max_workers=8) as pool:
            places = list(pool.map(lambda e: post_send(server, e), employees))
        assert len(server.worker_pids()) > 1
    assert received(campaign) == 6
    assert_nothing_lost(campaign)
    taken = reverse("councils:take_part", args=[campaign.share_code])
    assert places.count(taken) == 6  # stored, and the assessment deleted
    # The others are sent back to their result, which says why, and keep it.
    assert Assessment.objects.count() == 10


@postgres_only
def test_made_up_tokens_sent_at_once_to_several_processes_count_once(
    campaign, tmp_path
):
    employee = ready_to_send(campaign, 1)
    tokens = [employee["token"], *(f"made-up-{n}" for n in range(15))]
    with served(tmp_path, "tokens.log") as server:
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda t: post_send(server, employee, t, keep=True), tokens))
        assert len(server.worker_pids()) > 1
    assert received(campaign) == 1
