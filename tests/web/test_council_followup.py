"""A council follows its letters through as an employee does: noted, the employer's
reply recorded and marked, the letter about an incomplete answer, and facts from the
reply applied to the council's assessment of the official policy."""

import io

import docx
import pytest
from django.db import connection
from django.urls import reverse

from assessment import services
from councils.forms import CouncilDetailsForm
from documents.models import Mark, SentLetter
from tests import builders
from tests.web.conftest import hidden_from_error_reports

pytestmark = pytest.mark.django_db

REPLY = "Die Protokolle werden 90 Tage gespeichert. The logs are kept for 90 days."


def url(name: str, campaign, *args) -> str:
    return reverse(name, args=[campaign.public_id, *args])


@pytest.fixture
def member(client, people, campaign):
    client.force_login(people["member"])
    return client


def note(client, campaign, kind="works-agreement"):
    return client.post(
        url("councils:campaign_sent_letters", campaign),
        {"kind": kind, "lang": "de", "sent_on": "2026-11-02", "channel": "email"},
    )


def test_a_member_notes_a_council_letter_with_the_questions_it_asked(member, campaign):
    page = member.get(url("councils:campaign_sent_letters", campaign)).content.decode()
    assert "Request to negotiate an agreement on monitoring" in page
    assert "Note a letter the council sent" in page
    assert "Access request" not in page  # an employee's letter, not the council's
    assert "supervisory authority" not in page  # no complaint: not a data subject
    response = note(member, campaign)
    sent = SentLetter.objects.get()
    assert response.url == url("councils:campaign_sent_letter", campaign, sent.pk)
    assert sent.campaign == campaign and sent.assessment is None
    assert len(sent.questions) == 6  # the agreement's points, in German
    assert sent.questions[0].startswith("eine abschließende Liste")
    assert sent.deadline.isoformat() == "2026-11-16"  # two weeks, asked for
    page = member.get(url("councils:campaign", campaign)).content.decode()
    assert url("councils:campaign_sent_letters", campaign) in page


def test_a_council_notes_its_letters_in_its_countrys_language_first(member, campaign):
    response = member.get(url("councils:campaign_sent_letters", campaign))
    assert response.context["form"]["lang"].value() == "de"


def test_a_councils_letters_page_offers_no_complaint_once_letters_are_noted(
    member, people, campaign
):
    """The complaint to the authority is a data subject's: a council that has sent
    letters, and assessed the official policy, is still not offered the form."""
    member.force_login(people["admin"])
    member.post(url("councils:assess_policy", campaign))
    note(member, campaign)
    response = member.get(url("councils:campaign_sent_letters", campaign))
    assert response.context["complaint_form"] is None
    page = response.content.decode()
    assert 'name="complaint-' not in page and "complaint-title" not in page
    assert "supervisory authority" not in page


def test_only_the_councils_members_see_its_letters(client, people, campaign):
    response = client.get(url("councils:campaign_sent_letters", campaign))
    assert response.status_code == 302 and "/council/login/" in response.url
    client.force_login(people["member"])
    note(client, campaign)
    sent = SentLetter.objects.get()
    client.force_login(people["outsider"])
    for name, args in [
        ("councils:campaign_sent_letters", ()),
        ("councils:campaign_sent_letter", (sent.pk,)),
        ("councils:campaign_deadline_calendar", (sent.pk,)),
    ]:
        assert client.get(url(name, campaign, *args)).status_code == 404
    assert (
        client.post(
            url("councils:campaign_remove_letter", campaign, sent.pk),
            {"confirm": "yes"},
        ).status_code
        == 404
    )
    assert SentLetter.objects.exists()


