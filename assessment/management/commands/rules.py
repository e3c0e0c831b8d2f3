"""manage.py rules: list the rules catalogue."""

import json

from django.core.management.base import BaseCommand

from assessment.rules import CATALOGUE


class Command(BaseCommand):
    help = "List the rules catalogue: id, concern, severity, jurisdictions, references."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args, **options):
        listing = [
            {
                "id": rule.slug,
                "concern": rule.concern,
                "severity": rule.severity,
                "jurisdictions": list(rule.where),
                "references": [str(reference) for reference in rule.references],
            }
            for rule in CATALOGUE
        ]
        if options["format"] == "json":
            document = {"ruleset": CATALOGUE.version, "rules": listing}
            self.stdout.write(json.dumps(document, indent=2, ensure_ascii=False))
            return
        self.stdout.write(f"Ruleset {CATALOGUE.version}: {len(listing)} rules")
        for rule in listing:
            self.stdout.write(
                f"{rule['id']:<50} {rule['concern']:<20} {rule['severity']:<9} "
                f"{', '.join(rule['jurisdictions'])}"
            )
            self.stdout.write("    " + "; ".join(rule["references"]))
