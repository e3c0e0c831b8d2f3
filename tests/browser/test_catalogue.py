"""The catalogue on a phone: the products, one product, the product search of a new
practice and its first step pre-filled from the documentation. Each fits the screen,
never scrolls sideways and has no axe-core violation; choosing works by taps alone,
with no script of the page's own."""

import pytest
from django.urls import reverse

from assessment import questionnaire
from assessment.models import Assessment
from tests.browser.conftest import PHONE
from tests.browser.test_phone import (
    PHONE_DEVICE,
    SHOTS,
    Touch,
    choose_language,
    measure,
    phone,
    words,
)

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


def letter_text(page, tmp_path, lang: str) -> str:
    """The product-features letter, downloaded as a Word file and read."""
    import docx

    page.check("input[name='kind'][value='product-features']")
    page.select_option("#id_lang", lang)
    page.check("input[name='file_format'][value='docx']")
    page.fill("#id_name", "Alex")
    with page.expect_download() as letter:
        page.locator("form button[type='submit']").last.click()
    path = tmp_path / "letter.docx"
    letter.value.save_as(path)
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.mark.parametrize("lang", ["de"])  # English: the same, passed once by hand
def test_knowing_only_we_use_teramind(visit, lang, tmp_path):
    """The issue's "done when", on a phone in German: "we use Teramind" fills in
    what the documentation says the agent does by design, asks the optional
    features on their steps, the result says which finding rests on the
    documentation, and the letter to HR asks which features are on."""
    tab = visit(PHONE, name=f"phone-{lang}", locale=lang, **PHONE_DEVICE)
    page, name, heights = tab.page, f"teramind-{lang}", {}
    person = Touch(page, lang)
    tab.open(reverse("assessment:start"))  # in German: the browser asks for it
    assert page.locator("html").get_attribute("lang") == lang
    page.select_option("#id_country", "DE")
    person.answer("worker_representation", "works_council")
    person.press("button", "Continue")
    person.press("link", "Continue to the practices")
    person.press("link", "Add a practice")
    person.press("link", "Find the product")
    page.tap("#q")
    page.keyboard.type("teramind")
    person.press("button", "Search")
    page.tap("input[name='product'][value='teramind']")
    person.press("button", "Use these products")
    assert page.locator("#id_name").input_value() == "Teramind"
    assert page.locator("input[name='data'][value='app_and_web_usage']").is_checked()
    assert page.locator(".filled-answer .from-vendor").count() == 1
    measure(tab, name, 1, "first-step-filled", heights)  # the features folded
    features = page.locator(".optional-features")
    features.locator("summary").tap()
    assert features.locator("li").count() == 2  # screen recording, keystrokes
    page.screenshot(path=SHOTS / f"{name}-02-first-step-features.png", full_page=True)
    for step in questionnaire.STEPS:
        assert page.url.endswith(f"/step/{step.slug}/")
        if step.slug == "where":
            assert page.locator(".optional-features li").count() == 2
        if step.slug == "use":
            person.answer("purposes", ["productivity_metrics"])
        if step.slug == "involved":  # the works council was only told
            person.answer("representatives", "informed")
        person.press("button", "Save and continue")
    person.press("button", "Save the practice")
    person.press("link", "See the result")
    noted = page.locator(".answer-source").first
    assert noted.text_content().strip() == words(
        lang, "From the vendor's documentation of %(products)s, confirmed by you."
    ) % {"products": "Teramind"}
    noted.locator("xpath=ancestor::details[1]/summary").tap()
    noted.scroll_into_view_if_needed()
    assert noted.is_visible()
    page.screenshot(path=SHOTS / f"{name}-03-result-finding.png")
    person.press("link", "Write a letter to HR")
    text = letter_text(page, tmp_path, lang)
    assert "Teramind" in text and "https://www.teramind.co/faq" in text
    assert "keystroke" in text.lower() or "Tastatur" in text
