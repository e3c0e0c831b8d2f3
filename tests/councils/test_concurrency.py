"""Checks that count or limit hold with concurrent writers (PostgreSQL leg)."""

import threading

import pytest
from django.db import connection, connections

from assessment.councils import services
from assessment.models import Membership, Role

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
