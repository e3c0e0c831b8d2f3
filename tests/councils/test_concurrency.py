"""Checks that count or limit hold with concurrent writers (PostgreSQL leg)."""

import threading
import time

import pytest
from django.db import connection, connections

from assessment.services import new_token
from councils import services
from councils.models import Campaign, Membership, Role
from councils.publication import publish
from tests.councils.fixtures import (
    assert_nothing_lost,
    features_of_variant,
    stored_features,
    variant,
)

pytestmark = pytest.mark.django_db(transaction=True)


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
    sent, errors = {}, []

    def send(index):
        try:
            start.wait()
            target = Campaign.objects.get(pk=campaign.pk)
            submission = services.submit(target, assessments[index], token=new_token())
            sent[submission.id] = index
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
    features = stored_features(campaign)
    assert features.keys() == sent.keys()
    for submission_id, index in sent.items():
        assert features[submission_id] == features_of_variant(index)
