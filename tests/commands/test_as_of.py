"""The law read as of a day: `rules` and `assess` with --as-of differ exactly where a
dated source changes status, and duties that apply later are shown apart."""

import datetime
import json

import pypdf
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from assessment.rules import CATALOGUE
from tests.commands.test_assess_and_rules import call
from tests.conftest import EXAMPLES

TODAY, LATER = "2026-12-01", "2028-01-01"


def listing(day: str) -> dict:
    return json.loads(call("rules", "--format", "json", "--as-of", day))


def test_rules_json_lists_every_cited_source_with_its_dates_and_status():
    document = listing(TODAY)
    assert document["as_of"] == TODAY
    ids = {source["id"] for source in document["sources"]}
    assert ids == {ident for rule in CATALOGUE for ident in rule.sources}
    for source in document["sources"]:
        assert set(source) == {
            "id",
            "citation",
            "jurisdiction",
            "kind",
            "status",
            "in_force_from",
            "applies_from",
            "until",
            "superseded_by",
            "url",
        }
    for rule in document["rules"]:
        assert rule["sources"] and set(rule["sources"]) <= ids


def test_rules_as_of_two_days_differ_exactly_where_a_dated_source_changes():
    first, second = listing(TODAY), listing(LATER)
    low, high = datetime.date(2026, 12, 1), datetime.date(2028, 1, 1)
    dated = {
        source.id
        for source in CATALOGUE.sources
        if any(low < day <= high for day in source.dates())
    }
    before = {s["id"]: s for s in first["sources"]}
    after = {s["id"]: s for s in second["sources"]}
    changed = {ident for ident in before if before[ident] != after[ident]}
    assert changed == dated
    assert "ai-act-art-26-7" in changed
    assert before["ai-act-art-26-7"]["status"] == "applies_later"
    assert after["ai-act-art-26-7"]["status"] == "in_force"
    # A rule changes only when its sources do.
    for old, new in zip(first["rules"], second["rules"], strict=True):
        if old != new:
            assert set(old["sources"]) & dated, old["id"]
    rule = next(r for r in first["rules"] if r["id"] == "high-risk-employment-ai")
    assert rule["status"] == "applies_later"


def test_the_withdrawn_nlrb_memo_is_cited_nowhere():
    document = listing(TODAY)
    assert "nlrb-gc-23-02" not in {s["id"] for s in document["sources"]}
    for rule in document["rules"]:
        assert not any("GC 23-02 (31" in ref for ref in rule["references"])


def test_a_duty_that_applies_later_is_shown_apart_and_only_at_low():
    example = str(EXAMPLES / "call-centre-emotion-nl.json")
    now = json.loads(call("assess", example, "--as-of", TODAY))
    later = json.loads(call("assess", example, "--as-of", LATER))
    coming = {f["rule"]: f for f in now["coming_into_force"]}
    assert coming["high-risk-employment-ai"]["applies_from"] == "2027-12-02"
    assert coming["high-risk-employment-ai"]["severity"] == "low"
    assert "high-risk-employment-ai" not in {f["rule"] for f in now["findings"]}
    raised = {f["rule"]: f for f in later["findings"]}
    assert raised["high-risk-employment-ai"]["severity"] == "medium"
    assert later["coming_into_force"] == []


def test_as_of_must_be_a_date():
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("rules", "--as-of", "1 December")


def test_report_and_letter_take_as_of(tmp_path):
    example = str(EXAMPLES / "call-centre-emotion-nl.json")
    for day, expected in ((TODAY, "Coming into force"), (LATER, None)):
        output = tmp_path / f"report-{day}.pdf"
        call("report", example, "--output", str(output), "--as-of", day)
        text = " ".join(
            page.extract_text() for page in pypdf.PdfReader(output).pages
        ).replace("\n", " ")
        if expected:
            assert "Coming into force" in text and "2 December 2027" in text
        else:
            assert "Coming into force" not in text
    letter = tmp_path / "letter.txt"
    call(
        "letter",
        "ai-questions",
        "--assessment",
        example,
        "--output",
        str(letter),
        "--as-of",
        LATER,
    )
    assert letter.read_text()
