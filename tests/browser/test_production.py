"""The production profile end to end, as the README's "Running in production" runs
it: collectstatic, gunicorn with two workers and DEBUG off, the task worker beside it,
and the employee's journey in Chromium, down to the report's PDF."""

import contextlib
import gzip
import http.client
import io
import re
import sys

import pypdf
import pytest
from django.conf import settings

from tests import serving

pytestmark = [
    pytest.mark.browser,
    pytest.mark.deployed,
    pytest.mark.django_db(transaction=True),
]

HASHED_CSS = re.compile(r"^/static/.+\.[0-9a-f]{12}\.css$")


def fetch(server: serving.Server, path: str, **headers: str):
    client = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        client.request("GET", path, headers=headers)
        response = client.getresponse()
        return response, response.read()
    finally:
        client.close()


@pytest.fixture
def deployed(tmp_path, collected_static):
    """collectstatic, then gunicorn (2 workers) and the task worker, DEBUG off."""
    env = serving.production_env(tmp_path, collected_static)
    with contextlib.ExitStack() as running:
        if "django_tasks_db" in settings.INSTALLED_APPS:
            worker = [sys.executable, "manage.py", "db_worker", "--no-startup-delay"]
            running.enter_context(
                serving.background(worker, env, tmp_path / "worker.log")
            )
        yield running.enter_context(serving.gunicorn(env, tmp_path / "gunicorn.log"))


def test_the_employee_journey_as_deployed(browser, deployed):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    try:
        # localhost is a secure context: the browser keeps the Secure cookies that
        # production sets, as it would over HTTPS.
        page.goto(f"http://localhost:{deployed.port}/examples/")
        page.click("text=Open a copy: Keylogger with regular screenshots")
        page.click("text=Continue to the practices")
        page.click("text=See the result")
        assert page.get_by_text("Everything typed is recorded").count()
        stylesheets = page.eval_on_selector_all(
            "link[rel=stylesheet]", "links => links.map(l => l.getAttribute('href'))"
        )
        with page.expect_download() as download:
            page.click("text=Download the report (PDF)")
        pdf = download.value.path().read_bytes()
    finally:
        context.close()

    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Keylogger with regular screenshots" in " ".join(text.split())
    assert errors == []

    # Static files come from WhiteNoise: hashed names, cached for good, compressed.
    assert stylesheets and all(HASHED_CSS.match(href) for href in stylesheets)
    for href in stylesheets:
        response, body = fetch(deployed, href, **{"Accept-Encoding": "gzip"})
        assert response.status == 200
        assert "immutable" in response.headers["Cache-Control"]
        assert response.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body)
