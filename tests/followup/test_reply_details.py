"""What the reply reader tells of each question besides its mark (why, and the
sentence behind it), the language it reads a reply in, and the edges of its
sentences, salutations and dates. Plain Python: no database."""

import datetime

import pytest

from documents import replies
from tests.followup.corpus import letters

ASKED = letters()
AI = {lang: ASKED[f"ai-questions/{lang}"]["questions"] for lang in ("en", "de", "fr")}
ERASURE = ASKED["withdraw-erasure/en"]["questions"]
RETENTION, WHO_CAN_SEE, DPIA = 8, 9, 11
D = datetime.date


def told(reading: replies.QuestionReading) -> tuple[str, str, str]:
    """A question's mark, why, and the sentence of the reply behind it."""
    return reading.mark, reading.reason, reading.sentence


def test_a_reply_is_read_in_its_own_language_whatever_the_letters():
    reply = "Die Rohdaten werden nach 30 Tagen gelöscht, und sie werden gelöscht, wenn "
    reply += "das Programm endet."
    assert replies.read(AI["en"], reply, "en").marks[RETENTION] == replies.ANSWERED


def test_without_the_letters_language_it_is_told_from_the_questions():
    reply = "Die Rohdaten werden nach 30 Tagen gelöscht."
    assert replies.read(AI["de"], reply) == replies.read(AI["de"], reply, "de")
    assert replies.read(AI["de"], reply).marks[RETENTION] == replies.PARTLY


def test_an_answer_gives_its_sentence_as_the_reason():
    reply = "The logs are kept for 90 days and deleted when the practice ends."
    reading = replies.read(AI["en"], reply, "en").questions[RETENTION]
    assert told(reading) == (replies.ANSWERED, replies.SPECIFIC, reply)


def test_a_denial_limited_to_one_purpose_answers_who_can_see_in_part():
    """A vendor said not to get the data "for training" may get it for the rest."""
    reply = (
        "Only the HR team can see the data, and it is not shared with any vendor for "
        "training."
    )
    reading = replies.read(AI["en"], reply, "en").questions[WHO_CAN_SEE]
    assert (reading.mark, reading.answered) == (replies.PARTLY, ("recipients",))


def test_an_erasure_said_to_be_impossible_is_no_answer():
    reading = replies.read(ERASURE, "Your recordings cannot be deleted.", "en")
    assert (reading.marks, reading.questions[0].reason) == (
        [replies.NOT_ANSWERED],
        replies.VAGUE,
    )


WHOLE_REFUSAL = "We cannot answer your questions."


def test_a_refusal_of_the_whole_request_is_the_reason_for_every_question():
    questions = [*AI["en"], "Is the canteen open on Sundays?"]  # the last: no topic
    for reading in replies.read(questions, WHOLE_REFUSAL, "en").questions:
        assert told(reading) == (replies.REFUSED, replies.DECLINED, WHOLE_REFUSAL)


def test_a_reply_with_nothing_but_a_closing_leaves_every_question_untouched():
    reading = replies.read(AI["en"], "Kind regards,\nHR Team", "en")
    assert {told(question) for question in reading.questions} == {
        (replies.NOT_ANSWERED, replies.UNTOUCHED, "")
    }


def test_the_same_said_of_another_point_after_a_refusal_refuses_it_too():
    reply = "We cannot share the DPIA. The same applies to the list of recipients."
    reading = replies.read(AI["en"], reply, "en")
    assert reading.marks[DPIA] == reading.marks[WHO_CAN_SEE] == replies.REFUSED
    assert reading.questions[WHO_CAN_SEE].sentence == (
        "The same applies to the list of recipients."
    )


def test_a_first_sentence_that_points_back_refers_to_no_refusal():
    reply = (
        "Likewise, the logs are kept for 90 days and deleted when the practice ends."
    )
    assert replies.read(AI["en"], reply, "en").marks[RETENTION] == replies.ANSWERED


@pytest.mark.parametrize(
    ("lang", "reply", "day"),
    [
        (
            "de",
            "Wir benötigen mehr Zeit und antworten bis zum 14.12.2026.",
            D(2026, 12, 14),
        ),
        ("en", "We need more time and will respond by 2027-02-18.", D(2027, 2, 18)),
        # A date that does not exist is passed over, and the next one read.
        (
            "de",
            "Wir benötigen mehr Zeit und antworten bis zum 31.11.2026, spätestens "
            "aber bis zum 04.12.2026.",
            D(2026, 12, 4),
        ),
    ],
)
def test_a_notice_gives_its_date_in_figures(lang, reply, day):
    reading = replies.read(AI[lang], reply, lang)
    assert reading.extension and reading.extended_to == day


def test_a_long_text_without_full_stops_is_read_in_pieces_cut_between_words():
    words = " ".join(["abcdefghi"] * 100)  # 999 characters, a space every tenth
    assert [len(piece) for piece in replies.sentences(words)] == [399, 399, 199]
    assert " ".join(replies.sentences(words)) == words
    longest = "y" + words[:399]  # 400 characters: not cut
    assert replies.sentences(longest) == [longest]
    one_word = "x" * 1000
    assert [len(piece) for piece in replies.sentences(one_word)] == [400, 400, 200]
    first_space = "a " + "x" * 998
    assert [len(piece) for piece in replies.sentences(first_space)] == [
        1,
        400,
        400,
        198,
    ]


def test_the_line_after_a_salutation_is_the_replys_first():
    reply = "Dear Ms Keller,\nThe logs are kept for 90 days.\nKind regards\nHR Team"
    assert replies.body(reply) == "The logs are kept for 90 days."


@pytest.mark.parametrize(
    ("reply", "closest"),
    [
        ("The weather was fine.", ""),  # no long word in common
        ("The canteen is being renovated.", "The canteen is being renovated."),
        (
            "The canteen is closed. The canteen is renovated.",
            "The canteen is closed.",
        ),
    ],
)
def test_for_a_question_of_no_topic_the_first_sentence_sharing_most_words_shows(
    reply, closest
):
    reading = replies.read(["Is the canteen open on Sundays?"], reply, "en")
    assert reading.questions[0].sentence == closest
