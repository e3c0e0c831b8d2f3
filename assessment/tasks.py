"""Background work: documents rendered before anyone asks for them.

Pages queue a render when they show a document's download link; a task worker
(`manage.py db_worker`) makes the file and stores it in the cache, where the download
finds it. A task carries ids and dates only, never the content: the database queue
keeps finished tasks a while, and an assessment must be deletable at once.
"""

import datetime

from django.tasks import task
from django.utils import timezone

from assessment.models import Assessment
from councils.models import Campaign
from councils.report import store_aggregate_pdf
from documents.report import report_cache_key, store_report_pdf
from documents.stored import queue_once, should_queue


def _day(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


@task
def render_report(
    public_id: str, digest: str, lang: str, today: str, as_of: str | None
) -> bool:
    """Store the report of an assessment as it stood when the task was queued;
    whether it was rendered (not when it changed since, or is already stored)."""
    record = Assessment.objects.filter(public_id=public_id, digest=digest).first()
    if record is None:  # changed or deleted since: its own page queues what it needs
        return False
    return store_report_pdf(record.document, lang, _day(today), _day(as_of))


@task
def render_survey(public_id: str, lang: str, today: str) -> bool:
    """Store a campaign's survey report as its figures stand now; whether it was
    rendered."""
    campaign = Campaign.objects.filter(public_id=public_id).first()
    if campaign is None:
        return False
    return store_aggregate_pdf(campaign, lang, _day(today))


def report_ahead(record: Assessment, lang: str) -> None:
    """Queue the render of a result's report, unless it is stored, being made, or
    was queued a moment ago."""
    today = timezone.localdate()
    if should_queue(report_cache_key(record.document, lang, today, record.as_of)):
        render_report.enqueue(
            str(record.public_id),
            record.digest,
            lang,
            today.isoformat(),
            record.as_of.isoformat() if record.as_of else None,
        )


def survey_ahead(campaign: Campaign, lang: str, published: int) -> None:
    """Queue the render of a campaign's survey report, at most once a minute for the
    same number of published submissions (the task skips a report already stored)."""
    today = timezone.localdate()
    if queue_once(f"survey:{campaign.public_id}:{lang}:{today}:{published}"):
        render_survey.enqueue(str(campaign.public_id), lang, today.isoformat())
