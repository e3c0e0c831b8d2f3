"""The public pages, their JSON and the command that finds sources to read again."""

import datetime
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from catalogue import loader
from catalogue.management.commands.catalogue_stale import stale


def page(response) -> str:
    return response.content.decode()


def test_the_list_names_every_product_by_kind(client):
    response = client.get(reverse("catalogue:products"))
    text = page(response)
    assert response.status_code == 200
    for product in loader.products():
        assert reverse("catalogue:product", args=[product.slug]) in text
    assert "Badge and biometric time clocks" in text and "CC BY 4.0" in text


def test_a_product_page_says_what_it_can_do_with_its_sources(client):
    text = page(client.get(reverse("catalogue:product", args=["time-doctor"])))
    assert (
        "According to the vendor&#x27;s documentation, the product can record" in text
    )
    assert "Webcam images or video" in text
    assert "Optional: off until the employer switches it on" in text
    assert (
        "https://www.timedoctor.com/help/optional-webcam-shots-on-time-doctor" in text
    )
    assert "read on 7 December 2026" in text
    assert "What to ask your employer" in text and "Found an error?" in text
    assert "Time Doctor can record: Webcam images or video. Is this switched on" in text


def test_a_product_page_shows_the_pages_own_update_words(client):
    text = page(client.get(reverse("catalogue:product", args=["insightful"])))
    assert "Updated over a week ago" in text


def test_an_unknown_product_is_not_found(client):
    assert client.get("/products/no-such-product/").status_code == 404
    assert client.get("/products/no-such-product.json").status_code == 404


def test_the_corrections_link_comes_from_the_settings(client, settings):
    settings.CATALOGUE_CORRECTIONS = "mailto:catalogue@example.org"
    text = page(client.get(reverse("catalogue:product", args=["teramind"])))
    assert 'href="mailto:catalogue@example.org"' in text


def test_the_json_is_the_data_files_with_the_licence(client):
    everything = json.loads(client.get("/products.json").content)
    assert everything["licence"] == "CC BY 4.0"
    assert len(everything["products"]) == len(loader.products())
    one = json.loads(client.get("/products/clockify.json").content)["product"]
    assert one["slug"] == "clockify"
    retention = next(c for c in one["capabilities"] if c["field"] == "retention")
    assert retention == {
        "field": "retention",
        "values": [7],
        "on_by_default": True,
        "source": {
            "url": "https://clockify.me/help/extra-features/screenshots",
            "retrieved": "2026-12-07",
            "quote": "All screenshots older than 7 days are deleted forever automatically.",
        },
    }


def test_the_pages_only_answer_reads(client):
    assert client.post(reverse("catalogue:products")).status_code == 405


def test_stale_sources_are_listed_oldest_first_and_fail_the_command(capsys):
    catalogue = loader.products()
    assert stale(catalogue, datetime.date(2027, 12, 7)) == []
    found = stale(catalogue, datetime.date(2027, 12, 9))
    assert len(found) == len(catalogue)
    call_command("catalogue_stale", "--today", "2027-06-01")
    assert "No source is older than 365 days." in capsys.readouterr().out
    with pytest.raises(CommandError, match=r"\d+ product\(s\) to check again"):
        call_command("catalogue_stale", "--today", "2028-01-01")
    assert "teramind: Teramind" in capsys.readouterr().out
