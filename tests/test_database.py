"""The suite runs on the database DATABASE_URL names: SQLite, or PostgreSQL."""

import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_the_configured_database_is_the_one_in_use():
    expected = (
        "postgresql"
        if os.getenv("DATABASE_URL", "").startswith("postgres")
        else "sqlite"
    )
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
