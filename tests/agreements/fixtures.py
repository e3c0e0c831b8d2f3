"""Campaigns for the agreement tests: a workplace whose employees report the Meta-like
practice, with the council's assessment of an official policy that names it."""

from assessment import services as assessment_services
from councils import services
from councils.models import Campaign
from tests import builders


def meta_like_campaign(council, country: str = "DE", region: str = ""):
    """A campaign of the country whose published submissions all report the
    Meta-like practice, and whose official policy states a retention of 14 days."""
    campaign = services.open_campaign(
        council,
        title="KI-Training",
        employer="Example GmbH",
        country=country,
        region=region,
        threshold=3,
    )
    workplace = {"region": region} if region else {}
    for _ in range(3):
        services.submit(
            campaign, builders.assessment(country, builders.META_LIKE, **workplace)
        )
    policy = assessment_services.save_assessment(
        builders.assessment(
            country, {**builders.META_LIKE, "retention": 14}, **workplace
        )
    )
    Campaign.objects.filter(pk=campaign.pk).update(reference=policy)
    campaign.refresh_from_db()
    return campaign
