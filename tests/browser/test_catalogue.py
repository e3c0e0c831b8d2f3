"""The catalogue on a phone: the products, one product, the product search of a new
practice and its first step pre-filled from the documentation. Each fits the screen,
never scrolls sideways and has no axe-core violation; choosing works by taps alone,
with no script of the page's own."""

import pytest
from django.urls import reverse

from assessment.models import Assessment
from tests.browser.test_phone import Touch, choose_language, measure, phone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_catalogue_and_the_product_search_fit_a_phone(visit, lang):
    tab = phone(visit, lang)
    page, name, heights = tab.page, f"catalogue-{lang}", {}
    person = Touch(page, lang)
    tab.open(reverse("catalogue:products"))
    choose_language(page, lang)
    measure(tab, name, 1, "products", heights, None)
    tab.open(reverse("catalogue:product", args=["teramind"]))
    measure(tab, name, 2, "product", heights, None)

    tab.open(reverse("assessment:start"))
    page.select_option("#id_country", "DE")
    person.press("button", "Continue")
    person.press("link", "Continue to the practices")
    person.press("link", "Add a practice")
    measure(tab, name, 3, "first-step-offer", heights)
    person.press("link", "Find the product")
    page.tap("#q")
    page.keyboard.type("hub")
    person.press("button", "Search")
    measure(tab, name, 4, "search", heights, None)
    page.tap("input[name='product'][value='hubstaff']")
    person.press("button", "Use these products")
    assert page.url.endswith("/step/collected/")
    assert page.locator("input[name='data'][value='screenshots']").is_checked()
    measure(tab, name, 5, "first-step-filled", heights)
    pending = Assessment.objects.get().pending
    assert pending["sources"]["products"] == ["hubstaff"]
