"""Synthetic submissions for demos and benchmarks: plausible answers, seeded randomness."""

import random

from django.db import transaction

from assessment import facts, rules
from assessment.facts import vocabulary as v
from councils.models import Campaign, WaitingSubmission
from councils.publication import publish
from councils.services import campaign_workplace, features_of

# Answers weighted towards what employees commonly report: much unknown, some bad.
PRACTICE_NAMES = ("Activity capture", "Screenshots", "Call analytics", "Badge logs")


def _some(rng: random.Random, values, most: int) -> list[str]:
    return rng.sample(list(values), rng.randint(1, most))


def synthetic_document(rng: random.Random, workplace: dict) -> dict:
    """Plausible practices at the given workplace (a campaign's, for submissions)."""
    practices = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        practices.append(
            {
                "name": rng.choice(PRACTICE_NAMES),
                "data": _some(rng, v.DATA, 4),
                "purposes": _some(rng, v.PURPOSES, 3),
                "when": rng.choice(v.WHEN),
                "captures_private_content": rng.choice(v.YES_NO_UNKNOWN),
                "inferences": rng.sample(v.INFERENCES, rng.choice((0, 0, 1, 2))),
                "decisions": rng.choice(v.DECISIONS),
                "recipients": _some(rng, v.RECIPIENTS, 3),
                "de_identification": rng.choice(v.DE_IDENTIFICATION),
                "retention": rng.choice((30, 90, 365, *v.RETENTION_WORDS)),
                "lawful_basis": rng.choice(v.LAWFUL_BASIS),
                "participation": {
                    "mode": rng.choice(v.PARTICIPATION_MODE),
                    "incentives": rng.choice(v.YES_NO_UNKNOWN),
                },
                "notice": rng.choice(v.NOTICE),
                "dpia": rng.choice(v.DPIA),
                "representatives": rng.choice(v.REPRESENTATIVES),
                "access": rng.choice(v.ACCESS),
                "own_data_access": rng.choice(v.YES_NO_UNKNOWN),
            }
        )
    return {"format": v.FORMAT, "workplace": workplace, "practices": practices}


def seed_submissions(
    campaign: Campaign, count: int, seed: int = 1, variety: int = 500
) -> int:
    """Add `count` synthetic submissions, drawn from `variety` distinct assessments
    (colleagues of one workplace describe much the same things), in bulk."""
    rng = random.Random(seed)
    pool = []
    for _ in range(min(variety, count)):
        assessment = facts.parse_assessment(
            synthetic_document(rng, campaign_workplace(campaign))
        )
        result = rules.assess(assessment)
        pool.append((result, sorted(features_of(assessment, result))))
    with transaction.atomic():
        for start in range(0, count, 5000):
            size = min(5000, count - start)
            WaitingSubmission.objects.bulk_create(
                WaitingSubmission(
                    campaign=campaign,
                    ruleset=result.ruleset,
                    score=result.score,
                    grade=result.grade,
                    features=pairs,
                )
                for result, pairs in (rng.choice(pool) for _ in range(size))
            )
        publish(campaign)
    return count
