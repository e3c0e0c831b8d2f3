"""What the follow-through stores and says: one letter per reference, the questions
the letter asked as of its result's day, marks of every kind, nothing touched but
the writer's own records, answers changed from a reply (or left as they were), and a
reply read from a file to its exact limits, with what the person is told when not."""

import copy
import datetime
import re

import pytest
import time_machine

from assessment import facts, services
from assessment.models import Assessment
from documents import followup, references, reply_text
from documents.letters import write_letter
from documents.models import Mark, SentLetter
from tests import builders

pytestmark = pytest.mark.django_db

D = datetime.date
DAY = D(2026, 11, 16)


@pytest.fixture
def stored(db):
    """A German workplace whose retention period is unknown: grade B."""
    return services.save_assessment(builders.assessment("DE", {"retention": "unknown"}))


def test_letters_noted_without_a_code_are_each_their_own(stored):
    first, first_new = followup.record_sent(stored, "objection", "en", DAY, "email")
    second, second_new = followup.record_sent(stored, "objection", "en", DAY, "email")
    assert first_new and second_new
    assert first.pk != second.pk and first.reference != second.reference


def test_each_kind_noted_from_one_form_is_a_letter_of_that_kind(stored):
    """The code of a form that recorded one kind, used again for others: each is
    recorded, with a code of its own."""
    for kind in ("objection", "access-request", "withdraw-erasure"):
        sent, new = followup.record_sent(stored, kind, "en", DAY, "email", "7Q3K")
        assert new and sent.kind == kind
    references_given = set(SentLetter.objects.values_list("reference", flat=True))
    assert len(references_given) == 3


def test_a_drawn_code_another_letter_has_is_drawn_again(stored, monkeypatch):
    followup.record_sent(stored, "objection", "en", DAY, "email", "7Q3K")
    draws, draw = iter(["7Q3K", "8R4M"]), references.new_code
    monkeypatch.setattr(references, "new_code", lambda: next(draws, None) or draw())
    sent, new = followup.record_sent(stored, "access-request", "en", DAY, "email")
    assert new and sent.reference == "OV-20261116-DE-8R4M"


def test_a_letter_keeps_the_questions_it_asked_as_of_its_results_day():
    """A result read as of 1 January 2024, before the AI Act's duties applied, ranks
    the complaint's findings otherwise than today: the letter noted is the one
    written from that result."""
    with time_machine.travel(datetime.datetime(2024, 1, 1, 9, tzinfo=datetime.UTC)):
        record = services.save_assessment(builders.assessment("FR", builders.META_LIKE))
    sent, _new = followup.record_sent(
        record, "complaint", "en", D(2026, 12, 1), "email"
    )
    then = write_letter("complaint", record.get_facts(), "en", as_of=D(2024, 1, 1))
    today = write_letter("complaint", record.get_facts(), "en")
    assert sent.questions == [question for question, _why in then.questions]
    assert sent.questions != [question for question, _why in today.questions]


def test_a_councils_letter_touches_no_assessment(people):
    """Noting a letter counts as use of an employee's assessment; a council's letter
    is about its campaign, and leaves every assessment as it was, one whose key is
    the campaign's too."""
    from tests.councils.fixtures import open_campaign

    campaign = open_campaign(people["council"])
    services.save_assessment(
        builders.assessment("DE"), record=Assessment(pk=campaign.pk)
    )
    long_ago = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    Assessment.objects.update(updated=long_ago)
    followup.record_sent(campaign, "works-agreement", "de", DAY, "email")
    assert set(Assessment.objects.values_list("updated", flat=True)) == {long_ago}


A, P, N, R = Mark.ANSWERED, Mark.PARTLY, Mark.NOT_ANSWERED, Mark.REFUSED


def test_marks_of_every_kind_are_kept(stored):
    sent, _new = followup.record_sent(stored, "ai-questions", "en", DAY, "email")
    marks = [A, P, N, R] + [N] * (len(sent.questions) - 4)
    followup.confirm_marks(sent, marks)
    sent.refresh_from_db()
    assert sent.marks == marks


@pytest.mark.parametrize("marks", [[A], ["maybe"] * 3])
def test_marks_that_do_not_fit_the_questions_are_refused_saying_why(stored, marks):
    sent, _new = followup.record_sent(stored, "objection", "en", DAY, "email")
    sent.questions = ["Who?", "How long?", "Why?"]
    with pytest.raises(ValueError) as refused:
        followup.confirm_marks(sent, marks)
    assert str(refused.value) == "one mark per question, each answered, partly or not"