def test_a_partial_reply_gives_the_councils_follow_up_letter(member, campaign):
    note(member, campaign)
    sent = SentLetter.objects.get()
    response = member.post(
        url("councils:campaign_sent_letter", campaign, sent.pk),
        {"text": REPLY, "replied_on": "2026-11-10"},
    )
    assert response.status_code == 302
    assert hidden_from_error_reports(response) == {"text"}
    marks = {f"q{n}": Mark.ANSWERED for n in range(len(sent.questions))}
    marks["q3"] = Mark.NOT_ANSWERED  # retention limits
    member.post(url("councils:campaign_confirm_marks", campaign, sent.pk), marks)
    page = member.get(
        url("councils:campaign_sent_letter", campaign, sent.pk)
    ).content.decode()
    assert "What the reply leaves open" in page
    assert "kept with this campaign only" in page and "HR's reply" not in page
    assert "Signed by" in page and "Your name" not in page
    response = member.post(
        url("councils:campaign_follow_up_letter", campaign, sent.pk),
        {
            "file_format": "docx",
            "council": "Betriebsrat Leipzig",
            "address": "Hauptstraße 1",
            "signatory": "Erika Mustermann",
            "employer": "Example GmbH",
            "employer_address": "Werkstraße 2",
        },
    )
    # Every detail the council typed, and only those, is kept out of error reports.
    assert hidden_from_error_reports(response) == set(CouncilDetailsForm.DETAILS)
    text = "\n".join(
        p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs
    )
    assert "Unvollständige Antwort auf unser Schreiben" in text
    assert "haben wir Ihnen unser Schreiben" in text  # the council's voice
    assert "Aufbewahrungsfristen" in text or "Speicher" in text  # the open point
    assert "Erika Mustermann" in text and "Geschäftsleitung" in text
    assert "Personalabteilung" not in text
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            assert "Mustermann" not in str(cursor.fetchall())


def test_the_reply_updates_the_councils_policy_assessment(member, campaign):
    reference = services.save_assessment(
        builders.assessment("DE", {"retention": "unknown"})
    )
    campaign.reference = reference
    campaign.save(update_fields=["reference"])
    note(member, campaign)
    sent = SentLetter.objects.get()
    member.post(
        url("councils:campaign_sent_letter", campaign, sent.pk),
        {"text": REPLY, "replied_on": "2026-11-10"},
    )
    page = member.get(
        url("councils:campaign_sent_letter", campaign, sent.pk)
    ).content.decode()
    assert "Apply to the policy assessment" in page
    key = "0:retention=90"
    assert f'value="{key}"' in page
    response = member.post(
        url("councils:campaign_apply_changes", campaign, sent.pk), {"changes": [key]}
    )
    assert response.url == url("councils:campaign", campaign)
    reference.refresh_from_db()
    assert reference.practices[0]["retention"] == 90


def test_a_council_letter_recorded_as_sent_is_noted_once_with_its_reference(
    member, campaign
):
    form = member.get(url("councils:campaign_letters", campaign)).content.decode()
    assert url("councils:campaign_sent_letters", campaign) in form
    assert "Record as sent and download" in form
    data = {
        "kind": "works-agreement",
        "lang": "de",
        "file_format": "docx",
        "tone": "firm",
        "sent": "2026-11-02",
        "channel": "post",
        "code": "7Q3K",
        "council": "Betriebsrat Leipzig",
        "record": "1",
    }
    responses = [
        member.post(url("councils:campaign_letters", campaign), data) for _ in "12"
    ]
    sent = SentLetter.objects.get()
    assert sent.campaign == campaign and sent.reference == "OV-20261102-DE-7Q3K"
    assert (sent.sent_on.isoformat(), sent.channel) == ("2026-11-02", "post")
    for response in responses:
        text = "\n".join(
            p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs
        )
        assert "2. November 2026" in text and "OV-20261102-DE-7Q3K" in text
    tracker = member.get(url("councils:campaign_sent_letters", campaign))
    assert url("councils:campaign_letters", campaign) in tracker.content.decode()
    del data["record"]
    member.post(url("councils:campaign_letters", campaign), {**data, "code": ""})
    assert SentLetter.objects.count() == 1  # a download alone records nothing


def test_a_notice_of_extension_keeps_the_councils_letter_waiting(member, campaign):
    note(member, campaign)
    sent = SentLetter.objects.get()
    member.post(
        url("councils:campaign_sent_letter", campaign, sent.pk),
        {
            "text": "Sehr geehrte Damen und Herren,\n\nwir benötigen mehr Zeit und "
            "antworten bis zum 14. Dezember 2026.\n\nMit freundlichen Grüßen\n"
            "Geschäftsleitung",
            "replied_on": "2026-11-10",
        },
    )
    sent.refresh_from_db()
    assert sent.replied_on is None
    assert sent.extended_to.isoformat() == "2026-12-14"
    assert sent.get_state(sent.deadline) == "waiting"
