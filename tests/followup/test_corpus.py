"""The reply corpus is well formed, and asks what the app's letters really ask."""

import datetime

import pytest

from documents.letters import FirstLetter, employee, write_letter
from tests import builders
from tests.followup.corpus import BATCHES, HERE, LABELS, letters, load

REPLIES = [
    reply
    for batch in BATCHES.values()
    if (HERE / batch).exists()
    for reply in load(batch)
]


# A letter whose answer was due long ago, as the tracker holds it.
OVERDUE = FirstLetter(
    "access-request",
    datetime.date(2026, 1, 5),
    "OV-20260105-DE-7Q3K",
    datetime.date(2026, 2, 5),
)


@pytest.mark.parametrize(("key", "letter"), letters().items())
def test_the_corpus_asks_what_the_letters_ask(key, letter, monkeypatch):
    if letter["kind"] in ("ai-questions", "us-questions"):
        # Every question the letter can ask, not only those this workplace raises.
        monkeypatch.setattr(employee, "ALWAYS_ASKED", tuple(employee.TOPICS))
    written = written_for(letter)
    asked = [question for question, _why in written.questions] or [written.subject]
    assert asked == letter["questions"]


def written_for(letter: dict):
    """The letter as the app writes it for the Meta-like workplace letters.toml was
    written from (see its header)."""
    country, _dash, region = letter["country"].partition("-")
    workplace = {"region": letter["country"]} if region else {}
    return write_letter(
        letter["kind"],
        builders.assessment(country, builders.META_LIKE, **workplace),
        letter["lang"],
        follows=OVERDUE,  # what a reminder follows; other kinds ignore it
    )


QUESTIONS_LETTERS = [
    (key, letter)
    for key, letter in letters().items()
    if letter["kind"] in ("ai-questions", "us-questions")
]


@pytest.mark.parametrize(("key", "letter"), QUESTIONS_LETTERS)
def test_a_real_questions_letter_asks_nothing_the_corpus_lacks(key, letter):
    """Without every topic forced: what the Meta-like workplace's letter asks is the
    corpus letter's questions, in its order, with some left out."""
    asked = [question for question, _why in written_for(letter).questions]
    remaining = iter(letter["questions"])
    assert asked
    assert all(question in remaining for question in asked)


# The fewest replies each batch holds: the fresh one is a small check after tuning.
SMALLEST = {
    "replies.toml": 40,
    "replies_held_out.toml": 20,
    "replies_unseen.toml": 30,
    "replies_fresh.toml": 12,
    "replies_letters.toml": 15,
}


def test_each_batch_has_replies_in_three_languages_of_every_kind():
    for batch in BATCHES.values():
        if not (HERE / batch).exists():
            continue
        replies = load(batch)
        assert len(replies) >= SMALLEST[batch]
        kinds = {reply.letter.split("/")[0] for reply in replies}
        assert {"ai-questions", "access-request", "objection"} <= kinds
        assert {reply.letter.split("/")[1] for reply in replies} == {"en", "de", "fr"}
        assert any(reply.extension for reply in replies)
        assert any("refused" in reply.marks for reply in replies)


@pytest.mark.parametrize("reply", REPLIES, ids=lambda reply: reply.id)
def test_each_reply_has_a_label_per_question(reply):
    assert len(reply.marks) == len(reply.questions)
    assert set(reply.marks) <= set(LABELS)
    assert reply.text.strip()


def test_reply_ids_are_unique_across_batches():
    ids = [reply.id for reply in REPLIES]
    assert len(ids) == len(set(ids))
