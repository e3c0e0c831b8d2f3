"""The assess and rules commands, as a person or a script would run them."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from tests.conftest import EXAMPLES, example_names, run_manage


def call(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("name", example_names())
def test_assess_prints_a_valid_result_for_each_example(name, result_schema):
    result = json.loads(
        call("assess", str(EXAMPLES / f"{name}.json"), "--format", "json")
    )
    result_schema.validate(result)
    assert result["findings"]


def test_assess_text_summary_is_readable():
    text = call(
        "assess",
        str(EXAMPLES / "ai-training-keystrokes-ie.json"),
        "--format",
        "text",
        "--as-of",
        "2026-12-01",
    )
    assert "Score 16/100 · grade F" in text
    assert (
        "[HIGH] Everything typed is recorded (proportionality, keystroke-logging)"
        in text
    )
    assert "Facts: practices[0].data = ['keystroke_content']" in text
    assert "Not known yet, worth asking HR:" in text
    assert text.rstrip().endswith("This is information, not legal advice.")


def test_rules_json_lists_the_catalogue():
    listing = json.loads(call("rules", "--format", "json"))
    assert listing["ruleset"]
    first = listing["rules"][0]
    assert set(first) == {
        "id",
        "concern",
        "severity",
        "status",
        "jurisdictions",
        "sources",
        "references",
    }
    assert len(listing["rules"]) >= 35


def test_rules_text_names_each_rule():
    text = call("rules", "--format", "text")
    assert "keystroke-logging" in text
    assert "Federal Labour Court (BAG), 27 July 2017, 2 AZR 681/16" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no-such-file.json: no such file"),
        (
            "{not json",
            "not valid JSON: Expecting property name enclosed in double quotes",
        ),
        (
            '{"format": "oversight.assessment/1", "workplace": {"country": "DE"}, '
            '"practices": [{"name": "x", "data": ["cctv"], "purposes": ["security"], '
            '"retention": "forever"}]}',
            "practices[0].retention: expected a number of days",
        ),
        (
            '{"format": "oversight.assessment/9", "workplace": {"country": "DE"}, '
            '"practices": [{"name": "x", "data": ["cctv"], "purposes": ["security"]}]}',
            'format: unsupported format "oversight.assessment/9"',
        ),
    ],
)
def test_assess_exits_2_with_one_line_naming_the_problem(tmp_path, content, message):
    path = "no-such-file.json"
    if content is not None:
        path = str(tmp_path / "input.json")
        (tmp_path / "input.json").write_text(content)
    completed = run_manage("assess", path, "--format", "json")
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert message in completed.stderr
    assert "Traceback" not in completed.stderr
    assert len(completed.stderr.strip().splitlines()) == 1
