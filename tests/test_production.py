"""The production profile: its settings, and the README section that documents them."""

import os
import re

import pytest
from django.core.exceptions import ImproperlyConfigured

from oversight.settings import cache_from_url, database_from_url, tasks_from_url
from tests.conftest import ROOT, run_manage
from tests.serving import HARNESS_ONLY, PRODUCTION

ENV_READ = re.compile(r'(?:os\.getenv|os\.environ\.get|envbool|envint)\(\s*"(\w+)"')


def readme_section(title: str) -> str:
    readme = (ROOT / "README.md").read_text()
    return readme.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_every_environment_variable_the_settings_read_is_in_the_readme_table():
    read = set(ENV_READ.findall((ROOT / "oversight" / "settings.py").read_text()))
    section = readme_section("Running in production")
    tables = re.findall(r"(?:^\|.*\|\n)+", section, re.MULTILINE)
    assert len(tables) == 1, "one table of environment variables"
    documented = set(re.findall(r"^\| `(\w+)` \|", tables[0], re.MULTILINE))
    assert {"SECRET_KEY", "CACHE_URL", "RATE_LIMITS_ENABLED"} <= read
    assert read == documented


def test_the_cache_is_a_database_table_unless_cache_url_names_redis():
    default = cache_from_url("")
    assert default["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert default["LOCATION"] == "oversight_cache"
    for url in ("redis://cache:6379/0", "rediss://user:secret@cache:6380/1"):
        assert cache_from_url(url) == {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
        }
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        cache_from_url("memcached://cache:11211")


def test_tasks_queue_in_the_database_unless_tasks_url_names_redis():
    assert tasks_from_url("") == (
        {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
        {},
    )
    for url in ("redis://queue:6379/1", "rediss://user:secret@queue:6380/2"):
        tasks, queues = tasks_from_url(url)
        assert tasks["default"]["BACKEND"] == "django_tasks_rq.RQBackend"
        # Every queue the backend names is one that RQ knows, on that server.
        assert queues == {name: {"URL": url} for name in tasks["default"]["QUEUES"]}
    with pytest.raises(ImproperlyConfigured, match="TASKS_URL"):
        tasks_from_url("amqp://queue:5672")


def test_a_postgres_url_keeps_each_connection_for_a_minute_unless_told_otherwise(
    monkeypatch,
):
    monkeypatch.delenv("DB_CONN_MAX_AGE", raising=False)
    url = "postgres://oversight:p%40ss@db:5433/oversight"
    database = database_from_url(url)
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["USER"], database["PASSWORD"]) == ("oversight", "p@ss")
    assert (database["HOST"], database["PORT"], database["NAME"]) == (
        "db",
        "5433",
        "oversight",
    )
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True
    socket = database_from_url("postgres://oversight@/oversight?host=/run/pg")
    assert (socket["HOST"], socket["PORT"]) == ("/run/pg", "")
    monkeypatch.setenv("DB_CONN_MAX_AGE", "0")
    assert database_from_url(url)["CONN_MAX_AGE"] == 0
    monkeypatch.setenv("DB_CONN_MAX_AGE", "a minute")
    with pytest.raises(ImproperlyConfigured, match="DB_CONN_MAX_AGE"):
        database_from_url(url)
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        database_from_url("mysql://db/oversight")


def test_check_deploy_is_clean_with_redis_and_a_static_root(tmp_path):
    env = {
        **{key: value for key, value in os.environ.items() if key not in HARNESS_ONLY},
        **PRODUCTION,
        "SECURE_SSL_REDIRECT": "true",
        "ALLOWED_HOSTS": "oversight.example.org",
        "CACHE_URL": "redis://127.0.0.1:6379/0",  # not contacted by the checks
        "TASKS_URL": "redis://127.0.0.1:6379/1",  # nor is the queue's
        "STATIC_ROOT": str(tmp_path),
    }
    completed = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "no issues" in completed.stdout
