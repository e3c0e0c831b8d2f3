"""Before/after proof for moving code between the apps (issue 26): every worked
example's result, summary and report, every letter kind in every language (for an
employee's example and for a council's campaign) and a campaign's survey report,
written to one text file. Run it before and after a change and compare:

    ARROWS_DUMP=/tmp/before.txt .venv/bin/python -m pytest tests/arrows_dump.py -q \
        -p no:cacheprovider
    ... change ...
    ARROWS_DUMP=/tmp/after.txt .venv/bin/python -m pytest tests/arrows_dump.py -q \
        -p no:cacheprovider
    cmp /tmp/before.txt /tmp/after.txt

Not collected by the suite (its name does not start with test_)."""

import datetime
import io
import json
import os
from pathlib import Path

import pypdf
import pytest
import time_machine
from django.utils import translation

from assessment import rules
from councils import services
from councils.report import aggregate_pdf
from documents.letter_files import letter_text
from documents.letters import KINDS, NotApplicable, write_letter
from documents.report import report_html
from documents.summary import text_summary
from tests.conftest import example_names
from tests.councils.fixtures import fill
from tests.documents.test_letters import FIRST, ME, example

DAY = datetime.date(2026, 11, 22)
LANGS = ("en", "de", "fr")


def pdf_text(content: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def letters(about, details, out: list[str]) -> None:
    for slug in sorted(KINDS):
        for lang in LANGS:
            for follows in (None, FIRST):
                head = f"--- letter {slug} {lang} follows={bool(follows)}"
                try:
                    letter = write_letter(
                        slug,
                        about,
                        lang,
                        details=details,
                        written=DAY,
                        follows=follows,
                        code="7Q3K",
                    )
                except (NotApplicable, TypeError, AttributeError, ValueError) as e:
                    out.append(f"{head}: {type(e).__name__}: {e}")
                    continue
                out += [head, letter_text(letter)]


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2026, 11, 22, 10, tzinfo=datetime.UTC))
def test_dump(people):
    out: list[str] = []
    for name in example_names():
        record = example(name)
        result = rules.assess(record, DAY)
        out.append(f"=== example {name}")
        out.append(json.dumps(result.to_document(), sort_keys=True, default=str))
        for lang in LANGS:
            with translation.override(lang):
                out.append(text_summary(record, result))
            out.append(report_html(record.to_document(), lang, DAY))
        letters(record, ME, out)
    for country in ("DE", "FR", "GB", "US"):
        campaign = services.open_campaign(
            people["council"],
            title=f"Site {country}",
            country=country,
            region="US-NY" if country == "US" else "",
            threshold=3,
        )
        fill(campaign, 6)
        out.append(f"=== campaign {country}")
        letters(campaign, None, out)
        for lang in LANGS:
            out.append(f"--- survey {lang}")
            out.append(pdf_text(aggregate_pdf(campaign, lang, DAY)))
    Path(os.environ.get("ARROWS_DUMP", "/tmp/arrows_dump.txt")).write_text(
        "\n".join(out)
    )
