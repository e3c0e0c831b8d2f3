"""A finding never claims unknown what was answered.

Every rule whose title or explanation says that something is not known names here
what its text says is unknown, read from the text, not from the rule's condition.
Starting from the case where the rule fires (tests/rules/test_each_rule.py), each
of those facts takes every answer the questionnaire offers: wherever the rule still
fires, what its text says must be true of the answers.
"""

import itertools
import re
from typing import NamedTuple

import pytest

from assessment import questionnaire
from assessment.rules import CATALOGUE, assess
from assessment.rules.base import Condition
from assessment.rules.conditions import all_of, answer, includes
from tests.builders import META_LIKE, assessment
from tests.rules.test_each_rule import CASES

# Words by which a rule's text says that something about this practice is not known.
SAYS_UNKNOWN = re.compile(
    r"\b(not known|unknown|unclear|not disclosed|is known)\b", re.IGNORECASE
)
# Texts with those words that state the law, not what is known of the practice.
STATES_THE_LAW = {
    "ca-warehouse-quotas": "no one may be punished for a quota that was not disclosed",
}


class Claim(NamedTuple):
    paths: tuple[str, ...]  # the facts the text speaks of
    holds: Condition  # what the text says of them


def unknown(*paths: str) -> Claim:
    """The text says each of these facts is unknown."""
    return Claim(paths, all_of(*(_is_unknown(path) for path in paths)))


def _is_unknown(path: str) -> Condition:
    if questionnaire.question(path).kind == questionnaire.MANY:
        return includes(path, "unknown")
    return answer(path, "unknown")


CLAIMS = {
    "participation-reward-unknown": unknown("participation.incentives"),
    "refusal-consequences-unknown": unknown("participation.refusal_consequences"),
    "alternative-unknown": unknown("participation.alternative_offered"),
    "withdrawal-unknown": unknown("participation.withdrawal"),
    "lawful-basis-unknown": unknown("lawful_basis"),
    "lawful-basis-unknown-for-intrusive-monitoring": unknown("lawful_basis"),
    "retention-unknown": unknown("retention"),
    "deletion-when-practice-ends-unknown": unknown("deletion_when_stopped"),
    "notice-unknown": unknown("notice"),
    "notice-timing-unknown": unknown("notice_before_start"),
    "monitoring-hours-unknown": unknown("when"),
    "private-content-unknown": unknown("captures_private_content"),
    "de-identification-unknown": unknown("de_identification"),
    "decision-use-unknown": unknown("decisions"),
    "dpia-unknown": unknown("dpia"),
    "access-unknown": unknown("access"),
    "recipients-unknown": unknown("recipients"),
    "representatives-involvement-unknown": unknown("representatives"),
    "own-data-access-unknown": unknown("own_data_access"),
    # "The purposes are unknown or as broad as improving products or services."
    "purpose-may-include-ai-training": Claim(
        ("purposes",), includes("purposes", "unknown", "product_improvement")
    ),
    # "No risk assessment is known here."
    "ca-ai-training-without-risk-assessment": Claim(
        ("dpia",), answer("dpia", "not_done", "unknown")
    ),
}

DAYS = (30, 400, 2000)


def answers_to(path: str) -> list:
    """Every answer the questionnaire offers for a fact, as the format holds it."""
    question = questionnaire.question(path)
    if question.kind == questionnaire.MANY:
        return [[code] for code in question.codes]
    if question.kind == questionnaire.DURATION:
        return [*DAYS, "indefinite", "unknown"]
    return list(question.codes)


def claims_unknown(rule) -> bool:
    return any(SAYS_UNKNOWN.search(text) for text in (rule.title, rule.explanation))


def test_every_rule_that_says_something_is_unknown_names_what():
    saying = {rule.slug for rule in CATALOGUE if claims_unknown(rule)}
    assert saying - set(STATES_THE_LAW) == set(CLAIMS)


FIRES = {param.values[0]: param.values[1:4] for param in CASES}


@pytest.mark.parametrize("slug", sorted(CLAIMS))
def test_a_rule_says_unknown_only_what_is_unknown(slug):
    country, workplace, fires = FIRES[slug]
    claim = CLAIMS[slug]
    for values in itertools.product(*(answers_to(path) for path in claim.paths)):
        changes = {**fires, **dict(zip(claim.paths, values, strict=True))}
        document = assessment(country, changes, **workplace)
        result = assess(document)
        found = [f for f in result.findings + result.coming if f.rule.slug == slug]
        if found:
            practice, place = document.practices[0], document.workplace
            assert claim.holds(practice, place) is not None, (slug, changes)


def test_a_finding_neither_calls_answered_conditions_unknown_nor_asks_them_again():
    # The walkthrough: rewarded (yes) and no alternative (no) were answered; how to
    # stop taking part was not.
    changes = {
        **META_LIKE,
        "participation.mode": "opt_in",
        "participation.withdrawal": "unknown",
    }
    result = assess(assessment("DE", changes))
    texts = " ".join(
        f"{f.rule.title} {f.rule.explanation}" for f in result.findings
    ).lower()
    questions = {q for f in result.findings for q in f.rule.questions}
    assert "whether taking part is rewarded" not in texts
    assert "whether an alternative" not in texts
    assert "how someone stops taking part" in texts
    assert "Is taking part linked to any reward or rating?" not in questions
    assert "What alternative is offered to those who refuse?" not in questions
    slugs = {f.rule.slug for f in result.findings}
    assert {"participation-rewarded", "no-alternative-offered"} <= slugs


def not_asked_there(slug: str) -> bool:
    """Whether the rule's place, without representatives, is not asked how they were
    involved (Italy still asks it: questionnaire.py)."""
    country, workplace, _fires = FIRES[slug]
    there = {**workplace, "country": country, "worker_representation": "none"}
    return not questionnaire.asks("representatives", there)


@pytest.mark.parametrize("slug", sorted(s for s in FIRES if not_asked_there(s)))
def test_no_finding_rests_on_a_question_the_workplace_is_not_asked(slug):
    """From the case where each rule fires, in its place, with neither a works
    council nor a union and how they were involved left unknown (it is not asked
    there): no finding rests on that unknown answer, and HR is not asked it."""
    country, workplace, fires = FIRES[slug]
    changes = {
        **fires,
        "representatives": "unknown",
        "workplace.worker_representation": "none",
    }
    document = assessment(country, changes, **workplace)
    assert document.workplace.worker_representation == "none"
    result = assess(document)
    for finding in result.findings + result.coming:
        assert "practices[0].representatives" not in finding.fact_paths(), (
            finding.rule.slug
        )
    assert all(u.fact != "practices[0].representatives" for u in result.unknowns)
