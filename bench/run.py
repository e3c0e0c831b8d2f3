"""What `python -m bench` prints, and on which database: a scratch one of the
configured kind, never the one that holds real data."""

import argparse
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from django.conf import settings
from django.db import connection

from bench.figures import (
    Unreadable,
    all_policy_figures,
    council_figures,
    document_figures,
    engine_assess_per_s,
    examples,
    store_10k_s,
)
from bench.served import (
    letter_download_figures,
    report_download_figures,
    result_page_load,
)
from bench.submit import submit_figures


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Print benchmark figures, one a line: name: value unit.",
    )
    only = parser.add_mutually_exclusive_group()
    only.add_argument(
        "--councils-only",
        action="store_true",
        help="only the council figures (for the PostgreSQL run)",
    )
    only.add_argument(
        "--policy-only",
        action="store_true",
        help="only the policy-text check's figures on the labelled sentences",
    )
    only.add_argument(
        "--downloads-only",
        action="store_true",
        help="only the report downloads through gunicorn with a task worker",
    )
    only.add_argument(
        "--letters-only",
        action="store_true",
        help="only the letter downloads through gunicorn",
    )
    return parser


def main(
    argv: list[str] | None = None,
    stdout: TextIO = sys.stdout,
    stderr: TextIO = sys.stderr,
) -> int:
    options = parser().parse_args(argv)
    bench = Bench(stdout, stderr)
    try:
        bench.run(options)
    except Unreadable as exc:
        bench.note(f"bench: {exc}")
        return 2
    return 0


class Bench:
    def __init__(self, stdout: TextIO, stderr: TextIO):
        self.stdout, self.stderr = stdout, stderr

    def line(self, text: str) -> None:
        """A figure (stdout), shown as soon as it is measured."""
        print(text, file=self.stdout, flush=True)

    def note(self, text: str) -> None:
        """Not a figure: what was skipped, or who did the work (stderr)."""
        print(text, file=self.stderr, flush=True)

    def run(self, options: argparse.Namespace) -> None:
        if options.councils_only or options.downloads_only or options.letters_only:
            with scratch_database():
                if options.downloads_only:
                    self.download_lines(examples())
                elif options.letters_only:
                    self.letter_lines()
                else:
                    self.council_lines()
                    self.submit_lines()
            return
        self.policy_lines()
        if options.policy_only:
            return
        texts = examples()
        self.line(
            f"engine_assess_per_s: {engine_assess_per_s(texts):.0f} assessments/s"
        )
        with scratch_database():
            for name, value in document_figures(texts).items():
                unit = "MB" if name.endswith("_mb") else "ms"
                self.line(f"{name}: {value:.1f} {unit}")
            self.line(f"store_10k_s: {store_10k_s(texts):.2f} s")
            if connection.vendor == "sqlite" and shutil.which("wrk"):
                load = result_page_load(texts)
                if load.get("errors"):
                    self.note(f"result page: {load['errors']:.0f} errors")
                self.line(f"result_page_rps: {load['rps']:.0f} req/s")
                self.line(f"result_page_p95_ms: {load['p95_ms']:.1f} ms")
            elif connection.vendor == "sqlite":
                self.note("result_page_*: skipped, wrk is not installed")
            self.download_lines(texts)
            self.letter_lines()
            self.council_lines()

    def policy_lines(self) -> None:
        for name, value in all_policy_figures().items():
            if "_understated" in name:
                self.line(f"{name}: {value:.0f} suggestions")
            else:
                self.line(f"{name}: {value:.3f} ratio")

    def download_lines(self, texts: list[str]) -> None:
        if connection.vendor != "sqlite":
            self.note("report_download_*: measured on SQLite only")
            return
        for name, value in report_download_figures(texts).items():
            if name.startswith("_"):
                self.note(f"{name[1:]}: {value} reports")
            else:
                self.line(f"{name}: {value:.1f} ms")

    def letter_lines(self) -> None:
        if connection.vendor != "sqlite":
            self.note("letter_*: measured on SQLite only")
            return
        for name, value in letter_download_figures().items():
            self.line(f"{name}: {value:.1f} ms")

    def council_lines(self) -> None:
        suffix = "_pg" if connection.vendor == "postgresql" else ""
        for name, value in council_figures(suffix).items():
            self.line(f"{name}: {value:.1f} ms")

    def submit_lines(self) -> None:
        if connection.vendor != "postgresql":
            self.note("submit_*: measured on PostgreSQL only")
            return
        figures = submit_figures()
        self.line(f"submit_rps: {figures['submit_rps']:.0f} submissions/s")
        self.line(f"submit_p95_ms: {figures['submit_p95_ms']:.1f} ms")
        self.note(f"submit_p50_ms: {figures['_submit_p50_ms']:.1f} ms")


@contextmanager
def scratch_database():
    """A throwaway database of the configured kind (a file, for SQLite), never the
    one that holds real data."""
    with tempfile.TemporaryDirectory() as scratch:
        test_settings = settings.DATABASES["default"].setdefault("TEST", {})
        if connection.vendor == "sqlite":
            test_settings["NAME"] = str(Path(scratch, "bench.sqlite3"))
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            yield
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
