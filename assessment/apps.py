"""The assessment app: Oversight's models, views and commands live in this package."""

from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class AssessmentConfig(AppConfig):
    name = "assessment"
    verbose_name = _("Assessments")

    def ready(self):
        from assessment.client_address import check_proxy_is_counted

        checks.register(check_proxy_is_counted, checks.Tags.security, deploy=True)
