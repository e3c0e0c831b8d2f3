"""The questionnaire is described once (assessment/questionnaire.py): its table makes
the forms, the labels and the unknown-answer questions, and matches the format."""

import dataclasses

import pytest
from django.utils import translation
from hypothesis import HealthCheck, assume, given, settings

from assessment import facts, labels, policy_check, questionnaire, rules
from assessment.facts import vocabulary as v
from assessment.forms import PracticeForm, WorkplaceForm
from assessment.questionnaire import MANY, ONE, PRACTICE, WORKPLACE
from tests.strategies import practices, workplaces

# The format's closed vocabularies, by the fact they answer (the spec's contract).
VOCABULARY = {
    "workplace.worker_representation": v.WORKER_REPRESENTATION,
    "workplace.digital_labour_platform": v.YES_NO_UNKNOWN,
    "data": v.DATA,
    "devices": v.DEVICES,
    "when": v.WHEN,
    "captures_private_content": v.YES_NO_UNKNOWN,
    "purposes": v.PURPOSES,
    "inferences": v.INFERENCES,
    "decisions": v.DECISIONS,
    "recipients": v.RECIPIENTS,
    "de_identification": v.DE_IDENTIFICATION,
    "deletion_when_stopped": v.YES_NO_UNKNOWN,
    "lawful_basis": v.LAWFUL_BASIS,
    "participation.mode": v.PARTICIPATION_MODE,
    "participation.incentives": v.YES_NO_UNKNOWN,
    "participation.refusal_consequences": v.YES_NO_UNKNOWN,
    "participation.alternative_offered": v.YES_NO_UNKNOWN,
    "participation.withdrawal": v.WITHDRAWAL,
    "notice": v.NOTICE,
    "notice_before_start": v.YES_NO_UNKNOWN,
    "dpia": v.DPIA,
    "representatives": v.REPRESENTATIVES,
    "access": v.ACCESS,
    "own_data_access": v.YES_NO_UNKNOWN,
}


def test_every_closed_answer_of_the_format_is_asked_with_a_label_for_each_code():
    asked = {
        q.path: q.codes
        for q in (*WORKPLACE, *PRACTICE)
        if q.kind in (ONE, MANY) and not q.blank
    }
    assert asked == VOCABULARY
    for path, codes in VOCABULARY.items():
        for code in codes:
            assert labels.answer(path, code) != code, (path, code)


def test_every_fact_of_a_practice_is_asked():
    fields = {f.name for f in dataclasses.fields(facts.Practice)} - {"participation"}
    fields |= {
        f"participation.{f.name}" for f in dataclasses.fields(facts.Participation)
    }
    assert {q.path for q in PRACTICE} == fields


def test_labels_read_in_german_and_french():
    for lang in ("de", "fr"):
        with translation.override(lang):
            assert labels.answer("data", "keystroke_dynamics") != (
                "Typing rhythm, speed and corrections (not the text)"
            )
            assert str(PracticeForm.base_fields["data"].label) != (
                "What does it collect?"
            )


def test_each_step_of_a_practice_asks_its_own_questions_once():
    asked = [q.path for _step, questions in questionnaire.steps() for q in questions]
    assert asked == [q.path for q in PRACTICE]
    assert all(questions for _step, questions in questionnaire.steps())


@pytest.mark.parametrize(
    "question", [q for q in PRACTICE if q.unknown], ids=lambda q: q.path
)
def test_an_unknown_answer_raises_the_question_the_table_gives(question):
    practice = {"name": "Tracker", "data": ["clicks"], "purposes": ["security"]}
    value = ["unknown"] if question.kind == MANY else "unknown"
    head, _dot, tail = question.path.rpartition(".")
    (practice.setdefault(head, {}) if head else practice)[tail] = value
    if question.path != "purposes":
        practice["purposes"] = ["security"]
    document = {
        "format": v.FORMAT,
        "workplace": {"country": "DE"},
        "practices": [practice],
    }
    result = rules.assess(facts.parse_assessment(document))
    assert (f"practices[0].{question.path}", question.unknown) in {
        (unknown.fact, unknown.question) for unknown in result.unknowns
    }


def parse_practice(document: dict) -> facts.Practice:
    whole = {
        "format": v.FORMAT,
        "workplace": {"country": "DE"},
        "practices": [document],
    }
    return facts.parse_assessment(whole).practices[0]


def form_data(form_class, initial: dict) -> dict:
    """What a browser posts for a form showing `initial`: each radio button already
    on its first answer ("I don't know") unless another is given."""
    data = {
        name: field.initial
        for name, field in form_class.base_fields.items()
        if field.initial is not None
    }
    data.update((key, value) for key, value in initial.items() if value is not None)
    return data


def normal(practice: facts.Practice) -> facts.Practice:
    """What a form can say of a practice: a share in whole percent, and no empty list
    of recipients (ticking none means "I don't know")."""
    rate = practice.participation.enrolment_rate
    if rate is not None:
        participation = dataclasses.replace(
            practice.participation, enrolment_rate=round(rate * 100) / 100
        )
        practice = dataclasses.replace(practice, participation=participation)
    if not practice.recipients:
        practice = dataclasses.replace(practice, recipients=frozenset({"unknown"}))
    return practice


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(practices)
def test_a_practice_goes_through_its_form_and_comes_back_the_same(document):
    assume(document["name"].strip() == document["name"])
    practice = parse_practice(document)
    form = PracticeForm(
        data=form_data(PracticeForm, PracticeForm.initial_from(practice.to_document()))
    )
    assert form.is_valid(), form.errors
    assert normal(parse_practice(form.to_practice())) == normal(practice)


