"""manage.py letter KIND --assessment FILE --output OUT.(pdf|docx|txt): a letter to HR."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents import followup, letter_files
from documents.letters import (
    EMPLOYEE,
    FIRM,
    GENTLE,
    KINDS,
    Details,
    FirstLetter,
    NotApplicable,
    write_letter,
)

from ._input import add_as_of, add_lang, as_of_date, read_assessment


class Command(BaseCommand):
    help = "Write a letter to HR, pre-filled from an assessment's findings."

    def add_arguments(self, parser):
        parser.add_argument(
            "kind",
            help="one of: "
            + ", ".join(slug for slug, k in KINDS.items() if k.audience == EMPLOYEE),
        )
        parser.add_argument(
            "--assessment", required=True, help="an oversight.assessment/1 file"
        )
        parser.add_argument(
            "--output", required=True, help="OUT.pdf, OUT.docx, OUT.txt or OUT.ics"
        )
        add_lang(parser)
        parser.add_argument("--tone", choices=[FIRM, GENTLE], default=FIRM)
        add_as_of(parser)
        parser.add_argument(
            "--sent",
            type=as_of_date,
            default=None,
            metavar="YYYY-MM-DD",
            help="the day it is sent (default: today); periods run from receipt",
        )
        parser.add_argument(
            "--channel", choices=["email", "post", "hand"], default="email"
        )
        parser.add_argument(
            "--follows", default="", help="for a reminder: the kind it follows"
        )
        parser.add_argument(
            "--follows-sent",
            type=as_of_date,
            metavar="YYYY-MM-DD",
            help="for a reminder: the day that letter was sent (by e-mail)",
        )
        parser.add_argument(
            "--follows-reference", default="", help="for a reminder: its reference"
        )
        parser.add_argument(
            "--extended-to",
            type=as_of_date,
            metavar="YYYY-MM-DD",
            help="for a reminder: the later date the employer gave notice of",
        )
        parser.add_argument("--name", default="")
        parser.add_argument("--address", default="")
        parser.add_argument("--employee-number", default="")
        parser.add_argument("--employer", default="")
        parser.add_argument("--employer-address", default="")
        parser.add_argument(
            "--dpo", dest="has_dpo", action="store_true", help="address it to the DPO"
        )
        parser.add_argument(
            "--colleagues",
            default="",
            help="colleagues who sign too, one a line: a letter sent as a group",
        )

    def handle(self, *args, **options):
        output = Path(options["output"])
        chosen = output.suffix.lower().lstrip(".")
        if chosen not in letter_files.RENDERERS:
            raise CommandError(
                f"{output}: name the output *.pdf, *.docx, *.txt or *.ics", returncode=2
            )
        assessment = read_assessment(options["assessment"])
        details = Details.from_mapping(options)
        try:
            letter = write_letter(
                options["kind"],
                assessment,
                options["lang"],
                details,
                options["tone"],
                as_of=options["as_of"],
                sent=options["sent"],
                channel=options["channel"],
                follows=_followed(options, assessment),
            )
        except NotApplicable as exc:
            raise CommandError(str(exc), returncode=2) from None
        output.write_bytes(letter_files.RENDERERS[chosen](letter))
        self.stdout.write(f"Letter written to {output}")


def _followed(options, assessment) -> FirstLetter | None:
    """The letter a reminder follows, as the options describe it."""
    if not (options["follows"] and options["follows_sent"]):
        return None
    place = followup.place_of(assessment.workplace)
    return FirstLetter(
        options["follows"],
        options["follows_sent"],
        options["follows_reference"],
        followup.deadline_for(
            options["follows"], options["follows_sent"], "email", place
        ),
        options["extended_to"],
    )
