"""Shared fixtures: the contracts, the worked examples."""

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "docs" / "spec"
EXAMPLES = ROOT / "docs" / "examples"


# CI decides a landing on a single run, so there the property tests replay a fixed
# sequence of examples and never fail because the machine is slow. Run locally, they
# explore new examples every time.
hypothesis_settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
hypothesis_settings.load_profile(os.getenv("HYPOTHESIS_PROFILE", "default"))

# Councils, their people and campaigns, for the council tests in every folder.
pytest_plugins = ["tests.councils.fixtures"]


def run_manage(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `manage.py` as a person would, in a process of its own."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SPEC / name).read_text())
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def assessment_schema():
    return _validator("assessment.schema.json")


@pytest.fixture(scope="session")
def result_schema():
    return _validator("result.schema.json")


def example_names() -> list[str]:
    return sorted(path.stem for path in EXAMPLES.glob("*.json"))


def example_expectations() -> dict:
    """Each example's expectations; the law is read as of the file's `as_of` day."""
    expectations = tomllib.loads((EXAMPLES / "expectations.toml").read_text())
    expectations.pop("as_of")
    return expectations


def examples_as_of():
    return tomllib.loads((EXAMPLES / "expectations.toml").read_text())["as_of"]


# A test whose fixtures include one of these may reach the database (or a server
# on it); any other cannot, since pytest-django refuses a test without them access.
REACHES_THE_DATABASE = {"django_db_setup", "db", "transactional_db", "live_server"}


def pytest_collection_modifyitems(config, items):
    """On the PostgreSQL leg only what can reach the database runs again: not the
    plain-Python tests (the rules, the facts, the policy check, the catalogues), and
    of the browser journeys only those through the production profile (`deployed`);
    the others drive the same pages as the SQLite leg did, the embedded default
    that `make run` serves, while every page's database work runs on PostgreSQL in
    the web tests."""
    from django.conf import settings

    if not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    kept, repeated = [], []
    for item in items:
        reaches = item.get_closest_marker("django_db") or (
            REACHES_THE_DATABASE & set(getattr(item, "fixturenames", ()))
        )
        journey = item.get_closest_marker("browser") and not item.get_closest_marker(
            "deployed"
        )
        (kept if reaches and not journey else repeated).append(item)
    if repeated:
        config.hook.pytest_deselected(items=repeated)
        items[:] = kept


def pytest_report_header(config):
    from django.conf import settings

    return f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}"


@pytest.fixture
def client_factory():
    """Fresh browsers, each with its own cookies."""
    from django.test import Client

    return Client


@pytest.fixture(autouse=True)
def _fresh_cache_and_no_rate_limits(request, settings, django_db_blocker):
    """Each test starts with an empty cache; the rate-limit test turns limits on itself.
    Passwords are hashed fast: the suite tests our code, not PBKDF2's cost.

    The cache is a table in the test database, emptied before and after each test that
    uses the database; a test that may not use it keeps its cache in memory instead,
    as the app did in one process."""
    from django.core.cache import caches

    settings.RATE_LIMITS_ENABLED = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    if not (
        request.node.get_closest_marker("django_db")
        or {"db", "transactional_db", "live_server"} & set(request.fixturenames)
    ):
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
        }
    # The test database exists by now (session fixtures come first); the test's own
    # transaction has not begun yet, or has ended.
    with django_db_blocker.unblock():
        for cache in caches.all():
            cache.clear()
    yield
    with django_db_blocker.unblock():
        for cache in caches.all():
            cache.clear()


@pytest.fixture(autouse=True)
def _a_fresh_catalogue_under_mutation(monkeypatch):
    """Under a mutation tool (mutmut sets MUTANT_UNDER_TEST), each test evaluates
    with a catalogue of its own. `Catalogue.applicable` keeps each place's rules per
    period of the law; the shared catalogue filled them in once, before the tool
    switched a mutant on, so the engine's functions were never called again and
    their mutants never ran (docs/contributing.md, "Mutation testing")."""
    if not os.environ.get("MUTANT_UNDER_TEST"):
        return
    from assessment import rules

    shared = rules.CATALOGUE
    monkeypatch.setattr(rules, "CATALOGUE", rules.Catalogue(shared.version, shared))
