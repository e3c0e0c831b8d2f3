"""One place to record a send: the letter form's "Record as sent and download"
notes the letter once, with the day, channel and reference printed on it; the
letters carry that day and reference; the tracker's reminder states what the
tracker shows."""

import copy
import datetime
import io
import re
import threading
from concurrent.futures import ThreadPoolExecutor

import docx
import pypdf
import pytest
import time_machine
from django.db import connection, connections
from django.urls import reverse

from documents import followup
from documents.models import LetterState, Mark, SentLetter
from tests import serving
from tests.web.conftest import served_assessment

pytestmark = pytest.mark.django_db

REFERENCE = re.compile(r"OV-(\d{8})-IE-([2-9A-HJ-NP-Z]{4})")
CODE = "7Q3K"


def url(name: str, record, *args) -> str:
    return reverse(name, args=[record.public_id, *args])


def letter_form(client, record, record_it=True, **changes):
    data = {
        "kind": "access-request",
        "lang": "en",
        "file_format": "pdf",
        "tone": "firm",
        "sent": "2026-11-16",
        "channel": "post",
        "code": CODE,
        "name": "Alex Example",
        **changes,
    }
    if record_it:
        data["record"] = "1"
    return client.post(url("documents:letters", record), data)


def pdf_text(content: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(content)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def docx_text(content: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(content)).paragraphs)


def test_recording_as_sent_notes_the_letter_once_with_its_printed_reference(assessed):
    client, record, _token = assessed
    first = letter_form(client, record)
    again = letter_form(client, record)  # a double click
    sent = SentLetter.objects.get()
    assert sent.reference == f"OV-20261116-IE-{CODE}"
    assert (sent.kind, sent.sent_on, sent.channel) == (
        "access-request",
        datetime.date(2026, 11, 16),
        "post",
    )
    # Posted on Monday 16 November, received on Thursday 19: due 21 December.
    assert sent.deadline == datetime.date(2026, 12, 21)
    for response in (first, again):
        text = pdf_text(response.content)
        assert "16 November 2026" in text and "Our reference: " + sent.reference in text
        assert "by 21 December 2026" in text
    page = client.get(url("documents:sent_letters", record)).content.decode()
    assert sent.reference in page
    assert "was recorded as sent" in page or "already recorded" in page


def test_another_kind_from_the_same_form_is_another_letter(assessed):
    client, record, _token = assessed
    letter_form(client, record)
    letter_form(client, record, kind="ai-questions")
    first, second = SentLetter.objects.order_by("pk")
    assert first.reference == f"OV-20261116-IE-{CODE}"
    assert second.kind == "ai-questions" and second.reference != first.reference


def test_a_download_alone_records_nothing_and_is_dated_the_send_day(assessed):
    client, record, _token = assessed
    response = letter_form(client, record, record_it=False, file_format="docx")
    text = docx_text(response.content)
    assert not SentLetter.objects.exists()
    assert "16 November 2026" in text
    assert f"Our reference: OV-20261116-IE-{CODE}" in text


def test_each_letter_of_a_day_has_its_own_reference(assessed):
    client, record, _token = assessed
    form = client.get(url("documents:letters", record)).content.decode()
    codes = set()
    for _page in range(2):
        page = client.get(url("documents:letters", record)).content.decode()
        codes.add(re.search(r'name="code" value="([^"]+)"', page).group(1))
    assert 'name="code"' in form and len(codes) == 2
    texts = [
        docx_text(
            letter_form(
                client, record, record_it=False, file_format="docx", code=""
            ).content
        )
        for _ in range(2)
    ]
    references = [REFERENCE.search(text).group(0) for text in texts]
    assert references[0] != references[1]


def test_a_future_day_is_not_recorded_and_the_form_keeps_what_was_typed(assessed):
    client, record, _token = assessed
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    response = letter_form(client, record, sent=tomorrow)
    page = response.content.decode()
    assert response.status_code == 200 and not SentLetter.objects.exists()
    assert "this day is still to come" in page and "Alex Example" in page


