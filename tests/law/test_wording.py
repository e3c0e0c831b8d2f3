"""A place says some things its own way: the United States asks about a union, not a
works council, and spells its English as Americans do (issue 25)."""

import re

import pytest
from django.utils import translation

from assessment import labels, law, questionnaire, rules
from assessment.rules.unknowns import PRACTICE_QUESTIONS, WORKPLACE_QUESTIONS

# British spellings a US reader should never meet in the rules' words.
BRITISH = re.compile(
    r"anonymis|pseudonymis|minimis|organis|authoris|recognis|behaviour|labour|"
    r"enrolment|fulfilment|judgement|centre\b|licence|catalogue",
    re.IGNORECASE,
)
WORKS_COUNCIL = re.compile(r"works council", re.IGNORECASE)


def _messages() -> set[str]:
    """Every English message of the questionnaire and the rules that a place could
    word otherwise."""
    messages = set(labels.CONCERN_NAMES.values())
    for question in (*questionnaire.WORKPLACE, *questionnaire.PRACTICE):
        messages |= {question.label, question.help, question.unknown}
        messages |= {choice.label for choice in question.choices}
    for rule in rules.CATALOGUE:
        messages |= {rule.title, rule.explanation, *rule.questions}
    return messages - {""}


def _us_rules():
    reaching = law.codes_of("US", "US-CA") | law.codes_of("US", "US-IL")
    return [rule for rule in rules.CATALOGUE if rule.applies_in(reaching)]


@pytest.mark.parametrize("code", sorted(law.JURISDICTIONS))
def test_a_place_words_only_messages_that_exist(code):
    """A question reworded in the questionnaire would otherwise silently lose its
    wording for the place."""
    assert set(law.jurisdiction(code).wording) <= _messages()


def test_the_united_states_is_asked_about_a_union():
    with translation.override("en"):
        asked = str(labels.question("workplace.worker_representation", "US"))
        involved = str(labels.question("representatives", "US"))
        answers = dict(labels.answers("workplace.worker_representation", "US"))
        everywhere_else = str(labels.question("workplace.worker_representation", "DE"))
    assert asked == "Is there a union at this workplace?"
    assert involved == "How was the union involved?"
    assert str(answers["union"]) == "A union" and str(answers["none"]) == "No union"
    assert everywhere_else == "Is there a works council or union at this workplace?"


def test_no_question_or_answer_names_a_works_council_to_a_us_workplace():
    with translation.override("en"):
        for question in (*questionnaire.WORKPLACE, *questionnaire.PRACTICE):
            words = [question.label, question.help, question.unknown]
            words += [choice.label for choice in question.choices]
            said = [str(labels.said(word, "US")) for word in words if word]
            assert WORKS_COUNCIL.findall(" ".join(said)) == [], question.path


def test_every_rule_a_us_workplace_meets_reads_in_american_spelling():
    """The registry's spellings cover every British spelling of the rules' words
    and of the questions for HR that a US result asks."""
    assert _us_rules()
    texts = [
        text
        for rule in _us_rules()
        for text in (rule.title, rule.explanation, *rule.questions)
    ]
    texts += [*PRACTICE_QUESTIONS.values(), *WORKPLACE_QUESTIONS.values()]
    texts += list(labels.CONCERN_NAMES.values())
    assert any(BRITISH.search(text) for text in texts)  # there is work to do
    missed = [
        BRITISH.findall(law.respelled(text, "US"))
        for text in texts
        if BRITISH.search(law.respelled(text, "US"))
    ]
    assert missed == []


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("Anonymised claims", "Anonymized claims"),
        ("organising, labour and enrolment", "organizing, labor and enrollment"),
        ("a fulfilment centre", "a fulfillment center"),
        ("Behavioural data", "Behavioral data"),
        # Whole words only: "analyses" is a noun's plural too, and stays.
        ("two analyses", "two analyses"),
    ],
)
def test_us_spelling_replaces_whole_words_and_keeps_capitals(british, american):
    assert law.respelled(british, "US") == american
    assert law.respelled(british, "GB") == british


def test_a_us_workplace_in_german_reads_german_while_its_wording_is_untranslated():
    message = "Is there a works council or union at this workplace?"
    with translation.override("de"):
        general = translation.gettext(message)
        translated = translation.gettext("Is there a union at this workplace?")
        asked = str(labels.question("workplace.worker_representation", "US"))
    assert general != message  # the German catalogue has the general question
    if translated == "Is there a union at this workplace?":
        assert asked == general
    else:
        assert asked == translated


def test_a_us_source_is_cited_in_english_with_its_date_month_first():
    day_first = re.compile(
        r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|"
        r"October|November|December) \d{4}"
    )
    cited = [
        source.citation.en
        for source in law.SOURCES.values()
        if source.jurisdiction.split("-")[0] == "US"
    ]
    assert cited and [text for text in cited if day_first.search(text)] == []
