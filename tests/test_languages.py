"""settings.LANGUAGES is the one list of the languages the app speaks: no code or
template lists them again, and whatever else holds text per language covers them."""

import re
from dataclasses import fields

import pytest
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.management import load_command_class

from assessment import law
from assessment.law import JURISDICTIONS
from tests.conftest import ROOT

CODES = [code for code, _name in settings.LANGUAGES]
# The app's code and templates, wherever the project's layout puts them.
SCANNED = ("assessment", "oversight", "councils", "documents", "templates")
SETTINGS = ("oversight/settings.py",)
ALLOWED: set[str] = set()
# Files still listing the languages, each to read settings.LANGUAGES instead (issue
# 14, item 4). The list only shrinks: a file here that no longer lists them fails.
PENDING: set[str] = set()

_CODE = "|".join(map(re.escape, CODES))
# Two language codes as string literals one after the other: ("en", "de"), ["en", …
SEQUENCE = re.compile(rf"""(["'])(?:{_CODE})\1\s*,\s*(["'])(?:{_CODE})\2""")
# A code with its language's name just after it: ("de", _("German")),
# {% if code == "de" %}Deutsch, lang=de" hreflang="de">Deutsch
NAMED = re.compile(
    "|".join(
        rf"""\b{re.escape(code)}\b[^\n]{{0,20}}?\b(?:{name}|{local})\b"""
        for code in CODES
        for name, local in [(LANG_INFO[code]["name"], LANG_INFO[code]["name_local"])]
    ),
    re.IGNORECASE,
)


def lists_languages(text: str) -> list[str]:
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if NAMED.search(line):
            found.append(f"{number}: {line.strip()}")
    found += [
        f"{text.count(chr(10), 0, hit.start()) + 1}: {hit[0]}"
        for hit in SEQUENCE.finditer(text)
    ]
    return found


def listing_files() -> dict[str, list[str]]:
    found = {}
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*")):
            relative = path.relative_to(ROOT).as_posix()
            if (
                path.suffix not in (".py", ".html", ".txt", ".js")
                or "/migrations/" in relative
                or relative in SETTINGS
            ):
                continue
            hits = lists_languages(path.read_text())
            if hits:
                found[relative] = hits
    return found


def test_no_code_or_template_lists_the_languages_but_settings():
    found = listing_files()
    offenders = {
        path: hits
        for path, hits in found.items()
        if path not in ALLOWED and path not in PENDING
    }
    assert offenders == {}, "read settings.LANGUAGES instead"
    assert sorted(PENDING - set(found)) == [], "fixed or moved: take it off PENDING"


def test_the_pattern_catches_the_ways_a_list_is_written():
    assert lists_languages('LANGUAGES = ("en", "de", "fr")')
    assert lists_languages('choices=["en", "de"]')
    assert lists_languages('LANGS = [("en", _("English")), ("de", _("German"))]')
    assert lists_languages('{% if code == "de" %}Deutsch{% else %}Français{% endif %}')
    assert lists_languages('?lang=fr" hreflang="fr">français</a>')
    assert not lists_languages('report_html(document, "en")')
    assert not lists_languages('("DE", _("Germany")), ("FR", _("France"))')
    assert not lists_languages("Paste the policy (English, German or French).")


def test_the_law_cites_in_the_languages_of_its_fields_and_else_as_in_english():
    assert tuple(field.name for field in fields(law.Citation)) == law.LANGUAGES
    gdpr = law.source("gdpr-art-5-1-a")
    for code in law.LANGUAGES:
        assert gdpr.cite(code) == getattr(gdpr.citation, code)
    # A language of the app the law is not written in (yet) cites as in English.
    assert gdpr.cite("xx") == gdpr.cite("en")


@pytest.mark.parametrize("code", sorted(JURISDICTIONS))
def test_each_place_writes_to_its_employer_in_a_language_of_the_app(code):
    assert JURISDICTIONS[code].language in CODES


@pytest.mark.parametrize("command", ["assess", "rules", "report", "letter"])
def test_the_commands_offer_the_languages_of_the_app(command):
    parser = load_command_class("assessment", command).create_parser(
        "manage.py", command
    )
    (lang,) = [
        action for action in parser._actions if "--lang" in action.option_strings
    ]
    assert (list(lang.choices), lang.default) == (CODES, settings.LANGUAGE_CODE)
