"""The aggregate report of a campaign: the same look as the assessment report."""

import datetime
import hashlib

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from assessment.labels import concern_label, written
from assessment.law import jurisdiction
from assessment.rules import RULESET_VERSION
from councils.aggregates import CampaignFigures, campaign_figures
from councils.models import Campaign
from documents.charts import share_bars
from documents.pdf import html_to_pdf
from documents.stored import render_once, stored


def _reference_rows(campaign: Campaign) -> list[tuple[str, int]]:
    """The official policy's findings by concern, from the council's own assessment."""
    record = campaign.reference
    if record is None or not record.result:
        return []
    counts: dict[str, int] = {}
    for finding in record.result["findings"]:
        counts[finding["concern"]] = counts.get(finding["concern"], 0) + 1
    return [
        (concern_label(concern, campaign.country), n) for concern, n in counts.items()
    ]


def aggregate_html(
    campaign: Campaign,
    lang: str,
    figures: CampaignFigures | None = None,
    today: datetime.date | None = None,
    for_screen: bool = False,
    back: str = "",
) -> str:
    """The survey report as HTML; on screen, with a bar leading `back` (the
    campaign's page) and to the PDF."""
    with translation.override(lang):
        figures = figures or campaign_figures(campaign)
        hidden = _("hidden")
        context = {
            "campaign": campaign,
            "figures": figures,
            "today": written(today or timezone.localdate(), campaign.country),
            "lang": lang,
            "for_screen": for_screen,
            "back": back,
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


def _survey_key(campaign: Campaign, html: str, lang: str, today: datetime.date) -> str:
    """Same page of figures (its HTML), ruleset, language and date: the same PDF."""
    digest = hashlib.sha256(html.encode()).hexdigest()
    return (
        f"survey:{campaign.public_id}:{digest}:{RULESET_VERSION}:{lang}:"
        f"{today.isoformat()}"
    )


def aggregate_pdf(
    campaign: Campaign, lang: str, today: datetime.date | None = None
) -> bytes:
    """The survey report as a PDF: the stored one while the figures are the same, else
    the one another process is making, else made here."""
    today = today or timezone.localdate()
    html = aggregate_html(campaign, lang, today=today)
    return stored(
        _survey_key(campaign, html, lang, today),
        lambda: html_to_pdf(html, jurisdiction(campaign.country).paper),
    )


def store_aggregate_pdf(campaign: Campaign, lang: str, today: datetime.date) -> bool:
    """Make and store the survey report ahead of its download, unless it is stored or
    being made (the task's side); whether it made it."""
    html = aggregate_html(campaign, lang, today=today)
    return render_once(
        _survey_key(campaign, html, lang, today),
        lambda: html_to_pdf(html, jurisdiction(campaign.country).paper),
    )
