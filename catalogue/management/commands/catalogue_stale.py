"""List the catalogue's products whose sources were read more than a year ago (or
`--days N`), oldest first, each with the pages to read again. Exits 1 when it lists
any, so that a scheduled job can say so."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from catalogue import loader

YEAR = 365


def stale(products, today: datetime.date, days: int = YEAR) -> list[tuple]:
    """(product, its sources read before the cut-off), oldest first."""
    cutoff = today - datetime.timedelta(days=days)
    found = []
    for product in products:
        old = [s for s in product.sources if s.retrieved < cutoff]
        if old:
            found.append((product, sorted(old, key=lambda s: s.retrieved)))
    return sorted(found, key=lambda pair: pair[1][0].retrieved)


class Command(BaseCommand):
    help = "List products whose sources were read more than a year ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=YEAR, help="age in days")
        parser.add_argument("--today", type=datetime.date.fromisoformat, default=None)

    def handle(self, *args, days, today, **options):
        today = today or datetime.date.today()
        found = stale(loader.products(), today, days)
        for product, sources in found:
            self.stdout.write(f"{product.slug}: {product.name}")
            for source in sources:
                self.stdout.write(f"  {source.retrieved.isoformat()}  {source.url}")
        if not found:
            self.stdout.write(f"No source is older than {days} days.")
            return
        raise CommandError(f"{len(found)} product(s) to check again.", returncode=1)