def test_the_letter_pages_and_the_tracker_link_to_each_other(assessed):
    client, record, _token = assessed
    writing = client.get(url("documents:letters", record)).content.decode()
    assert url("documents:sent_letters", record) in writing
    assert "Record as sent and download" in writing
    tracker = client.get(url("documents:sent_letters", record)).content.decode()
    assert url("documents:letters", record) in tracker
    letter_form(client, record)
    sent = SentLetter.objects.get()
    one = client.get(url("documents:sent_letter", record, sent.pk)).content.decode()
    assert url("documents:letters", record) in one and sent.reference in one
    mail = letter_form(client, record, record_it=False, file_format="mailto")
    assert url("documents:sent_letters", record) in mail.content.decode()


def recorded_and_replied(client, record, reply: str) -> SentLetter:
    """The access request recorded as sent from the letter form, and a reply."""
    letter_form(client, record)
    sent = SentLetter.objects.get()
    client.post(
        url("documents:sent_letter", record, sent.pk),
        {"text": reply, "replied_on": "2026-11-20"},
    )
    return sent


def test_a_reply_answering_nothing_leaves_the_letter_not_answered(assessed):
    client, record, _token = assessed
    sent = recorded_and_replied(client, record, "Thank you for your letter.")
    page = client.get(url("documents:sent_letters", record)).content.decode()
    assert "Reply to check" in page
    marks = {f"q{n}": Mark.NOT_ANSWERED for n in range(len(sent.questions))}
    client.post(url("documents:confirm_marks", record, sent.pk), marks)
    page = client.get(url("documents:sent_letters", record)).content.decode()
    assert "Not answered" in page and ">Answered<" not in page
    sent.refresh_from_db()
    assert sent.get_state(datetime.date(2026, 12, 1)) == LetterState.NOT_ANSWERED


def reminder(client, record, first, **changes):
    reminding = {
        "kind": "reminder",
        "follows": str(first.pk),
        "file_format": "docx",
        "code": "",
        "sent": "2026-12-22",
        "channel": "email",
    }
    return letter_form(client, record, record_it=False, **{**reminding, **changes})


@time_machine.travel(datetime.datetime(2026, 12, 23, 9, tzinfo=datetime.UTC))
def test_the_reminder_names_the_first_letter_and_asks_once(assessed):
    client, record, _token = assessed
    letter_form(client, record)
    sent = SentLetter.objects.get()  # due 21 December 2026
    page = client.get(url("documents:sent_letter", record, sent.pk)).content.decode()
    link = url("documents:letters", record) + f"?follows={sent.pk}"
    assert link in page
    form = client.get(link).content.decode()
    assert re.search(rf'value="{sent.pk}"[^>]*selected', form)
    text = docx_text(reminder(client, record, sent).content)
    assert "On 16 November 2026 I sent you my letter “Access request" in text
    assert sent.reference in text
    assert "ended on 21 December 2026 without a full answer" in text
    assert "longer to answer" not in text
    assert "two weeks" not in text.casefold()
    assert text.count("Please answer") == 1 and "within" not in text  # asks once
    assert "Please answer by 5 January 2027" in text
    assert "22 December 2026" in text  # dated the day it is sent


def test_the_reminder_waits_for_the_deadline_the_tracker_shows(assessed):
    client, record, _token = assessed
    letter_form(client, record)
    sent = SentLetter.objects.get()
    early = reminder(client, record, sent, sent="2026-12-21")  # the last day
    page = early.content.decode()
    assert early["Content-Type"].startswith("text/html")
    assert "is due by 21 December 2026" in page


