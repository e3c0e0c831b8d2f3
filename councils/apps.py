"""Councils: accounts, councils, campaigns and their anonymous aggregates."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    name = "councils"
    verbose_name = _("Councils")

    def ready(self):
        """Plug into the apps below: the campaigns' state in the employee's cookie,
        and their panels on the result page."""
        from assessment.access import keep_per_assessment
        from assessment.panels import add_result_panel

        # The council's letters and its owner of letters, with the documents engine.
        from councils import followthrough, letters  # noqa: F401
        from councils.access import CAMPAIGNS, SUBMITTED
        from councils.panels import campaign_send, council_policy

        keep_per_assessment(CAMPAIGNS)
        keep_per_assessment(SUBMITTED)
        add_result_panel(campaign_send)
        add_result_panel(council_policy)
