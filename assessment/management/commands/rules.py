"""manage.py rules: list the rules catalogue and the sources it cites, as of a day."""

import datetime
import json

from django.core.management.base import BaseCommand

from assessment import law
from assessment.rules import CATALOGUE

from ._input import add_as_of, add_lang


def rule_status(rule, day: datetime.date) -> str:
    """in_force when one of its sources is current, applies_later when its sources
    apply only later, otherwise inactive (its law is withdrawn or not yet made)."""
    statuses = {source.status_on(day) for source in rule.references()}
    if statuses & law.CURRENT:
        return law.IN_FORCE
    if law.APPLIES_LATER in statuses:
        return law.APPLIES_LATER
    return "inactive"


BINDING = ("statute", "regulation", "judgment", "decision")
EARNS = {
    "critical": "found unlawful in a comparable case, or prohibited outright:",
    "high": "likely unlawful under",
    "medium": "lawful only with a justification the employer must show, or good "
    "practice:",
    "low": "a point to check:",
}


def severity_table(day: datetime.date) -> str:
    """Every rule with its severity and what earns it, as a Markdown table."""
    lines = [
        "| rule | concern | severity | applies in | earned by |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in CATALOGUE:
        sources = rule.references()
        binding = [s for s in sources if s.kind in BINDING] or list(sources)
        cited = "; ".join(s.cite("en") for s in binding[:4])
        earned = f"{EARNS[rule.severity]} {cited}"
        if rule.critical_by:
            decisions = "; ".join(law.cite(ident, "en") for ident in rule.critical_by)
            earned += f". Critical where {decisions} reaches"
        if rule.permitted_by:
            statutes = "; ".join(law.cite(ident, "en") for ident in rule.permitted_by)
            earned += f". Low where {statutes} allows it"
        if rule_status(rule, day) == law.APPLIES_LATER:
            first = min(s.applies_from for s in sources if s.applies_from)
            earned += f". Applies from {first.isoformat()} (low until then)"
        lines.append(
            f"| `{rule.slug}` | {rule.concern} | {rule.severity} | "
            f"{', '.join(rule.where)} | {earned} |"
        )
    return "\n".join(lines)


class Command(BaseCommand):
    help = (
        "List the rules catalogue (id, concern, severity, jurisdictions, source ids) "
        "and the sources with their dates and status on a day."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--format", choices=["json", "text", "markdown"], default="text"
        )
        add_lang(parser)
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
        if options["format"] == "markdown":
            self.stdout.write(severity_table(day))
            return
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
