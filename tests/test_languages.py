"""settings.LANGUAGES is the one list of the languages the app speaks: no code or
template lists them again, and whatever else holds text per language covers them."""

import io
import re
from dataclasses import fields

import pypdf
import pytest
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.management import load_command_class
from django.test import override_settings
from django.urls import reverse

from assessment import law
from assessment.law import JURISDICTIONS
from assessment.models import Assessment
from documents import letter_files
from documents.letters import Details, write_letter
from tests.conftest import ROOT
from tests.web.conftest import WORKPLACE, practice_data

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


@pytest.mark.django_db
def test_a_new_language_needs_only_settings_and_its_catalogue(client):
    """Spanish added to LANGUAGES alone, its catalogue not yet made: the pages, the
    report and a letter come in it, in English words where nothing is translated and
    with the law cited as in English (docs/contributing.md, adding a language)."""
    with override_settings(LANGUAGES=[*settings.LANGUAGES, ("es", "Español")]):
        client.post(reverse("set_language"), {"language": "es", "next": "/"})

        landing = client.get(reverse("assessment:landing")).content.decode()
        assert '<html lang="es">' in landing
        assert '<option value="es" selected>Español</option>' in landing
        assert "New assessment" in landing

        client.post(reverse("assessment:start"), WORKPLACE)
        record = Assessment.objects.get()
        first = client.get(
            reverse("assessment:practice_new", args=[record.public_id]), follow=True
        ).content.decode()
        assert '<html lang="es">' in first
        assert "What is collected" in first and 'name="data"' in first

        client.post(
            reverse("assessment:practice_new", args=[record.public_id]),
            practice_data(),
        )
        record.refresh_from_db()
        result = client.get(reverse("assessment:result", args=[record.public_id]))
        assert '<html lang="es">' in result.content.decode()
        assert "Taking part is presented as voluntary" in result.content.decode()

        report = client.get(
            reverse("documents:report", args=[record.public_id]), {"lang": "es"}
        ).content.decode()
        assert 'lang="es"' in report and "Summary by concern" in report
        assert "Art. 7(4) GDPR" in report and "DSGVO" not in report
        pdf = client.get(
            reverse("documents:report", args=[record.public_id]),
            {"lang": "es", "format": "pdf"},
        )
        assert pdf["Content-Disposition"].endswith('-report-es.pdf"')
        assert "Summary by concern" in pdf_text(pdf.content)

        # The letter form's choice of languages is read when it is imported, so the
        # letter is written here as the letters page writes it.
        letters = client.get(reverse("documents:letters", args=[record.public_id]))
        assert '<html lang="es">' in letters.content.decode()
        letter = write_letter(
            "access-request", record.get_facts(), "es", Details(name="Alex Example")
        )
        assert letter.subject == "Request for access to my personal data (Art. 15 GDPR)"
        assert "Yours faithfully," in letter_files.letter_text(letter)
        assert "Art. 15(3) GDPR" in pdf_text(letter_files.letter_pdf(letter))


def pdf_text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)
