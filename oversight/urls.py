"""Oversight's root URLconf: each app's URLs under its namespace, /healthz, and the
admin where ADMIN_ENABLED turns it on."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from oversight.lib import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("", include("assessment.urls")),
    path("", include("councils.urls")),
    path("", include("documents.urls")),
    path("", include("catalogue.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]
if settings.ADMIN_ENABLED:
    urlpatterns.append(path("admin/", admin.site.urls))
