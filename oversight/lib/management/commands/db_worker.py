"""manage.py db_worker: django-tasks-db's worker, which also takes back the tasks of
workers that died (oversight.lib.worker). Same options as the library's."""

import threading

from django_tasks_db.management.commands import db_worker

from oversight.lib.worker import keep_taking_back


class Command(db_worker.Command):
    help = (
        "Run a database background worker; tasks running past TASK_TIME_LIMIT (their "
        "worker died) are put back in the queue."
    )

    def handle(self, *args, **options):
        stop = threading.Event()
        watcher = threading.Thread(target=keep_taking_back, args=(stop,), daemon=True)
        watcher.start()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
