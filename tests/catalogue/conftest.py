"""The journey fixtures of the web tests."""

from tests.web.conftest import started  # noqa: F401
