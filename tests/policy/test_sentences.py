"""The policy-text check against labelled sentences: it finds every right answer and
never suggests a milder one."""

import tomllib
from io import StringIO

import pytest

from assessment.forms import PracticeForm
from assessment.policy_check import find_signals, proposals, understates
from bench.figures import policy_check_figures, policy_sentences
from bench.run import main as bench
from tests.conftest import ROOT

SENTENCES = tomllib.loads((ROOT / "tests" / "policy" / "sentences.toml").read_text())[
    "sentence"
]
LABELLED = [
    pytest.param(
        sentence["text"],
        {
            field: {str(v) for v in values}
            for field, values in sentence["expected"].items()
        },
        id=f"{sentence['language']}-{number}",
    )
    for number, sentence in enumerate(SENTENCES, 1)
]


def suggested(text: str) -> set[tuple[str, str]]:
    return set(proposals(text, find_signals(text)))


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_each_language_has_at_least_ten_sentences(language):
    assert len(SENTENCES) >= 40
    assert sum(s["language"] == language for s in SENTENCES) >= 10


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_labels_are_answers_the_questionnaire_offers(text, expected):
    for field, values in expected.items():
        form_field = PracticeForm.base_fields[field]
        if field == "retention_days":
            assert all(0 <= int(value) <= 36500 for value in values)
        else:
            assert values <= {value for value, _label in form_field.choices}, field


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_every_labelled_answer_is_found(text, expected):
    labelled = {
        (field, value) for field, values in expected.items() for value in values
    }
    assert labelled - suggested(text) == set()


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_no_suggestion_is_milder_than_the_label(text, expected):
    milder = [
        (field, value)
        for field, value in suggested(text)
        if understates(field, value, expected.get(field, set()))
    ]
    assert milder == []


def test_the_bench_figures_meet_their_goals():
    figures = policy_check_figures(policy_sentences())
    assert figures["policy_check_precision"] >= 0.9
    assert figures["policy_check_recall"] >= 0.9
    assert figures["policy_check_understated"] == 0


def test_bench_can_print_only_the_policy_figures():
    out = StringIO()
    assert bench(["--policy-only"], stdout=out) == 0
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "policy_check_precision",
        "policy_check_recall",
        "policy_check_understated",
    ]
    assert lines[-1] == "policy_check_understated: 0 suggestions"
