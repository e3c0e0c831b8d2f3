"""Background work: documents rendered before anyone asks for them.

Pages queue a render when they show a document's download link; a task worker
(`manage.py db_worker`) makes the file and stores it in the cache, where the download
finds it. A task carries ids and dates only, never the content: the database queue
keeps finished tasks a while, and an assessment must be deletable at once.

A render is queued once while it waits, and each client queues a bounded number an
hour (RENDERS_AHEAD_PER_CLIENT): past it, its downloads render on demand.
"""

import datetime

from django.conf import settings
from django.tasks import task
from django.utils import timezone

from assessment.models import Assessment
from assessment.services import count_attempt, private_cache_key
from councils.models import Campaign
from councils.report import store_aggregate_pdf
from documents.report import report_cache_key, report_key, store_report_pdf
from documents.stored import mark_queued, queue_done, queued, wanted

RENDERS_WINDOW = 3600  # RENDERS_AHEAD_PER_CLIENT counts an hour
# A survey's key is the digest of its page of figures, which the campaign page does
# not make: once rendered, the same figures are queued again a minute later at most.
SURVEY_AGAIN_AFTER = 60


def _day(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


@task
def render_report(
    public_id: str, digest: str, lang: str, today: str, as_of: str | None
) -> bool:
    """Store the report of an assessment as it stood when the task was queued;
    whether it was rendered (not when it changed since, or is already stored)."""
    try:
        record = Assessment.objects.filter(public_id=public_id, digest=digest).first()
        if record is None:  # changed or deleted since: its page queues what it needs
            return False
        return store_report_pdf(record.document, lang, _day(today), _day(as_of))
    finally:
        queue_done(report_key(digest, lang, _day(today), _day(as_of)))


@task
def render_survey(
    public_id: str, lang: str, today: str, published: int | None = None
) -> bool:
    """Store a campaign's survey report as its figures stand now; whether it was
    rendered."""
    try:
        campaign = Campaign.objects.filter(public_id=public_id).first()
        if campaign is None:
            return False
        return store_aggregate_pdf(campaign, lang, _day(today))
    finally:
        queue_done(_survey_name(public_id, lang, today, published), SURVEY_AGAIN_AFTER)


def _survey_name(public_id, lang: str, today: str, published: int | None) -> str:
    return f"survey:{public_id}:{lang}:{today}:{published}"


def _client_may_queue(client: str) -> bool:
    """Whether this client (its address, only hashed) may queue one more render this
    hour: a flood of imports or pages cannot fill the queue."""
    if not settings.RATE_LIMITS_ENABLED:
        return True
    key = private_cache_key("render-ahead", client)
    return count_attempt(key, RENDERS_WINDOW) <= settings.RENDERS_AHEAD_PER_CLIENT


def _may_queue(name: str, client: str) -> bool:
    """Whether to queue the task `name`, not queued a moment ago: marked queued by
    this request (one of many at once), and within the client's share. Marked first,
    so that only the request that marks it counts against the share (never a page
    shown again, nor one shown at the same moment); refused, it stays marked for the
    hour, and later views cost nothing."""
    if not mark_queued(name):
        return False
    if _client_may_queue(client):
        return True
    queue_done(name, hold=RENDERS_WINDOW)
    return False


def report_ahead(record: Assessment, lang: str, client: str) -> None:
    """Queue the render of a result's report, unless it is stored, being made, or
    waits in the queue, or `client` has queued its share this hour."""
    today = timezone.localdate()
    key = report_cache_key(record.document, lang, today, record.as_of)
    if wanted(key) and _may_queue(key, client):
        render_report.enqueue(
            str(record.public_id),
            record.digest,
            lang,
            today.isoformat(),
            record.as_of.isoformat() if record.as_of else None,
        )


def survey_ahead(campaign: Campaign, lang: str, published: int, client: str) -> None:
    """Queue the render of a campaign's survey report, once while it waits for the
    same number of published submissions (the task skips a report already stored)."""
    today = timezone.localdate().isoformat()
    name = _survey_name(campaign.public_id, lang, today, published)
    if not queued(name) and _may_queue(name, client):
        render_survey.enqueue(str(campaign.public_id), lang, today, published)
