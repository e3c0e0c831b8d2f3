"""manage.py report FILE --output OUT.pdf: the assessment report as a PDF."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from documents.pdf import html_to_pdf
from documents.report import paper_of, report_html

from ._input import add_as_of, add_lang, read_assessment


class Command(BaseCommand):
    help = "Render the report of an oversight.assessment/1 file as a PDF."

    def add_arguments(self, parser):
        parser.add_argument("file", help="an oversight.assessment/1 JSON file")
        parser.add_argument("--output", required=True, help="where to write the PDF")
        add_lang(parser)
        add_as_of(parser)

    def handle(self, *args, **options):
        assessment = read_assessment(options["file"])
        output = Path(options["output"])
        if output.suffix.lower() != ".pdf":
            raise CommandError(
                f"{output}: the report is a PDF; name it *.pdf", returncode=2
            )
        # Rendered here, not stored: a file on disk needs neither the database nor
        # the cache that the site keeps its rendered reports in.
        html = report_html(
            assessment.to_document(),
            options["lang"],
            timezone.localdate(),
            as_of=options["as_of"],
        )
        output.write_bytes(html_to_pdf(html, paper_of(assessment.to_document())))
        self.stdout.write(f"Report written to {output}")
