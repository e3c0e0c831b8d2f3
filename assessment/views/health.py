"""/healthz: whether the database and the cache answer, for a load balancer or a
monitor. It names no user, no assessment and no figure."""

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any failure is an answer here: the database is not well
        return False


def _cache() -> bool:
    try:
        cache.set("healthz", "ok", timeout=10)
        return cache.get("healthz") == "ok"
    except Exception:  # likewise: report it, do not raise
        return False


@never_cache
def healthz(request):
    checks = {"database": _database(), "cache": _cache()}
    healthy = all(checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failing", **checks},
        status=200 if healthy else 503,
    )
