"""A database made before the attempt counters moved to oversight.lib migrates
forward with its counts: the table keeps its name, only Django's record moves."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from oversight.lib.limits import count_attempt
from oversight.lib.models import AttemptCounter

ASSESSMENT_BEFORE = ("assessment", "0015_sent_letter_reference")
BEFORE = [ASSESSMENT_BEFORE, ("lib", None)]
MID_MINUTE = datetime.datetime(2026, 12, 1, 9, 0, 30, tzinfo=datetime.UTC)


@pytest.mark.django_db(transaction=True)
@time_machine.travel(MID_MINUTE, tick=False)
def test_the_counts_from_before_the_move_go_on():
    minute = int(MID_MINUTE.timestamp()) // 60
    executor = MigrationExecutor(connection)
    try:
        executor.migrate(BEFORE)
        old = executor.loader.project_state(ASSESSMENT_BEFORE).apps
        old.get_model("assessment", "AttemptCounter").objects.create(
            key=f"private:before:{minute}",
            count=4,
            expires=MID_MINUTE + datetime.timedelta(seconds=30),
        )
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
        assert AttemptCounter._meta.db_table == "assessment_attemptcounter"
        assert AttemptCounter.objects.get().count == 4
        assert count_attempt("private:before", window=60) == 5
    finally:
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
