"""Following letters through: deadlines, states, reading and marking replies, the
letters that follow, and facts from a reply applied to the answers."""

import datetime
import io
import re

import docx
import pytest
import time_machine

from assessment import services
from assessment.models import Assessment
from assessment.services import Changes, FindingChange
from documents import followup, followup_letters, letter_files, presentation, replies
from documents.letters import Details, NotApplicable, write_letter
from documents.models import LetterState, Mark, SentLetter
from documents.pdf import html_to_pdf
from tests import builders
from tests.migrating import migrating_from

D = datetime.date


@pytest.mark.parametrize(
    ("kind", "sent", "channel", "place", "due"),
    [
        # One month from receipt (GDPR Art. 12(3)); 1 January is a holiday and 2-3
        # January a weekend, so it ends on Monday 4 January.
        ("access-request", D(2026, 12, 1), "email", "DE", D(2027, 1, 4)),
        # Posted: received three working days later, 4 December; due 4 January.
        ("access-request", D(2026, 12, 1), "post", "DE", D(2027, 1, 4)),
        # 29 January plus one month is 28 February, a Sunday: Monday 1 March.
        ("objection", D(2027, 1, 29), "email", "GB", D(2027, 3, 1)),
        ("withdraw-erasure", D(2027, 3, 31), "email", "IE", D(2027, 4, 30)),
        # Not a data-subject request: the 30 days the letter asks for.
        ("ai-questions", D(2026, 12, 1), "email", "DE", D(2026, 12, 31)),
        # Posted on Friday 27 November, received Wednesday 2 December; 30 days end on
        # New Year's Day, then a weekend.
        ("dpia-request", D(2026, 11, 27), "post", "FR", D(2027, 1, 4)),
        # California's requests: 45 calendar days, the day of receipt the first
        # (Civ. Code § 1798.130(a)(2); 11 CCR § 7021(b)).
        ("ccpa-know", D(2026, 12, 1), "email", "US-CA", D(2027, 1, 14)),
        ("ccpa-delete", D(2026, 11, 2), "hand", "US-CA", D(2026, 12, 16)),
        # A question letter to California asks for 30 days, like anywhere else;
        # 31 December is a Thursday.
        ("ai-questions", D(2026, 12, 1), "email", "US-CA", D(2026, 12, 31)),
    ],
)
def test_the_answer_is_due_a_period_after_receipt(kind, sent, channel, place, due):
    assert followup.deadline_for(kind, sent, channel, place) == due


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        (
            "ccpa-know",
            "45 days from receipt, as the law sets: Cal. Civ. Code §1798.130",
        ),
        ("access-request", "One month from receipt: the period data-protection law"),
        ("dpia-request", "30 days from receipt: the date the letter asks for, not a"),
        ("reminder", "2 weeks from receipt: the date the letter asks for, not a"),
        (
            "council-information-request",
            "2 weeks from receipt: the date the letter asks for, not a",
        ),
    ],
)
def test_the_page_says_where_the_period_comes_from(kind, reason):
    assert followup.period_reason(kind).startswith(reason)


def test_the_period_is_said_in_full_and_its_law_in_the_pages_language():
    from django.utils import translation

    assert followup.period_reason("access-request") == (
        "One month from receipt: the period data-protection law sets for such requests."
    )
    with translation.override("de"):
        reason = followup.period_reason("ccpa-know")
    assert reason.startswith("45 Tage ab Zugang, wie das Gesetz es vorsieht: Cal.")
    assert "(CCPA, 45 Tage für die Antwort, einmal um 45 verlängerbar)" in reason


def test_a_period_is_worded_from_its_unit_and_count():
    from django.utils import translation

    assert followup.period_words(("days", 1)) == "1 day"
    assert followup.period_words(("months", 1)) == "1 month"
    assert followup.period_words(("months", 3)) == "3 months"
    with translation.override("de"):
        assert followup.period_words(("weeks", 2)) == "2 Wochen"
    with translation.override("fr"):
        assert followup.period_words(("days", 30)) == "30 jours"


