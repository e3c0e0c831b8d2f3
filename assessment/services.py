"""Assessing facts and storing the outcome: the one path views and commands share."""

import copy
import datetime
import hashlib
import json
import secrets
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone

from assessment import facts, products, questionnaire, rules
from assessment.models import Assessment


def digest_of(document: dict) -> str:
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


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
    record.as_of = None
    record.country = document["workplace"]["country"]
    record.save()
    return record


class TooManyPractices(Exception):
    """An assessment holds at most MAX_PRACTICES practices."""


def save_workplace(record: Assessment, document: dict) -> Assessment:
    """The workplace page's answers (title, employer, workplace), with the practices
    kept as they are. A question the new answers ask for the first time (how the
    union was involved, once there is one) is asked again of the practice being
    added: its step is no longer done."""
    added = questionnaire.newly_asked(record.workplace, document.get("workplace"))
    if record.pending and added:
        again = {question.step for question in added}
        record.pending = {
            **record.pending,
            "done": [slug for slug in record.pending["done"] if slug not in again],
        }
    return save_document({**document, "practices": record.practices}, record)


def save_practice(record: Assessment, index: int | None, practice: dict) -> Assessment:
    """A practice added (index None) or changed, and the result worked out again.
    The answer to a question the workplace is not asked (and so the long page did
    not show) is kept as it was."""
    practices = copy.deepcopy(record.practices)
    if index is None:
        if len(practices) >= facts.vocabulary.MAX_PRACTICES:
            raise TooManyPractices
        practices.append(practice)
    else:
        asked = questionnaire.practice_questions(record.workplace)
        practices[index] = questionnaire.answered(practices[index], asked, practice)
    return save_document({**record.document, "practices": practices}, record)


def duplicate_practice(record: Assessment, index: int, name: str) -> Assessment:
    """A copy of a practice, under `name`, just after it."""
    practices = copy.deepcopy(record.practices)
    if len(practices) >= facts.vocabulary.MAX_PRACTICES:
        raise TooManyPractices
    practices.insert(index + 1, {**copy.deepcopy(practices[index]), "name": name})
    return save_document({**record.document, "practices": practices}, record)


def remove_practice(record: Assessment, index: int) -> Assessment:
    practices = copy.deepcopy(record.practices)
    del practices[index]
    return save_document({**record.document, "practices": practices}, record)


def save_step(
    record: Assessment, index: int | None, slug: str, answers: dict
) -> Assessment:
    """One step of a practice, saved as soon as it is completed. A practice being
    added (index None) keeps its answers so far and the steps done; a practice of the
    document takes the step's answers at once, and the result is worked out again."""
    _number, _step, questions = questionnaire.step_of(slug, record.workplace)
    if index is None:
        pending = record.pending or {"practice": {}, "done": []}
        practice = questionnaire.answered(pending["practice"], questions, answers)
        done = {*pending["done"], slug}
        # What a source pre-filled (assessment/products.py) stays with the practice;
        # the step's answers are now the person's.
        record.pending = products.confirm(
            {
                **pending,
                "practice": practice,
                "done": [
                    step.slug for step in questionnaire.STEPS if step.slug in done
                ],
            },
            tuple(question.path for question in questions),
        )
        record.save(update_fields=["pending"])
        return record
    practices = copy.deepcopy(record.practices)
    practices[index] = questionnaire.answered(practices[index], questions, answers)
    return save_document({**record.document, "practices": practices}, record)


def finish_pending(record: Assessment) -> Assessment:
    """The practice being added joins the document, in the same write that forgets
    it as pending. Raises InvalidAssessment, saving nothing, if it is incomplete."""
    practice = (record.pending or {}).get("practice", {})
    document = {**record.document, "practices": [*record.practices, practice]}
    facts.parse_assessment(document)
    record.pending = None
    return save_document(document, record)


def prefill_pending(record: Assessment, answers: dict, sources: dict) -> Assessment:
    """Answers from elsewhere (a product's documentation) for the practice being
    added, kept with the practice as `sources` so that its steps say where they
    came from until the person confirms them (assessment/products.py)."""
    pending = record.pending or {"practice": {}, "done": []}
    practice = dict(pending["practice"])
    if not practice.get("name") and sources.get("name"):
        practice["name"] = sources["name"]
    practice.update(answers)
    record.pending = {
        **pending,
        "practice": practice,
        "sources": {**sources, "paths": answers, "confirmed": []},
    }
    record.save(update_fields=["pending"])
    return record


def discard_pending(record: Assessment) -> None:
    record.pending = None
    record.save(update_fields=["pending"])


def import_assessment(assessment: facts.Assessment) -> tuple[Assessment, str]:
    token = new_token()
    record = save_assessment(assessment, Assessment(token_hash=hash_token(token)))
    return record, token


def _fill(
    record: Assessment,
    assessment: facts.Assessment,
    today: datetime.date | None = None,
) -> Assessment:
    result = rules.assess(assessment, today or timezone.localdate())
    record.document = assessment.to_document()
    record.digest = digest_of(record.document)
    record.result = result.to_document()
    record.ruleset = result.ruleset
    record.as_of = result.as_of
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


@dataclass(frozen=True)
class FindingChange:
    """One finding, by rule and practice, that a re-assessment added, dropped or
    made more or less severe. A severity is None where there is no finding."""

    rule: str
    practice: int | None
    title: str
    old_severity: str | None
    new_severity: str | None


