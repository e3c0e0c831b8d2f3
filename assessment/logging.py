"""Secrets in URLs (resume and invitation tokens) never reach the logs."""

import logging
import re

# The token segment of /resume/<token>/ and /council/join/<token>/.
SECRET_PATH = re.compile(r"(/(?:resume|council/join)/)[^/\s]+")


def redact(text: str) -> str:
    return SECRET_PATH.sub(r"\1[redacted]", text)


class RedactSecrets(logging.Filter):
    """Replace a token in a logged path (Django's "Not Found: /resume/…/") by a mark."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True
