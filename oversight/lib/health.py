"""/healthz: whether the database and the cache answer, and whether the task queue
moves (docs/tasks.md says what that means), for a load balancer or a monitor. It names
no user, no assessment and no figure."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Max, Min
from django.http import JsonResponse
from django.tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django_tasks_db import DatabaseBackend


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any failure is an answer here: the database is not well
        return False


def _cache() -> bool:
    try:
        cache.set("healthz", "ok", timeout=10)
        return cache.get("healthz") == "ok"
    except Exception:  # likewise: report it, do not raise
        return False


@dataclass
class Queue:
    """The database queue as /healthz sees it, in seconds."""

    oldest_wait: float  # of the oldest task ready to run (0 when none waits)
    since_progress: float | None  # since a task last started or finished (None: never)
    overdue: int  # tasks running past twice TASK_TIME_LIMIT: no live worker takes
    # them back (oversight.lib.worker), or every worker hangs

    @property
    def moving(self) -> bool:
        """Progress, not backlog: a long queue that a worker works through is fine; a
        queue that waits while nothing starts or finishes is not."""
        limit = settings.TASK_QUEUE_MAX_AGE
        stalled = self.oldest_wait > limit and (
            self.since_progress is None or self.since_progress > limit
        )
        return not stalled and not self.overdue


def _seconds_since(moment) -> float | None:
    if moment is None:
        return None
    return max((timezone.now() - moment).total_seconds(), 0.0)


def _queue() -> Queue | None:
    """The queue's figures, or None when it is not in this database (another backend,
    or no answer)."""
    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return None
    # Imported here: with another backend, django_tasks_db may not be installed.
    from django_tasks_db.models import DBTaskResult

    tasks = DBTaskResult.objects
    overdue_since = timezone.now() - datetime.timedelta(
        seconds=2 * settings.TASK_TIME_LIMIT
    )
    try:
        oldest = tasks.ready().aggregate(at=Min("enqueued_at"))["at"]
        last = tasks.aggregate(started=Max("started_at"), finished=Max("finished_at"))
        overdue = tasks.running().filter(started_at__lt=overdue_since).count()
    except Exception:  # the database check reports it
        return None
    moments = [moment for moment in last.values() if moment is not None]
    return Queue(
        oldest_wait=_seconds_since(oldest) or 0.0,
        since_progress=_seconds_since(max(moments, default=None)),
        overdue=overdue,
    )


def _rounded(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 1)


def _rq_queue() -> Queue | None:
    """With tasks on RQ (TASKS_URL), the same figures read from Redis: the oldest job
    waiting in the queues, and the last job started or finished (RQ keeps finished jobs
    a while, `result_ttl`). None with another backend, or when Redis does not answer
    (the cache check reports that when both share a server, as docs/tasks.md advises).
    No job is overdue here: RQ's own worker kills a job past its timeout."""
    if not settings.RQ_QUEUES:
        return None
    # Imported here: the database profile has no use for RQ.
    import django_rq

    waiting, progress = [], []
    try:
        for name in settings.RQ_QUEUES:
            queue = django_rq.get_queue(name)
            # A queue is first in, first out: its first jobs are its oldest.
            waiting += [job.enqueued_at for job in queue.get_jobs(0, 10)]
            for registry, moment in (
                (queue.started_job_registry, "started_at"),
                (queue.finished_job_registry, "ended_at"),
            ):
                # Ordered by expiry, which follows the start or the end: the last
                # ones are the latest.
                for job in queue.job_class.fetch_many(
                    registry.get_job_ids(-5, -1),
                    connection=queue.connection,
                    serializer=queue.serializer,
                ):
                    if job is not None:
                        progress.append(getattr(job, moment))
    except Exception:  # no answer is reported as such, not raised
        return None
    oldest = min((moment for moment in waiting if moment), default=None)
    latest = max((moment for moment in progress if moment), default=None)
    return Queue(
        oldest_wait=_seconds_since(_aware(oldest)) or 0.0,
        since_progress=_seconds_since(_aware(latest)),
        overdue=0,
    )


def _aware(moment):
    """RQ writes its times in UTC, with or without the zone."""
    if moment is None or timezone.is_aware(moment):
        return moment
    return moment.replace(tzinfo=datetime.UTC)


@never_cache
def healthz(request):
    queue = _queue() or _rq_queue()
    checks = {
        "database": _database(),
        "cache": _cache(),
        "task_queue": queue is None or queue.moving,
    }
    healthy = all(checks.values())
    return JsonResponse(
        {
            "status": "ok" if healthy else "failing",
            **checks,
            "oldest_task_age_s": _rounded(queue and queue.oldest_wait),
            "task_progress_age_s": _rounded(queue and queue.since_progress),
            "tasks_overdue": queue and queue.overdue,
        },
        status=200 if healthy else 503,
    )
