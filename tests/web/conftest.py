"""Fixtures for the employee journey: form data for a workplace and for practices."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.views.debug import SafeExceptionReporterFilter

from assessment.models import Assessment
from documents.report import report_cache_key


def hidden_from_error_reports(response) -> set[str]:
    """The posted fields an error report of the request would show as stars."""
    shown = SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)
    posted = response.wsgi_request.POST
    return {name for name in posted if shown[name] != posted[name]}


WORKPLACE = {
    "title": "Laptop monitoring",
    "employer_name": "",
    "employer_sector": "",
    "country": "IE",
    "region": "",
    "worker_representation": "none",
}
PRACTICE_DEFAULTS = {
    "name": "Activity capture",
    "data": ["keystroke_dynamics", "mouse_movement", "clicks"],
    "purposes": ["ai_training"],
    "when": "work_hours",
    "captures_private_content": "unknown",
    "decisions": "unknown",
    "de_identification": "anonymised_claimed",
    "retention_kind": "unknown",
    "retention_days": "",
    "deletion_when_stopped": "unknown",
    "lawful_basis": "consent",
    "participation_mode": "opt_in",
    "participation_incentives": "yes",
    "participation_refusal_consequences": "unknown",
    "participation_alternative_offered": "unknown",
    "participation_withdrawal": "unknown",
    "participation_enrolment_rate": "70",
    "notice": "vague_written",
    "notice_before_start": "yes",
    "dpia": "unknown",
    "representatives": "not_involved",
    "access": "unknown",
    "own_data_access": "unknown",
    "policy_excerpt": "",
}


def practice_data(**changes) -> dict:
    return {**PRACTICE_DEFAULTS, **changes}


@pytest.fixture
def started(client, db):
    """A browser that has started an assessment: (client, record, resume token)."""
    response = client.post(reverse("assessment:start"), WORKPLACE)
    record = Assessment.objects.get()
    saved = client.get(response["Location"])
    token = saved.context["resume_url"].rstrip("/").rsplit("/", 1)[-1]
    return client, record, token


@pytest.fixture
def assessed(started):
    client, record, token = started
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]), practice_data()
    )
    record.refresh_from_db()
    return client, record, token


def stored_reports(record: Assessment) -> list[str]:
    """Reports of `record` stored as a task would, in three languages: their keys."""
    keys = [
        report_cache_key(record.document, lang, timezone.localdate(), record.as_of)
        for lang in ("en", "de", "fr")
    ]
    cache.set_many(dict.fromkeys(keys, b"%PDF stored"))
    return keys


def employee_state(client) -> dict:
    """What the browser's own signed cookie holds (assessment.access)."""
    from assessment.access import STATE_COOKIE, read_state

    cookie = client.cookies.get(STATE_COOKIE)
    return read_state(cookie.value if cookie else None)


def served_assessment(server) -> tuple:
    """A new visitor of a served app (tests.serving) with an assessment of one
    practice, and the assessment's public id."""
    from tests.serving import Visitor

    visitor = Visitor(server)
    visitor.get("/assess/")
    visitor.post("/assess/", WORKPLACE)
    public_id = re.search(r"/assess/([0-9a-f-]{36})/", visitor.location)[1]
    practice = reverse("assessment:practice_new", args=[public_id])
    visitor.get(practice)
    visitor.post(practice, practice_data())
    return visitor, public_id
