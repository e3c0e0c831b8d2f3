"""Oversight run as production runs it, for the tests that need real processes:
gunicorn with several workers (and the task worker) on a database they share.

On PostgreSQL the servers use the test database itself, so a test that starts them
asks for `transactional_db`: what it writes is committed, and emptied afterwards. On
SQLite the test database lives in this process's memory, so they get a file of their
own, migrated for them.
"""

import atexit
import contextlib
import functools
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# Set by the browser tests for their own process; a server must not inherit it.
HARNESS_ONLY = {"DJANGO_ALLOW_ASYNC_UNSAFE"}
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-production-secret-key-with-enough-entropy-0123456789",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",  # plain HTTP on the loopback, no TLS proxy
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(database_url: str, **variables: str) -> dict:
    return {
        **{key: value for key, value in os.environ.items() if key not in HARNESS_ONLY},
        "DATABASE_URL": database_url,
        # The suite starts many servers and makes few letters: each worker would
        # spend two seconds on its first letter at start (tests/documents/test_warm.py
        # covers it; the benchmark turns it on).
        "WARM_UP_DOCUMENTS": "false",
        **variables,
    }


def database_url(tmp_path: Path) -> str:
    """A DATABASE_URL for server processes, reaching the data this test sees."""
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        login = quote(db["USER"]) + (
            f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
        )
        if db["HOST"].startswith("/"):  # a Unix socket directory
            return f"postgres://{login}@/{db['NAME']}?{urlencode({'host': db['HOST']})}"
        return f"postgres://{login}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
    served = tmp_path / "served.sqlite3"
    shutil.copyfile(_migrated_sqlite(), served)
    return f"sqlite:///{served}"


@functools.cache
def _migrated_sqlite() -> Path:
    """An empty SQLite database with every table, made once per test run (migrating
    takes seconds) and copied for each test that serves."""
    template = Path(tempfile.mkdtemp(prefix="oversight-served-")) / "empty.sqlite3"
    atexit.register(shutil.rmtree, template.parent, ignore_errors=True)
    for command in (["migrate", "--no-input"], ["createcachetable"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=server_env(f"sqlite:///{template}"),
            check=True,
            capture_output=True,
        )
    return template


def collect_static(directory: Path) -> Path:
    """`collectstatic` for production (DEBUG off) into `directory`, as the README's
    "Running in production" says; once per test session will do, since compressing
    every file takes WhiteNoise half a minute."""
    env = {
        **{key: value for key, value in os.environ.items() if key not in HARNESS_ONLY},
        **PRODUCTION,
        "STATIC_ROOT": str(directory),
    }
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert collected.returncode == 0, collected.stderr
    return directory


def production_env(tmp_path: Path, static: Path, **variables: str) -> dict:
    """The environment of a production deployment (DEBUG off) serving the static
    files that `collect_static` gathered in `static`."""
    return server_env(
        database_url(tmp_path), **PRODUCTION, STATIC_ROOT=str(static), **variables
    )


@dataclass
class Server:
    url: str
    port: int
    log: Path
    process: subprocess.Popen

    def worker_pids(self) -> set[str]:
        """The workers that answered requests (the access log's first field)."""
        return set(re.findall(r"^<(\d+)> ", self.log.read_text(), re.MULTILINE))

    def kill(self) -> None:
        """Kill the master and its workers at once, as a crash would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)


class Visitor:
    """One client of a served app, as a browser is: its own cookies (dropping those
    the app deletes), the CSRF token of the last form it read, its origin on what it
    posts, and no redirect followed (`location` holds the last one's target).
    `headers` go with every request (an X-Forwarded-For, as a proxy would add)."""

    def __init__(self, server: Server, headers: dict | None = None):
        self.server, self.cookies, self.csrf, self.location = server, {}, "", ""
        self.headers = headers or {}

    def request(self, method: str, path: str, data: dict | None = None, files=None):
        headers = {
            **self.headers,
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        body = None
        if data is not None:
            fields = {**data, "csrfmiddlewaretoken": self.csrf}
            if files:
                body, headers["Content-Type"] = multipart(fields, files)
            else:
                body = urlencode(fields, doseq=True)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.server.url
        client = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=60)
        try:
            client.request(method, path, body=body, headers=headers)
            response = client.getresponse()
            page = response.read().decode(errors="replace")
        finally:
            client.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            if value in ("", '""'):  # deleted (a message shown, for instance)
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if token:
            self.csrf = token[1]
        self.location = response.headers.get("Location", "")
        return response.status, page

    def get(self, path: str):
        return self.request("GET", path)

    def post(self, path: str, data: dict, files: dict | None = None):
        """Post a form; `files` maps a field to (file name, content)."""
        return self.request("POST", path, data, files)


def multipart(fields: dict, files: dict) -> tuple[bytes, str]:
    """A multipart/form-data body and its content type, as a browser sends a form
    with files: `fields` of plain values, `files` mapping a field to (name, bytes)."""
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        f"{value}\r\n".encode()
        for name, value in fields.items()
    ]
    for name, (filename, content) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n".encode()
            + content
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def _wait_for(port: int, process: subprocess.Popen, log: Path, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"gunicorn stopped:\n{log.read_text()}")
        probe = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            probe.request("GET", "/healthz")
            probe.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
        finally:
            probe.close()
    raise AssertionError(f"gunicorn did not answer in {timeout} s:\n{log.read_text()}")


@contextlib.contextmanager
def gunicorn(env: dict, log: Path, workers: int = 2):
    """gunicorn serving the app on a free loopback port until the block ends; its
    access log names the worker process that answered each request."""
    port = free_port()
    # The WSGI application the settings name, as gunicorn takes it: module:variable.
    module, application = settings.WSGI_APPLICATION.rsplit(".", 1)
    with log.open("w") as output:
        process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                f"{module}:{application}",
                f"--workers={workers}",
                f"--bind=127.0.0.1:{port}",
                "--access-logfile=-",
                "--access-logformat=%(p)s %(m)s %(U)s %(s)s",
                # gunicorn 27's control socket has one fixed path per user: servers
                # started side by side would take it from each other.
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a group of its own, which Server.kill ends whole
        )
    try:
        _wait_for(port, process, log, timeout=30)
        yield Server(f"http://127.0.0.1:{port}", port, log, process)
    finally:
        stop(process)


@contextlib.contextmanager
def background(args: list[str], env: dict, log: Path):
    """Another process of the deployment (the task worker) until the block ends."""
    with log.open("w") as output:
        process = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    try:
        yield process
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
