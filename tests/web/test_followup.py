"""The letters-sent pages: who may open them, noting a letter, recording and marking
HR's reply, the follow-up letter, the complaint, and facts from a reply applied."""

import datetime
import io
import logging
import re

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from django.utils.html import escape

from assessment.models import Assessment
from documents.models import Mark, SentLetter
from documents.pdf import html_to_pdf
from tests.documents import hostile_files
from tests.web.conftest import WORKPLACE, hidden_from_error_reports, practice_data

pytestmark = pytest.mark.django_db

REPLY = "The logs are kept for 90 days and deleted when the practice ends."
SECRET_DETAILS = {
    "name": "Zelda Quibbleworth",
    "address": "99 Unlikely Lane\nNowhereton",
    "employer": "Example Tech",
    "employer_address": "1 Corporate Way",
}


def url(name: str, record, *args) -> str:
    return reverse(name, args=[record.public_id, *args])


def send(client, record, kind="ai-questions", **changes):
    data = {
        "kind": kind,
        "lang": "en",
        "sent_on": "2026-11-02",
        "channel": "post",
        **changes,
    }
    return client.post(url("documents:sent_letters", record), data)


@pytest.fixture
def sent(assessed):
    """A browser with an assessment and a questions letter it says it sent."""
    client, record, _token = assessed
    send(client, record)
    return client, record, record.sent_letters.get()


@pytest.fixture
def replied(sent):
    client, record, letter = sent
    client.post(
        url("documents:sent_letter", record, letter.pk),
        {"text": REPLY, "replied_on": "2026-11-20"},
    )
    letter.refresh_from_db()
    return client, record, letter


def test_the_result_page_links_to_the_letters_sent(assessed):
    client, record, _token = assessed
    page = client.get(url("assessment:result", record)).content.decode()
    assert url("documents:sent_letters", record) in page


def test_a_noted_letter_is_listed_with_its_deadline_and_state(sent):
    client, record, letter = sent
    assert (letter.kind, letter.lang, letter.channel) == ("ai-questions", "en", "post")
    assert letter.sent_on == datetime.date(2026, 11, 2)
    # Received on Thursday 5 November; 30 days later is Saturday 5 December, so the
    # answer is due on Monday 7 December.
    assert letter.deadline == datetime.date(2026, 12, 7)
    assert letter.questions
    page = client.get(url("documents:sent_letters", record)).content.decode()
    assert "Questions about monitoring and AI training" in page
    assert (
        f"Reference {letter.reference}, sent on 2 November 2026 (Post); answer due "
        "by 7 December 2026" in page
    )
    assert re.fullmatch(r"OV-20261102-IE-[2-9A-HJ-NP-Z]{4}", letter.reference)
    assert url("documents:deadline_calendar", record, letter.pk) in page


def test_the_deadline_downloads_as_a_calendar_entry(sent):
    client, record, letter = sent
    response = client.get(url("documents:deadline_calendar", record, letter.pk))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"DTSTART;VALUE=DATE:20261207" in response.content


def test_a_letter_sent_in_the_future_is_refused_and_the_form_kept(assessed):
    client, record, _token = assessed
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    response = send(client, record, sent_on=tomorrow.isoformat(), channel="hand")
    page = response.content.decode()
    assert response.status_code == 200
    assert "The date is in the future: enter the day it happened." in page
    assert re.search(r'value="hand"\s+id="id_channel_2"[^>]*checked', page)
    assert not SentLetter.objects.exists()


def test_a_letter_that_does_not_apply_here_cannot_be_noted(assessed):
    client, record, _token = assessed  # Ireland: no works council letter
    response = send(client, record, kind="council-information")
    assert response.status_code == 200
    assert not SentLetter.objects.exists()


def test_a_reply_is_recorded_and_pre_marked_for_confirmation(replied):
    client, record, letter = replied
    assert letter.reply == REPLY
    assert letter.replied_on == datetime.date(2026, 11, 20)
    assert letter.marks == []  # nothing confirmed yet
    response = client.get(url("documents:sent_letter", record, letter.pk))
    form = response.context["marks_form"]
    assert [field.label for field in form] == letter.questions
    retention = next(n for n, q in enumerate(letter.questions) if "kept" in q)
    assert form[f"q{retention}"].initial == Mark.ANSWERED
    assert "Answered" in response.content.decode()


