"""The demo data and the seeding command."""

from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from councils.aggregates import campaign_figures
from councils.models import Campaign, Feature
from tests.councils.fixtures import open_campaign, received

pytestmark = pytest.mark.django_db


def call(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_loaddemo_sets_up_a_demo_council_once_with_a_printed_password():
    output = call("loaddemo")
    password = output.rsplit("with password '", 1)[1].split("'", 1)[0]
    assert authenticate(username="demo", password=password) is not None
    campaign = Campaign.objects.get()
    assert campaign.reference is not None
    figures = campaign_figures(campaign)
    assert (figures.received, figures.published) == (47, 45)
    # The demo site has a works council, so the dashboard shows its concern.
    concerns = {figure.key: figure.count for figure in figures.concerns}
    assert concerns["worker_voice"] > 0
    again = call("loaddemo")
    assert "password" not in again and Campaign.objects.count() == 1


def test_seed_campaign_adds_synthetic_submissions_to_a_campaign(campaign):
    call("seed_campaign", "12", "--campaign", str(campaign.public_id), "--seed", "3")
    assert received(campaign) == 12
    campaign.refresh_from_db()
    assert campaign.published == 10


def test_seeded_submissions_describe_the_campaigns_workplace(people):
    campaign = open_campaign(people["council"], country="FR")
    call("seed_campaign", "20", "--campaign", str(campaign.public_id))
    rules = set(
        Feature.objects.filter(
            kind="rule", submissionfeature__campaign=campaign
        ).values_list("key", flat=True)
    )
    assert "cse-not-consulted" in rules  # French law, with the campaign's council
    assert "codetermination-bypassed" not in rules  # German law only


def test_seed_campaign_names_a_missing_campaign():
    with pytest.raises(CommandError, match="No campaign with public id nope"):
        call("seed_campaign", "5", "--campaign", "nope")
