"""The agreement pages on the real database: members only, forms that keep what was
typed, downloads that read back, and the employer's draft checked."""

import io

import pytest
from django.urls import reverse
from docx import Document

from councils.agreements import library
from tests.agreements.fixtures import meta_like_campaign
from tests.councils.fixtures import PASSWORD

pytestmark = pytest.mark.django_db

WEAK_DRAFT = """Betriebsvereinbarung über den Einsatz von Microsoft 365

§ 2 Zweck. Die Daten werden insbesondere zur Gewährleistung der IT-Sicherheit und zur
Verbesserung der Arbeitsabläufe verwendet.

§ 3 Speicherung. Die Daten werden gespeichert, solange dies erforderlich ist.

§ 4 Auswertungen. Erkenntnisse können für arbeitsrechtliche Maßnahmen verwendet werden.

§ 5 KI. Nutzungsdaten werden zur Verbesserung von KI-Funktionen genutzt, sofern die
Beschäftigten nicht widersprechen.

§ 6 Änderungen. Der Arbeitgeber kann die Anlagen an technische Entwicklungen anpassen.

§ 7 Kündigung. Die Vereinbarung kann mit einer Frist von drei Monaten gekündigt werden.
"""


@pytest.fixture
def campaign(people):
    return meta_like_campaign(people["council"])


def signed_in(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def valid_form(**changes) -> dict:
    data = {
        "lang": "de",
        "file_format": "docx",
        "council": "Betriebsrat Leipzig",
        "employer": "Example GmbH",
        "notes": "",
    }
    for clause in library.clauses():
        data[f"use_{clause.id}"] = "on"
        for parameter in clause.parameters:
            data[f"{clause.id}__{parameter.name}"] = str(parameter.default)
    return {**data, **changes}


@pytest.mark.parametrize("name", ["councils:agreement", "councils:agreement_check"])
def test_only_the_councils_members_see_the_pages(client, people, campaign, name):
    url = reverse(name, args=[campaign.public_id])
    assert client.get(url).status_code == 302  # to the login
    assert signed_in(client, people["outsider"]).get(url).status_code == 404
    client.logout()
    assert signed_in(client, people["member"]).get(url).status_code == 200


def test_the_page_proposes_clauses_for_the_findings(client, people, campaign):
    page = signed_in(client, people["member"]).get(
        reverse("councils:agreement", args=[campaign.public_id])
    )
    text = page.content.decode()
    assert "Everything typed is recorded" in text
    assert 'name="use_ai-training-opt-in"' in text
    assert "checked" in text
    assert "No chosen clause answers" not in text  # nothing open
    assert 'value="14"' in text  # the policy's retention, pre-filled


def test_downloading_writes_the_draft_and_keeps_nothing(client, people, campaign):
    member = signed_in(client, people["member"])
    response = member.post(
        reverse("councils:agreement", args=[campaign.public_id]),
        valid_form(notes="Nur mit Opt-in"),
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-de.docx"')
    document = Document(io.BytesIO(response.content))
    text = " ".join(p.text for p in document.paragraphs)
    assert "Betriebsvereinbarung" in text and "Nur mit Opt-in" in text


def test_bad_input_keeps_what_was_typed_and_names_open_findings(
    client, people, campaign
):
    member = signed_in(client, people["member"])
    form = valid_form(
        notes="Unsere Notiz", **{"retention-deletion__retention_days": "9999"}
    )
    del form["use_data-categories"]
    response = member.post(
        reverse("councils:agreement", args=[campaign.public_id]), form
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Unsere Notiz" in text and 'value="9999"' in text
    assert "No chosen clause answers" in text  # keystroke logging is now open


def test_the_employers_weak_draft_is_marked(client, people, campaign):
    member = signed_in(client, people["member"])
    response = member.post(
        reverse("councils:agreement_check", args=[campaign.public_id]),
        {"text": WEAK_DRAFT},
    )
    text = response.content.decode()
    assert text.count(">weakened<") == 5
    assert "solange dies erforderlich ist" in text
    assert ">covered<" in text  # the notice of termination
    assert "missing or not clear" in text


def test_an_uploaded_draft_is_read_like_a_reply(client, people, campaign):
    member = signed_in(client, people["member"])
    upload = io.BytesIO(WEAK_DRAFT.encode())
    upload.name = "entwurf.txt"
    response = member.post(
        reverse("councils:agreement_check", args=[campaign.public_id]),
        {"file": upload},
    )
    assert response.content.decode().count(">weakened<") == 5
    junk = io.BytesIO(b"\x00\x01not a pdf")
    junk.name = "entwurf.pdf"
    response = member.post(
        reverse("councils:agreement_check", args=[campaign.public_id]),
        {"file": junk},
    )
    assert response.status_code == 200
    assert ">weakened<" not in response.content.decode()
