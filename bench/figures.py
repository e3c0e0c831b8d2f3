"""The figures measured in this process: the rules engine, storing assessments, the
report and letter PDFs (and Chromium beside them), a council's pages for 100,000
submissions, and the policy-text check on its labelled sentences."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from functools import partial
from pathlib import Path

from django.conf import settings
from django.db import connection

from assessment import facts, rules
from assessment.services import store_documents
from bench import policy_score
from tests import serving


class Unreadable(Exception):
    """A file the benchmark reads is missing or not what it should be."""


def examples() -> list[str]:
    """The worked examples (docs/examples/*.json), as text."""
    folder = Path(settings.BASE_DIR, "docs", "examples")
    return [path.read_text() for path in sorted(folder.glob("*.json"))]


def database_url() -> str:
    """The scratch database this process uses, as a URL for other processes."""
    if connection.vendor == "sqlite":
        return f"sqlite:///{connection.settings_dict['NAME']}"
    return serving.database_url(Path())  # the same PostgreSQL database


def percentile(values: list[float], share: float) -> float:
    """The value that `share` of the values do not exceed (nearest rank)."""
    ranked = sorted(values)
    return ranked[max(0, min(len(ranked) - 1, round(share * len(ranked)) - 1))]


def median_ms(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def engine_assess_per_s(
    texts: list[str], rounds: int = 5, seconds: float = 0.5
) -> float:
    """The rules engine alone on parsed assessments, in this one process: the median
    of a few short rounds, so a passing hiccup of the machine does not decide it."""
    assessments = [facts.load_assessment(text) for text in texts]
    rates = []
    for _ in range(rounds):
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            for assessment in assessments:
                rules.assess(assessment)
            count += len(assessments)
        rates.append(count / (time.perf_counter() - start))
    return statistics.median(rates)


def store_10k_s(texts: list[str]) -> float:
    """Decode, validate, assess and store 10,000 assessments in a scratch database."""
    batch = [texts[i % len(texts)] for i in range(10_000)]
    start = time.perf_counter()
    store_documents(json.loads(text) for text in batch)
    return time.perf_counter() - start


def five_practice_assessment(texts: list[str]) -> facts.Assessment:
    """One German workplace with five practices taken from the worked examples."""
    practices = [p for text in texts for p in json.loads(text)["practices"]][:5]
    document = {
        "format": facts.FORMAT,
        "title": "Five monitoring practices",
        "workplace": {"country": "DE", "worker_representation": "works_council"},
        "practices": practices,
    }
    return facts.parse_assessment(document)


# The case Oversight was made for: AI trained on keystrokes, one practice, an 11-page
# report. The five-practice report above it is the heavy case.
TYPICAL_REPORT = "ai-training-keystrokes-ie.json"


def document_figures(texts: list[str]) -> dict[str, float]:
    """Report and letter PDFs: cold renders, a cached repeat, and Chromium alongside."""
    from documents.letter_files import letter_pdf
    from documents.letters import Details, write_letter
    from documents.pdf import html_to_pdf
    from documents.report import report_html, report_pdf

    assessment = five_practice_assessment(texts)
    document = assessment.to_document()
    typical = json.loads(
        Path(settings.BASE_DIR, "docs", "examples", TYPICAL_REPORT).read_text()
    )
    # Load fonts and stylesheet once, as a running server has them.
    html_to_pdf(report_html(document, "en"))
    letter = write_letter("access-request", assessment, "en", Details(name="A. Person"))
    figures = {
        "report_pdf_ms": median_ms(lambda: html_to_pdf(report_html(document, "en"))),
        "report_pdf_typical_ms": median_ms(
            lambda: html_to_pdf(report_html(typical, "en"))
        ),
        "letter_pdf_ms": median_ms(lambda: letter_pdf(letter)),
    }
    report_pdf(document, "en")
    figures["report_cached_ms"] = median_ms(lambda: report_pdf(document, "en"), runs=20)
    figures["report_pdf_peak_mb"] = _peak_mb_of_one_report()
    figures |= _chromium_print_ms(
        {
            "chromium_report_pdf_ms": report_html(document, "en", for_screen=True),
            "chromium_report_pdf_typical_ms": report_html(
                typical, "en", for_screen=True
            ),
        }
    )
    return figures


# A render (not the cache: the report is stored by now), measured by the process's
# own high-water mark: ru_maxrss would also count the memory of this process, which
# a child holds between fork and exec. DJANGO_SETTINGS_MODULE comes from here.
PEAK_SCRIPT = r"""
import re
import django
django.setup()
from documents.pdf import html_to_pdf
from documents.report import report_html
from bench.figures import examples, five_practice_assessment
document = five_practice_assessment(examples()).to_document()
html_to_pdf(report_html(document, "en"))
status = open("/proc/self/status").read()
print(int(re.search(r"VmHWM:\s+(\d+) kB", status)[1]) / 1024)
"""


def _peak_mb_of_one_report() -> float:
    """Peak memory of a fresh process that renders one report (Django included), on
    the scratch database."""
    output = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DATABASE_URL": database_url()},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(output.strip().splitlines()[-1])


def _print_to_pdf(page, url: str) -> None:
    page.goto(url)
    page.pdf(format="A4")


def _chromium_print_ms(pages: dict[str, str]) -> dict[str, float]:
    """Headless Chromium (Debian's) printing each HTML to A4 with a warm browser."""
    chromium = "/usr/bin/chromium"
    if not Path(chromium).exists():
        return {}
    from playwright.sync_api import sync_playwright

    static = Path(settings.BASE_DIR, "static")
    figures = {}
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--allow-file-access-from-files",
            ],
        )
        page = browser.new_page()
        for name, html in pages.items():
            source = Path(scratch, f"{name}.html")
            source.write_text(html.replace('href="/static/', f'href="file://{static}/'))
            render = partial(_print_to_pdf, page, source.as_uri())
            render()
            figures[name] = median_ms(render)
        browser.close()
    return figures


def council_figures(suffix: str) -> dict[str, float]:
    """A council's dashboard and aggregate PDF for one campaign of 100,000 submissions,
    served through Django's full request handling to a signed-in member."""
    from django.contrib.auth.models import User
    from django.core.cache import cache
    from django.test import Client
    from django.urls import reverse

    from councils import services
    from councils.synthetic import seed_submissions

    user = User.objects.create_user("bench-admin")
    council = services.create_council(user, "Bench council")
    campaign = services.open_campaign(council, title="Bench campaign", country="DE")
    seed_submissions(campaign, 100_000)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    dashboard = reverse("councils:campaign", args=[campaign.public_id])
    report = (
        reverse("councils:campaign_report", args=[campaign.public_id]) + "?format=pdf"
    )

    def get(url: str, expected: bytes) -> None:
        response = client.get(url)
        if response.status_code != 200 or expected not in response.content:
            raise RuntimeError(f"{url} answered {response.status_code}")

    get(dashboard, b"100000 submissions counted")
    get(report, b"%PDF")
    return {
        f"dashboard_100k_ms{suffix}": median_ms(
            lambda: get(dashboard, b"Bench campaign")
        ),
        # A render each time (the stored survey is dropped): what the worker pays.
        f"aggregate_pdf_100k_ms{suffix}": median_ms(
            lambda: (cache.clear(), get(report, b"%PDF"))
        ),
    }


# Test data, kept outside the installed package: batches of sentences with their right
# answers, by the suffix of their figures' names: the corpus the patterns were tuned
# to, a batch written before the patterns saw it (then tuned on), and one written after
# that tuning and never tuned on.
POLICY_BATCHES = {
    "": "sentences.toml",
    "_unseen": "sentences_unseen.toml",
    "_fresh": "sentences_fresh.toml",
}


def policy_sentences(
    batch: str = POLICY_BATCHES[""],
) -> list[tuple[str, dict[str, list[str]]]]:
    """The labelled policy sentences: each text with its answers (path -> values)."""
    path = Path(settings.BASE_DIR, "tests", "policy", batch)
    try:
        with path.open("rb") as file:
            sentences = tomllib.load(file)["sentence"]
    except OSError:
        raise Unreadable(f"{path}: no such file") from None
    except (tomllib.TOMLDecodeError, KeyError) as exc:
        raise Unreadable(f"{path}: not a sentence list ({exc})") from None
    return [
        (
            sentence["text"],
            {
                path: [str(v) for v in values]
                for path, values in sentence["expected"].items()
            },
        )
        for sentence in sentences
    ]


def policy_check_figures(
    sentences: list[tuple[str, dict[str, list[str]]]], suffix: str = ""
) -> dict[str, float]:
    """How the policy-text check reads the labelled sentences, micro-averaged over
    (sentence, path, value) triples; understated counts suggestions milder than
    the right answer. `suffix` names the batch in the figures' names."""
    score = policy_score.score(sentences)
    return {
        f"policy_check_precision{suffix}": score.precision,
        f"policy_check_recall{suffix}": score.recall,
        f"policy_check_understated{suffix}": score.understated,
    }


def all_policy_figures() -> dict[str, float]:
    """The policy-text check's figures on every batch, the tuning corpus first."""
    figures = {}
    for suffix, batch in POLICY_BATCHES.items():
        figures |= policy_check_figures(policy_sentences(batch), suffix)
    return figures
