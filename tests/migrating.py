"""A database taken back to an earlier migration and brought forward again, for the
tests that prove a migration keeps the rows written before it."""

import contextlib

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


class Migrating:
    def __init__(self):
        self.executor = MigrationExecutor(connection)
        self.old = None

    def back_to(self, before: list[tuple[str, str]]) -> None:
        self.executor.migrate(before)
        # The models as they stood then, to write the rows with.
        self.old = self.executor.loader.project_state(before).apps

    def forward(self, targets: list[tuple[str, str]] | None = None) -> None:
        """To `targets`, or to the latest migration of every app."""
        self.executor.loader.build_graph()
        self.executor.migrate(targets or self.executor.loader.graph.leaf_nodes())


@contextlib.contextmanager
def migrating_from(before: list[tuple[str, str]]):
    """The database at `before` (`.old` has the models as they stood then), then at
    every app's latest migration again, whatever the test did."""
    migrating = Migrating()
    try:
        migrating.back_to(before)
        yield migrating
    finally:
        migrating.forward()