def test_the_reminder_mentions_an_extension_only_once_noted(assessed):
    client, record, _token = assessed
    letter_form(client, record)
    sent = SentLetter.objects.get()
    page = client.get(url("documents:sent_letter", record, sent.pk)).content.decode()
    assert 'value="2027-02-22"' in page  # two further months, the first guess
    refused = client.post(
        url("documents:extension", record, sent.pk), {"extended_to": "2026-12-01"}
    )
    assert "ends after the deadline" in refused.content.decode()
    client.post(
        url("documents:extension", record, sent.pk), {"extended_to": "2027-02-22"}
    )
    sent.refresh_from_db()
    assert sent.extended_to == datetime.date(2027, 2, 22)
    assert sent.get_state(datetime.date(2027, 1, 5)) == LetterState.WAITING
    waiting = reminder(client, record, sent, sent="2027-01-05")
    assert "is due by 22 February 2027" in waiting.content.decode()
    text = docx_text(reminder(client, record, sent, sent="2027-02-23").content)
    assert "longer to answer, until 22 February 2027. That date has passed" in text
    calendar = client.get(url("documents:deadline_calendar", record, sent.pk))
    assert b"DTSTART;VALUE=DATE:20270222" in calendar.content


def test_a_reminder_without_a_recorded_letter_says_what_to_do(assessed):
    client, record, _token = assessed
    response = letter_form(client, record, record_it=False, kind="reminder")
    assert "record that letter as sent first" in response.content.decode()


def test_the_follow_up_and_the_complaint_cite_the_reference_and_date(assessed):
    client, record, _token = assessed
    sent = recorded_and_replied(client, record, "We keep logs for 90 days.")
    marks = {f"q{n}": Mark.NOT_ANSWERED for n in range(len(sent.questions))}
    client.post(url("documents:confirm_marks", record, sent.pk), marks)
    follow_up = client.post(
        url("documents:follow_up_letter", record, sent.pk), {"file_format": "pdf"}
    )
    text = pdf_text(follow_up.content)
    assert "Our reference: " + sent.reference in text
    assert "letter of 16 November 2026" in text
    complaint = client.post(
        url("documents:complaint_with_history", record),
        {"complaint-lang": "en", "complaint-file_format": "docx"},
    )
    assert f"reference {sent.reference}" in docx_text(complaint.content)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"
)
def test_two_clicks_at_once_record_one_letter(assessed):
    _client, record, _token = assessed
    start = threading.Barrier(4)
    outcomes = []

    def click():
        try:
            start.wait()
            _sent, created = followup.record_sent(
                record,
                "access-request",
                "en",
                datetime.date(2026, 11, 16),
                "post",
                CODE,
            )
            outcomes.append(created)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == [False, False, False, True]
    assert SentLetter.objects.get().reference == f"OV-20261116-IE-{CODE}"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serializes writers; its servers would need a database migrated "
    "for them (20 s)",
)
def test_clicks_served_by_two_gunicorn_workers_record_one_letter(tmp_path):
    env = serving.server_env(serving.database_url(tmp_path))
    with serving.gunicorn(env, tmp_path / "gunicorn.log") as server:
        visitor, public_id = served_assessment(server)
        letters = reverse("documents:letters", args=[public_id])
        visitor.get(letters)
        data = {
            "kind": "access-request",
            "lang": "en",
            "file_format": "txt",
            "tone": "firm",
            "sent": "2026-11-16",
            "channel": "post",
            "code": CODE,
            "record": "1",
        }

        def click(_):
            tab = copy.copy(visitor)
            tab.cookies = dict(visitor.cookies)  # one browser, clicking again
            return tab.post(letters, data)

        with ThreadPoolExecutor(4) as pool:
            clicks = list(pool.map(click, range(8)))
        _status, tracker = visitor.get(
            reverse("documents:sent_letters", args=[public_id])
        )
        served_by = server.worker_pids()
    reference = f"OV-20261116-IE-{CODE}"
    assert [status for status, _text in clicks] == [200] * 8
    assert all(f"Our reference: {reference}" in text for _status, text in clicks)
    assert tracker.count(f"Reference {reference}") == 1
    assert len(served_by) == 2, "both workers answered"
