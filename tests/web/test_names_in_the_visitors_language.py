"""Lists and names read in the visitor's language: countries in its alphabetical
order, languages named as it names them."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from assessment.labels import alphabetical, collation_key
from councils.forms import CampaignForm
from oversight.lib.languages import language_choice, language_name


def countries_on(page: str) -> list[str]:
    select = re.search(r'<select name="country".*?</select>', page, re.S)[0]
    return re.findall(r'<option value="[A-Z]{2}"[^>]*>([^<]+)</option>', select)


def in_dictionary_order(names: list[str]) -> bool:
    return names == sorted(names, key=collation_key)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "first", "austria"),
    [
        ("de", ["Australien", "Belgien", "Brasilien"], "Österreich"),
        ("fr", ["Afrique du Sud", "Allemagne", "Australie"], "Autriche"),
        ("en", ["Australia", "Austria", "Belgium"], "Austria"),
    ],
)
def test_the_country_list_is_in_the_visitors_alphabetical_order(
    client, lang, first, austria
):
    client.post(reverse("set_language"), {"language": lang, "next": "/"})
    names = countries_on(client.get(reverse("assessment:start")).content.decode())
    assert names[:3] == first
    assert in_dictionary_order(names)
    assert austria in names
    if lang == "de":  # an umlaut sorts with its letter: Österreich after Norwegen
        assert (
            names.index("Norwegen") < names.index("Österreich") < names.index("Polen")
        )


def test_the_councils_country_list_is_sorted_when_shown_not_when_loaded():
    for lang in ("de", "fr"):
        with translation.override(lang):
            choices = list(CampaignForm().fields["country"].choices)
            assert choices[0][0] == ""
            assert in_dictionary_order([str(label) for _code, label in choices[1:]])


def test_the_sort_key_sets_case_and_accents_aside():
    assert sorted(
        ["Zypern", "Österreich", "Estland", "Ägypten"], key=collation_key
    ) == [
        "Ägypten",
        "Estland",
        "Österreich",
        "Zypern",
    ]
    assert collation_key("Straße") == collation_key("STRASSE")


@pytest.mark.parametrize(
    ("lang", "names", "switcher"),
    [
        ("de", ["Englisch", "Deutsch", "Französisch"], "Englisch (English)"),
        ("fr", ["anglais", "allemand", "français"], "Anglais (English)"),
        ("en", ["English", "German", "French"], "English"),
    ],
)
def test_languages_are_named_in_the_visitors_language(lang, names, switcher):
    with translation.override(lang):
        assert [language_name(code) for code in ("en", "de", "fr")] == names
        assert language_choice("en") == switcher


@pytest.mark.django_db
def test_the_result_page_offers_the_report_in_languages_named_in_german(assessed):
    client, record, _token = assessed
    client.post(reverse("set_language"), {"language": "de", "next": "/"})
    page = client.get(reverse("assessment:result", args=[record.public_id]))
    text = page.content.decode()
    for name in ("Englisch", "Deutsch", "Französisch"):
        assert f">{name}</a>" in text
    assert ">English</a>" not in text and ">français</a>" not in text
    assert ">Englisch (English)</option>" in text


def test_the_regions_stay_grouped_by_country_and_sorted_within(client):
    grouped = [
        ("Germany", [("DE-SN", "Sachsen"), ("DE-BY", "Bayern")]),
        ("x", "Ägypten"),
    ]
    assert alphabetical(grouped) == [
        ("x", "Ägypten"),
        ("Germany", [("DE-BY", "Bayern"), ("DE-SN", "Sachsen")]),
    ]
    page = client.get(reverse("assessment:start")).content.decode()
    assert '<optgroup label="Germany">' in page
    assert '<option value="DE-BY">Bavaria</option>' in page
    assert "[(" not in page  # a group is never shown as one option