def test_a_regional_workplace_counts_its_deadline_where_it_is():
    californian = builders.assessment("US", region="US-CA").workplace
    assert followup.place_of(californian) == "US-CA"
    assert followup.place_of(builders.assessment("DE").workplace) == "DE"


@pytest.mark.parametrize(
    ("today", "extended_to", "state"),
    [
        (D(2027, 1, 4), None, LetterState.WAITING),  # the last day still counts
        (D(2027, 1, 5), None, LetterState.OVERDUE),
        (D(2027, 1, 5), D(2027, 3, 4), LetterState.WAITING),  # extended
        (D(2027, 3, 5), D(2027, 3, 4), LetterState.OVERDUE),
    ],
)
def test_a_letter_waits_until_its_deadline_then_is_overdue(today, extended_to, state):
    sent = SentLetter(deadline=D(2027, 1, 4), extended_to=extended_to)
    assert sent.get_state(today) == state


A, P, N, R = Mark.ANSWERED, Mark.PARTLY, Mark.NOT_ANSWERED, Mark.REFUSED


@pytest.mark.parametrize(
    ("marks", "state"),
    [
        ([], LetterState.REPLIED),  # a reply whose marks are still to confirm
        ([A, A, A], LetterState.ANSWERED),
        ([A, N, A], LetterState.PARTLY),
        ([P, P, P], LetterState.PARTLY),
        ([N, R, A], LetterState.PARTLY),
        ([N, N, N], LetterState.NOT_ANSWERED),  # a reply with nothing answered
        ([N, R, N], LetterState.NOT_ANSWERED),
        ([R, R, R], LetterState.REFUSED),
    ],
)
def test_a_replied_letters_state_follows_its_marks(marks, state):
    sent = SentLetter(
        deadline=D(2027, 1, 4),
        replied_on=D(2026, 12, 10),
        questions=["Who?", "How long?", "Why?"],
        marks=marks,
    )
    assert sent.get_state(D(2027, 2, 1)) == state


@pytest.fixture
def stored(db):
    """A German workplace whose retention period is unknown: grade B."""
    return services.save_assessment(builders.assessment("DE", {"retention": "unknown"}))


@time_machine.travel(datetime.datetime(2026, 12, 1, 9, tzinfo=datetime.UTC))
def test_a_sent_letter_keeps_its_questions_as_asked_and_nothing_about_the_sender(
    stored,
):
    sent, _new = followup.record_sent(
        stored, "ai-questions", "de", D(2026, 12, 1), "email"
    )
    asked = write_letter("ai-questions", stored.get_facts(), "de")
    assert sent.questions == [question for question, _why in asked.questions]
    assert sent.deadline == D(2026, 12, 31)
    assert sent.get_state(D(2026, 12, 1)) == LetterState.WAITING
    stored_fields = {field.name for field in SentLetter._meta.get_fields()}
    assert stored_fields == {
        "id",
        "assessment",
        "campaign",
        "kind",
        "reference",
        "lang",
        "sent_on",
        "channel",
        "deadline",
        "extended_to",
        "questions",
        "reply",
        "replied_on",
        "marks",
    }


def test_a_letter_recorded_again_with_its_code_is_the_same_letter(stored):
    day = D(2026, 11, 16)
    first, new = followup.record_sent(stored, "objection", "en", day, "post", "7Q3K")
    again, again_new = followup.record_sent(
        stored, "objection", "en", day, "post", "7Q3K"
    )
    assert (new, again_new) == (True, False) and again.pk == first.pk
    assert first.reference == "OV-20261116-DE-7Q3K"
    other, other_new = followup.record_sent(
        stored, "access-request", "en", day, "post", "7Q3K"
    )
    assert other_new and other.reference != first.reference
    drawn, _new = followup.record_sent(stored, "objection", "en", day, "email")
    assert re.fullmatch(r"OV-20261116-DE-[2-9A-HJ-NP-Z]{4}", drawn.reference)
    assert SentLetter.objects.count() == 3


