"""An employee's browser keeps its own state in a signed cookie, not a session row."""

import uuid

import pytest
from django.contrib.sessions.models import Session
from django.test import override_settings
from django.urls import reverse

from assessment.access import (
    GRANTS,
    MAX_GRANTS,
    NEW_TOKEN,
    STATE_COOKIE,
    read_state,
    signed_state,
)
from assessment.services import new_token
from councils.access import CAMPAIGNS, SUBMITTED
from tests.web.conftest import WORKPLACE, employee_state

pytestmark = pytest.mark.django_db


def test_starting_an_assessment_writes_no_session_row(client):
    response = client.post(reverse("assessment:start"), WORKPLACE)
    saved = client.get(response["Location"])
    assert saved.context["resume_url"]
    assert len(employee_state(client)[GRANTS]) == 1
    assert NEW_TOKEN not in employee_state(client)  # shown once, then gone
    assert not Session.objects.exists()


def test_an_altered_cookie_opens_nothing(assessed):
    client, record, _token = assessed
    url = reverse("assessment:result", args=[record.public_id])
    assert client.get(url).status_code == 200
    value = client.cookies[STATE_COOKIE].value
    client.cookies[STATE_COOKIE] = value[:-2] + ("AA" if value[-2:] != "AA" else "BB")
    assert client.get(url).status_code == 404
    with override_settings(SECRET_KEY="another key, as someone forging would"):
        client.cookies[STATE_COOKIE] = signed_state({GRANTS: [str(record.public_id)]})
    assert client.get(url).status_code == 404


def test_a_full_state_fits_in_a_cookie():
    pids = [str(uuid.uuid4()) for _ in range(MAX_GRANTS)]
    state = {
        GRANTS: pids,
        CAMPAIGNS: {pid: new_token()[:16] for pid in pids},
        SUBMITTED: pids,
        NEW_TOKEN: new_token(),
    }
    value = signed_state(state)
    assert len(f"{STATE_COOKIE}={value}") < 4000
    assert read_state(value) == state


def test_the_state_keeps_nothing_of_assessments_no_longer_granted():
    kept, dropped = str(uuid.uuid4()), str(uuid.uuid4())
    value = signed_state(
        {
            GRANTS: [kept],
            CAMPAIGNS: {kept: "a", dropped: "b"},
            SUBMITTED: [dropped],
        }
    )
    assert read_state(value) == {GRANTS: [kept], CAMPAIGNS: {kept: "a"}}


def test_the_state_keeps_no_key_no_app_registered():
    pid = str(uuid.uuid4())
    value = signed_state({GRANTS: [pid], "unknown": {pid: "x"}})
    assert read_state(value) == {GRANTS: [pid]}
