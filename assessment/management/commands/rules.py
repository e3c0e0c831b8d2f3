"""manage.py rules: list the rules catalogue and the sources it cites, as of a day."""

import datetime
import json

from django.core.management.base import BaseCommand

from assessment import law
from assessment.rules import CATALOGUE

from ._input import add_as_of


def rule_status(rule, day: datetime.date) -> str:
    """in_force when one of its sources is current, applies_later when its sources
    apply only later, otherwise inactive (its law is withdrawn or not yet made)."""
    statuses = {source.status_on(day) for source in rule.references()}
    if statuses & law.CURRENT:
        return law.IN_FORCE
    if law.APPLIES_LATER in statuses:
        return law.APPLIES_LATER
    return "inactive"


class Command(BaseCommand):
    help = (
        "List the rules catalogue (id, concern, severity, jurisdictions, source ids) "
        "and the sources with their dates and status on a day."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "text"], default="text")
        parser.add_argument("--lang", choices=law.LANGUAGES, default="en")
        add_as_of(parser)

    def handle(self, *args, **options):
        day = options["as_of"] or datetime.date.today()
        lang = options["lang"]
        listing = [
            {
                "id": rule.slug,
                "concern": rule.concern,
                "severity": rule.severity,
                "status": rule_status(rule, day),
                "jurisdictions": list(rule.where),
                "sources": list(rule.sources),
                "references": [source.cite(lang) for source in rule.references()],
            }
            for rule in CATALOGUE
        ]
        sources = [source.to_document(day, lang) for source in CATALOGUE.sources]
        if options["format"] == "json":
            document = {
                "ruleset": CATALOGUE.version,
                "as_of": day.isoformat(),
                "rules": listing,
                "sources": sources,
            }
            self.stdout.write(json.dumps(document, indent=2, ensure_ascii=False))
            return
        self.stdout.write(
            f"Ruleset {CATALOGUE.version} as of {day.isoformat()}: "
            f"{len(listing)} rules, {len(sources)} sources"
        )
        for rule in listing:
            self.stdout.write(
                f"{rule['id']:<50} {rule['concern']:<20} {rule['severity']:<9} "
                f"{rule['status']:<14} {', '.join(rule['jurisdictions'])}"
            )
            self.stdout.write("    " + "; ".join(rule["references"]))
