"""Knowing only "we use Hubstaff": the product search of the stepped questionnaire
pre-fills the practice from the vendor's documentation, each step marks those
answers until saved, the optional features are asked, and the result says which
findings rest on them. Through the real views, on the database."""

import re

from django.urls import reverse

from assessment import questionnaire
from catalogue.hook import CatalogueSource
from catalogue.models import PracticeSource
from tests.web.test_steps import new_step, page, step_data

SLUGS = [step.slug for step in questionnaire.STEPS]


def choose_url(record) -> str:
    return reverse("catalogue:choose", args=[record.public_id])


def test_the_first_step_offers_the_product_search(started):
    client, record, _token = started
    first = page(client.get(new_step(record, "collected")))
    assert "Do you know which product is used?" in first
    assert f'href="{choose_url(record)}"' in first


def test_the_search_finds_names_and_aliases_without_script(started):
    client, record, _token = started
    found = page(client.get(choose_url(record), {"q": "workpuls"}))
    assert 'value="insightful"' in found and 'value="hubstaff"' not in found
    assert 'type="search"' in found and "<script" not in found.split("<main")[1]
    everything = page(client.get(choose_url(record)))
    assert 'value="hubstaff"' in everything and 'value="teramind"' in everything
    nothing = client.post(choose_url(record), {"product": ["no-such-product"]})
    assert nothing.status_code == 400
    assert "Choose at least one product" in page(nothing)


def test_choosing_a_product_pre_fills_and_marks_until_confirmed(started):
    client, record, _token = started
    response = client.post(choose_url(record), {"product": ["hubstaff"]})
    assert response["Location"] == new_step(record, "collected")
    record.refresh_from_db()
    assert record.pending["practice"] == {
        "name": "Hubstaff",
        "data": ["screenshots", "activity_time"],
        "inferences": ["productivity_score"],
    }
    assert record.pending["sources"]["products"] == ["hubstaff"]

    first = page(client.get(new_step(record, "collected")))
    assert "From the vendor's documentation of Hubstaff" in first
    assert "not yet confirmed: saving this step makes it your answer</span>" in first
    assert "Hubstaff can record: Applications, websites and active window." in first
    assert re.search(r'value="screenshots"[^>]*checked', first)
    assert not re.search(r'value="clicks"[^>]*checked', first)
    assert "Do you know which product is used?" not in first  # chosen already

    data = step_data(
        "collected", name="Hubstaff", data=["screenshots", "activity_time"]
    )
    client.post(new_step(record, "collected"), data)
    record.refresh_from_db()
    assert record.pending["sources"]["confirmed"] == ["data"]
    assert "confirmed by you" in page(client.get(new_step(record, "collected")))
    use = page(client.get(new_step(record, "use")))
    assert "A productivity score" in use and "not yet confirmed" in use


def test_the_result_says_which_findings_rest_on_the_documentation(started):
    client, record, _token = started
    client.post(choose_url(record), {"product": ["hubstaff"]})
    for slug in SLUGS:
        changes = {"name": "Hubstaff", "data": ["screenshots", "activity_time"]}
        if slug == "use":
            changes["inferences"] = ["productivity_score"]
        response = client.post(new_step(record, slug), step_data(slug, **changes))
        assert response.status_code == 302, page(response)
    client.post(reverse("assessment:check_new", args=[record.public_id]))
    record.refresh_from_db()
    assert record.pending is None and record.practices[0]["name"] == "Hubstaff"
    stored = PracticeSource.objects.get(assessment=record)
    assert stored.index == 0 and sorted(stored.sources["confirmed"]) == [
        "data",
        "inferences",
    ]
    result = page(client.get(reverse("assessment:result", args=[record.public_id])))
    assert (
        "From the vendor&#x27;s documentation of Hubstaff, confirmed by you." in result
    )

    # An answer changed away from the documentation's is the person's alone.
    edit = reverse("assessment:step", args=[record.public_id, 0, "collected"])
    client.post(edit, step_data("collected", name="Hubstaff", data=["clicks"]))
    record.refresh_from_db()
    notes = CatalogueSource().answer_sources(record)
    assert "practices[0].data" not in notes and "practices[0].inferences" in notes


