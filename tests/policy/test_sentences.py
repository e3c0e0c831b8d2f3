"""The policy-text check against labelled sentences: it finds every right answer and
never suggests a milder one."""

import tomllib
from io import StringIO

import pytest

from assessment.forms import PracticeForm
from assessment.policy_check import find_signals, proposals, with_answers
from bench.figures import policy_check_figures, policy_sentences
from bench.policy_score import understates
from bench.run import main as bench
from tests.conftest import ROOT


def batch(name: str, folder: str = "policy") -> list[dict]:
    """A batch of labelled sentences (tests/<folder>/<name>)."""
    return tomllib.loads((ROOT / "tests" / folder / name).read_text())["sentence"]


def labelled(sentences: list[dict], prefix: str = "") -> list:
    return [
        pytest.param(
            sentence["text"],
            {
                path: {str(v) for v in values}
                for path, values in sentence["expected"].items()
            },
            id=f"{prefix}{sentence['language']}-{number}",
        )
        for number, sentence in enumerate(sentences, 1)
    ]


SENTENCES = batch("sentences.toml")
LABELLED = labelled(SENTENCES)
# Written before the patterns saw it (issue 24); tuned on since its first score.
UNSEEN = batch("sentences_unseen.toml")


def suggested(text: str) -> set[tuple[str, str]]:
    return set(proposals(text, find_signals(text)))


@pytest.mark.parametrize("sentences", [SENTENCES, UNSEEN])
@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_each_language_has_at_least_ten_sentences(sentences, language):
    assert len(sentences) >= 40
    assert sum(s["language"] == language for s in sentences) >= 10


def form_answers(path: str, value: str) -> dict:
    """The questionnaire's answers for one labelled fact, through the form's mapping."""
    blank = PracticeForm.initial_from({})
    initial = PracticeForm.initial_from(with_answers({}, [(path, value)]))
    return {name: each for name, each in initial.items() if blank.get(name) != each}


@pytest.mark.parametrize(
    ("text", "expected"),
    LABELLED
    + labelled(UNSEEN, "unseen-")
    + labelled(batch("sentences_fresh.toml"), "fresh-"),
)
def test_labels_are_answers_the_questionnaire_offers(text, expected):
    for path, values in expected.items():
        for value in values:
            answers = form_answers(path, value)
            assert answers, (path, value)
            for name, answer in answers.items():
                PracticeForm.base_fields[name].clean(answer)  # raises if not offered


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_every_labelled_answer_is_found(text, expected):
    labelled = {(path, value) for path, values in expected.items() for value in values}
    assert labelled - suggested(text) == set()


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_no_suggestion_is_milder_than_the_label(text, expected):
    milder = [
        (path, value)
        for path, value in suggested(text)
        if understates(path, value, expected.get(path, set()))
    ]
    assert milder == []


def test_the_bench_figures_meet_their_goals():
    figures = policy_check_figures(policy_sentences())
    assert figures["policy_check_precision"] >= 0.9
    assert figures["policy_check_recall"] >= 0.9
    assert figures["policy_check_understated"] == 0


def test_no_suggestion_on_wording_never_tuned_to_is_milder_than_its_label():
    assert (
        policy_check_figures(policy_sentences("sentences_fresh.toml"))[
            "policy_check_understated"
        ]
        == 0
    )


def test_the_figures_on_wording_first_seen_unseen_meet_their_goals():
    """Issue 24's goals for the batch written before the patterns saw it."""
    figures = policy_check_figures(policy_sentences("sentences_unseen.toml"))
    assert figures["policy_check_precision"] >= 0.9
    assert figures["policy_check_recall"] >= 0.85
    assert figures["policy_check_understated"] == 0


@pytest.mark.parametrize(("text", "expected"), labelled(UNSEEN, "unseen-"))
def test_no_suggestion_on_the_unseen_batch_is_milder_than_the_label(text, expected):
    assert not [
        (path, value)
        for path, value in suggested(text)
        if understates(path, value, expected.get(path, set()))
    ]


def test_bench_can_print_only_the_policy_figures():
    out = StringIO()
    assert bench(["--policy-only"], stdout=out) == 0
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        f"policy_check_{figure}{batch}"
        for batch in ("", "_unseen", "_fresh")
        for figure in ("precision", "recall", "understated")
    ]
    assert lines[2] == "policy_check_understated: 0 suggestions"
    assert lines[-1].endswith(" suggestions")
