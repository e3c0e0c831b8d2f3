"""The text of an uploaded PDF or Word reply, read in a child process that cannot hurt
the web worker: bounded in memory, CPU time and wall-clock time, killed if it overruns,
and one at a time on a machine, so a hostile file never holds more than one worker.

The web worker calls `read` with the CPU limit of its settings
(REPLY_READER_CPU_SECONDS); the child is this module run as `python -m`. Plain
Python, no Django: the child starts in a fifth of a second and sees no settings.
"""

import contextlib
import fcntl
import hashlib
import io
import itertools
import resource
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

MAX_CHARS = 100_000  # of text; the child stops reading one character past it
MAX_UNPACKED_BYTES = 10_000_000  # a Word file's parts, or a PDF's page contents
MAX_MEMBERS = 300  # parts of a Word file (a letter has about twenty)
MAX_PAGES = 100
MEMORY_BYTES = 512 * 1024 * 1024  # address space of the child
WALL_SECONDS = 10  # a child that waits instead of working is killed too

ROOT = Path(__file__).resolve().parent.parent
# One lock per installation, so that a second checkout on the machine reads on its own.
LOCK = Path(tempfile.gettempdir()) / (
    "oversight-reply-reader-" + hashlib.sha256(bytes(ROOT)).hexdigest()[:16]
)

# Why a file was not read (Refused.reason).
BUSY, TOO_LARGE, TOO_SLOW, UNREADABLE = "busy", "too_large", "too_slow", "unreadable"
EXIT_CODES = {3: TOO_LARGE, 4: UNREADABLE}  # how the child says which
EXIT = {reason: code for code, reason in EXIT_CODES.items()}


class Refused(Exception):
    """A file not read, and why: `reason` is one of the four above."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def read(kind: str, content: bytes, cpu_seconds: int = 5) -> str:
    """The text of a "pdf" or "docx" file, read by a child process that may spend
    `cpu_seconds` of CPU (the web worker passes REPLY_READER_CPU_SECONDS). Raises
    Refused."""
    if kind == "docx":
        check_package(content)
    limits = [str(MEMORY_BYTES), str(cpu_seconds)]
    with _reading():
        try:
            child = subprocess.run(
                [sys.executable, "-m", __name__, kind, *limits],
                input=content,
                capture_output=True,
                cwd=ROOT,
                env={},  # the child needs no secret and no setting
                timeout=WALL_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired:  # and killed
            raise Refused(TOO_SLOW) from None
    if child.returncode < 0:  # a signal: SIGXCPU at the CPU limit
        raise Refused(TOO_SLOW)
    if child.returncode:
        raise Refused(EXIT_CODES.get(child.returncode, UNREADABLE))
    return child.stdout.decode("utf-8", "surrogatepass")


def check_package(content: bytes) -> None:
    """A Word file is a zip whose directory says what its parts unpack to, and
    zipfile unpacks no more than that: a bomb is refused before anything opens it."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise Refused(UNREADABLE) from None
    if len(members) > MAX_MEMBERS or (
        sum(member.file_size for member in members) > MAX_UNPACKED_BYTES
    ):
        raise Refused(TOO_LARGE)


@contextlib.contextmanager
def _reading():
    """Hold the machine's one reading slot, or refuse at once: waiting would hold
    the worker, and three workers waiting is a site that does not answer."""
    with LOCK.open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Refused(BUSY) from None
        yield  # the lock goes with the file, and with the process if it dies


# The child: python -m documents.reply_text KIND MEMORY_BYTES CPU_SECONDS < file


def main(kind: str, memory: str, cpu: str) -> int:
    resource.setrlimit(resource.RLIMIT_AS, (int(memory), int(memory)))
    resource.setrlimit(resource.RLIMIT_CPU, (int(cpu), int(cpu) + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    content = sys.stdin.buffer.read()
    try:
        text = EXTRACT[kind](content)
    except (TooLarge, MemoryError):
        return EXIT[TOO_LARGE]
    except Exception:  # a damaged or mislabelled file: each library fails its own way
        return EXIT[UNREADABLE]
    sys.stdout.buffer.write(text[: MAX_CHARS + 1].encode("utf-8", "surrogatepass"))
    return 0


class TooLarge(Exception):
    """The file unpacks to more than a reply can be."""


def pdf_text(content: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(content))
    if int(reader.trailer["/Root"]["/Pages"]["/Count"]) > MAX_PAGES:
        raise TooLarge
    return _up_to_the_limit(_pages_text(reader))


def _pages_text(reader):
    unpacked = 0
    for number, page in enumerate(reader.pages):
        if number == MAX_PAGES:  # the page tree's /Count may understate them
            raise TooLarge
        contents = page.get_contents()
        unpacked += len(contents.get_data()) if contents is not None else 0
        if unpacked > MAX_UNPACKED_BYTES:
            raise TooLarge
        yield page.extract_text() or ""


def docx_text(content: bytes) -> str:
    """The paragraphs, then the tables' rows."""
    from docx import Document

    document = Document(io.BytesIO(content))
    rows = (
        " ".join(cell.text for cell in row.cells)
        for table in document.tables
        for row in table.rows
    )
    return _up_to_the_limit(
        itertools.chain((paragraph.text for paragraph in document.paragraphs), rows)
    )


def _up_to_the_limit(parts) -> str:
    """The parts, a line each, read no further than the first past MAX_CHARS."""
    kept, chars = [], 0
    for part in parts:
        kept.append(part)
        chars += len(part) + 1
        if chars > MAX_CHARS:
            break
    return "\n".join(kept)


EXTRACT = {"pdf": pdf_text, "docx": docx_text}

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