def test_a_reminder_noted_on_the_tracker_stands_as_its_subject(stored):
    sent, _new = followup.record_sent(stored, "reminder", "de", D(2026, 12, 1), "email")
    assert sent.questions == [
        "Erinnerung: meine Anfrage zur Überwachung am Arbeitsplatz"
    ]


def test_a_letter_without_listed_questions_stands_as_one_request(stored):
    sent, _new = followup.record_sent(
        stored, "objection", "en", D(2026, 12, 1), "email"
    )
    letter = write_letter("objection", stored.get_facts(), "en")
    assert letter.questions == []
    assert sent.questions == [letter.subject]


def test_a_letter_that_does_not_fit_the_workplace_is_refused(db):
    american = services.save_assessment(builders.assessment("US", region="US-CA"))
    with pytest.raises(NotApplicable):
        followup.record_sent(american, "access-request", "en", D(2026, 12, 1), "email")


def test_the_reader_marks_as_the_model_stores_them():
    assert {
        replies.ANSWERED,
        replies.PARTLY,
        replies.NOT_ANSWERED,
        replies.REFUSED,
    } == (set(Mark.values))


@time_machine.travel(datetime.datetime(2026, 12, 1, 9, tzinfo=datetime.UTC))
def test_the_walkthrough_reply_is_pre_marked_as_a_careful_reader_would(db):
    """The German reply of the walkthrough (issue 23): what it never touched, the
    DPIA it refuses to hand over, and "nur wenige Mitarbeitende unseres KI-Teams"."""
    meta = services.save_assessment(builders.assessment("DE", builders.META_LIKE))
    sent, _new = followup.record_sent(
        meta, "ai-questions", "de", D(2026, 12, 1), "email"
    )
    followup.record_reply(
        sent,
        "Sehr geehrte Frau Keller,\n\nZugriff auf die Daten haben nur wenige "
        "Mitarbeitende unseres KI-Teams. Die Rohdaten werden nach 30 Tagen gelöscht. "
        "Eine Datenschutz-Folgenabschätzung wurde durchgeführt. Diese können wir "
        "Ihnen jedoch nicht herausgeben.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
        D(2026, 12, 5),
    )
    marks = dict(zip(sent.questions, followup.suggested_marks(sent).marks, strict=True))
    assert marks[next(q for q in marks if q.startswith("Wer kann"))] == Mark.ANSWERED
    assert marks[next(q for q in marks if q.startswith("Wie lange"))] == Mark.PARTLY
    assert marks[next(q for q in marks if "Folgenabschätzung" in q)] == Mark.REFUSED
    assert marks[next(q for q in marks if "widersprechen" in q)] == Mark.NOT_ANSWERED
    assert list(marks.values()).count(Mark.ANSWERED) == 1


@pytest.fixture
def answered(stored):
    """The questions letter, with a reply that answers some of it."""
    sent, _new = followup.record_sent(
        stored, "ai-questions", "en", D(2026, 11, 2), "post"
    )
    followup.record_reply(
        sent,
        "We keep the logs for 90 days and delete them when the practice ends.",
        D(2026, 11, 20),
    )
    return sent


def test_noting_a_letter_counts_as_use_of_the_assessment(stored):
    long_ago = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    Assessment.objects.filter(pk=stored.pk).update(updated=long_ago)
    followup.record_sent(stored, "ai-questions", "en", D(2026, 11, 2), "post")
    assert Assessment.objects.get(pk=stored.pk).updated > long_ago


def test_recording_a_reply_counts_as_use_of_the_assessment(stored):
    """`purge` deletes assessments unused for a while: a reply recorded is use."""
    sent, _new = followup.record_sent(
        stored, "ai-questions", "en", D(2026, 11, 2), "post"
    )
    long_ago = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    Assessment.objects.filter(pk=stored.pk).update(updated=long_ago)
    followup.record_reply(sent, "We keep the logs for 90 days.", D(2026, 11, 20))
    assert Assessment.objects.get(pk=stored.pk).updated > long_ago


