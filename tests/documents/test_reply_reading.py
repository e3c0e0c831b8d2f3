"""Reading an uploaded reply cannot hurt the server: hostile files made here are
refused with a message naming what is wrong, within limits of unpacked size, memory
and time, one at a time, and what comes back is clean text."""

import fcntl
import re

import pytest

from documents import followup, reply_text
from tests.documents import hostile_files

TOO_LARGE = "The file is too large once unpacked: a reply may have at most 100 pages"
TOO_SLOW = "Reading the file took too long, so it was stopped."
UNREADABLE = "The file could not be read."
BUSY = "Another reply is being read at this moment."


def refusal(name: str, content: bytes) -> str:
    with pytest.raises(followup.UnreadableReply) as refused:
        followup.read_reply(name, content)
    return str(refused.value)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bomb.docx", lambda: hostile_files.docx_bomb(50_000_000)),
        ("pages.pdf", lambda: hostile_files.pdf_of_many_pages(150)),
        # The page tree claims one page: the pages are counted as they are read.
        ("lying.pdf", lambda: hostile_files.pdf_of_many_pages(150, count=1)),
        ("stream.pdf", lambda: hostile_files.pdf_of_a_huge_stream(60_000_000)),
    ],
)
def test_a_file_that_unpacks_too_large_is_refused_as_such(name, content):
    assert refusal(name, content()).startswith(TOO_LARGE)


def test_a_zip_bomb_is_refused_from_its_directory_before_anything_reads_it():
    with pytest.raises(reply_text.Refused) as refused:
        reply_text.check_package(hostile_files.docx_bomb(50_000_000))
    assert refused.value.reason == reply_text.TOO_LARGE


def test_reading_past_the_cpu_limit_is_stopped(settings):
    settings.REPLY_READER_CPU_SECONDS = 1
    slow = hostile_files.pdf_of_a_huge_stream(9_000_000)  # under the size limit
    assert refusal("slow.pdf", slow).startswith(TOO_SLOW)


def test_a_reader_that_overruns_the_clock_is_killed(monkeypatch):
    monkeypatch.setattr(reply_text, "WALL_SECONDS", 0.5)
    slow = hostile_files.pdf_of_a_huge_stream(9_000_000)
    assert refusal("slow.pdf", slow).startswith(TOO_SLOW)


def test_the_reader_cannot_take_more_memory_than_it_is_given(monkeypatch):
    wordy = hostile_files.docx_bomb(4_000_000)  # parsed, it takes about 90 MB
    assert "too long" in refusal("wordy.docx", wordy)  # read, then found too long
    monkeypatch.setattr(reply_text, "MEMORY_BYTES", 80 * 1024 * 1024)
    message = refusal("wordy.docx", wordy)
    assert message.startswith(TOO_LARGE) or message.startswith(UNREADABLE)


def test_one_reply_is_read_at_a_time_and_the_next_is_told_to_try_again():
    pdf = hostile_files.pdf([hostile_files.text_op(b"We keep the logs.")])
    with reply_text.LOCK.open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert refusal("reply.pdf", pdf).startswith(BUSY)
    assert followup.read_reply("reply.pdf", pdf) == "We keep the logs."


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("reply.txt", lambda: b"We keep\x00 the logs.\x1b"),
        ("reply.pdf", lambda: hostile_files.pdf([hostile_files.text_op(rb"We\000")])),
    ],
)
def test_nul_and_control_characters_are_taken_out_of_a_reply(name, content):
    text = followup.read_reply(name, content())
    assert re.sub(r"\s+", " ", text).startswith("We")
    assert "\x00" not in text and "\x1b" not in text


def test_a_damaged_word_file_is_not_readable():
    assert refusal("reply.docx", b"PK\x03\x04 damaged").startswith(UNREADABLE)
