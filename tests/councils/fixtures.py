"""Councils for tests: an admin, a member and an outsider, and campaigns to fill."""

import pytest
from django.contrib.auth.models import User

from assessment.councils import services
from assessment.models import Role
from tests import builders

PASSWORD = "correct horse battery staple"

# Practices that raise different findings, so that submissions differ.
VARIANTS = [
    {},
    {"data": ["keystroke_dynamics", "mouse_movement"], "purposes": ["ai_training"]},
    {"purposes": ["performance_evaluation", "ai_training"], "lawful_basis": "consent"},
    {"data": ["screenshots"], "retention": "indefinite", "notice": "none"},
    {"data": ["webcam"], "inferences": ["emotional_state"], "dpia": "not_done"},
]


def variant(index: int):
    return builders.assessment("DE", VARIANTS[index % len(VARIANTS)])


def make_user(name: str) -> User:
    return User.objects.create_user(name, password=PASSWORD)


@pytest.fixture
def people(db):
    """admin and member of one council, and an outsider who runs another."""
    admin, member, outsider = (make_user(n) for n in ("ada", "max", "olga"))
    council = services.create_council(admin, "Betriebsrat Leipzig")
    council.memberships.create(user=member, role=Role.MEMBER)
    other = services.create_council(outsider, "Another council")
    return {
        "admin": admin,
        "member": member,
        "outsider": outsider,
        "council": council,
        "other": other,
    }


def open_campaign(council, **changes):
    """A German campaign with a threshold of 5, with any field changed."""
    fields = {
        "title": "Monitoring in Leipzig",
        "employer": "Example GmbH",
        "country": "DE",
        "region": "",
        "threshold": 5,
    }
    return services.open_campaign(council, **{**fields, **changes})


@pytest.fixture
def campaign(people):
    return open_campaign(people["council"])


def fill(campaign, count: int, start: int = 0) -> None:
    for index in range(start, start + count):
        services.submit(campaign, variant(index))