def test_confirmed_marks_replace_the_guess_and_a_new_reply_clears_them(answered):
    marks = [Mark.ANSWERED] + [Mark.NOT_ANSWERED] * (len(answered.questions) - 1)
    followup.confirm_marks(answered, marks)
    answered.refresh_from_db()
    assert answered.marks_confirmed() and answered.marks == marks
    followup.record_reply(answered, "A second reply.", D(2026, 11, 25))
    answered.refresh_from_db()
    assert answered.marks == [] and not answered.marks_confirmed()
    with pytest.raises(ValueError):
        followup.confirm_marks(answered, ["answered"])  # one per question


def test_the_incomplete_answer_letter_lists_exactly_what_is_missing(stored, answered):
    questions = answered.questions
    marks = [Mark.ANSWERED] * len(questions)
    marks[0], marks[2] = Mark.NOT_ANSWERED, Mark.PARTLY
    followup.confirm_marks(answered, marks)
    letter = followup_letters.incomplete_answer(
        answered, stored.get_facts(), Details(name="A. Worker"), written=D(2026, 12, 1)
    )
    assert letter.questions == [
        (questions[0], ""),
        (questions[2] + " (answered only in part)", ""),
    ]
    assert letter.subject == "Incomplete answer to my letter of 2 November 2026"
    assert letter.deadline == D(2026, 12, 15)  # two weeks
    text = letter_files.letter_text(letter)
    for number, question in enumerate(questions):
        assert (question[:40] in text) == (number in (0, 2))
    assert letter_files.letter_pdf(letter).startswith(b"%PDF")


def test_the_incomplete_answer_letter_is_in_the_first_letters_language(stored):
    sent, _new = followup.record_sent(
        stored, "access-request", "de", D(2026, 11, 2), "email"
    )
    followup.record_reply(sent, "Ihre Daten.", D(2026, 11, 20))
    followup.confirm_marks(sent, [Mark.NOT_ANSWERED] * len(sent.questions))
    letter = followup_letters.incomplete_answer(sent, stored.get_facts())
    assert letter.subject.startswith("Unvollständige Antwort")
    assert letter.questions[0][0] == sent.questions[0].rstrip(";")
    assert any("Art. 12 Abs. 3 DSGVO" in p for p in letter.closing_paragraphs)


def test_a_refused_question_is_asked_again_and_said_to_be_declined(stored, answered):
    marks = [Mark.ANSWERED] * len(answered.questions)
    marks[1], marks[2] = Mark.REFUSED, Mark.NOT_ANSWERED
    followup.confirm_marks(answered, marks)
    letter = followup_letters.incomplete_answer(answered, stored.get_facts())
    asked = [question for question, _why in letter.questions]
    assert asked == [
        answered.questions[1].rstrip(" ;") + " (declined in your reply)",
        answered.questions[2].rstrip(" ;"),
    ]
    assert any("withheld" in p for p in letter.closing_paragraphs)
    complaint = followup_letters.complaint_with_history(
        [answered], stored.get_facts(), "en", written=D(2026, 12, 1)
    )
    assert (
        f"- {answered.questions[1]} (declined by the employer)"
        in complaint.closing_paragraphs
    )


def test_the_complaint_tells_the_history_of_the_letters(stored, answered):
    followup.confirm_marks(
        answered, [Mark.NOT_ANSWERED] + [Mark.ANSWERED] * (len(answered.questions) - 1)
    )
    unanswered, _new = followup.record_sent(
        stored, "access-request", "en", D(2026, 10, 1), "email"
    )
    letter = followup_letters.complaint_with_history(
        [unanswered, answered], stored.get_facts(), "en", written=D(2026, 12, 1)
    )
    history = " ".join(letter.closing_paragraphs)
    assert "On 1 October 2026 I sent the employer my letter “Access request" in history
    # 1 November 2026 is a Sunday.
    assert "The answer was due by 2 November 2026. No answer came by that date." in (
        history
    )
    assert "On 2 November 2026 I sent the employer my letter “Questions" in history
    assert f"(reference {answered.reference}, by post)" in history
    assert "The employer replied on 20 November 2026." in history
    assert "The reply leaves these points open:" in history
    assert f"- {answered.questions[0]}" in letter.closing_paragraphs
    assert f"- {answered.questions[1]}" not in letter.closing_paragraphs


