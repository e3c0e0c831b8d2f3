"""Secrets in URLs (resume and invitation tokens) never reach the logs."""

import logging
import re
from collections.abc import Iterable


def secret_paths(prefixes: Iterable[str]) -> re.Pattern | None:
    """The segment after each prefix: /resume/<token>/ for "resume"; None for none."""
    names = "|".join(re.escape(prefix.strip("/")) for prefix in prefixes)
    return re.compile(rf"(/(?:{names})/)[^/\s]+") if names else None


def redact(text: str, pattern: re.Pattern | None) -> str:
    return pattern.sub(r"\1[redacted]", text) if pattern else text


class RedactSecrets(logging.Filter):
    """Replace a token in a logged path (Django's "Not Found: /resume/…/") by a mark.

    `paths` are the routes whose next segment is a secret, as settings.LOGGING names
    them (the routes are the apps', which this package does not import)."""

    def __init__(self, paths: Iterable[str] = ()):
        super().__init__()
        self.pattern = secret_paths(paths)

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg, self.pattern)
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact(arg, self.pattern) if isinstance(arg, str) else arg
                for arg in record.args
            )
        return True
