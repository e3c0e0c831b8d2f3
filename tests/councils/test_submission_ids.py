"""Submission ids carry no arrival order; upgrades gave stored submissions such ids and
moved the waiting ones to the pool."""

import contextlib
import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from councils.models import Submission, WaitingSubmission
from tests.councils.fixtures import fill

BEFORE = [("assessment", "0007_send_receipts")]
AFTER = [("assessment", "0008_random_submission_ids")]
POOL_BEFORE = [("councils", "0002_spent_invitation")]
POOL_AFTER = [("councils", "0003_submission_pool")]


@pytest.mark.django_db
def test_submission_ids_say_nothing_of_the_order_of_arrival(campaign):
    fill(campaign, 12)
    waiting = list(WaitingSubmission.objects.values_list("id", flat=True))
    published = list(Submission.objects.values_list("id", flat=True))
    assert len(waiting) == 2 and len(published) == 10
    for ids in (waiting, published):
        assert all(0 < ident < 2**63 for ident in ids)
        assert max(ids) > 2**40  # not a counter that started at 1


@contextlib.contextmanager
def upgrading(before, after, prepare):
    """Migrate back to `before`, let `prepare` store data there and migrate to
    `after`: yields what `prepare` returned and the models at `after`. The latest
    migrations are applied again afterwards."""
    executor = MigrationExecutor(connection)
    try:
        executor.migrate(before)
        prepared = prepare(executor.loader.project_state(before).apps)
        executor.loader.build_graph()
        executor.migrate(after)
        yield prepared, executor.loader.project_state(after).apps
    finally:
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_migrating_to_random_ids_keeps_every_submission_and_its_features():
    with upgrading(BEFORE, AFTER, _old_submissions) as (stored, new):
        Submission = new.get_model("assessment", "Submission")
        SubmissionFeature = new.get_model("assessment", "SubmissionFeature")
        Campaign = new.get_model("assessment", "Campaign")
        features = SubmissionFeature.objects.values_list("submission_id", "feature_id")
        renumbered = {}
        for submission_id, feature_id in features:
            renumbered.setdefault(submission_id, set()).add(feature_id)
        submissions = {s.id: (s.score, s.published) for s in Submission.objects.all()}
        assert renumbered.keys() == submissions.keys()
        assert sorted(
            (submissions[i], frozenset(f)) for i, f in renumbered.items()
        ) == sorted(stored.values())
        assert submissions.keys().isdisjoint(stored)  # every id changed
        assert min(submissions) > 2**32
        assert Campaign.objects.get().published == 5


def _old_submissions(apps, app: str = "assessment") -> dict[int, tuple]:
    """Twelve submissions numbered in arrival order, five of them published, with
    one to three features each: {id: ((score, published), features)}."""
    Council = apps.get_model(app, "Council")
    Campaign = apps.get_model(app, "Campaign")
    Feature = apps.get_model(app, "Feature")
    Submission = apps.get_model(app, "Submission")
    SubmissionFeature = apps.get_model(app, "SubmissionFeature")
    council = Council.objects.create(name="Betriebsrat")
    campaign = Campaign.objects.create(
        council=council, share_code="abc", title="Leipzig", country="DE", published=5
    )
    features = [
        Feature.objects.create(kind="grade", key=key).id for key in ("A", "B", "C")
    ]
    stored = {}
    for score in range(12):
        submission = Submission.objects.create(
            campaign=campaign,
            submitted_on=datetime.date(2026, 11, 30),
            ruleset="2026.11.0",
            score=score,
            grade="A",
            published=score < 5,
        )
        mine = features[: score % 3 + 1]
        for feature_id in mine:
            SubmissionFeature.objects.create(
                submission=submission, feature_id=feature_id, campaign=campaign
            )
        stored[submission.id] = ((score, score < 5), frozenset(mine))
    if app == "assessment":
        assert sorted(stored) == list(stored)  # the old ids came in arrival order
    return stored


@pytest.mark.django_db(transaction=True)
def test_upgrading_to_the_pool_keeps_every_submission_and_clears_employee_sessions():
    from django.contrib.sessions.backends.db import SessionStore

    employee = SessionStore()
    employee.update({"assessments": ["a"], "campaigns": {"a": "abc"}})
    member = SessionStore()
    member.update({"_auth_user_id": "1", "assessments": ["b"]})

    def prepare(apps):
        employee.create()
        member.create()
        return _old_submissions(apps, app="councils")

    with upgrading(POOL_BEFORE, POOL_AFTER, prepare) as (stored, new):
        Submission = new.get_model("councils", "Submission")
        SubmissionFeature = new.get_model("councils", "SubmissionFeature")
        WaitingSubmission = new.get_model("councils", "WaitingSubmission")
        published = {}
        for submission_id, feature_id in SubmissionFeature.objects.values_list(
            "submission_id", "feature_id"
        ):
            published.setdefault(submission_id, set()).add(feature_id)
        scores = dict(Submission.objects.values_list("id", "score"))
        Feature = new.get_model("councils", "Feature")
        ids = {(f.kind, f.key): f.id for f in Feature.objects.all()}
        moved = [
            ((w.score, False), frozenset(ids[tuple(pair)] for pair in w.features))
            for w in WaitingSubmission.objects.all()
        ]
        assert sorted(
            [((scores[i], True), frozenset(f)) for i, f in published.items()] + moved
        ) == sorted(stored.values())
        assert not SessionStore().exists(employee.session_key)
        assert SessionStore(member.session_key).load() == {"_auth_user_id": "1"}
