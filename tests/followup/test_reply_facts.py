"""Facts read from HR's replies against the labelled reply sentences
(tests/followup/reply_facts.toml): only the reply's own words count, denials state
nothing, and the labels are answers the questionnaire offers."""

import tomllib

import pytest

from assessment.policy_check import find_signals, proposals, understates
from documents.replies import statements
from tests.conftest import ROOT
from tests.followup.corpus import fact_lines
from tests.policy.test_sentences import form_answers

SENTENCES = tomllib.loads(
    (ROOT / "tests" / "followup" / "reply_facts.toml").read_text()
)["sentence"]
LABELLED = [
    pytest.param(
        sentence["text"],
        {
            (path, str(value))
            for path, values in sentence["expected"].items()
            for value in values
        },
        id=f"{sentence['language']}-{number}",
    )
    for number, sentence in enumerate(SENTENCES, 1)
]


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_each_language_has_replies_with_and_without_facts(language):
    mine = [s for s in SENTENCES if s["language"] == language]
    assert len(SENTENCES) >= 20
    assert any(s["expected"] for s in mine)
    assert any(not s["expected"] for s in mine)


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_labels_are_answers_the_questionnaire_offers(text, expected):
    for path, value in expected:
        assert form_answers(path, value), (path, value)


def stated(text: str) -> set[tuple[str, str]]:
    """What the app reads from a reply: its own sentences through the policy check."""
    body = statements(text)
    return set(proposals(body, find_signals(body)))


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_a_reply_states_exactly_its_labelled_facts(text, expected):
    assert stated(text) == expected


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_no_fact_from_a_reply_is_milder_than_the_label(text, expected):
    labels: dict[str, set[str]] = {}
    for path, value in expected:
        labels.setdefault(path, set()).add(value)
    assert not [
        (path, value)
        for path, value in stated(text)
        if understates(path, value, labels.get(path, set()))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We have not yet carried out an impact assessment.", ("dpia", "not_done")),
        ("Eine Folgenabschätzung wurde nicht durchgeführt.", ("dpia", "not_done")),
        ("Nous n'avons pas encore réalisé d'analyse d'impact.", ("dpia", "not_done")),
        (
            "Nobody will suffer any negative consequences for declining.",
            ("participation.refusal_consequences", "no"),
        ),
    ],
)
def test_a_denial_is_read_as_one_never_as_its_opposite(text, expected):
    assert stated(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "We may end the programme at any time.",
        "The endpoint agent can be updated at any time; participation is mandatory.",
        "You may withdraw your consent at any time.",
        "We only keep two weeks of data.",
        "Withdrawing consent does not affect the lawfulness of earlier processing.",
    ],
)
def test_wording_that_only_sounds_like_a_promise_states_none(text):
    promises = {"participation.withdrawal", "participation.refusal_consequences"}
    assert {path for path, _value in stated(text)} & {*promises, "access"} == set()


def test_no_fact_from_a_held_out_reply_understates_its_label():
    assert "reply_facts_understated_held_out: 0 answers" in fact_lines()


def test_the_figures_are_printed_as_the_bench_prints_them():
    names = [line.split(":")[0] for line in fact_lines()]
    assert names == [
        "reply_facts_precision",
        "reply_facts_recall",
        "reply_facts_understated",
        "reply_facts_precision_held_out",
        "reply_facts_recall_held_out",
        "reply_facts_understated_held_out",
        "reply_facts_precision_unseen",
        "reply_facts_recall_unseen",
        "reply_facts_understated_unseen",
    ]
