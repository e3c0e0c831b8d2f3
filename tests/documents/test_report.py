"""The report PDF, read back with pypdf: findings, questions, bookmarks, fonts, tags."""

import datetime
import io
import json

import pypdf
import pytest

from assessment.rules import RULESET_VERSION
from documents.charts import concern_bars
from documents.pdf import html_to_pdf
from documents.report import report_cache_key, report_html, report_pdf
from tests.conftest import EXAMPLES, run_manage

DAY = datetime.date(2026, 11, 22)


def read(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def text_of(reader: pypdf.PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture(scope="module")
def keylogger():
    document = json.loads((EXAMPLES / "keylogger-dismissal-de.json").read_text())
    # Rendered directly: a module's fixture comes before any test's database or cache.
    return document, read(html_to_pdf(report_html(document, "en", DAY)))


def test_the_report_holds_cover_findings_questions_unknowns_and_annex(keylogger):
    _document, reader = keylogger
    text = text_of(reader)
    assert "Keylogger with regular screenshots" in text
    assert f"Ruleset {RULESET_VERSION}" in text
    assert "Workplace Germany" in text  # the country by name, not its code
    assert "Everything typed is recorded" in text
    assert "Federal Labour Court (BAG), 27 July 2017, 2 AZR 681/16" in text
    assert "What concrete risk requires recording keystroke content" in text
    assert "Annex: every answer" in text
    assert "information, not legal advice" in text.lower()
    pages = len(reader.pages)  # running header and footer with page numbers:
    assert f"Information, not legal advice · {pages} / {pages}" in text
    assert "Oversight · Keylogger with regular screenshots" in text


@pytest.mark.parametrize(
    ("name", "asked"),
    [("hm-service-centre-de", True), ("keylogger-dismissal-de", False)],
)
def test_the_annex_says_how_representatives_were_involved_only_where_there_are_any(
    name, asked
):
    """A works council: its answer as before. No works council and no union: the
    question is not asked, so the annex has no line for it (the keylogger's file
    answers it all the same, and keeps the answer)."""
    document = json.loads((EXAMPLES / f"{name}.json").read_text())
    annex = report_html(document, "en", DAY).split('<section class="annex">')[1]
    assert "Was a data-protection impact assessment carried out?" in annex
    assert ("How were the works council or union involved?" in annex) is asked


def test_the_report_has_bookmarks_for_each_concern(keylogger):
    _document, reader = keylogger

    def titles(outline):
        for item in outline:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    found = list(titles(reader.outline))
    assert "Summary by concern" in found
    assert "Necessity and proportionality" in found
    after = found[found.index("Necessity and proportionality") :]
    assert "Critical Everything typed is recorded" in after


def test_the_report_embeds_its_own_font_and_is_tagged(keylogger):
    _document, reader = keylogger
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = (
                font.get("/FontDescriptor")
                or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            )
            descriptor = descriptor.get_object()
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
            fonts.add(str(font["/BaseFont"]))
    # Every font is the one shipped with the project (named after its @font-face).
    assert fonts and all("Oversight-Sans" in font for font in fonts)
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]
    assert catalog["/Lang"] == "en"
    assert reader.metadata.title.startswith("Oversight report")


def test_the_same_template_gives_the_html_preview():
    document = json.loads((EXAMPLES / "leisure-biometrics-gb.json").read_text())
    html = report_html(document, "en", DAY, for_screen=True)
    assert "Biometrics are required, with no alternative" in html
    assert "/static/css/print.css" in html
    assert "<script" not in html and "style=" not in html


def test_a_repeat_report_comes_from_the_cache(keylogger):
    from django.core.cache import cache

    document, _reader = keylogger
    first = report_pdf(document, "en", DAY)
    assert cache.get(report_cache_key(document, "en", DAY)) == first
    assert report_pdf(document, "en", DAY) == first
    changed = {**document, "title": "Another title"}
    assert report_cache_key(changed, "en", DAY) != report_cache_key(document, "en", DAY)
    assert report_cache_key(document, "de", DAY) != report_cache_key(
        document, "en", DAY
    )


def test_the_chart_is_svg_drawn_by_our_code():
    svg = concern_bars([("Consent", "critical", 3), ("Retention", None, 0)], "Findings")
    assert svg.startswith("<svg") and "<title>Findings</title>" in svg
    assert 'fill="#a4161a"' in svg and svg.count("<rect") == 2


def test_a_chart_of_short_labels_leaves_no_empty_margin():
    from documents.charts import share_bars

    grades = share_bars([("A", 40), ("F", None)], "Grades", "hidden")
    long = "Typing rhythm, speed and corrections (not the text)"
    concerns = share_bars([(long, 40)], "Kinds of data", "hidden")
    assert 'x="15" y="20" text-anchor="end"' in grades  # labels end at the margin
    assert 'viewBox="0 0 383 ' in grades and 'viewBox="0 0 610 ' in concerns


def test_the_report_command_writes_a_pdf(tmp_path):
    out = tmp_path / "report.pdf"
    completed = run_manage(
        "report", str(EXAMPLES / "warehouse-scanners-fr.json"), "--output", str(out)
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    assert "Detailed activity indicators are kept for more than a month" in text_of(
        read(out.read_bytes())
    )


def test_open_questions_name_their_practice_only_when_there_are_several():
    from documents.presentation import ResultReport

    document = json.loads((EXAMPLES / "ai-training-keystrokes-ie.json").read_text())
    single = ResultReport(document).unknown_groups
    assert single and all(places == [] for _question, places in single)
    second = {**document["practices"][0], "name": "Screen capture"}
    both = {**document, "practices": [*document["practices"], second]}
    groups = dict(ResultReport(both).unknown_groups)
    assert groups["How long is the data kept?"] == [
        document["practices"][0]["name"],
        "Screen capture",
    ]