@settings(max_examples=60)
@given(workplaces())
def test_a_workplace_goes_through_its_form_and_comes_back_the_same(workplace):
    document = {"format": v.FORMAT, "workplace": workplace}
    initial = WorkplaceForm.initial_from(document)
    form = WorkplaceForm(data=form_data(WorkplaceForm, initial))
    assert form.is_valid(), form.errors
    back = form.to_document()
    assert facts.parse_assessment({**back, "practices": [PRACTICE_SEEN]}).workplace == (
        facts.parse_assessment({**document, "practices": [PRACTICE_SEEN]}).workplace
    )


PRACTICE_SEEN = {"name": "Tracker", "data": ["clicks"], "purposes": ["security"]}


def test_the_policy_check_proposes_answers_the_questionnaire_asks():
    proposed = {
        (path, value)
        for signal in policy_check.SIGNALS
        for reading in (signal, signal.milder)
        if reading is not None
        for path, value in reading.proposals
    }
    assert set(questionnaire.BY_PATH) >= policy_check.PATHS
    for path, value in proposed:
        assert value in questionnaire.question(path).codes, (path, value)
    assert {q.path for q in PRACTICE if q.kind == MANY} == policy_check.LIST_PATHS


def test_every_question_for_hr_is_asked_under_a_topic_of_the_letter():
    from documents.letters.employee import TOPICS

    for question in (*WORKPLACE, *PRACTICE):
        if question.unknown:
            assert question.topic in TOPICS, question.path


def test_how_the_data_is_linked_to_people_is_asked_as_it_is_answered():
    # It was "Is the data linked to people?" answered "None: data is linked to names".
    question = questionnaire.question("de_identification")
    assert question.label == "How is the data linked to people?"
    assert question.codes == (*v.DE_IDENTIFICATION,)  # the stored codes stay
    levels = {choice.code: choice.label.split(":")[0] for choice in question.choices}
    assert levels == {
        "none": "Directly",
        "pseudonymised": "Through a key",
        "aggregated": "Not individually",
        "anonymised_claimed": "Not at all, the employer says",
        "unknown": "I don't know",
    }


@pytest.mark.parametrize(
    "question",
    [q for q in (*WORKPLACE, *PRACTICE) if q.label.startswith(("How ", "Which "))],
    ids=lambda q: q.path,
)
def test_a_question_asking_how_or_which_is_not_answered_yes_or_no(question):
    for choice in question.choices:
        assert not choice.label.startswith(("Yes", "No ", "No:", "No,")), choice


def test_no_workplace_empties_a_step():
    """A question not asked of some workplaces never leaves its step empty: each step
    keeps one asked of every workplace (the impact assessment, in "Who was
    involved")."""
    for step, questions in questionnaire.steps():
        assert any(q.not_asked_when is None for q in questions), step.slug
    for representation in v.WORKER_REPRESENTATION:
        workplace = {"country": "DE", "worker_representation": representation}
        assert all(questions for _step, questions in questionnaire.steps(workplace))


@pytest.mark.parametrize(
    ("representation", "asked"),
    [
        ("works_council", True),
        ("union", True),
        ("both", True),
        ("unknown", True),  # not knowing is no reason to leave it out
        ("none", False),
    ],
)
def test_how_representatives_were_involved_is_asked_only_where_there_are_some(
    representation, asked
):
    workplace = {"country": "DE", "worker_representation": representation}
    paths = [q.path for q in questionnaire.practice_questions(workplace)]
    assert ("representatives" in paths) is asked
    assert [q.path for q in questionnaire.step_of("involved", workplace)[2]] == (
        ["dpia", "representatives"] if asked else ["dpia"]
    )
    form = PracticeForm(workplace=workplace)
    assert ("representatives" in form.fields) is asked
    assert "dpia" in form.fields
    document = {
        "format": v.FORMAT,
        "workplace": workplace,
        "practices": [{**PRACTICE_SEEN, "representatives": "unknown"}],
    }
    result = rules.assess(facts.parse_assessment(document))
    questions = {(u.fact, u.question) for u in result.unknowns}
    unknown = (
        "practices[0].representatives",
        "Were workers' representatives involved?",
    )
    assert (unknown in questions) is asked


def test_without_representatives_no_finding_or_score_rests_on_how_they_were_involved():
    """The same practice with every answer about representatives: where there are
    none, the same verdict whatever it says (and none for an unknown)."""
    verdicts = set()
    for answer in v.REPRESENTATIVES:
        document = {
            "format": v.FORMAT,
            "workplace": {"country": "IE", "worker_representation": "none"},
            "practices": [
                {
                    **PRACTICE_SEEN,
                    "data": ["keystroke_dynamics"],
                    "purposes": ["ai_training"],
                    "representatives": answer,
                }
            ],
        }
        result = rules.assess(facts.parse_assessment(document))
        verdicts.add((result.score, tuple(f.rule.slug for f in result.findings)))
    assert len(verdicts) == 1


def test_a_condition_on_an_answer_the_workplace_cannot_give_is_refused(monkeypatch):
    wrong = questionnaire.WorkplaceAnswer("workplace.worker_representation", ("nil",))
    changed = tuple(
        dataclasses.replace(q, not_asked_when=wrong) if q.not_asked_when else q
        for q in PRACTICE
    )
    monkeypatch.setattr(questionnaire, "PRACTICE", changed)
    with pytest.raises(ValueError, match="representatives"):
        questionnaire._check_conditions()


def test_the_policy_check_suggests_only_what_the_workplace_is_asked():
    text = "The works council was consulted. Data is kept for 90 days."
    found = policy_check.find_signals(text)
    everywhere = policy_check.proposals(text, found)
    assert ("representatives", "consulted") in everywhere
    none = policy_check.proposals(text, found, {"worker_representation": "none"})
    assert none == [p for p in everywhere if p[0] != "representatives"]
    assert ("retention", "90") in none
