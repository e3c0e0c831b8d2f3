"""The aggregate report of a campaign: the same look as the assessment report."""

import datetime

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from assessment.councils.aggregates import CampaignFigures, campaign_figures
from assessment.documents.charts import share_bars
from assessment.documents.pdf import html_to_pdf
from assessment.documents.presentation import CONCERN_LABELS
from assessment.models import Campaign


def _reference_rows(campaign: Campaign) -> list[tuple[str, int]]:
    """The official policy's findings by concern, from the council's own assessment."""
    record = campaign.reference
    if record is None or not record.result:
        return []
    counts: dict[str, int] = {}
    for finding in record.result["findings"]:
        counts[finding["concern"]] = counts.get(finding["concern"], 0) + 1
    return [(str(CONCERN_LABELS[concern]), n) for concern, n in counts.items()]


def aggregate_html(
    campaign: Campaign,
    lang: str,
    figures: CampaignFigures | None = None,
    today: datetime.date | None = None,
    for_screen: bool = False,
) -> str:
    with translation.override(lang):
        figures = figures or campaign_figures(campaign)
        hidden = _("hidden")
        context = {
            "campaign": campaign,
            "figures": figures,
            "today": today or timezone.localdate(),
            "lang": lang,
            "for_screen": for_screen,
            "reference_rows": _reference_rows(campaign),
            "grade_chart": share_bars(
                [(grade.label, grade.share) for grade in figures.grades],
                _("Grades of the submitted assessments"),
                hidden,
            ),
            "concern_chart": share_bars(
                [(c.label, c.share) for c in figures.concerns],
                _("Share of submissions raising each concern"),
                hidden,
            ),
        }
        return render_to_string("documents/aggregate.html", context)


def aggregate_pdf(campaign: Campaign, lang: str) -> bytes:
    return html_to_pdf(aggregate_html(campaign, lang))
