"""A campaign's figures come from the database and match a plain recomputation."""

from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessment import facts, rules
from assessment.rules import CONCERNS
from councils import services, suppression
from councils.aggregates import campaign_figures
from councils.letters import EVIDENCE_LIMIT
from councils.models import (
    Campaign,
    Feature,
    FeatureKind,
    Submission,
    SubmissionFeature,
    WaitingSubmission,
)
from documents.letters import write_letter
from tests import builders, strategies
from tests.councils.fixtures import fill, open_campaign, received, variant

pytestmark = pytest.mark.django_db


def test_no_figure_before_the_threshold_is_reached(campaign):
    fill(campaign, 4)
    figures = campaign_figures(campaign)
    assert figures.received == 4
    assert figures.published == 0
    assert figures.grades == [] and figures.concerns == []


def test_figures_rest_on_whole_batches_of_the_threshold(campaign):
    fill(campaign, 7)
    figures = campaign_figures(campaign)
    assert (figures.received, figures.published) == (7, 5)
    assert sum(g.count for g in figures.grades if not g.hidden) <= 5


def test_the_counts_are_made_in_a_fixed_number_of_queries(campaign):
    fill(campaign, 12)
    with CaptureQueriesContext(connection) as small:
        campaign_figures(campaign)
    fill(campaign, 30, start=12)
    with CaptureQueriesContext(connection) as large:
        campaign_figures(campaign)
    assert len(small) == len(large) <= 5


def test_a_submission_keeps_no_answer_and_no_time(campaign):
    document = builders.document(
        "DE", {"name": "Mrs Miller's keylogger", "policy_excerpt": "secret words"}
    )
    services.submit(campaign, facts.parse_assessment(document))
    stored = str(list(WaitingSubmission.objects.values()))
    fill(campaign, 4)
    stored += str(list(Submission.objects.values()))
    stored += str(list(Feature.objects.values_list("key", flat=True)))
    assert "Miller" not in stored and "secret words" not in stored
    assert {f.name for f in Submission._meta.get_fields()} == {
        "id",
        "campaign",
        "ruleset",
        "score",
        "grade",
        "submissionfeature",
    }
    # While it waits for its batch: the figures' fields and the send's receipt.
    assert {f.name for f in WaitingSubmission._meta.get_fields()} == {
        "id",
        "campaign",
        "ruleset",
        "score",
        "grade",
        "features",
        "receipt",
    }


def test_gaps_name_what_the_policy_does_not(campaign):
    policy = facts.parse_assessment(builders.document("DE"))  # security only
    record = services_save(policy)
    campaign.reference = record
    campaign.save()
    for _ in range(10):
        services.submit(campaign, variant(1))  # AI training on typing rhythm
    gaps = {(g.group, g.key): g.share for g in campaign_figures(campaign).gaps}
    assert gaps[("Purpose", "ai_training")] == 100
    assert ("Purpose", "security") not in gaps


def services_save(assessment):
    from assessment.services import save_assessment

    return save_assessment(assessment)


def test_deleting_a_campaign_deletes_its_submissions_and_policy_assessment(campaign):
    fill(campaign, 6)
    campaign.reference = services_save(variant(0))
    campaign.save()
    from django.core.cache import cache
    from django.utils import timezone

    from documents.report import report_cache_key

    reference = campaign.reference
    key = report_cache_key(
        reference.document, "de", timezone.localdate(), reference.as_of
    )
    cache.set(key, b"%PDF stored report")
    services.delete_campaign(campaign)
    assert not cache.has_key(key)  # its stored report went with it
    assert not Campaign.objects.exists()
    assert not Submission.objects.exists()
    assert not SubmissionFeature.objects.exists()
    from assessment.models import Assessment

    assert not Assessment.objects.exists()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    documents=st.lists(strategies.documents, max_size=24),
    threshold=st.integers(3, 7),
)
def test_figures_match_a_plain_recomputation(people, documents, threshold):
    campaign = services.open_campaign(
        people["council"], title="t", country="DE", threshold=threshold
    )
    assessments = [facts.parse_assessment(d) for d in documents]
    for assessment in assessments:
        services.submit(campaign, assessment)
    figures = campaign_figures(campaign)

    published = suppression.published_count(len(assessments), threshold)
    assert figures.published == published
    counted = assessments[:published]
    results = [rules.assess(a) for a in counted]
    grades = Counter(r.grade for r in results)
    features = Counter(
        pair
        for a, r in zip(counted, results, strict=True)
        for pair in services.features_of(a, r)
    )
    for grade in figures.grades:
        assert grade.hidden or grade.count == grades[grade.key]
        assert grade.hidden or not suppression.is_small(grade.count, threshold)
    hidden_grades = [g.key for g in figures.grades if g.hidden]
    assert not hidden_grades or (
        len(hidden_grades) >= 2 and sum(grades[g] for g in hidden_grades) >= threshold
    )
    concern_of = {rule.slug: rule.concern for rule in rules.CATALOGUE.rules}
    for kind, items in figures.by_kind.items():
        shown = {f.key: f.count for f in items}
        for kd, key in features:
            if kd != kind:
                continue
            real = features[kind, key]
            concern = features["concern", concern_of[key]] if kind == "rule" else None
            small = (
                suppression.is_small(real, threshold)
                or suppression.is_small(published - real, threshold)
                or (
                    concern is not None
                    and suppression.is_small(concern - real, threshold)
                )
            )
            # Shown exactly when no small group can be read from it, and then exact.
            assert (key in shown) == (not small)
            assert key not in shown or shown[key] == real
    campaign.delete()