def test_confirmed_marks_lead_to_the_follow_up_letter(replied):
    client, record, letter = replied
    marks = {f"q{n}": Mark.ANSWERED for n in range(len(letter.questions))}
    marks["q0"] = Mark.NOT_ANSWERED
    response = client.post(url("documents:confirm_marks", record, letter.pk), marks)
    assert response.status_code == 302
    page = client.get(url("documents:sent_letter", record, letter.pk)).content.decode()
    assert "What the reply leaves open" in page
    response = client.post(
        url("documents:follow_up_letter", record, letter.pk),
        {"file_format": "txt", **SECRET_DETAILS},
    )
    assert hidden_from_error_reports(response) == set(SECRET_DETAILS)
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    assert "Incomplete answer to my letter of 2 November 2026" in text
    assert letter.questions[0][:30] in text
    assert letter.questions[1][:30] not in text
    assert "Zelda Quibbleworth" in text


def reply_to(client, record, letter, text):
    client.post(
        url("documents:sent_letter", record, letter.pk),
        {"text": text, "replied_on": "2026-11-20"},
    )
    return client.get(url("documents:sent_letter", record, letter.pk))


def test_the_confirm_page_shows_the_sentence_behind_each_mark(sent):
    client, record, letter = sent
    refusal = "We are unable to share the data protection impact assessment."
    vague = "Data may be shared with trusted partners where necessary."
    response = reply_to(
        client, record, letter, f"Dear Ms Keller,\n\n{refusal} {vague}\n\nHR Team"
    )
    form = response.context["marks_form"]
    dpia = next(n for n, q in enumerate(letter.questions) if "impact" in q)
    who = next(n for n, q in enumerate(letter.questions) if q.startswith("Who can"))
    assert form[f"q{dpia}"].initial == Mark.REFUSED
    assert form[f"q{who}"].initial == Mark.NOT_ANSWERED
    page = response.content.decode()
    assert f"The reply declines to answer: “{refusal}”" in page
    assert f"No specific answer found. The sentence that came closest: “{vague}”" in (
        page
    )
    assert "Nothing in the reply takes up this question." in page
    assert "announced an extension" not in page


def test_the_sentence_shown_is_text_not_markup(sent):
    client, record, letter = sent
    response = reply_to(
        client,
        record,
        letter,
        "<script>alert(1)</script> We are unable to share the impact assessment.",
    )
    page = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; We are unable to share" in page
    assert "<script>alert(1)" not in page


def test_the_confirm_page_says_hr_announced_an_extension(sent):
    client, record, letter = sent
    extension = (
        "For the other questions we need additional time and are extending our "
        "response period by 45 days."
    )
    response = reply_to(client, record, letter, f"{REPLY} {extension}")
    page = response.content.decode()
    assert "HR announced an extension." in page
    assert f"The reply says: “{extension}”" in page
    assert 'href="#extension"' in page and 'id="extension"' in page  # note its date
    marks = [field.initial for field in response.context["marks_form"]]
    assert marks.count(Mark.ANSWERED) == 1  # how long: the extension answers none
    letter.refresh_from_db()
    # 45 days after 7 December 2026: Thursday 21 January 2027.
    assert letter.extended_to == datetime.date(2027, 1, 21)


NOTICE = (
    "Dear Ms Doyle,\n\nWe need additional time and are extending our response "
    "period by two months. We will reply by 5 February 2027.\n\nKind regards,\n"
    "HR Team"
)


def test_a_notice_of_extension_moves_the_deadline_and_answers_nothing(sent):
    client, record, letter = sent
    response = client.post(
        url("documents:sent_letter", record, letter.pk),
        {"text": NOTICE, "replied_on": "2026-11-20"},
        follow=True,
    )
    page = response.content.decode()
    assert (
        "The reply announces an extension and answers nothing, so the letter is "
        "still awaited: the answer is now due by 5 February 2027." in page
    )
    assert "Extended to 5 February 2027, as the employer gave notice." in page
    assert "marks_form" not in response.context  # nothing to mark
    letter.refresh_from_db()
    assert (letter.reply, letter.replied_on) == (NOTICE, None)
    assert letter.deadline == datetime.date(2026, 12, 7)
    assert letter.due == datetime.date(2027, 2, 5)
    # Past the first deadline the letter is still awaited, not answered or overdue.
    assert letter.get_state(datetime.date(2027, 1, 10)) == "waiting"
    assert letter.get_state(datetime.date(2027, 2, 8)) == "overdue"
    listed = client.get(url("documents:sent_letters", record)).content.decode()
    assert "answer due by 5 February 2027" in listed
    assert "HR Team" not in listed
    calendar = client.get(url("documents:deadline_calendar", record, letter.pk))
    assert b"DTSTART;VALUE=DATE:20270205" in calendar.content


