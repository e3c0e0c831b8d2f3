"""A real browser: Debian's Chromium driven by Playwright, against pytest-django's live server.

Without /usr/bin/chromium these tests are skipped with a message, unless
OVERSIGHT_REQUIRE_BROWSER=1 (as in CI), when that is an error.
"""

import json
import os
import re
from pathlib import Path

import pytest

from tests import serving

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.getenv("OVERSIGHT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing (Debian: apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} not installed (Debian: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests' own database
    # calls are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory) -> Path:
    """The production profile's static files, collected once for every test."""
    return serving.collect_static(tmp_path_factory.mktemp("static"))


class Visit:
    """One browser tab for one test: screenshots, CSP watch and accessibility checks."""

    def __init__(
        self, browser, base_url: str, name: str, viewport: dict, locale: str, **device
    ):
        self.context = browser.new_context(
            viewport=viewport, accept_downloads=True, locale=locale, **device
        )
        self.page = self.context.new_page()
        self.base_url, self.name, self.shots = base_url, name, 0
        self.console_errors: list[str] = []
        self.page.on(
            "console",
            lambda message: (
                message.type == "error" and self.console_errors.append(message.text)
            ),
        )

    def open(self, path: str):
        self.page.goto(self.base_url + path)

    def check_page(self, label: str) -> None:
        """A full-page screenshot, then the checks of `assert_accessible`."""
        self.shots += 1
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        filename = (
            f"{self.name}-{self.shots:02d}-{re.sub(r'[^a-z0-9]+', '-', label)}.png"
        )
        self.page.screenshot(path=ARTIFACTS / filename, full_page=True)
        self.assert_accessible(label)

    def assert_accessible(self, label: str) -> None:
        """axe-core (served by the app itself): no WCAG A/AA violation; no sideways
        scrolling; nothing the Content Security Policy blocked."""
        self.page.add_script_tag(
            url=self.base_url + "/static/vendor/axe-core/axe.min.js"
        )
        violations = self.page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
            ".then(result => result.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target)})))",
            AXE_TAGS,
        )
        assert violations == [], f"{label}: {json.dumps(violations)}"
        fits = self.page.evaluate(
            "document.documentElement.scrollWidth <= window.innerWidth"
        )
        assert fits, f"{label}: the page scrolls sideways"
        assert not [e for e in self.console_errors if "Content Security Policy" in e]

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, live_server, request):
    visits = []

    def make(viewport=PHONE, name=None, locale="en-GB", **device) -> Visit:
        """A tab; `device` adds Playwright's context options (is_mobile, has_touch)."""
        label = name or re.sub(r"[^a-z0-9]+", "-", request.node.name.lower())
        opened = Visit(browser, live_server.url, label, viewport, locale, **device)
        visits.append(opened)
        return opened

    yield make
    for opened in visits:
        opened.close()
