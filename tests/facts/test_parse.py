"""Reading oversight.assessment/1: exact agreement with the schema, errors by path."""

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessment.facts import (
    InvalidAssessment,
    load_assessment,
    parse_assessment,
)
from tests.builders import document
from tests.strategies import documents


def errors_of(doc) -> list[str]:
    with pytest.raises(InvalidAssessment) as caught:
        parse_assessment(doc)
    return [str(error) for error in caught.value.errors]


def test_a_valid_document_becomes_typed_immutable_objects():
    assessment = parse_assessment(document("FR", {"retention": 31}))
    practice = assessment.practices[0]
    assert assessment.workplace.country == "FR"
    assert practice.retention == 31
    assert practice.data == frozenset({"cctv"})
    with pytest.raises(AttributeError):
        practice.retention = 1  # type: ignore[misc]


def test_unanswered_questions_read_as_unknown():
    minimal = {
        "format": "oversight.assessment/1",
        "workplace": {"country": "DE"},
        "practices": [{"name": "x", "data": ["cctv"], "purposes": ["security"]}],
    }
    practice = parse_assessment(minimal).practices[0]
    assert practice.retention == "unknown"
    assert practice.lawful_basis == "unknown"
    assert practice.participation.incentives == "unknown"
    assert practice.recipients == frozenset({"unknown"})


def test_retention_error_names_the_path_and_what_is_expected():
    assert errors_of(document(changes={"retention": "forever"})) == [
        'practices[0].retention: expected a number of days (0 to 36500), "unknown" or '
        '"indefinite", got "forever"'
    ]


def test_an_enrolment_rate_of_null_is_refused_as_the_schema_refuses_it():
    participation = {"mode": "opt_in", "enrolment_rate": None}
    assert errors_of(document(changes={"participation": participation})) == [
        "practices[0].participation.enrolment_rate: expected a share between 0 and 1 "
        "(0.7 for 70%), got null"
    ]


def test_all_errors_are_reported_at_once():
    doc = document(changes={"when": "sometimes", "data": [], "participation.mode": 3})
    doc["workplace"]["country"] = "Germany"
    doc["colour"] = "red"
    assert errors_of(doc) == [
        "colour: unknown field, not part of this format",
        'workplace.country: "Germany" is not allowed; expected a two-letter country '
        "code like DE",
        'practices[0].data: must name at least one; expected one of "keystroke_content", '
        '"keystroke_dynamics", "mouse_movement", "clicks", "scrolling", "screenshots", '
        '"screen_recording", "app_and_web_usage", "activity_time", '
        '"communications_content", "communications_metadata", "webcam", "microphone", '
        '"location", "biometric_id", "productivity_events", "manager_notes", "cctv"',
        'practices[0].when: "sometimes" is not allowed; expected one of "work_hours", '
        '"always", "unknown"',
        'practices[0].participation.mode: 3 is not allowed; expected one of "mandatory", '
        '"opt_out", "opt_in", "unknown"',
    ]


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "expected a JSON object (an assessment)"),
        (
            {"workplace": {"country": "DE"}, "practices": []},
            "format: missing; this field is required",
        ),
        (
            {**document(), "format": "oversight.assessment/2"},
            'format: unsupported format "oversight.assessment/2"; expected '
            '"oversight.assessment/1"',
        ),
        (
            {**document(), "practices": []},
            "practices: must describe at least one practice",
        ),
        (
            document(changes={"data": ["cctv", "cctv"]}),
            'practices[0].data: "cctv" is listed twice',
        ),
        (
            document(changes={"participation.enrolment_rate": 70}),
            "practices[0].participation.enrolment_rate: expected a share between 0 and 1 "
            "(0.7 for 70%), got 70",
        ),
        (
            document(changes={"retention": True}),
            'practices[0].retention: expected a number of days (0 to 36500), "unknown" or '
            '"indefinite", got true',
        ),
    ],
)
def test_bad_documents_get_a_message_naming_the_field(doc, message):
    assert message in errors_of(doc)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{",
            "not valid JSON: Expecting property name enclosed in double quotes "
            "(line 1, column 2)",
        ),
        (b"\xff\xfe", "the file is not UTF-8 text"),
    ],
)
def test_text_that_is_not_json_is_reported_plainly(text, message):
    with pytest.raises(InvalidAssessment) as caught:
        load_assessment(text)
    assert str(caught.value) == message


def test_a_whole_number_written_as_a_float_is_a_number_of_days():
    assert (
        parse_assessment(document(changes={"retention": 30.0})).practices[0].retention
        == 30
    )


@settings(max_examples=200, deadline=None)
@given(documents)
def test_the_canonical_form_is_valid_and_round_trips(assessment_schema, doc):
    assessment_schema.validate(doc)
    assessment = parse_assessment(doc)
    exported = json.loads(json.dumps(assessment.to_document()))
    assessment_schema.validate(exported)
    assert parse_assessment(exported) == assessment


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 40000)
    | st.floats(-2, 2)
    | st.sampled_from(["unknown", "yes", "DE", "US-NY", "", "cctv", "x" * 201]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["name", "data", "mode", "x"]), inner, max_size=3
        )
    ),
    max_leaves=6,
)


def _containers(value, found):
    if isinstance(value, dict):
        found.append(value)
        for child in value.values():
            _containers(child, found)
    elif isinstance(value, list):
        for child in value:
            _containers(child, found)
    return found


@st.composite
def mutated_documents(draw):
    doc = copy.deepcopy(draw(documents))
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(_containers(doc, [])))
        keys = list(target)
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "add" or not keys:
            target[draw(st.sampled_from(["extra", "name", "mode", "region"]))] = draw(
                JSON_VALUES
            )
        elif action == "remove":
            del target[draw(st.sampled_from(keys))]
        else:
            target[draw(st.sampled_from(keys))] = draw(JSON_VALUES)
    return doc


@settings(max_examples=400, deadline=None)
@given(mutated_documents())
def test_the_parser_accepts_exactly_what_the_schema_accepts(assessment_schema, doc):
    schema_says_valid = assessment_schema.is_valid(doc)
    try:
        parse_assessment(doc)
        parser_says_valid = True
    except InvalidAssessment:
        parser_says_valid = False
    assert parser_says_valid == schema_says_valid
