"""manage.py loaddemo: store the worked examples as demo assessments (once each)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from assessment import facts
from assessment.models import Assessment
from assessment.services import digest_of, save_assessment


class Command(BaseCommand):
    help = "Load the worked examples of docs/examples/ as demo assessments."

    def handle(self, *args, **options):
        added = 0
        for path in sorted(Path(settings.BASE_DIR, "docs", "examples").glob("*.json")):
            assessment = facts.load_assessment(path.read_bytes())
            if Assessment.objects.filter(
                digest=digest_of(assessment.to_document())
            ).exists():
                continue
            save_assessment(assessment)
            added += 1
        self.stdout.write(f"Demo data: {added} example assessments added.")