@dataclass(frozen=True)
class Changes:
    """What a re-assessment under newer rules changed in a stored result."""

    on: datetime.date
    previous_ruleset: str
    ruleset: str
    old_grade: str
    new_grade: str
    new: tuple[FindingChange, ...] = ()
    gone: tuple[FindingChange, ...] = ()
    severity: tuple[FindingChange, ...] = ()

    def __bool__(self) -> bool:
        """True when the person would notice: a finding or the grade changed."""
        return bool(
            self.new or self.gone or self.severity or self.old_grade != self.new_grade
        )

    def to_document(self) -> dict:
        return {
            "on": self.on.isoformat(),
            "previous_ruleset": self.previous_ruleset,
            "ruleset": self.ruleset,
            "old_grade": self.old_grade,
            "new_grade": self.new_grade,
            **{
                name: [asdict(change) for change in getattr(self, name)]
                for name in ("new", "gone", "severity")
            },
        }

    @classmethod
    def from_document(cls, document: dict) -> "Changes":
        return cls(
            on=datetime.date.fromisoformat(document["on"]),
            previous_ruleset=document["previous_ruleset"],
            ruleset=document["ruleset"],
            old_grade=document["old_grade"],
            new_grade=document["new_grade"],
            **{
                name: tuple(FindingChange(**change) for change in document[name])
                for name in ("new", "gone", "severity")
            },
        )


def compare_results(old: dict, new: dict, on: datetime.date) -> Changes:
    """The differences between two oversight.result/1 documents of one assessment,
    each finding known by its rule and its practice."""

    def by_key(result: dict) -> dict[tuple[str, int | None], dict]:
        return {(f["rule"], f["practice"]): f for f in result["findings"]}

    before, after = by_key(old), by_key(new)

    def change(key, old_severity, new_severity) -> FindingChange:
        finding = after.get(key) or before[key]
        return FindingChange(*key, finding["title"], old_severity, new_severity)

    return Changes(
        on=on,
        previous_ruleset=old.get("ruleset", ""),
        ruleset=new["ruleset"],
        old_grade=old["grade"],
        new_grade=new["grade"],
        new=tuple(
            change(key, None, f["severity"])
            for key, f in after.items()
            if key not in before
        ),
        gone=tuple(
            change(key, f["severity"], None)
            for key, f in before.items()
            if key not in after
        ),
        severity=tuple(
            change(key, before[key]["severity"], f["severity"])
            for key, f in after.items()
            if key in before and before[key]["severity"] != f["severity"]
        ),
    )


def is_current(record: Assessment, today: datetime.date) -> bool:
    """Whether the stored result still stands today (a draft has none to renew)."""
    if record.result is None:
        return True
    # A result stored before results said their day is renewed once.
    return record.as_of is not None and rules.is_current(
        record.ruleset, record.as_of, today
    )


REFRESHED_FIELDS = [
    "document",
    "digest",
    "result",
    "ruleset",
    "as_of",
    "country",
    "score",
    "grade",
    "changes",
]


def refresh(record: Assessment, today: datetime.date | None = None) -> Changes | None:
    """Re-assess a stored result that newer rules or a change in the law have left
    behind, as of today; returns what changed, or None when the result still stands.

    Whatever a person would notice is kept on the record for the result page to tell
    them once. Renewing is not use: `purge` still counts from the last real change.
    """
    today = today or timezone.localdate()
    if is_current(record, today):
        return None
    old = record.result
    _fill(record, record.get_facts(), today)
    changes = compare_results(old, record.result, today)
    if changes:
        # A newer change replaces one not yet seen: it compares with what was shown.
        record.changes = changes.to_document()
    record.save(update_fields=REFRESHED_FIELDS)
    return changes


def take_changes(record: Assessment) -> Changes | None:
    """The changes not yet shown to the person, now marked as shown."""
    if not record.changes:
        return None
    changes = Changes.from_document(record.changes)
    record.changes = None
    record.save(update_fields=["changes"])
    return changes


class Reassessed(NamedTuple):
    checked: int  # stored results looked at
    stale: int  # of those, no longer current (re-assessed unless a dry run)
    changed: int  # of those, changed in a way the person would notice


def reassess_all(batch_size: int = 500, dry_run: bool = False) -> Reassessed:
    """Renew every stored result that no longer stands, a batch at a time."""
    today = timezone.localdate()
    assessed = Assessment.objects.filter(result__isnull=False)
    # Few (ruleset, day) pairs exist; whether one stands is decided once for all.
    pairs = assessed.values_list("ruleset", "as_of").distinct().order_by()
    stale = [
        (ruleset, as_of)
        for ruleset, as_of in pairs
        if as_of is None or not rules.is_current(ruleset, as_of, today)
    ]
    checked = assessed.count()
    ids = []
    for ruleset, as_of in stale:
        ids += assessed.filter(ruleset=ruleset, as_of=as_of).values_list(
            "pk", flat=True
        )
    if dry_run:
        return Reassessed(checked, len(ids), 0)
    ids.sort()
    changed = 0
    for start in range(0, len(ids), batch_size):
        batch = Assessment.objects.filter(pk__in=ids[start : start + batch_size])
        with transaction.atomic():
            for record in batch.select_for_update():
                changed += bool(refresh(record, today))
    return Reassessed(checked, len(ids), changed)
