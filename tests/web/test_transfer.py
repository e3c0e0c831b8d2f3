"""Import and export: files in, files out, nothing half-saved."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessment.models import Assessment
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.django_db


def upload(client, content: bytes, name="assessment.json"):
    return client.post(
        reverse("assessment:import"), {"file": SimpleUploadedFile(name, content)}
    )


def test_importing_a_valid_file_creates_an_assessment_with_a_resume_link(client):
    content = (EXAMPLES / "leisure-biometrics-gb.json").read_bytes()
    response = upload(client, content)
    record = Assessment.objects.get()
    # An import lands on its result, which shows the resume link this once.
    assert response["Location"] == reverse("assessment:result", args=[record.public_id])
    page = client.get(response["Location"])
    assert "Keep this secret link" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    again = client.get(response["Location"]).content.decode()
    assert "Keep this secret link" not in again
    assert record.grade == "F"  # see docs/examples/expectations.toml


def test_a_file_without_practices_explains_that_a_practice_is_needed(client):
    document = json.loads((EXAMPLES / "leisure-biometrics-gb.json").read_text())
    document["practices"] = []
    response = upload(client, json.dumps(document).encode())
    text = response.content.decode()
    assert response.status_code == 400
    assert "practices: must describe at least one practice" in text
    assert "This file describes no monitoring practice" in text
    assert f'href="{reverse("assessment:start")}"' in text
    assert Assessment.objects.count() == 0


def test_an_invalid_file_lists_every_problem_and_saves_nothing(client):
    document = json.loads((EXAMPLES / "leisure-biometrics-gb.json").read_text())
    document["practices"][0]["retention"] = "forever"
    document["workplace"]["country"] = "Britain"
    response = upload(client, json.dumps(document).encode())
    text = response.content.decode()
    assert response.status_code == 400
    assert "The file was not imported" in text
    assert "workplace.country: &quot;Britain&quot; is not allowed" in text
    assert "practices[0].retention: expected a number of days" in text
    assert Assessment.objects.count() == 0


def test_a_file_that_is_not_json_says_so(client):
    response = upload(client, b"this is not json")
    assert "not valid JSON" in response.content.decode()
    assert Assessment.objects.count() == 0


def test_a_file_over_one_megabyte_is_refused(client):
    response = upload(client, b" " * 1_100_000)
    assert response.status_code == 200
    assert "at most 1 MB" in response.content.decode()
    assert Assessment.objects.count() == 0


def test_export_gives_back_both_formats(assessed, assessment_schema, result_schema):
    client, record, _token = assessed
    exported = client.get(
        reverse("assessment:export_assessment", args=[record.public_id])
    )
    assert "attachment" in exported["Content-Disposition"]
    assessment_schema.validate(json.loads(exported.content))
    result = client.get(reverse("assessment:export_result", args=[record.public_id]))
    result_schema.validate(json.loads(result.content))
    assert json.loads(result.content)["grade"] == record.grade


def test_an_exported_assessment_imports_to_the_same_result(assessed, client_factory):
    client, record, _token = assessed
    exported = client.get(
        reverse("assessment:export_assessment", args=[record.public_id])
    ).content
    upload(client_factory(), exported)
    twin = Assessment.objects.exclude(pk=record.pk).get()
    assert twin.result == record.result
    assert twin.document == record.document


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (
            b'{"format": "oversight.assessment/1", "workplace": {"country": "DE"}, '
            b'"practices": [{"name": "x", "data": ["cctv"], "purposes": ["security"], '
            b'"retention": ' + b"9" * 5000 + b"}]}",
            "far too many digits",
        ),
        (
            b'{"format": "oversight.assessment/1", "title": "a\\u0000b", '
            b'"workplace": {"country": "DE"}, "practices": [{"name": "x", '
            b'"data": ["cctv"], "purposes": ["security"]}]}',
            "title: contains a NUL character",
        ),
        (
            b'{"format": "oversight.assessment/1", "workplace": {"country": "DE"}, '
            b'"practices": [{"name": "x\\ud800", "data": ["cctv"], '
            b'"purposes": ["security"]}]}',
            "practices[0].name: contains a lone surrogate",
        ),
    ],
    ids=["deep-nesting", "huge-number", "nul", "lone-surrogate"],
)
def test_hostile_files_are_refused_with_a_message_not_a_server_error(
    client, content, message
):
    response = upload(client, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Assessment.objects.count() == 0


# Anything a JSON file can hold, with the values that once broke an import: NUL, lone
# surrogates, numbers of thousands of digits, nesting deeper than the parser's stack.
awkward_text = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=20
) | st.sampled_from(["\x00", "x\ud800", "\udfff", "", " " * 5])
awkward_scalar = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([10**4000, -(10**400), 2**63, 1e308])
    | st.floats(allow_nan=False)
    | awkward_text
)
awkward_json = st.recursive(
    awkward_scalar,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(awkward_text, inner, max_size=4)
    ),
    max_leaves=12,
)


def _encode(document) -> bytes:
    # ensure_ascii writes a lone surrogate as an escape, which JSON allows.
    return json.dumps(document, ensure_ascii=True).encode()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    path=st.sampled_from(
        [
            (),
            ("workplace",),
            ("workplace", "country"),
            ("practices",),
            ("practices", 0, "name"),
            ("practices", 0, "data"),
            ("practices", 0, "retention"),
            ("practices", 0, "participation"),
            ("employer",),
        ]
    ),
    value=awkward_json,
    depth=st.sampled_from([0, 0, 0, 5000]),
)
def test_no_import_ends_in_a_server_error(client, path, value, depth):
    """A valid file with one value replaced by anything: refused with a message, or
    imported; never a 5xx, on SQLite and on PostgreSQL alike."""
    document = json.loads((EXAMPLES / "leisure-biometrics-gb.json").read_text())
    if path:
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    else:
        document = value
    content = _encode(document)
    if depth:
        content = b"[" * depth + content + b"]" * depth
    response = upload(client, content)
    assert response.status_code in (200, 302, 400), response.status_code
    if response.status_code == 400:
        assert "problem" in response.content.decode().lower() or "error" in (
            response.content.decode().lower()
        )


def test_a_german_land_goes_out_and_comes_back_in_the_format(
    client, client_factory, assessment_schema
):
    document = json.loads((EXAMPLES / "leisure-biometrics-gb.json").read_text())
    document["workplace"] = {
        **document["workplace"],
        "country": "DE",
        "region": "DE-BY",
    }
    assessment_schema.validate(document)
    upload(client, json.dumps(document).encode())
    record = Assessment.objects.get()
    exported = json.loads(
        client.get(
            reverse("assessment:export_assessment", args=[record.public_id])
        ).content
    )
    assessment_schema.validate(exported)
    assert exported["workplace"]["region"] == "DE-BY"
    upload(client_factory(), json.dumps(exported).encode())
    twin = Assessment.objects.exclude(pk=record.pk).get()
    assert twin.document["workplace"]["region"] == "DE-BY"
