"""Assessing facts and storing the outcome: the one path views and commands share."""

import hashlib
import json
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from assessment import facts, rules
from assessment.models import Assessment


def digest_of(document: dict) -> str:
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def private_cache_key(*parts: object) -> str:
    """A cache key for a client or a user name that the cache never holds in clear:
    hashed with the secret key, so it cannot be reversed from a cache dump."""
    joined = "|".join(str(part) for part in (settings.SECRET_KEY, *parts))
    return "private:" + hashlib.sha256(joined.encode()).hexdigest()


def count_attempt(key: str, window: int) -> int:
    """Add one to a counter that lives `window` seconds from its first attempt, and
    return the new count. Later attempts do not extend it, and no clock boundary
    splits it: a limit holds for a whole window whenever the attempts began."""
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # it expired between the two calls
        cache.set(key, 1, timeout=window)
        return 1


def new_token() -> str:
    """A resume token: 256 random bits, URL-safe. Only its hash is ever stored."""
    return secrets.token_urlsafe(32)


def find_by_token(token: str) -> Assessment | None:
    return Assessment.objects.filter(token_hash=hash_token(token)).first()


def mark_used(record: Assessment) -> None:
    """Opening an assessment by its link counts as use: `purge` keeps it a while longer."""
    Assessment.objects.filter(pk=record.pk).update(updated=timezone.now())


def start_draft(document: dict) -> tuple[Assessment, str]:
    """Store a new assessment that has a workplace but no practice yet."""
    token = new_token()
    record = Assessment(token_hash=hash_token(token))
    save_document(document, record)
    return record, token


def save_document(document: dict, record: Assessment) -> Assessment:
    """Store a document as it stands; with at least one practice it is assessed.

    The caller has validated the workplace and each practice; a draft (no practice)
    cannot be a complete oversight.assessment/1 document, so it is kept unassessed.
    """
    if document.get("practices"):
        return save_assessment(facts.parse_assessment(document), record)
    record.document = document
    record.digest = digest_of(document)
    record.result, record.ruleset, record.score, record.grade = None, "", None, ""
    record.country = document["workplace"]["country"]
    record.save()
    return record


def import_assessment(assessment: facts.Assessment) -> tuple[Assessment, str]:
    token = new_token()
    record = save_assessment(assessment, Assessment(token_hash=hash_token(token)))
    return record, token


def _fill(record: Assessment, assessment: facts.Assessment) -> Assessment:
    result = rules.assess(assessment)
    record.document = assessment.to_document()
    record.digest = digest_of(record.document)
    record.result = result.to_document()
    record.ruleset = result.ruleset
    record.country = assessment.workplace.country
    record.score = result.score
    record.grade = result.grade
    return record


def save_assessment(
    assessment: facts.Assessment, record: Assessment | None = None
) -> Assessment:
    """Assess and store (or update) one assessment with its result."""
    record = _fill(record or Assessment(), assessment)
    record.save()
    return record


def store_documents(documents: Iterable[dict], batch_size: int = 1000) -> int:
    """Validate, assess and store many documents in one transaction; all or nothing.

    Raises InvalidAssessment (naming the document's position) before anything is saved.
    """
    records = []
    for position, document in enumerate(documents):
        try:
            assessment = facts.parse_assessment(document)
        except facts.InvalidAssessment as exc:
            raise facts.InvalidAssessment(
                [
                    facts.FieldError(
                        f"[{position}]" + (f".{e.path}" if e.path else ""), e.message
                    )
                    for e in exc.errors
                ]
            ) from None
        records.append(_fill(Assessment(), assessment))
    with transaction.atomic():
        Assessment.objects.bulk_create(records, batch_size=batch_size)
    return len(records)
