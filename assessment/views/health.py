"""/healthz: whether the database and the cache answer, and how long the oldest queued
task has waited, for a load balancer or a monitor. It names no user, no assessment and
no figure."""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Min
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


def _oldest_task_age() -> float | None:
    """Seconds the oldest task ready to run has waited (0 when none waits), or None
    when the queue is not in this database (another backend, or no answer)."""
    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return None
    # Imported here: with another backend, django_tasks_db may not be installed.
    from django_tasks_db.models import DBTaskResult

    try:
        oldest = DBTaskResult.objects.ready().aggregate(oldest=Min("enqueued_at"))
    except Exception:  # the database check reports it
        return None
    if oldest["oldest"] is None:
        return 0.0
    return max((timezone.now() - oldest["oldest"]).total_seconds(), 0.0)


def _oldest_rq_job_age() -> float | None:
    """With tasks on RQ (TASKS_URL): seconds the oldest job still waiting in its
    queues has waited (0 when none waits), like the database queue's check; None
    with another backend, or when Redis does not answer (the cache check reports
    that when both share a server, as docs/tasks.md advises)."""
    if not settings.RQ_QUEUES:
        return None
    # Imported here: the database profile has no use for RQ.
    import django_rq

    try:
        # A queue is first in, first out: its first jobs are its oldest.
        waiting = [
            job.enqueued_at
            for name in settings.RQ_QUEUES
            for job in django_rq.get_queue(name).get_jobs(0, 10)
            if job.enqueued_at
        ]
    except Exception:  # no answer is reported as such, not raised
        return None
    if not waiting:
        return 0.0
    return max((timezone.now() - min(waiting)).total_seconds(), 0.0)


@never_cache
def healthz(request):
    age = _oldest_task_age()
    if age is None:
        age = _oldest_rq_job_age()
    checks = {
        "database": _database(),
        "cache": _cache(),
        # A task waiting this long means no worker runs, or the workers fall behind.
        "task_queue": age is None or age <= settings.TASK_QUEUE_MAX_AGE,
    }
    healthy = all(checks.values())
    return JsonResponse(
        {
            "status": "ok" if healthy else "failing",
            **checks,
            "oldest_task_age_s": None if age is None else round(age, 1),
        },
        status=200 if healthy else 503,
    )
