"""Tasks whose worker died, taken back: the queue keeps moving after a crash.

django-tasks-db marks a task RUNNING when a worker claims it and finished when it
ends. A worker killed in between (SIGKILL, out of memory, the machine gone) leaves it
RUNNING for good, and no worker takes it up again. Oversight's `db_worker` therefore
looks every few seconds for tasks running longer than TASK_TIME_LIMIT and puts them
back in the queue; a task that has been claimed ATTEMPTS times is failed instead, so
that a document that kills its renderer cannot take worker after worker down.
"""

import datetime
import logging
import threading

from django.conf import settings
from django.db import DatabaseError, close_old_connections
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

ATTEMPTS = 3
LOST = "oversight.lib.worker.WorkerLost"


def take_back_lost() -> int:
    """Put the tasks running past TASK_TIME_LIMIT back in the queue (or fail them
    after ATTEMPTS runs); how many. Each change is conditional on the task being as
    read, so that workers doing this at once, or a claim in between, change it once."""
    now = timezone.now()
    cutoff = now - datetime.timedelta(seconds=settings.TASK_TIME_LIMIT)
    taken = 0
    for lost in DBTaskResult.objects.running().filter(started_at__lt=cutoff):
        same = DBTaskResult.objects.filter(
            pk=lost.pk, status=TaskResultStatus.RUNNING, started_at=lost.started_at
        )
        if len(lost.worker_ids) < ATTEMPTS:
            taken += same.update(status=TaskResultStatus.READY, started_at=None)
        else:
            taken += same.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=LOST,
                traceback=f"Its worker was lost {ATTEMPTS} times: not run again.\n",
            )
    if taken:
        logger.warning("took back %d tasks whose worker was lost", taken)
    return taken


def look_every() -> float:
    """Seconds between looks: a small share of the time limit, at most ten."""
    return min(10.0, max(settings.TASK_TIME_LIMIT / 4, 0.5))


def keep_taking_back(stop: threading.Event) -> None:
    """A worker's side thread: take back lost tasks now (a restarted worker finds its
    predecessor's) and then every few seconds, until `stop` is set."""
    while True:
        try:
            take_back_lost()
        except DatabaseError:  # SQLite busy with a claim, a connection lost: next time
            logger.warning("could not look for lost tasks", exc_info=True)
        finally:
            close_old_connections()
        if stop.wait(look_every()):
            return
