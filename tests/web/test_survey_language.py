"""The council's survey report is read by its members: it comes in the language of
the page unless they choose another, and the page says which."""

import re

import pytest
from django.urls import reverse

from tests.councils.fixtures import fill, open_campaign


@pytest.fixture
def french_campaign(people):
    """A workplace in France, whose letters to the employer go in French."""
    campaign = open_campaign(people["council"], country="FR", title="Suivi à Lyon")
    fill(campaign, 5)
    return campaign


def read_in(client, lang: str) -> None:
    client.post(reverse("set_language"), {"language": lang, "next": "/"})


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_survey_report_follows_the_page_language_not_the_workplaces(
    client, people, french_campaign, lang
):
    client.force_login(people["member"])
    read_in(client, lang)
    survey = reverse("councils:campaign_report", args=[french_campaign.public_id])

    pdf = client.get(survey, {"format": "pdf"})
    assert pdf["Content-Disposition"].endswith(f'-survey-{lang}.pdf"')
    preview = client.get(survey).content.decode()
    assert f'<html lang="{lang}">' in preview
    # A way back to the campaign, and the PDF in the preview's language.
    campaign = reverse("councils:campaign", args=[french_campaign.public_id])
    assert f'class="preview-back" href="{campaign}"' in preview
    assert f'href="?format=pdf&amp;lang={lang}"' in preview


def test_a_member_may_choose_another_language_for_the_survey(
    client, people, french_campaign
):
    client.force_login(people["member"])
    read_in(client, "en")
    survey = reverse("councils:campaign_report", args=[french_campaign.public_id])
    pdf = client.get(survey, {"format": "pdf", "lang": "fr"})
    assert pdf["Content-Disposition"].endswith('-survey-fr.pdf"')


@pytest.mark.parametrize(("lang", "name"), [("en", "English"), ("de", "Deutsch")])
def test_the_campaign_page_says_which_language_the_survey_is_in(
    client, people, french_campaign, lang, name
):
    client.force_login(people["member"])
    read_in(client, lang)
    page = client.get(
        reverse("councils:campaign", args=[french_campaign.public_id])
    ).content.decode()
    link = f"?format=pdf&amp;lang={lang}"
    (button,) = re.findall(
        rf'class="btn btn-primary" href="[^"]*{re.escape(link)}"[^>]*>([^<]*)<', page
    )
    assert f"{name})" in button
    if lang == "en":
        assert button == "Download the survey report (PDF, in English)"
