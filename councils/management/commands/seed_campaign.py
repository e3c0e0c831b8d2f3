"""manage.py seed_campaign N: add N synthetic submissions to a campaign (demo, bench)."""

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from councils import services
from councils.models import Campaign
from councils.synthetic import seed_submissions


class Command(BaseCommand):
    help = (
        "Add N synthetic submissions to a campaign (by its public id), or to a new "
        "demo campaign of a new demo council."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--campaign", help="public id of an existing campaign")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, campaign, seed, **options):
        if count < 0:
            raise CommandError("N must be 0 or more.")
        if campaign:
            try:
                target = Campaign.objects.get(public_id=campaign)
            except (Campaign.DoesNotExist, ValidationError):
                raise CommandError(f"No campaign with public id {campaign}.") from None
        else:
            owner, _created = User.objects.get_or_create(username="seed-admin")
            council = services.create_council(owner, "Synthetic council")
            target = services.open_campaign(
                council, title="Synthetic campaign", country="DE"
            )
        seed_submissions(target, count, seed=seed)
        self.stdout.write(f"{count} submissions added to campaign {target.public_id}.")