def test_the_deadline_goes_into_a_calendar(answered, stored):
    entry = letter_files.letter_ics(
        followup_letters.deadline_reminder(answered)
    ).decode()
    assert f"DTSTART;VALUE=DATE:{answered.deadline:%Y%m%d}" in entry
    assert "Answer due: Questions about monitoring and AI training" in entry


def test_facts_the_reply_states_are_offered_and_applied_with_a_new_result(stored):
    assert stored.grade == "B"
    changes = followup.changes_in_reply(stored, "We keep the logs for 90 days.")
    assert changes == [followup.Change(0, "retention", "90")]
    followup.apply_changes(stored, changes)
    stored.refresh_from_db()
    assert stored.practices[0]["retention"] == 90
    assert stored.grade == "A"
    assert "retention-unknown" not in {f["rule"] for f in stored.result["findings"]}
    # Once applied, the reply states nothing new.
    assert followup.changes_in_reply(stored, "We keep the logs for 90 days.") == []


@pytest.mark.parametrize(
    "signature",
    ["Kind regards,\nHR Team", "Mit freundlichen Grüßen\nPersonalabteilung"],
)
def test_a_signature_is_not_a_recipient(stored, signature):
    reply = f"Dear Ms Keller,\n\nWe keep the logs for 90 days.\n\n{signature}"
    assert followup.changes_in_reply(stored, reply) == [
        followup.Change(0, "retention", "90")
    ]


def test_an_extension_states_no_fact(stored):
    reply = "We need additional time and are extending our response period by 45 days."
    assert followup.changes_in_reply(stored, reply) == []


WALKTHROUGH_REPLY = """Muster GmbH · Personalabteilung · Leopoldstraße 1, 80802 München

Sehr geehrte Frau Keller,

die Teilnahme ist freiwillig; wer nicht teilnimmt, hat keinerlei Nachteile. Die
Teilnahme kann jederzeit beendet werden. Einsehen können die Daten nur wenige
Mitarbeitende unseres KI-Teams. Eine Datenschutz-Folgenabschätzung wurde
durchgeführt. Tastatureingaben zeichnen wir nicht auf.

Mit freundlichen Grüßen
Personalabteilung"""


@pytest.fixture
def meta_like(db):
    """A Meta-like practice with nothing known about refusing or stopping, and no
    keystrokes recorded."""
    unknown = {
        f"participation.{path}": "unknown"
        for path in ("mode", "refusal_consequences", "withdrawal")
    }
    changes = {**builders.META_LIKE, **unknown, "data": ["mouse_movement"]}
    return services.save_assessment(builders.assessment("DE", changes))


def test_the_walkthrough_reply_states_its_facts_and_nothing_from_its_signature(
    meta_like,
):
    changes = followup.changes_in_reply(meta_like, WALKTHROUGH_REPLY)
    assert {(c.path, c.value) for c in changes} == {
        ("participation.mode", "opt_in"),
        ("participation.refusal_consequences", "no"),
        ("participation.withdrawal", "easy"),
        ("access", "restricted"),
        ("dpia", "done_not_shared"),
    }


@pytest.mark.parametrize(
    ("representation", "offered"), [("none", False), ("union", True)]
)
def test_a_reply_offers_no_answer_about_representatives_a_workplace_does_not_have(
    db, representation, offered
):
    record = services.save_assessment(
        builders.assessment(
            "DE", {"representatives": "unknown"}, worker_representation=representation
        )
    )
    reply = "The works council was consulted. We keep the logs for 90 days."
    changes = followup.changes_in_reply(record, reply)
    assert followup.Change(0, "retention", "90") in changes
    assert (followup.Change(0, "representatives", "consulted") in changes) is offered


def test_a_dpia_said_to_be_done_leaves_one_already_shared_as_it_is(stored):
    assert stored.practices[0]["dpia"] == "done_shared"
    reply = "A data protection impact assessment was carried out before the launch."
    assert followup.changes_in_reply(stored, reply) == []