def test_a_notice_read_wrongly_can_be_marked_as_an_answer(sent):
    client, record, letter = sent
    reply_to(client, record, letter, NOTICE)
    page = client.get(url("documents:sent_letter", record, letter.pk))
    assert "It answers questions too: let me mark them" in page.content.decode()
    response = client.post(
        url("documents:sent_letter", record, letter.pk),
        {"text": NOTICE, "replied_on": "2026-11-20", "as_answer": "on"},
        follow=True,
    )
    assert "marks_form" in response.context
    letter.refresh_from_db()
    assert letter.replied_on == datetime.date(2026, 11, 20)
    assert letter.due == datetime.date(2027, 2, 5)  # the extension stays noted


def test_a_refused_question_is_asked_again_in_the_follow_up(replied):
    client, record, letter = replied
    marks = {f"q{n}": Mark.ANSWERED for n in range(len(letter.questions))}
    marks["q0"] = Mark.REFUSED
    client.post(url("documents:confirm_marks", record, letter.pk), marks)
    letter.refresh_from_db()
    assert letter.marks[0] == Mark.REFUSED
    page = client.get(url("documents:sent_letter", record, letter.pk)).content.decode()
    assert "Refused" in page
    text = client.post(
        url("documents:follow_up_letter", record, letter.pk), {"file_format": "txt"}
    ).content.decode()
    assert f"{letter.questions[0].rstrip(' ;')} (declined in your reply)" in " ".join(
        text.split()
    )


def test_a_missing_mark_keeps_the_others(replied):
    client, record, letter = replied
    response = client.post(
        url("documents:confirm_marks", record, letter.pk), {"q0": Mark.PARTLY}
    )
    assert response.status_code == 200
    assert re.search(
        r'value="partly"\s+id="id_q0_1"[^>]*checked', response.content.decode()
    )
    letter.refresh_from_db()
    assert letter.marks == []


def test_no_follow_up_letter_before_the_marks_are_confirmed(replied):
    client, record, letter = replied
    response = client.post(
        url("documents:follow_up_letter", record, letter.pk), {"file_format": "pdf"}
    )
    assert response.status_code == 302


def test_an_uploaded_pdf_reply_is_read(sent):
    client, record, letter = sent
    upload = SimpleUploadedFile(
        "reply.pdf", html_to_pdf(f'<html lang="en"><p>{REPLY}</p>'), "application/pdf"
    )
    client.post(
        url("documents:sent_letter", record, letter.pk),
        {"file": upload, "replied_on": "2026-11-20"},
    )
    letter.refresh_from_db()
    assert REPLY in " ".join(letter.reply.split())


def test_typed_text_and_an_uploaded_docx_are_kept_together(sent):
    client, record, letter = sent
    document = docx.Document()
    document.add_paragraph("The purposes are security.")
    buffer = io.BytesIO()
    document.save(buffer)
    client.post(
        url("documents:sent_letter", record, letter.pk),
        {
            "text": REPLY,
            "file": SimpleUploadedFile("reply.docx", buffer.getvalue()),
            "replied_on": "2026-11-20",
        },
    )
    letter.refresh_from_db()
    assert letter.reply == REPLY + "\n\nThe purposes are security."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "reply.txt",
            b"x" * 1_000_001,
            "The file is too large: at most 1 MB is accepted.",
        ),
        (
            "reply.odt",
            b"some text",
            "Only PDF, Word (.docx) or plain-text (.txt) files can be read.",
        ),
        ("reply.pdf", b"not a pdf", "The file could not be read."),
        ("bomb.docx", hostile_files.docx_bomb, "The file is too large once unpacked"),
        (
            "pages.pdf",
            lambda: hostile_files.pdf_of_many_pages(150),
            "The file is too large once unpacked",
        ),
    ],
)
def test_an_unusable_upload_says_why_and_keeps_what_was_typed(
    sent, name, content, message
):
    client, record, letter = sent
    response = client.post(
        url("documents:sent_letter", record, letter.pk),
        {
            "text": "Typed before the upload failed",
            "file": SimpleUploadedFile(
                name, content() if callable(content) else content
            ),
            "replied_on": "2026-11-20",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "Typed before the upload failed</textarea>" in page
    assert 'value="2026-11-20"' in page
    letter.refresh_from_db()
    assert letter.reply == "" and letter.replied_on is None


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("reply.txt", lambda: b"We keep the logs\x00 for 90 days."),
        (
            "reply.pdf",
            lambda: hostile_files.pdf(
                [hostile_files.text_op(rb"We keep the logs\000 for 90 days.")]
            ),
        ),
    ],
)
def test_a_reply_with_nul_bytes_is_stored_without_them(sent, name, content):
    client, record, letter = sent
    response = client.post(
        url("documents:sent_letter", record, letter.pk),
        {"file": SimpleUploadedFile(name, content()), "replied_on": "2026-11-20"},
    )
    assert response.status_code == 302
    letter.refresh_from_db()
    assert letter.reply == "We keep the logs for 90 days."


