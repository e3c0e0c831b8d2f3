"""Publishing a campaign's figures: whole batches of submissions, counted by the database.

Submissions are counted when a batch of `threshold` new ones is complete: one GROUP BY
over the batch's rows adds to the campaign's counts. The dashboard then reads about 150
counts, however many submissions there are, and two versions of the figures always
differ by at least `threshold` submissions.
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count

from councils import suppression
from councils.models import Campaign, CampaignCount, Submission, SubmissionFeature

CHUNK = 500


def publish(campaign: Campaign) -> int:
    """Count the complete batches waiting; returns how many submissions were added."""
    given = campaign
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
        # Oldest day first, so that none waits for ever; within a day by id, which
        # is random, so that a batch says nothing of who came first.
        waiting = Submission.objects.filter(
            campaign=campaign, published=False
        ).order_by("submitted_on", "id")
        batch = suppression.published_count(waiting.count(), campaign.threshold)
        if not batch:
            return 0
        # The ids are fixed first, so that a submission committing meanwhile joins
        # a later batch instead of shifting this one; they go to the database in
        # chunks, within every backend's limit on parameters.
        ids = list(waiting.values_list("id", flat=True)[:batch])
        counts = dict(campaign.counts.values_list("feature_id", "count"))
        rulesets: set[str] = set()
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            added = (
                SubmissionFeature.objects.filter(
                    campaign=campaign, submission_id__in=chunk
                )
                .values_list("feature_id")
                .annotate(n=Count("*"))
                .order_by()
            )
            for feature_id, n in added:
                counts[feature_id] = counts.get(feature_id, 0) + n
            chosen = Submission.objects.filter(id__in=chunk)
            rulesets.update(
                chosen.values_list("ruleset", flat=True).distinct().order_by()
            )
            chosen.update(published=True)
        campaign.counts.all().delete()
        CampaignCount.objects.bulk_create(
            CampaignCount(campaign=campaign, feature_id=feature_id, count=n)
            for feature_id, n in counts.items()
        )
        campaign.published_rulesets = ordered_versions(
            {*campaign.published_rulesets, *rulesets}
        )
        campaign.published += batch
        campaign.save(update_fields=["published", "published_rulesets"])
    given.published = campaign.published
    given.published_rulesets = campaign.published_rulesets
    return batch


def ordered_versions(versions: Iterable[str]) -> list[str]:
    """Ruleset versions oldest first: 2026.9.0 before 2026.11.0."""

    def key(version: str) -> tuple:
        parts = version.split(".")
        return tuple(int(part) if part.isdigit() else -1 for part in parts), version

    return sorted(versions, key=key)