def test_applying_facts_says_which_findings_went_though_the_grade_stays(meta_like):
    """The walkthrough: the grade stays F while a retention finding goes."""
    old_grade = meta_like.grade
    changed = followup.apply_changes(meta_like, [followup.Change(0, "retention", "30")])
    assert (changed.old_grade, changed.new_grade) == (old_grade, meta_like.grade)
    assert [(c.rule, c.old_severity, c.new_severity) for c in changed.gone] == [
        ("retention-unknown", "medium", None)
    ]
    assert changed.new == changed.severity == ()
    lines = presentation.answer_changes(changed, meta_like.practices)
    assert len(lines) == 1
    assert lines[0].startswith("No longer raised: ")
    assert lines[0].endswith(f"({meta_like.practices[0]['name']}).")


def finding(severity_before: str | None, severity_after: str | None):
    return FindingChange(
        "some-rule", 0, "Kept too long", severity_before, severity_after
    )


@pytest.mark.parametrize(
    ("changes", "lines"),
    [
        (
            {"severity": (finding("high", "low"),)},
            ["Less severe: Kept too long (Keylogger), High → Low."],
        ),
        (
            {"severity": (finding("medium", "critical"),)},
            ["More severe: Kept too long (Keylogger), Medium → Critical."],
        ),
        (
            {"new": (finding(None, "high"),), "gone": (finding("low", None),)},
            [
                "Raised: Kept too long (Keylogger), High.",
                "No longer raised: Kept too long (Keylogger).",
            ],
        ),
        ({}, ["No finding changed."]),
    ],
)
def test_the_banner_names_each_finding_that_rose_fell_came_or_went(changes, lines):
    changed = Changes(D(2026, 12, 7), "r", "r", "F", "F", **changes)
    assert presentation.answer_changes(changed, [{"name": "Keylogger"}]) == lines


def test_a_list_answer_gains_the_value_the_reply_states(stored):
    changes = followup.changes_in_reply(
        stored, "The data is also used to train our AI models."
    )
    assert followup.Change(0, "purposes", "ai_training") in changes
    followup.apply_changes(stored, [followup.Change(0, "purposes", "ai_training")])
    stored.refresh_from_db()
    assert set(stored.practices[0]["purposes"]) == {"ai_training", "security"}


def test_replies_are_deleted_with_their_assessment(answered, stored):
    stored.delete()
    assert not SentLetter.objects.exists()
    assert not Assessment.objects.exists()


def _docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "reply.pdf",
            lambda: html_to_pdf('<html lang="en"><p>We keep the logs for 90 days.</p>'),
        ),
        ("Reply.DOCX", lambda: _docx("We keep the logs for 90 days.")),
        ("reply.txt", lambda: b"We keep the logs for 90 days."),
        ("reply.txt", lambda: "We keep the logs for 90 days.".encode("cp1252")),
    ],
)
def test_a_reply_is_read_from_pdf_docx_or_text(name, content):
    assert "We keep the logs for 90 days." in followup.read_reply(name, content())


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("reply.odt", b"text", "Only PDF, Word (.docx) or plain-text (.txt) files"),
        ("reply", b"text", "Only PDF, Word (.docx) or plain-text (.txt) files"),
        ("reply.pdf", b"not a pdf", "The file could not be read."),
        ("reply.docx", b"PK not a zip", "The file could not be read."),
        ("reply.txt", b"   \n", "No text was found in the file"),
        ("reply.txt", b"x" * 1_000_001, "The file is too large: at most 1 MB"),
        ("reply.txt", b"x" * 100_001, "The reply is too long"),
    ],
)
def test_an_unreadable_reply_says_what_is_expected(name, content, message):
    with pytest.raises(followup.UnreadableReply, match=re.escape(message)):
        followup.read_reply(name, content)


