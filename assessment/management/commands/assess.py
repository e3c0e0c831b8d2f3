"""manage.py assess FILE: print the result of an oversight.assessment/1 file."""

import json

from django.core.management.base import BaseCommand
from django.utils import translation

from assessment import rules
from documents.summary import text_summary

from ._input import add_as_of, add_lang, read_assessment


class Command(BaseCommand):
    help = (
        "Assess an oversight.assessment/1 file; print an oversight.result/1 document."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="an oversight.assessment/1 JSON file")
        parser.add_argument("--format", choices=["json", "text"], default="json")
        add_lang(parser)
        add_as_of(parser)

    def handle(self, *args, **options):
        assessment = read_assessment(options["file"])
        result = rules.assess(assessment, options["as_of"])
        with translation.override(options["lang"]):
            if options["format"] == "json":
                document = result.to_document(translation.gettext, options["lang"])
                self.stdout.write(json.dumps(document, indent=2, ensure_ascii=False))
            else:
                self.stdout.write(text_summary(assessment, result), ending="")