def test_a_practice_renamed_or_moved_no_longer_claims_the_documentation(started):
    client, record, _token = started
    client.post(choose_url(record), {"product": ["hubstaff"]})
    kept = {"name": "Hubstaff", "data": ["screenshots", "activity_time"]}
    for slug in SLUGS:
        client.post(new_step(record, slug), step_data(slug, **kept))
    client.post(reverse("assessment:check_new", args=[record.public_id]))
    record.refresh_from_db()
    assert CatalogueSource().answer_sources(record)
    edit = reverse("assessment:step", args=[record.public_id, 0, "collected"])
    client.post(edit, step_data("collected", **{**kept, "name": "Laptop agent"}))
    record.refresh_from_db()
    assert CatalogueSource().answer_sources(record) == {}


def test_the_policy_check_proposes_the_products_it_names(started):
    client, record, _token = started
    response = client.post(
        reverse("assessment:policy", args=[record.public_id]),
        {"text": "Company laptops run Teramind and ActivTrak to record activity."},
    )
    text = page(response)
    assert "Products this text names" in text
    assert f'href="{reverse("catalogue:product", args=["teramind"])}"' in text
    assert f'href="{choose_url(record)}?q=ActivTrak"' in text


def test_knowing_only_we_use_teramind(started):
    """Teramind's documentation names no default channel, but says what its agent
    does by design (captures user activity): that alone is filled in, marked as the
    documentation's; every feature it describes is asked on the step of its fact
    (the letter asks HR: test_letter.py)."""
    client, record, _token = started
    found = page(client.get(choose_url(record), {"q": "teramind"}))
    assert 'value="teramind"' in found
    client.post(choose_url(record), {"product": ["teramind"]})
    record.refresh_from_db()
    assert record.pending["practice"] == {
        "name": "Teramind",
        "data": ["app_and_web_usage"],
    }
    assert record.pending["sources"]["paths"] == {"data": ["app_and_web_usage"]}
    collected = page(client.get(new_step(record, "collected")))
    assert "Teramind can record: What people type (keystroke content)." in collected
    assert "Teramind can record: Screen recording." in collected
    assert "From the vendor's documentation of Teramind:" in collected
    where = page(client.get(new_step(record, "where")))
    assert "Teramind can run on: Workers&#x27; own devices." in where
    assert "Teramind can record: Always, including breaks and private time." in where
    told = page(client.get(new_step(record, "told")))
    assert "Teramind can run hidden from the person monitored (stealth)." in told


def test_a_finding_on_a_value_the_person_ticked_is_not_the_documentations():
    """Teramind's documentation gives apps and websites; a finding that rests on
    screen recording, which the person ticked, does not say it came from there."""
    from assessment.templatetags.lookup import answer_source
    from documents.presentation import FactView

    note = {"words": "From the vendor's documentation", "values": ["app_and_web_usage"]}
    notes = {"practices[0].data": note, "practices[0].when": {"values": "always"}}

    def fact(path, value):
        return FactView(path, "?", "!", "/", value)

    assert answer_source(notes, fact("practices[0].data", ["screen_recording"])) is None
    both = fact("practices[0].data", ["screen_recording", "app_and_web_usage"])
    assert answer_source(notes, both) is note
    assert answer_source(notes, fact("practices[0].when", "always"))
    assert answer_source(notes, fact("practices[0].notice", "none")) is None


def test_the_one_page_form_shows_and_keeps_what_the_documentation_gave(started):
    """Chosen on the first step, then the long page: it is pre-filled and says
    which answers came from the documentation and which features to ask about;
    saving it adds the practice with those answers confirmed."""
    from tests.web.conftest import PRACTICE_DEFAULTS

    client, record, _token = started
    client.post(choose_url(record), {"product": ["teramind"]})
    new = reverse("assessment:practice_new", args=[record.public_id])
    client.post(reverse("assessment:choose_layout"), {"layout": "long", "next": new})
    long_page = page(client.get(new))
    assert "From the vendor's documentation of Teramind:</strong>" in long_page
    assert "saving this page makes it your answer" in long_page
    assert "Teramind can run hidden from the person monitored (stealth)." in long_page
    assert re.search(r'value="app_and_web_usage"[^>]*checked', long_page)
    posted = {**PRACTICE_DEFAULTS, "name": "Teramind", "data": ["app_and_web_usage"]}
    assert client.post(new, posted).status_code == 302
    record.refresh_from_db()
    assert record.pending is None and record.practices[0]["name"] == "Teramind"
    stored = PracticeSource.objects.get(assessment=record)
    assert stored.sources["confirmed"] == ["data"]
    edit = reverse("assessment:practice", args=[record.public_id, 0])
    assert "confirmed by you" in page(client.get(edit))
