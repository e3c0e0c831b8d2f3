"""Who writes the letters followed through: each app registers its correspondent
with the documents engine, which branches on no kind of owner."""

import pytest

from assessment import facts
from assessment.models import Assessment
from councils.models import Campaign
from documents.correspondents import (
    CORRESPONDENTS,
    VOICES,
    correspondent_of,
    voice_of,
)
from documents.letters import KINDS


def test_the_councils_register_their_correspondent_their_voice_and_letters():
    assert set(CORRESPONDENTS) == {Assessment, Campaign}
    assert set(VOICES) == {facts.Assessment, Campaign}
    assert "works-agreement" in KINDS  # registered from CouncilsConfig.ready()


def test_an_owner_nobody_registered_is_refused_by_name():
    with pytest.raises(LookupError, match="no correspondent registered for str"):
        correspondent_of("a stranger")
    with pytest.raises(LookupError, match="for object"):
        voice_of(object(), None)


@pytest.mark.django_db
def test_a_campaign_records_its_letters_as_a_council_today(campaign):
    writer = correspondent_of(campaign)
    assert (writer.about, writer.country, writer.place) == (campaign, "DE", "DE")
    assert writer.as_of is None and writer.stored_as == "campaign"
    voice = voice_of(campaign, None)
    assert voice["sender"][0] == "Betriebsrat Leipzig"
    assert voice["gdpr_period"] is None


def test_the_follow_through_pages_know_each_audience_by_its_registered_owner():
    from documents.followthrough import OWNERS

    assert {name: owner.__name__ for name, owner in OWNERS.items()} == {
        "employee": "EmployeeLetters",
        "council": "CampaignLetters",
    }
    assert OWNERS["council"].needs_login and not OWNERS["employee"].needs_login
    assert OWNERS["employee"].reminders and not OWNERS["council"].reminders


def test_each_owner_says_every_word_of_the_pages_in_its_voice_and_translated():
    from django.utils import translation

    from documents.followthrough import OWNERS

    employee, council = OWNERS["employee"].words, OWNERS["council"].words
    assert set(employee) == set(council)
    for words in (employee, council):
        english = {key: str(text) for key, text in words.items()}
        with translation.override("de"):
            german = {key: str(text) for key, text in words.items()}
        assert [key for key in words if german[key] == english[key]] == []


def test_each_app_mounts_the_follow_through_of_its_own_audience():
    """documents/urls.py mounts the employee's pages, councils/urls.py the
    campaign's (the same views, told the audience); each owner's `prefix` names
    the namespace and the names its pages were mounted under."""
    import uuid

    from django.urls import URLResolver, get_resolver, resolve, reverse

    from documents.followthrough import FOLLOW_THROUGH_PAGES, OWNERS

    def mounted(patterns, namespace=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                yield from mounted(entry.url_patterns, entry.namespace or namespace)
            elif "audience" in entry.default_args:
                yield namespace, entry.default_args["audience"]

    assert set(mounted(get_resolver().url_patterns)) == {
        ("documents", "employee"),
        ("councils", "council"),
    }
    for audience, owner in OWNERS.items():
        for page in FOLLOW_THROUGH_PAGES:
            args = [uuid.uuid4()] + ([] if page == "sent_letters" else [1])
            found = resolve(reverse(owner.prefix + page, args=args))
            assert found.kwargs["audience"] == audience
            assert found.url_name == owner.prefix.split(":")[1] + page


@pytest.mark.django_db
def test_each_owner_offers_the_kinds_that_fit_it_and_leads_back_to_its_page(
    campaign,
):
    """The form that notes a letter offers what the letters page offers: for a
    Californian whose door badges use no sensitive information, no request to limit
    its use and, with no union, no union's request to bargain; for a German works council, no union's
    letter. Each page leads back where its owner came from."""
    from django.urls import reverse

    from assessment import services
    from councils.letters import council_kinds
    from documents.followthrough import OWNERS
    from documents.letters import kinds_for
    from tests import builders

    record = services.save_assessment(builders.assessment("US", region="US-CA"))
    employee = OWNERS["employee"](record.public_id, record)
    offered = [kind.slug for kind in employee.kinds()]
    about = record.get_facts()
    assert offered == [k.slug for k in kinds_for(about.workplace, assessment=about)]
    assert "ccpa-know" in offered
    assert "ccpa-limit" not in offered and "union-bargaining" not in offered
    assert employee.back() == (
        reverse("assessment:result", args=[record.public_id]),
        "Back to the result",
    )
    council = OWNERS["council"](campaign.public_id, campaign)
    offered = [kind.slug for kind in council.kinds()]
    assert offered == [kind.slug for kind in council_kinds(campaign)]
    assert "works-agreement" in offered and "council-union-bargaining" not in offered
    assert council.back() == (
        reverse("councils:campaign", args=[campaign.public_id]),
        "Back to the campaign",
    )
