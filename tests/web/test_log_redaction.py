"""A secret in a logged path (a resume or invitation token) is redacted: the filter
is told each route whose segment is a secret, and no such route is left out."""

import logging

from django.urls import URLResolver, get_resolver

from oversight.lib.logging import RedactSecrets

SECRET = "A" * 43


def routes(patterns=None, prefix: str = "") -> list[str]:
    """Every route of the URLconf, includes spelled out."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            found += routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            found.append(prefix + str(pattern.pattern))
    return found


def logged(secrets: logging.Filter, path: str) -> str:
    """What Django's request log writes for a path not found, once filtered."""
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", (path,), None
    )
    assert secrets.filter(record)
    return record.getMessage()


def test_every_route_with_a_token_is_redacted_in_the_log():
    # Once per configuration of the logging: a test that configures it again (as
    # django.setup() does) adds another, alike.
    configured, *_again = [
        each
        for each in logging.getLogger("django.request").filters
        if isinstance(each, RedactSecrets)
    ]
    with_token = [route for route in routes() if "<str:token>" in route]
    assert with_token == ["resume/<str:token>/", "council/join/<str:token>/"]
    for route in with_token:
        path = "/" + route.replace("<str:token>", SECRET)
        assert logged(configured, path) == (
            "Not Found: /" + route.replace("<str:token>", "[redacted]")
        )


def test_only_the_named_routes_are_redacted_in_message_and_arguments():
    secrets = RedactSecrets(paths=["resume"])
    assert logged(secrets, f"/resume/{SECRET}/") == "Not Found: /resume/[redacted]/"
    assert logged(secrets, f"/council/join/{SECRET}/").endswith(SECRET + "/")
    record = logging.LogRecord(
        "django.server", logging.WARNING, __file__, 1, f"GET /resume/{SECRET}", (), None
    )
    secrets.filter(record)
    assert record.getMessage() == "GET /resume/[redacted]"
    assert logged(RedactSecrets(), f"/resume/{SECRET}/").endswith(SECRET + "/")
