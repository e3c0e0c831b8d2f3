"""manage.py letter KIND --assessment FILE --output OUT.(pdf|docx|txt): a letter to HR."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents import letter_files
from documents.letters import (
    EMPLOYEE,
    FIRM,
    GENTLE,
    KINDS,
    Details,
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
            "--extension",
            action="store_true",
            help="for a reminder: the employer gave notice of two more months",
        )
        parser.add_argument("--name", default="")
        parser.add_argument("--address", default="")
        parser.add_argument("--employee-number", default="")
        parser.add_argument("--employer", default="")
        parser.add_argument("--employer-address", default="")
        parser.add_argument(
            "--dpo", dest="has_dpo", action="store_true", help="address it to the DPO"
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
                follows=options["follows"],
                extension=options["extension"],
            )
        except NotApplicable as exc:
            raise CommandError(str(exc), returncode=2) from None
        output.write_bytes(letter_files.RENDERERS[chosen](letter))
        self.stdout.write(f"Letter written to {output}")
