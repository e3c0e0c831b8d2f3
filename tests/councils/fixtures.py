"""Councils for tests: an admin, a member and an outsider, and campaigns to fill."""

from collections import Counter

import pytest
from django.contrib.auth.models import User
from django.db.models import Count

from assessment import rules
from councils import services
from councils.models import Role, SubmissionFeature, WaitingSubmission
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


def fill(campaign, count: int, start: int = 0, ruleset: str = "") -> None:
    """`count` submissions, under another ruleset's version if `ruleset` names one."""
    catalogue = rules.Catalogue(ruleset, rules.CATALOGUE) if ruleset else None
    for index in range(start, start + count):
        services.submit(campaign, variant(index), catalogue=catalogue)


def features_of_variant(index: int) -> frozenset[tuple[str, str]]:
    """What a submission of variant `index` must be stored with, as (kind, key)."""
    assessment = variant(index)
    return frozenset(services.features_of(assessment, rules.assess(assessment)))


def stored_features(campaign) -> Counter:
    """How many stored submissions, published or waiting, have each set of features
    (as (kind, key)): submissions are anonymous, so this is all a test can compare."""
    found = {pk: set() for pk in campaign.submissions.values_list("id", flat=True)}
    rows = SubmissionFeature.objects.filter(campaign=campaign).values_list(
        "submission_id", "feature__kind", "feature__key"
    )
    for submission_id, kind, key in rows:
        found[submission_id].add((kind, key))
    waiting = [
        {tuple(pair) for pair in row.features}
        for row in WaitingSubmission.objects.filter(campaign=campaign)
    ]
    return Counter(frozenset(pairs) for pairs in [*found.values(), *waiting])


def received(campaign) -> int:
    """Submissions stored, published or waiting for their batch."""
    return campaign.submissions.count() + campaign.waiting.count()


def assert_nothing_lost(campaign) -> None:
    """After publication: whole batches are published, fewer than a batch waits, and
    the published counts are exactly a recount of the published submissions' rows."""
    campaign.refresh_from_db()
    assert campaign.submissions.count() == campaign.published
    assert campaign.published % campaign.threshold == 0
    assert campaign.waiting.count() < campaign.threshold
    recount = (
        SubmissionFeature.objects.filter(campaign=campaign)
        .values_list("feature_id")
        .annotate(n=Count("*"))
        .order_by()
    )
    assert dict(campaign.counts.values_list("feature_id", "count")) == dict(recount)


def ready_to_send(campaign, index: int) -> dict:
    """A browser that made an assessment (variant `index`) from the campaign's link
    and is about to send it: its signed state cookie, its CSRF cookie and the form's
    send token, for a server signing with this process's SECRET_KEY."""
    from django.utils.crypto import get_random_string

    from assessment.access import GRANTS, signed_state
    from assessment.services import save_assessment
    from councils.access import CAMPAIGNS

    record = save_assessment(variant(index))
    state = {
        GRANTS: [str(record.public_id)],
        CAMPAIGNS: {str(record.public_id): campaign.share_code},
    }
    return {
        "path": f"/assess/{record.public_id}/send/",
        "state": signed_state(state),
        "csrf": get_random_string(32),
        "token": services.send_token(record, campaign),
    }
