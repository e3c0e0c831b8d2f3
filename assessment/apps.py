"""The assessment app: the facts, the law, the rules, the questionnaire and the
policy check, the stored assessments and the employee's pages. The report and the
letters are the documents app's, councils and campaigns the councils app's, the
catalogue of products the catalogue's, and what no app owns is in oversight.lib."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentConfig(AppConfig):
    name = "assessment"
    verbose_name = _("Assessments")
