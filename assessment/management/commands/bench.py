"""manage.py bench: measure speed, one figure a line as `name: value unit`."""

import json
import statistics
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection

from assessment import facts, rules
from assessment.services import store_documents


def _examples() -> list[str]:
    folder = Path(settings.BASE_DIR, "docs", "examples")
    return [path.read_text() for path in sorted(folder.glob("*.json"))]


def engine_assess_per_s(
    texts: list[str], rounds: int = 5, seconds: float = 0.5
) -> float:
    """The rules engine alone on parsed assessments, in this one process: the median
    of a few short rounds, so a passing hiccup of the machine does not decide it."""
    assessments = [facts.load_assessment(text) for text in texts]
    rates = []
    for _ in range(rounds):
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            for assessment in assessments:
                rules.assess(assessment)
            count += len(assessments)
        rates.append(count / (time.perf_counter() - start))
    return statistics.median(rates)


def store_10k_s(texts: list[str]) -> float:
    """Decode, validate, assess and store 10,000 assessments in a scratch database."""
    batch = [texts[i % len(texts)] for i in range(10_000)]
    start = time.perf_counter()
    store_documents(json.loads(text) for text in batch)
    return time.perf_counter() - start


class Command(BaseCommand):
    help = "Print benchmark figures, one a line: name: value unit."

    def handle(self, *args, **options):
        texts = _examples()
        self.stdout.write(
            f"engine_assess_per_s: {engine_assess_per_s(texts):.0f} assessments/s"
        )
        with tempfile.TemporaryDirectory() as scratch:
            # A throwaway database of the configured kind (a file, for SQLite), never
            # the one that holds real data.
            test_settings = settings.DATABASES["default"].setdefault("TEST", {})
            if connection.vendor == "sqlite":
                test_settings["NAME"] = str(Path(scratch, "bench.sqlite3"))
            old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
            try:
                self.stdout.write(f"store_10k_s: {store_10k_s(texts):.2f} s")
            finally:
                connection.creation.destroy_test_db(old_name, verbosity=0)
