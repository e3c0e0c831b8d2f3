"""WSGI entry point for gunicorn and other servers."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
application = get_wsgi_application()

from documents.warm import warm_up_if_enabled  # noqa: E402 (needs Django set up)

# Each worker makes its first letter before its first request, not during it.
warm_up_if_enabled()
