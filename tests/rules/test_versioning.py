"""The catalogue is versioned and dated: a change to it is a change of version, and
no rule presents withdrawn law as current."""

import datetime
import functools
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from assessment import law
from assessment.rules import CATALOGUE, RULESET_VERSION, Catalogue
from assessment.rules.conditions import kept_longer_than
from assessment.rules.version import FINGERPRINT
from tests.rules.fingerprint import fingerprint

ROOT = Path(__file__).resolve().parents[2]
TODAY = datetime.date.today()


@functools.cache
def current() -> str:
    return fingerprint()


def test_the_catalogue_does_not_change_without_a_new_version():
    assert current() == FINGERPRINT, (
        "The rules or their sources changed: move RULESET_VERSION in "
        f"assessment/rules/version.py (now {RULESET_VERSION}) and set "
        f'FINGERPRINT = "{current()}"'
    )


def test_a_rule_that_decides_otherwise_moves_the_fingerprint():
    """A predicate that fires on a shorter period: the same rule's data, another
    verdict for the varied answers (a year of retention now fires)."""
    changed = [
        replace(rule, when=kept_longer_than(200, counting_indefinite=False))
        if rule.slug == "retention-over-a-year"
        else rule
        for rule in CATALOGUE
    ]
    assert fingerprint(Catalogue(RULESET_VERSION, changed)) != current()


def test_how_a_rule_module_is_written_moves_no_fingerprint(tmp_path):
    """Blank lines, trailing spaces and a comment in a rule module, on a copy of
    the core: the same fingerprint, so the same RULESET_VERSION."""
    for folder in ("assessment", "docs/examples"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("locale")
        )
    # and the cleaning of text the facts read with (plain Python, in oversight.lib)
    for module in (
        "oversight/__init__.py",
        "oversight/lib/__init__.py",
        "oversight/lib/text.py",
        "tests/__init__.py",
        "tests/builders.py",
        "tests/rules/__init__.py",
    ):
        (tmp_path / module).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / module, tmp_path / module)
    shutil.copy(Path(__file__).with_name("fingerprint.py"), tmp_path / "tests/rules")
    module = tmp_path / "assessment/rules/retention.py"
    source = module.read_text()
    module.write_text(
        "# Kept as written, laid out otherwise.   \n\n"
        + source.replace("\n\n", "\n\n\n").replace(",\n", ",  \n")
    )
    assert module.read_text() != source
    printed = subprocess.run(
        [sys.executable, "-m", "tests.rules.fingerprint"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert printed.stdout.strip() == current()


@pytest.mark.parametrize(
    "source", list(law.SOURCES.values()), ids=lambda source: source.id
)
def test_every_source_is_dated_and_linked(source):
    assert source.in_force_from
    assert source.kind in law.KINDS
    assert source.url.startswith("https://")
    assert all(source.citation[lang] for lang in law.LANGUAGES)
    if source.until or source.amended_on:
        assert source.superseded_by in law.SOURCES


@pytest.mark.parametrize("rule", CATALOGUE.rules, ids=lambda rule: rule.slug)
def test_no_active_rule_cites_a_rescinded_or_pending_source(rule):
    for source in rule.references():
        assert source.status_on(TODAY) not in (law.RESCINDED, law.PENDING), source.id


def test_a_rescinded_source_is_never_cited_as_current():
    memo = law.source("nlrb-gc-23-02")
    assert memo.status_on(datetime.date(2024, 6, 1)) == law.IN_FORCE
    assert memo.status_on(TODAY) == law.RESCINDED
    assert memo.superseded_by == "nlrb-gc-25-05"
    assert all("nlrb-gc-23-02" not in rule.sources for rule in CATALOGUE)