@pytest.mark.django_db(transaction=True)
def test_letters_recorded_before_references_each_get_one():
    with migrating_from([("assessment", "0014_attempt_counter_windows")]) as database:
        record = database.old.get_model("assessment", "Assessment").objects.create(
            document={}, digest="0" * 64, country="DE"
        )
        for _ in range(2):  # two letters of one day
            database.old.get_model("assessment", "SentLetter").objects.create(
                assessment=record,
                kind="access-request",
                lang="de",
                sent_on=D(2026, 11, 16),
                channel="email",
                deadline=D(2026, 12, 16),
                questions=["?"],
            )
        database.forward([("assessment", "0015_sent_letter_reference")])
        given = list(SentLetter.objects.values_list("reference", flat=True))
        assert len(set(given)) == 2
        assert all(
            re.fullmatch(r"OV-20261116-DE-[2-9A-HJ-NP-Z]{4}", ref) for ref in given
        )


@pytest.fixture
def californian(db):
    return services.save_assessment(
        builders.assessment("US", builders.META_LIKE, region="US-CA")
    )


CCPA_EXTENSION = """Dear Mr. Nguyen,

We received your request to know. We need additional time and are extending our
response period by 45 days, as permitted under California Civil Code section
1798.130(a)(2).

Thank you for your patience.

HR Team
Sunbelt Retail Holdings
"""


@pytest.mark.parametrize(
    ("reply", "due"),
    [
        # Received 1 December (day 1), due Thursday 14 January 2027; 45 more
        # calendar days: Sunday 28 February, day 90, not rolled past the maximum.
        (CCPA_EXTENSION, D(2027, 2, 28)),
        # The date the notice gives, when it gives one.
        (
            CCPA_EXTENSION.replace(
                "Thank you",
                "We will respond no later than February 18, 2027. Thank you",
            ),
            D(2027, 2, 18),
        ),
    ],
)
def test_a_ccpa_extension_moves_the_deadline_and_is_no_answer(californian, reply, due):
    sent, _new = followup.record_sent(
        californian, "ccpa-know", "en", D(2026, 12, 1), "email"
    )
    assert sent.deadline == D(2027, 1, 14)
    assert followup.record_reply(sent, reply, D(2026, 12, 20)) is True  # a notice
    sent.refresh_from_db()
    assert sent.extended_to == due
    assert sent.replied_on is None
    assert sent.get_state(D(2027, 1, 20)) == LetterState.WAITING
    assert sent.get_state(due + datetime.timedelta(days=1)) == LetterState.OVERDUE
    assert followup.changes_in_reply(californian, sent.reply) == []  # "HR Team"


def test_a_notice_does_not_move_a_date_the_person_noted(californian):
    sent, _new = followup.record_sent(
        californian, "ccpa-delete", "en", D(2026, 12, 1), "email"
    )
    followup.record_extension(sent, D(2027, 2, 1))
    followup.record_reply(sent, CCPA_EXTENSION, D(2026, 12, 20))
    sent.refresh_from_db()
    assert sent.extended_to == D(2027, 2, 1)


def test_without_a_notice_the_law_s_extension_is_proposed(californian, stored):
    ccpa, _new = followup.record_sent(
        californian, "ccpa-know", "en", D(2026, 12, 1), "email"
    )
    gdpr, _new = followup.record_sent(
        stored, "access-request", "de", D(2026, 12, 1), "email"
    )
    # The CCPA's 45 more days; the GDPR's two further months (4 January + 2 months).
    assert followup.extension_for(ccpa, "US-CA") == D(2027, 2, 28)
    assert followup.extension_for(gdpr, "DE") == D(2027, 3, 4)


def test_the_extension_field_states_the_law_of_the_letter(californian, stored):
    from documents.forms import ExtensionForm

    ccpa, _new = followup.record_sent(
        californian, "ccpa-delete", "en", D(2026, 12, 1), "email"
    )
    gdpr, _new = followup.record_sent(
        stored, "objection", "en", D(2026, 12, 1), "email"
    )
    said = {
        sent.kind: str(ExtensionForm(sent=sent).fields["extended_to"].help_text)
        for sent in (ccpa, gdpr)
    }
    assert "by up to 45 more days" in said["ccpa-delete"]
    assert "GDPR" not in said["ccpa-delete"]
    assert "by two further months" in said["objection"]