def test_replies_from_one_client_are_limited_to_twenty_an_hour(sent, settings):
    client, record, letter = sent
    settings.RATE_LIMITS_ENABLED = True
    statuses = [
        client.post(
            url("documents:sent_letter", record, letter.pk),
            {
                "file": SimpleUploadedFile("reply.txt", f"Reply {n}".encode()),
                "replied_on": "2026-11-20",
            },
        ).status_code
        for n in range(21)
    ]
    assert statuses == [302] * 20 + [429]
    letter.refresh_from_db()
    assert letter.reply == "Reply 19"
    assert (
        client.get(url("documents:sent_letter", record, letter.pk)).status_code == 200
    )


def test_a_reply_needs_some_text(sent):
    client, record, letter = sent
    response = client.post(
        url("documents:sent_letter", record, letter.pk),
        {"text": " ", "replied_on": "2026-11-20"},
    )
    assert "Paste the reply&#x27;s text here, or upload the reply below." in (
        response.content.decode()
    )


def test_a_reply_cannot_come_before_the_letter(sent):
    client, record, letter = sent
    response = client.post(
        url("documents:sent_letter", record, letter.pk),
        {"text": REPLY, "replied_on": "2026-11-01"},
    )
    assert "The reply cannot come before the letter" in response.content.decode()


def test_facts_from_the_reply_change_the_answers_and_the_result(replied):
    client, record, letter = replied
    page = client.get(url("documents:sent_letter", record, letter.pk))
    choices = dict(page.context["changes_form"].fields["changes"].choices)
    assert choices == {
        "0:retention=90": "Activity capture: How long is it kept? 90 days "
        "(was: I don't know)"
    }
    old_score, old_grade = record.score, record.grade
    response = client.post(
        url("documents:apply_changes", record, letter.pk),
        {"changes": ["0:retention=90"]},
    )
    assert response.url == url("assessment:result", record)
    record.refresh_from_db()
    assert record.practices[0]["retention"] == 90
    assert record.score > old_score
    result = client.get(response.url).content.decode()
    assert (
        "Your answers were changed and the result worked out again: grade "
        f"{old_grade} before, {record.grade} now." in result
    )
    assert f"Score {record.score} out of 100" in result


def test_the_banner_names_the_findings_the_reply_changed_not_only_the_grade(replied):
    client, record, letter = replied
    before = {(f["rule"], f["practice"]): f["title"] for f in record.result["findings"]}
    response = client.post(
        url("documents:apply_changes", record, letter.pk),
        {"changes": ["0:retention=90"]},
    )
    record.refresh_from_db()
    after = {(f["rule"], f["practice"]) for f in record.result["findings"]}
    gone = [title for key, title in before.items() if key not in after]
    assert gone  # retention unknown no longer raised
    page = client.get(response.url).content.decode()
    for title in gone:
        assert escape(f"No longer raised: {title} (Activity capture).") in page
    assert "No finding changed." not in page
    # Shown once: the next page no longer says it.
    assert "No longer raised" not in client.get(response.url).content.decode()


def test_nothing_is_changed_unless_ticked(replied):
    client, record, letter = replied
    before = record.document
    response = client.post(url("documents:apply_changes", record, letter.pk), {})
    assert response.status_code == 200
    assert "Tick at least one answer to change." in response.content.decode()
    client.post(
        url("documents:apply_changes", record, letter.pk), {"changes": ["0:dpia=done"]}
    )
    record.refresh_from_db()
    assert record.document == before


