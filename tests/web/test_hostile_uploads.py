"""Hostile reply uploads against gunicorn with three workers, as production runs:
while three arrive at once /healthz keeps answering within a second, no worker dies,
and the uploads one client may make are counted across the workers."""

import copy
import datetime
import http.client
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.urls import reverse

from documents import reply_text
from tests import serving
from tests.documents import hostile_files
from tests.web.conftest import served_assessment

pytestmark = pytest.mark.django_db(transaction=True)

REFUSALS = (
    "The file is too large once unpacked",
    "Reading the file took too long",
    "Another reply is being read at this moment",
)
HEALTHZ_BOUND = 1.0  # seconds: the bound for /healthz under hostile uploads


def letter_page(server: serving.Server) -> tuple[serving.Visitor, str]:
    """A new visitor with an assessment and a letter noted as sent a week ago, and
    the path of that letter's page, where its reply is recorded."""
    visitor, public_id = served_assessment(server)
    letters = reverse("documents:sent_letters", args=[public_id])
    visitor.get(letters)
    week_ago = datetime.date.today() - datetime.timedelta(days=7)
    kind = {"kind": "ai-questions", "lang": "en", "channel": "post"}
    visitor.post(letters, {**kind, "sent_on": week_ago.isoformat()})
    page = visitor.location
    assert re.search(r"/sent/\d+/$", page), page
    visitor.get(page)
    return visitor, page


def upload(visitor: serving.Visitor, page: str, name: str, content: bytes):
    """Post a reply file from a copy of the visitor, so threads share no cookies."""
    visitor = copy.copy(visitor)
    visitor.cookies = dict(visitor.cookies)
    today = {"replied_on": datetime.date.today().isoformat()}
    return visitor.post(page, today, files={"file": (name, content)})


def worker_processes(server: serving.Server) -> set[int]:
    """The gunicorn master's children, its workers, as the kernel lists them."""
    pid = server.process.pid
    return {
        int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    }


def wait_for_a_reader(timeout: float = 30) -> None:
    """Until a server's worker holds the machine's reading slot, as the kernel's
    table of file locks shows (asking for the lock could take it from the server)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if reply_text.LOCK.exists():
            inode = reply_text.LOCK.stat().st_ino
            if re.search(rf"FLOCK .*:{inode} ", Path("/proc/locks").read_text()):
                return
        time.sleep(0.05)
    raise AssertionError("no reply was being read")


class HealthWatch(threading.Thread):
    """/healthz asked again and again until stopped; `slowest` is its longest answer."""

    def __init__(self, server: serving.Server):
        super().__init__()
        self.server, self.stopped, self.times = server, threading.Event(), []

    def run(self):
        while not self.stopped.is_set():
            started = time.monotonic()
            probe = http.client.HTTPConnection(
                "127.0.0.1", self.server.port, timeout=60
            )
            try:
                probe.request("GET", "/healthz")
                assert probe.getresponse().status == 200
            finally:
                probe.close()
            self.times.append(time.monotonic() - started)
            time.sleep(0.05)

    @property
    def slowest(self) -> float:
        return max(self.times)


def test_three_hostile_uploads_at_once_leave_healthz_answering_and_workers_alive(
    tmp_path,
):
    hostile = [
        # Under every size limit, read until the CPU limit stops it: sent first, so
        # that the other two arrive while a worker waits for its reader.
        ("slow.pdf", hostile_files.pdf_of_a_huge_stream(9_000_000)),
        ("bomb.docx", hostile_files.docx_bomb(50_000_000)),
        ("stream.pdf", hostile_files.pdf_of_a_huge_stream(60_000_000)),
    ]
    # One CPU second: the slow file takes four to five on this machine when it is
    # quiet, so at the default of five it would sometimes finish, and be refused as
    # unreadable instead.
    env = serving.server_env(
        serving.database_url(tmp_path), REPLY_READER_CPU_SECONDS="1"
    )
    with serving.gunicorn(env, tmp_path / "gunicorn.log", workers=3) as server:
        senders = [letter_page(server) for _ in hostile]
        workers = worker_processes(server)
        watch = HealthWatch(server)
        watch.start()
        try:
            with ThreadPoolExecutor(len(hostile)) as pool:
                first = pool.submit(upload, *senders[0], *hostile[0])
                wait_for_a_reader()
                others = [
                    pool.submit(upload, *sender, *file)
                    for sender, file in zip(senders[1:], hostile[1:], strict=True)
                ]
                answers = [future.result() for future in [first, *others]]
        finally:
            watch.stopped.set()
            watch.join()
        assert worker_processes(server) == workers and len(workers) == 3

    for (name, _content), (status, page) in zip(hostile, answers, strict=True):
        assert status == 200, name
        assert any(refusal in page for refusal in REFUSALS), name
    assert "Reading the file took too long" in answers[0][1]
    assert "The file is too large once unpacked" in answers[1][1]
    print(f"/healthz asked {len(watch.times)} times, slowest {watch.slowest:.3f} s")
    assert len(watch.times) >= 5, "/healthz was asked throughout"
    assert watch.slowest < HEALTHZ_BOUND, f"slowest /healthz {watch.slowest:.2f} s"


def test_reply_uploads_are_limited_per_client_across_workers(tmp_path):
    env = serving.server_env(serving.database_url(tmp_path))
    with serving.gunicorn(env, tmp_path / "gunicorn.log", workers=3) as server:
        sender = letter_page(server)
        with ThreadPoolExecutor(4) as pool:
            answers = list(
                pool.map(
                    lambda n: upload(*sender, "reply.txt", f"Reply {n}".encode()),
                    range(24),
                )
            )
        served_by = server.worker_pids()
    assert sorted(status for status, _page in answers) == [302] * 20 + [429] * 4
    assert len(served_by) >= 2, "more than one worker counted"
