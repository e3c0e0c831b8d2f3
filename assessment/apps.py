"""The assessment app: Oversight's models, views and commands live in this package."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentConfig(AppConfig):
    name = "assessment"
    verbose_name = _("Assessments")
