"""Background work of the councils: a campaign's survey report rendered before a
member asks for it, queued and counted as every render is (documents/tasks.py)."""

from django.tasks import task
from django.utils import timezone

from councils.models import Campaign
from councils.report import store_aggregate_pdf
from documents.stored import queue_done, queued
from documents.tasks import day, may_queue

# A survey's key is the digest of its page of figures, which the campaign page does
# not make: once rendered, the same figures are queued again a minute later at most.
SURVEY_AGAIN_AFTER = 60


@task
def render_survey(
    public_id: str, lang: str, today: str, published: int | None = None
) -> bool:
    """Store a campaign's survey report as its figures stand now; whether it was
    rendered."""
    try:
        campaign = Campaign.objects.filter(public_id=public_id).first()
        if campaign is None:
            return False
        return store_aggregate_pdf(campaign, lang, day(today))
    finally:
        queue_done(_survey_name(public_id, lang, today, published), SURVEY_AGAIN_AFTER)


def _survey_name(public_id, lang: str, today: str, published: int | None) -> str:
    return f"survey:{public_id}:{lang}:{today}:{published}"


def survey_ahead(campaign: Campaign, lang: str, published: int, client: str) -> None:
    """Queue the render of a campaign's survey report, once while it waits for the
    same number of published submissions (the task skips a report already stored)."""
    today = timezone.localdate().isoformat()
    name = _survey_name(campaign.public_id, lang, today, published)
    if not queued(name) and may_queue(name, client):
        render_survey.enqueue(str(campaign.public_id), lang, today, published)
