"""manage.py purge --days N: delete assessments nobody has used for N days, and their
stored reports."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from assessment.models import Assessment


class Command(BaseCommand):
    help = (
        "Delete assessments neither changed nor opened by their resume link for DAYS "
        "days. A council's assessment of an official policy is kept while its campaign "
        "exists; anonymous campaign submissions are not assessments and stay."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, required=True)
        parser.add_argument(
            "--dry-run", action="store_true", help="Count, but delete nothing."
        )

    def handle(self, *args, days: int, dry_run: bool, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        stale = Assessment.objects.filter(updated__lt=cutoff, campaign__isnull=True)
        if dry_run:
            count = stale.count()
            self.stdout.write(f"{count} assessments unused since {cutoff:%Y-%m-%d}.")
            return
        # Each deleted assessment takes its stored reports and queued tasks along
        # (documents.report.forget_assessment, on post_delete).
        count = stale.delete()[1].get(Assessment._meta.label, 0)
        self.stdout.write(
            f"Deleted {count} assessments unused since {cutoff:%Y-%m-%d}."
        )
