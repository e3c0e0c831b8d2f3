"""A database made before the council models moved to their own app migrates forward
with every row: the tables keep their names, only Django's record of them moves."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from assessment.models import Assessment, SentLetter
from councils.models import Campaign, Council, Membership, Submission, SubmissionFeature

# Councils' later migrations change its tables: they are unapplied too (its first
# migration, which only took the models over, needs nothing of assessment's 0012).
BEFORE = [
    ("assessment", "0011_submission_feature_campaign_index"),
    ("councils", "0001_initial"),
]


def _rows_before(apps) -> None:
    """One of everything, written with the models as they stood at 0011."""
    Assessment_ = apps.get_model("assessment", "Assessment")
    Council_ = apps.get_model("assessment", "Council")
    Campaign_ = apps.get_model("assessment", "Campaign")
    Feature_ = apps.get_model("assessment", "Feature")
    Submission_ = apps.get_model("assessment", "Submission")
    SubmissionFeature_ = apps.get_model("assessment", "SubmissionFeature")
    Membership_ = apps.get_model("assessment", "Membership")
    SentLetter_ = apps.get_model("assessment", "SentLetter")
    User_ = apps.get_model("auth", "User")
    policy = Assessment_.objects.create(document={"title": "Policy"}, country="DE")
    council = Council_.objects.create(name="Betriebsrat Leipzig")
    Membership_.objects.create(
        council=council, user=User_.objects.create(username="ada"), role="admin"
    )
    campaign = Campaign_.objects.create(
        council=council,
        share_code="abc",
        title="Leipzig",
        country="DE",
        published=1,
        reference=policy,
    )
    feature = Feature_.objects.create(kind="grade", key="B")
    submission = Submission_.objects.create(
        id=4242,
        campaign=campaign,
        submitted_on=datetime.date(2026, 11, 30),
        ruleset="2026.12.0",
        score=70,
        grade="B",
        published=True,
    )
    SubmissionFeature_.objects.create(
        submission=submission, feature=feature, campaign=campaign
    )
    SentLetter_.objects.create(
        campaign=campaign,
        kind="works-agreement",
        lang="de",
        sent_on=datetime.date(2026, 11, 2),
        channel="email",
        deadline=datetime.date(2026, 11, 16),
    )


@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_split_keeps_every_row():
    executor = MigrationExecutor(connection)
    try:
        executor.migrate(BEFORE)
        _rows_before(executor.loader.project_state(BEFORE).apps)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
        campaign = Campaign.objects.get()
        assert campaign.council == Council.objects.get(name="Betriebsrat Leipzig")
        assert campaign.reference == Assessment.objects.get(country="DE")
        assert Membership.objects.get().user == User.objects.get(username="ada")
        submission = Submission.objects.get()
        assert (submission.id, submission.campaign, submission.grade) == (
            4242,
            campaign,
            "B",
        )
        assert SubmissionFeature.objects.get().submission == submission
        assert SentLetter.objects.get().campaign == campaign
        assert list(campaign.sent_letters.all()) == [SentLetter.objects.get()]
    finally:
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
