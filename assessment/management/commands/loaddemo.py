"""manage.py loaddemo: the worked examples as demo assessments, and a demo council."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand

from assessment import facts
from assessment.models import Assessment
from assessment.services import digest_of, save_assessment
from councils import services
from councils.synthetic import seed_submissions

DEMO_USER = "demo"
DEMO_POLICY = "badge-access-agreement-de.json"


class Command(BaseCommand):
    help = (
        "Load the worked examples of docs/examples/ as demo assessments, and a demo "
        "council with a campaign of synthetic submissions (once each)."
    )

    def handle(self, *args, **options):
        added = 0
        folder = Path(settings.BASE_DIR, "docs", "examples")
        for path in sorted(folder.glob("*.json")):
            assessment = facts.load_assessment(path.read_bytes())
            if Assessment.objects.filter(
                digest=digest_of(assessment.to_document())
            ).exists():
                continue
            save_assessment(assessment)
            added += 1
        self.stdout.write(f"Demo data: {added} example assessments added.")
        if User.objects.filter(username=DEMO_USER).exists():
            return
        # A fresh random password, printed once: no known password ships with the app.
        password = secrets.token_urlsafe(9)
        user = User.objects.create_user(DEMO_USER, password=password)
        council = services.create_council(user, "Demo works council")
        campaign = services.open_campaign(
            council,
            title="Monitoring at the demo site",
            employer="Example GmbH",
            country="DE",
        )
        policy = facts.load_assessment((folder / DEMO_POLICY).read_bytes())
        campaign.reference = save_assessment(policy)
        campaign.save(update_fields=["reference"])
        seed_submissions(campaign, 47, seed=7)
        self.stdout.write(
            f"Demo council: sign in at /council/login/ as {DEMO_USER!r} with password "
            f"{password!r} (change it at /council/password/ once signed in)."
        )
