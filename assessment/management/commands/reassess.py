"""manage.py reassess: renew stored results that newer rules or the law have left behind."""

from django.core.management.base import BaseCommand, CommandError

from assessment import services


class Command(BaseCommand):
    help = (
        "Re-assess every stored assessment whose result was made by an older ruleset "
        "or before a change in the law, in batches. Each person sees what changed "
        "the next time they open their result."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=500,
            help="Assessments re-assessed per transaction (default 500).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count, but change nothing."
        )

    def handle(self, *args, batch_size: int, dry_run: bool, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.", returncode=2)
        done = services.reassess_all(batch_size=batch_size, dry_run=dry_run)
        if dry_run:
            self.stdout.write(
                f"Checked {done.checked} assessments: {done.stale} not current "
                "would be re-assessed."
            )
            return
        self.stdout.write(
            f"Checked {done.checked} assessments: re-assessed {done.stale}, "
            f"of which {done.changed} changed."
        )
