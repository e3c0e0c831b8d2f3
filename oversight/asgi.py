"""ASGI entry point, for an ASGI server (Oversight's views are synchronous)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
application = get_asgi_application()