def test_figures_do_not_move_until_a_whole_batch_arrives(campaign):
    fill(campaign, 5)
    before = campaign_figures(campaign)
    fill(campaign, 4, start=5)  # four more: comparing would isolate four people
    during = campaign_figures(campaign)
    assert during.received == 9
    assert (during.published, during.by_kind) == (before.published, before.by_kind)
    fill(campaign, 1, start=9)
    assert campaign_figures(campaign).published == 10


def test_the_figures_name_the_rules_versions_of_the_published_submissions(
    campaign,
):
    for version, count in (("2099.12.0", 2), ("2026.9.1", 1), ("2100.1.0", 2)):
        fill(campaign, count, ruleset=version)
    fill(campaign, 2)  # 5 published, 2 of the current rules wait for the next batch
    assert received(campaign) == 7
    figures = campaign_figures(campaign)
    # In version order, not as strings; the waiting batch says nothing yet.
    assert figures.rulesets == ["2026.9.1", "2099.12.0", "2100.1.0"]
    fill(campaign, 3)
    figures = campaign_figures(campaign)
    assert figures.rulesets == [
        "2026.9.1",
        rules.RULESET_VERSION,
        "2099.12.0",
        "2100.1.0",
    ]


def test_the_rules_versions_take_no_query_of_their_own(campaign):
    fill(campaign, 5)
    with CaptureQueriesContext(connection) as one_version:
        campaign_figures(campaign)
    fill(campaign, 5, ruleset="2099.1.0")
    with CaptureQueriesContext(connection) as two_versions:
        assert len(campaign_figures(campaign).rulesets) == 2
    assert len(one_version) == len(two_versions)


def test_no_rules_versions_before_the_first_batch(campaign):
    fill(campaign, 4)
    assert campaign_figures(campaign).rulesets == []


def test_a_batch_is_published_whole_under_new_ids_and_leaves_the_pool(campaign):
    fill(campaign, 4)
    waiting_ids = set(WaitingSubmission.objects.values_list("id", flat=True))
    fill(campaign, 1, start=4)
    assert not WaitingSubmission.objects.exists()
    published = set(Submission.objects.values_list("id", flat=True))
    assert len(published) == 5 and published.isdisjoint(waiting_ids)
    assert set(SubmissionFeature.objects.values_list("submission_id", flat=True)) == (
        published
    )


def test_publication_gives_up_a_random_whole_batch_of_a_larger_pool(campaign):
    """Synthetic data and an upgrade can fill the pool beyond a batch."""
    from councils.publication import publish

    WaitingSubmission.objects.bulk_create(
        WaitingSubmission(campaign=campaign, ruleset="x", score=n, grade="A")
        for n in range(12)
    )
    assert publish(campaign) == 10
    assert campaign.published == 10
    assert WaitingSubmission.objects.count() == 2
    assert Submission.objects.count() == 10


def test_tied_figures_are_listed_alike_in_every_language(people):
    # Every submission the same: many concerns at 100 %, more than a letter quotes.
    campaign = open_campaign(people["council"])
    for _ in range(5):
        services.submit(campaign, builders.assessment("DE", builders.META_LIKE))
    listed = {}
    for lang in ("en", "de", "fr"):
        with translation.override(lang):
            figures = campaign_figures(campaign)
            listed[lang] = {
                kind: [figure.key for figure in found]
                for kind, found in figures.by_kind.items()
            }
            quoted = write_letter("works-agreement", campaign, lang)
            text = "\n".join(quoted.paragraphs)
            for figure in figures.concerns[:EVIDENCE_LIMIT]:
                assert figure.label in text
    assert listed["en"] == listed["de"] == listed["fr"]
    concerns = listed["en"][FeatureKind.CONCERN]
    assert len(concerns) > EVIDENCE_LIMIT  # ties the letter has to choose among
    assert concerns == [c for c in CONCERNS if c in concerns]  # in the rules' order


def test_a_rule_a_newer_ruleset_replaced_keeps_its_title_in_the_figures(people):
    # Submissions assessed under 2026.12.1 counted the former rule.
    campaign = open_campaign(people["council"])
    unknown_reward = {
        "participation.mode": "opt_in",
        "participation.incentives": "unknown",
    }
    for _ in range(5):
        services.submit(campaign, builders.assessment("DE", unknown_reward))
    Feature.objects.filter(
        kind=FeatureKind.RULE, key="participation-reward-unknown"
    ).update(key="participation-conditions-unknown")
    with translation.override("en"):
        (former,) = [
            figure
            for figure in campaign_figures(campaign).rules
            if figure.key == "participation-conditions-unknown"
        ]
    assert former.label == "It is unclear whether the choice to take part is free"
    assert former.group == "Consent and free choice"
    assert former.share == 100
