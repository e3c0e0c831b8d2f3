"""The state or Land question in a real browser: it lists the chosen country's
regions only, and is out of the way where the country has none."""

import pytest
from django.urls import reverse

from assessment.models import Assessment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def shown_groups(page) -> list[str]:
    return page.locator("#id_region optgroup").evaluate_all(
        "groups => groups.filter(g => !g.hidden).map(g => g.label)"
    )


def test_the_region_question_follows_the_country_chosen(visit):
    tab = visit()
    page = tab.page
    tab.open(reverse("assessment:start"))
    region = page.locator("#div_id_region")
    assert region.is_hidden()  # no country yet
    page.select_option("#id_country", "IE")
    assert region.is_hidden()
    page.select_option("#id_country", "US")
    assert region.is_visible() and shown_groups(page) == ["United States"]
    page.select_option("#id_country", "DE")
    assert region.is_visible() and shown_groups(page) == ["Germany"]
    page.select_option("#id_region", "DE-BY")
    tab.check_page("workplace with a Land")
    page.check("input[name='worker_representation'][value='works_council']")
    page.click("main button[type=submit]")
    page.wait_for_url("**/saved/")
    assert Assessment.objects.get().document["workplace"]["region"] == "DE-BY"
