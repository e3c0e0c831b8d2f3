"""Publishing a campaign's figures: whole batches of submissions, written at once.

Submissions wait in a pool (WaitingSubmission) until a batch of `threshold` is
complete. Publication then writes the batch to the published tables in random order,
in one transaction, adds its features to the campaign's counts and deletes the pool
rows. Every published row of a batch is written by the same transaction, so neither
the order of the rows nor PostgreSQL's transaction ids tell who in the batch sent
first; the dashboard reads about 150 counts however many submissions there are, and
two versions of the figures always differ by at least `threshold` submissions.
"""

import random
from collections import Counter
from collections.abc import Iterable

from django.db import connection, transaction

from councils import suppression
from councils.models import (
    Campaign,
    CampaignCount,
    Feature,
    SendReceipt,
    Submission,
    WaitingSubmission,
    new_submission_id,
)

CHUNK = 500
SHUFFLE = random.SystemRandom()


def publish(campaign: Campaign) -> int:
    """Publish the complete batches waiting; returns how many submissions were added."""
    given = campaign
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
        waiting = list(
            WaitingSubmission.objects.filter(campaign=campaign).values_list(
                "id", "ruleset", "score", "grade", "features", "receipt"
            )
        )
        batch = suppression.published_count(len(waiting), campaign.threshold)
        if not batch:
            return 0
        # Sends lock the campaign and publish in their own transaction, so the pool
        # never holds a whole batch for long; a larger pool (synthetic data, an
        # upgrade) gives up a random batch.
        chosen = SHUFFLE.sample(waiting, batch)
        # Features new to the site are made here, with the batch: made at a send,
        # a new feature's row would date the submission that first reported it.
        ids = feature_ids(tuple(pair) for row in chosen for pair in row[4])
        chosen = [
            (*row[:4], [ids[tuple(pair)] for pair in row[4]], row[5]) for row in chosen
        ]
        _write(campaign, chosen)
        _add_counts(campaign, chosen)
        receipts = [receipt for *_fields, receipt in chosen if receipt]
        SendReceipt.objects.bulk_create(
            [SendReceipt(key=key) for key in sorted(receipts)],
            batch_size=CHUNK,
            ignore_conflicts=True,
        )
        done = [row[0] for row in chosen]
        for start in range(0, len(done), CHUNK):
            WaitingSubmission.objects.filter(
                id__in=done[start : start + CHUNK]
            ).delete()
        campaign.published_rulesets = ordered_versions(
            {*campaign.published_rulesets, *(row[1] for row in chosen)}
        )
        campaign.published += batch
        campaign.save(update_fields=["published", "published_rulesets"])
    given.published = campaign.published
    given.published_rulesets = campaign.published_rulesets
    return batch


def feature_ids(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Ids of features, created on first use. The table stays small (~150 rows)."""
    pairs = set(pairs)
    known = {(f.kind, f.key): f.id for f in Feature.objects.all()}
    if pairs - known.keys():
        Feature.objects.bulk_create(
            [Feature(kind=kind, key=key) for kind, key in pairs - known.keys()],
            ignore_conflicts=True,
        )
        known = {(f.kind, f.key): f.id for f in Feature.objects.all()}
    return {pair: known[pair] for pair in pairs}


def _write(campaign: Campaign, chosen: list[tuple]) -> None:
    """The batch's submissions and their features, under new random ids, in the
    (random) order given."""
    fresh = [new_submission_id() for _row in chosen]
    Submission.objects.bulk_create(
        [
            Submission(id=ident, campaign=campaign, ruleset=r, score=s, grade=g)
            for ident, (_old, r, s, g, _features, _receipt) in zip(
                fresh, chosen, strict=True
            )
        ],
        batch_size=CHUNK,
    )
    insert_features(
        (ident, feature_id, campaign.pk)
        for ident, row in zip(fresh, chosen, strict=True)
        for feature_id in row[4]
    )


def _add_counts(campaign: Campaign, chosen: list[tuple]) -> None:
    counts = Counter(dict(campaign.counts.values_list("feature_id", "count")))
    counts.update(feature_id for row in chosen for feature_id in row[4])
    campaign.counts.all().delete()
    CampaignCount.objects.bulk_create(
        CampaignCount(campaign=campaign, feature_id=feature_id, count=n)
        for feature_id, n in counts.items()
    )


def insert_features(rows: Iterable[tuple[int, int, int]]) -> None:
    """(submission id, feature id, campaign id) rows, in bulk: COPY on PostgreSQL."""
    table = "assessment_submissionfeature"
    columns = "(submission_id, feature_id, campaign_id)"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} {columns} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(
                f"INSERT INTO {table} {columns} VALUES (%s, %s, %s)", list(rows)
            )


def ordered_versions(versions: Iterable[str]) -> list[str]:
    """Ruleset versions oldest first: 2026.9.0 before 2026.11.0."""

    def key(version: str) -> tuple:
        parts = version.split(".")
        return tuple(int(part) if part.isdigit() else -1 for part in parts), version

    return sorted(versions, key=key)
