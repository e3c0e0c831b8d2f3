"""Background work: documents rendered before anyone asks for them.

Pages queue a render when they show a document's download link; a task worker
(`manage.py db_worker`) makes the file and stores it in the cache, where the download
finds it. A task carries ids and dates only, never the content: the database queue
keeps finished tasks a while, and an assessment must be deletable at once.

A render is queued once while it waits, and each client queues a bounded number an
hour (RENDERS_AHEAD_PER_CLIENT): past it, its downloads render on demand. Here the
employee's report, and the share every render counts against; the councils queue
their survey report the same way (councils/tasks.py).
"""

import datetime

from django.conf import settings
from django.tasks import task
from django.utils import timezone

from assessment.models import Assessment
from documents.report import report_cache_key, report_key, store_report_pdf
from documents.stored import mark_queued, queue_done, wanted
from oversight.lib.limits import count_attempt, private_cache_key

RENDERS_WINDOW = 3600  # RENDERS_AHEAD_PER_CLIENT counts an hour


def day(text: str | None) -> datetime.date | None:
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
        return store_report_pdf(record.document, lang, day(today), day(as_of))
    finally:
        queue_done(report_key(digest, lang, day(today), day(as_of)))


def _client_may_queue(client: str) -> bool:
    """Whether this client (its address, only hashed) may queue one more render this
    hour: a flood of imports or pages cannot fill the queue."""
    if not settings.RATE_LIMITS_ENABLED:
        return True
    key = private_cache_key("render-ahead", client)
    return count_attempt(key, RENDERS_WINDOW) <= settings.RENDERS_AHEAD_PER_CLIENT


def may_queue(name: str, client: str) -> bool:
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
    if wanted(key) and may_queue(key, client):
        render_report.enqueue(
            str(record.public_id),
            record.digest,
            lang,
            today.isoformat(),
            record.as_of.isoformat() if record.as_of else None,
        )