def test_an_incomplete_complaint_form_keeps_what_was_typed(replied):
    client, record, _letter = replied
    response = client.post(
        url("documents:complaint_with_history", record),
        {"complaint-file_format": "txt", "complaint-name": "Zelda Quibbleworth"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the following" in page
    assert 'value="Zelda Quibbleworth"' in page


def test_the_complaint_carries_the_history(replied):
    client, record, _letter = replied
    response = client.post(
        url("documents:complaint_with_history", record),
        {
            "complaint-lang": "en",
            "complaint-file_format": "txt",
            "complaint-name": "Zelda Quibbleworth",
        },
    )
    assert hidden_from_error_reports(response) == {"complaint-name"}
    text = " ".join(response.content.decode().split())
    assert "Complaint about workplace monitoring" in text
    assert "On 2 November 2026 I sent the employer my letter" in text
    assert "The employer replied on 20 November 2026." in text


def test_the_complaint_ranks_the_findings_as_of_the_results_day(assessed):
    """A result read as of 1 January 2024, before the AI Act's duties applied, ranks
    AI training on traces of work above captured screens; today, below."""
    from assessment import services
    from documents import followup
    from tests import builders

    client, record, _token = assessed
    services.save_assessment(builders.assessment("FR", builders.META_LIKE), record)
    Assessment.objects.filter(pk=record.pk).update(as_of=datetime.date(2024, 1, 1))
    record.refresh_from_db()
    followup.record_sent(
        record, "access-request", "fr", datetime.date(2026, 11, 2), "email"
    )
    response = client.post(
        url("documents:complaint_with_history", record),
        {"complaint-lang": "en", "complaint-file_format": "txt"},
    )
    text = " ".join(response.content.decode().split())
    assert text.index("AI is trained on detailed traces") < text.index(
        "Screens are captured"
    )


def test_a_letter_and_its_reply_are_removed_only_once_confirmed(replied):
    client, record, letter = replied
    page = client.get(url("documents:sent_letter", record, letter.pk)).content.decode()
    remove = url("documents:remove_letter", record, letter.pk)
    assert f'href="{remove}"' in page  # a link to the confirmation, not a button
    asked = client.get(remove).content.decode()
    assert "Remove this letter?" in asked and letter.reference in asked
    assert 'name="confirm" value="yes"' in asked
    client.post(remove)  # a post without the confirmation removes nothing
    assert SentLetter.objects.filter(pk=letter.pk).exists()
    response = client.post(remove, {"confirm": "yes"})
    assert response.url == url("documents:sent_letters", record)
    assert not SentLetter.objects.exists()


def test_deleting_the_assessment_deletes_its_letters_and_replies(replied):
    client, record, _letter = replied
    client.post(url("assessment:delete", record))
    assert not Assessment.objects.exists()
    assert not SentLetter.objects.exists()


def test_the_reply_and_personal_details_never_reach_the_logs(sent, caplog):
    client, record, letter = sent
    caplog.set_level(logging.DEBUG)
    secret = "Confidential reply 7f3a: logs kept for 90 days."
    client.post(
        url("documents:sent_letter", record, letter.pk),
        {"text": secret, "replied_on": "2026-11-20"},
    )
    client.post(
        url("documents:sent_letter", record, letter.pk),
        {
            "text": secret,
            "file": SimpleUploadedFile("x.pdf", b"broken"),
            "replied_on": "2026-11-20",
        },
    )
    letter.refresh_from_db()
    marks = {f"q{n}": Mark.NOT_ANSWERED for n in range(len(letter.questions))}
    client.post(url("documents:confirm_marks", record, letter.pk), marks)
    client.post(
        url("documents:follow_up_letter", record, letter.pk),
        {"file_format": "pdf", **SECRET_DETAILS},
    )
    assert secret not in caplog.text
    everything = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            everything.append(repr(cursor.fetchall()))
    dump = "\n".join(everything) + caplog.text
    for value in ("Zelda Quibbleworth", "Unlikely Lane"):
        assert value not in dump


def test_a_draft_has_no_letters_page(client):
    client.post(reverse("assessment:start"), WORKPLACE)
    record = Assessment.objects.get()
    response = client.get(url("documents:sent_letters", record))
    assert response.url == url("assessment:overview", record)


def test_an_outsider_gets_404_everywhere(replied, client_factory):
    _client, record, letter = replied
    stranger = client_factory()
    pages = [
        ("get", url("documents:sent_letters", record)),
        ("post", url("documents:sent_letters", record)),
        ("get", url("documents:sent_letter", record, letter.pk)),
        ("post", url("documents:sent_letter", record, letter.pk)),
        ("get", url("documents:deadline_calendar", record, letter.pk)),
        ("post", url("documents:confirm_marks", record, letter.pk)),
        ("post", url("documents:follow_up_letter", record, letter.pk)),
        ("post", url("documents:apply_changes", record, letter.pk)),
        ("get", url("documents:remove_letter", record, letter.pk)),
        ("post", url("documents:remove_letter", record, letter.pk)),
        ("post", url("documents:extension", record, letter.pk)),
        ("post", url("documents:complaint_with_history", record)),
    ]
    for method, path in pages:
        assert getattr(stranger, method)(path).status_code == 404, path
    assert SentLetter.objects.filter(pk=letter.pk).exists()


def test_a_letter_opens_only_under_its_own_assessment(replied):
    client, record, letter = replied
    # The same browser starts a second assessment of its own.
    client.post(reverse("assessment:start"), WORKPLACE)
    other = Assessment.objects.exclude(pk=record.pk).get()
    client.post(url("assessment:practice_new", other), practice_data())
    assert client.get(url("documents:sent_letter", other, letter.pk)).status_code == 404
    assert (
        client.get(url("documents:deadline_calendar", other, letter.pk)).status_code
        == 404
    )


def test_no_complaint_is_offered_where_the_gdpr_does_not_reach(client):
    client.post(
        reverse("assessment:start"), {**WORKPLACE, "country": "US", "region": "US-NY"}
    )
    record = Assessment.objects.get()
    client.post(url("assessment:practice_new", record), practice_data())
    send(client, record, kind="ny-monitoring-notice")
    page = client.get(url("documents:sent_letters", record))
    assert page.context["complaint_form"] is None
    assert (
        "Request for the notice of electronic monitoring (New York)"
        in page.content.decode()
    )
    response = client.post(
        url("documents:complaint_with_history", record),
        {"complaint-file_format": "txt"},
    )
    assert response.url == url("documents:sent_letters", record)


def test_the_complaint_form_says_which_authority_or_that_the_land_is_missing(sent):
    client, record, _letter = sent
    letters = url("documents:sent_letters", record)
    page = " ".join(client.get(letters).content.decode().split())
    assert "The complaint goes to: Data Protection Commission, 21 Fitzwilliam" in page
    workplace = url("assessment:workplace", record)
    client.post(workplace, {**WORKPLACE, "country": "DE"})
    page = " ".join(client.get(letters).content.decode().split())
    assert "The Land of the workplace is not known" in page
    assert f'<a href="{workplace}">Choose the Land on the workplace page</a>' in page
    client.post(workplace, {**WORKPLACE, "country": "DE", "region": "DE-BY"})
    page = " ".join(client.get(letters).content.decode().split())
    assert (
        "The complaint goes to: Bayerisches Landesamt für Datenschutzaufsicht "
        "(BayLDA), Promenade 18, 91522 Ansbach." in page
    )
    response = client.post(
        url("documents:complaint_with_history", record),
        {
            "complaint-lang": "en",
            "complaint-file_format": "txt",
            **{f"complaint-{name}": value for name, value in SECRET_DETAILS.items()},
        },
    )
    text = response.content.decode()
    assert "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)" in text
    assert "The controller is my employer: Example Tech, 1 Corporate Way." in text
    assert "Corporate Way" not in str(Assessment.objects.values_list().get())


# The reply of issue #23's walkthrough, to the German questions letter: it speaks of
# taking part in a "KI-Trainingsprogramm", not of which models or for what.
WALKTHROUGH_REPLY = (
    "Sehr geehrte Frau Keller,\n\nvielen Dank für Ihr Schreiben.\n\nDie Teilnahme am "
    "KI-Trainingsprogramm ist freiwillig. Wer nicht teilnimmt, hat keinerlei "
    "Nachteile; die Teilnahme kann jederzeit beendet werden.\n\nMit freundlichen "
    "Grüßen\nPersonalabteilung"
)


def test_the_walkthrough_reply_marks_ai_training_partly_not_answered(assessed):
    client, record, _token = assessed
    send(client, record, lang="de")
    letter = record.sent_letters.get()
    response = reply_to(client, record, letter, WALKTHROUGH_REPLY)
    form = response.context["marks_form"]
    training = next(n for n, q in enumerate(letter.questions) if "trainieren" in q)
    taking_part = next(
        n for n, q in enumerate(letter.questions) if q.startswith("Ist die Teilnahme")
    )
    assert form[f"q{training}"].initial == Mark.PARTLY
    assert form[f"q{taking_part}"].initial == Mark.PARTLY
    page = response.content.decode()
    assert "Die Teilnahme am KI-Trainingsprogramm ist freiwillig." in page
