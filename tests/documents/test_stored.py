"""Stored documents: rendered once per key, waited for while another process renders."""

import datetime
import time

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from documents import stored

pytestmark = pytest.mark.django_db

KEY = "report:test"


class Renders:
    """A render that counts its calls."""

    def __init__(self, content: bytes = b"%PDF ours"):
        self.calls = 0
        self.content = content

    def __call__(self) -> bytes:
        self.calls += 1
        return self.content


def another_process_renders(key: str) -> None:
    """As another process does: it holds the lock while it renders."""
    assert cache.add(f"{key}:rendering", "theirs", timeout=60)


def test_a_document_is_rendered_once_then_served_from_the_store():
    render = Renders()
    assert stored.stored(KEY, render) == b"%PDF ours"
    assert stored.stored(KEY, render) == b"%PDF ours"
    assert render.calls == 1


def test_a_download_waits_for_the_render_another_process_is_making(monkeypatch):
    another_process_renders(KEY)
    looks = []

    def meanwhile(seconds):  # the other process finishes while we wait
        looks.append(seconds)
        if len(looks) == 3:
            cache.set(KEY, b"%PDF theirs")
            cache.delete(f"{KEY}:rendering")

    monkeypatch.setattr(stored.time, "sleep", meanwhile)
    render = Renders()
    assert stored.stored(KEY, render) == b"%PDF theirs"
    assert render.calls == 0
    assert len(looks) == 3


def test_a_download_renders_itself_when_the_other_render_fails(monkeypatch):
    another_process_renders(KEY)

    def the_other_gives_up(seconds):  # it failed, and let go of its lock
        cache.delete(f"{KEY}:rendering")

    monkeypatch.setattr(stored.time, "sleep", the_other_gives_up)
    render = Renders()
    assert stored.stored(KEY, render) == b"%PDF ours"
    assert render.calls == 1
    assert cache.get(KEY) == b"%PDF ours"
    assert not cache.has_key(f"{KEY}:rendering")  # and it let go of the lock


def test_a_download_takes_over_a_dead_render_after_its_lease_not_the_whole_wait(
    settings, monkeypatch
):
    settings.DOCUMENT_RENDER_WAIT = 20
    monkeypatch.setattr(stored, "RENDER_LEASE", 1)
    assert stored._take_lock(KEY) is not None  # a renderer that then died
    render = Renders()
    began = time.monotonic()
    assert stored.stored(KEY, render) == b"%PDF ours"
    assert render.calls == 1
    assert time.monotonic() - began < 10  # its lease (1 s) ended, not the 20 s wait


@pytest.mark.django_db(transaction=True)  # the renewing thread reads what we wrote
def test_a_live_render_keeps_its_lock_however_long_it_takes(monkeypatch):
    monkeypatch.setattr(stored, "RENDER_LEASE", 2)  # the cache counts whole seconds
    held = []

    def slow():
        for _ in range(4):  # twice a lease's time in all
            time.sleep(1)
            held.append(stored._take_lock(KEY) is None)  # nobody else can take it
        return b"%PDF slow"

    assert stored.render_once(KEY, slow) is True
    assert held == [True] * 4
    assert not cache.has_key(f"{KEY}:rendering")  # let go at the end


def test_a_task_never_renders_what_another_process_is_rendering():
    another_process_renders(KEY)
    render = Renders()
    assert stored.render_once(KEY, render) is False
    assert render.calls == 0
    assert cache.get(f"{KEY}:rendering") == "theirs"  # and leaves its lock alone


def test_a_task_renders_what_is_neither_stored_nor_being_rendered():
    render = Renders()
    assert stored.render_once(KEY, render) is True
    assert stored.render_once(KEY, render) is False
    assert render.calls == 1
    assert cache.get(KEY) == b"%PDF ours"


def test_a_failed_render_lets_go_of_its_lock():
    def broken():
        raise RuntimeError("the renderer broke")

    with pytest.raises(RuntimeError):
        stored.render_once(KEY, broken)
    assert not cache.has_key(f"{KEY}:rendering")
    assert stored.stored(KEY, Renders()) == b"%PDF ours"


@pytest.mark.parametrize(
    ("before", "wanted"),
    [(None, True), ("stored", False), ("rendering", False), ("queued", False)],
)
def test_a_render_is_wanted_only_when_nothing_else_will_make_it(before, wanted):
    if before == "stored":
        cache.set(KEY, b"%PDF")
    elif before == "rendering":
        another_process_renders(KEY)
    elif before == "queued":
        stored.mark_queued(KEY)
    assert stored.wanted(KEY) is wanted


def test_a_queued_task_stays_queued_until_it_ends_however_long_it_waits():
    assert stored.mark_queued(KEY) is True
    assert stored.mark_queued(KEY) is False  # marked once, however many ask
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=3)):
        assert stored.queued(KEY)  # hours later it still waits
        stored.queue_done(KEY)
        assert not stored.queued(KEY)  # it ended: it may be queued again


def test_a_task_done_may_hold_off_the_next_for_a_while():
    stored.mark_queued(KEY)
    stored.queue_done(KEY, hold=60)
    assert stored.queued(KEY)
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=61)):
        assert not stored.queued(KEY)