def test_changes_to_a_result_stored_without_findings_count_each_finding_as_new(stored):
    """A result stored before results had findings stands as the grade alone."""
    Assessment.objects.filter(pk=stored.pk).update(result=None)
    stored.refresh_from_db()
    with time_machine.travel(datetime.datetime(2026, 12, 3, 9, tzinfo=datetime.UTC)):
        changed = followup.apply_changes(
            stored, [followup.Change(0, "retention", "90")]
        )
    assert changed.on == D(2026, 12, 3)
    assert (changed.old_grade, changed.new_grade) == ("B", "A")
    assert {(c.rule, c.new_severity) for c in changed.new} == {
        (f["rule"], f["severity"]) for f in stored.result["findings"]
    }
    assert changed.gone == changed.severity == ()


def test_a_refused_answer_leaves_the_answers_held_as_they_were(stored):
    held = copy.deepcopy(stored.document)
    with pytest.raises(facts.InvalidAssessment):
        followup.apply_changes(stored, [followup.Change(0, "retention", "forever")])
    assert stored.document == held
    stored.refresh_from_db()
    assert stored.document == held


@pytest.mark.parametrize(
    ("practice", "path", "answer"),
    [
        ({"participation": {"mode": "opt_in"}}, "participation.mode", "opt_in"),
        ({"participation": {}}, "participation.mode", facts.UNKNOWN),
        ({}, "participation.mode", facts.UNKNOWN),  # no such part at all
        ({"retention": 90}, "retention", "90"),  # days in digits, as stated
        ({"purposes": ["security"]}, "purposes", ["security"]),
    ],
)
def test_a_practices_answer_is_read_at_its_path(practice, path, answer):
    assert followup.current_answer(practice, path) == answer


def test_an_answer_a_reply_states_again_is_not_offered_again(db):
    parts = ("mode", "refusal_consequences", "withdrawal")
    unknown = {f"participation.{part}": "unknown" for part in parts}
    record = services.save_assessment(builders.assessment("DE", unknown))
    reply = (
        "Die Teilnahme ist freiwillig; wer nicht teilnimmt, hat keinerlei Nachteile. "
        "Die Teilnahme kann jederzeit beendet werden."
    )
    offered = followup.changes_in_reply(record, reply)
    assert {(c.path, c.value) for c in offered} == {
        ("participation.mode", "opt_in"),
        ("participation.refusal_consequences", "no"),
        ("participation.withdrawal", "easy"),
    }
    followup.apply_changes(record, offered)
    assert followup.changes_in_reply(record, reply) == []


def test_a_text_file_not_in_utf8_is_read_as_windows_1252():
    """é and € in Windows-1252, and a byte that code page leaves undefined."""
    content = "Données gardées 90 jours, coût 5 €.".encode("cp1252") + b" \x81"
    assert followup.read_reply("reply.txt", content) == (
        "Données gardées 90 jours, coût 5 €. \ufffd"
    )


def test_a_reply_at_the_limits_is_read():
    text = "We keep the logs for 90 days."
    at_size = text.encode() + b" " * (followup.MAX_REPLY_BYTES - len(text))
    assert len(at_size) == followup.MAX_REPLY_BYTES
    assert followup.read_reply("reply.txt", at_size) == text
    longest = "x" * followup.MAX_REPLY_CHARS
    assert followup.read_reply("reply.txt", longest.encode()) == longest


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "reply.odt",
            b"text",
            "Only PDF, Word (.docx) or plain-text (.txt) files can be read.",
        ),
        (
            "reply.txt",
            b"x" * 1_000_001,
            "The file is too large: at most 1 MB is accepted.",
        ),
        (
            "reply.txt",
            b" \n ",
            "No text was found in the file (a scanned letter is an image). Paste or "
            "type the reply's text instead.",
        ),
        (
            "reply.txt",
            b"x" * 100_001,
            "The reply is too long: at most 100,000 characters are accepted.",
        ),
    ],
)
def test_an_unreadable_reply_is_refused_in_these_words(name, content, message):
    with pytest.raises(followup.UnreadableReply, match=f"^{re.escape(message)}$"):
        followup.read_reply(name, content)


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        (
            reply_text.TOO_LARGE,
            "The file is too large once unpacked: a reply may have at most 100 pages "
            "and 10 MB of content. Paste the reply's text instead.",
        ),
        (
            reply_text.TOO_SLOW,
            "Reading the file took too long, so it was stopped. Paste the reply's "
            "text instead.",
        ),
        (
            reply_text.BUSY,
            "Another reply is being read at this moment. Please upload the file "
            "again in a few seconds.",
        ),
        (
            reply_text.UNREADABLE,
            "The file could not be read. Check that it is a PDF, Word (.docx) or "
            "plain-text file, or paste the reply's text instead.",
        ),
    ],
)
def test_the_reader_refusing_a_file_is_told_in_these_words(reason, message):
    assert followup._refusal(reason) == message
