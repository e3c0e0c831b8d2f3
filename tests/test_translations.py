"""The German and French catalogues: compiled files match their sources, and are used."""

import ast
import gettext
from pathlib import Path

import pytest
from django.utils import translation

from assessment.facts import load_assessment
from documents.letters import Details, write_letter
from documents.report import report_html
from tests.conftest import EXAMPLES, ROOT

LOCALE = ROOT / "oversight" / "locale"


def po_entries(path: Path) -> dict[str, str]:
    """Translations by the key the .mo file holds: a msgid with a context
    (msgctxt) is keyed "context\x04msgid"."""
    entries, key, field = {}, None, None
    parts: dict[str, list[str]] = {"msgctxt": [], "msgid": [], "msgstr": []}
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith(("msgctxt ", "msgid ", "msgstr ")):
            field, rest = line.split(" ", 1)
            parts[field] = [ast.literal_eval(rest)]
        elif line.startswith('"') and field:
            parts[field].append(ast.literal_eval(line))
        elif not line.strip():
            key = "".join(parts["msgid"])
            if parts["msgctxt"]:
                key = "".join(parts["msgctxt"]) + "\x04" + key
            if key and "".join(parts["msgstr"]):
                entries[key] = "".join(parts["msgstr"])
            parts, field = {"msgctxt": [], "msgid": [], "msgstr": []}, None
    return entries


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_the_compiled_catalogue_matches_its_source(lang):
    folder = LOCALE / lang / "LC_MESSAGES"
    with (folder / "django.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    entries = po_entries(folder / "django.po")
    assert len(entries) >= 800
    # A fuzzy entry is a guess that compiles to nothing; only the header may carry it.
    assert (folder / "django.po").read_text(encoding="utf-8").count("#, fuzzy") <= 1
    for msgid, msgstr in entries.items():
        assert compiled.gettext(msgid) == msgstr, msgid


@pytest.mark.parametrize(
    ("lang", "citation", "closing"),
    [
        ("de", "Art. 15 DSGVO", "Mit freundlichen Grüßen"),
        ("fr", "article 15 du RGPD", "salutations distinguées"),
        ("en", "Art. 15 GDPR", "Yours faithfully,"),
    ],
)
def test_letters_use_each_languages_usual_citation(lang, citation, closing):
    assessment = load_assessment((EXAMPLES / "hm-service-centre-de.json").read_text())
    with translation.override("en"):  # the letter's language is not the page's
        letter = write_letter("access-request", assessment, lang, Details(name="A"))
    assert citation in letter.subject
    assert letter.closing.endswith(closing) or closing in letter.closing


def test_the_report_structure_is_german_in_german():
    document = load_assessment(
        (EXAMPLES / "hm-service-centre-de.json").read_text()
    ).to_document()
    html = report_html(document, "de")
    assert 'lang="de"' in html
    for text in (
        "Zusammenfassung nach Themen",
        "Anhang: alle Antworten",
        "Befunde nach Themen",
    ):
        assert text in html


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Art. 5(1)(c) GDPR"),
        ("de", "Art. 5 Abs. 1 lit. c DSGVO"),
        ("fr", "article 5, paragraphe 1, point c), du RGPD"),
    ],
)
def test_report_references_take_each_languages_form(lang, expected):
    document = load_assessment(
        (EXAMPLES / "keylogger-dismissal-de.json").read_text()
    ).to_document()
    html = report_html(document, lang)
    assert expected in html
    bag = {
        "en": "Federal Labour Court (BAG), 27 July 2017, 2 AZR 681/16",
        "de": "BAG, Urt. v. 27.7.2017 - 2 AZR 681/16",
        "fr": "Cour fédérale du travail (BAG), 27 juillet 2017, 2 AZR 681/16",
    }
    assert bag[lang] in html  # judgments too are cited in each language's form


def test_every_french_plural_has_the_three_forms_its_formula_picks():
    """Django's French plural formula has three forms (0-1, millions, the rest): an
    entry with two fell back to English for 5 minutes."""
    text = (LOCALE / "fr" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    plurals = [b for b in text.split("\n\n") if "\nmsgid_plural" in b]
    assert plurals and all("msgstr[2]" in block for block in plurals)
    with translation.override("fr"):
        assert translation.ngettext(
            "At most %(limit)s submission an hour is taken; more senders are asked "
            "to try again later.",
            "At most %(limit)s submissions an hour are taken; more senders are "
            "asked to try again later.",
            5,
        ).startswith("Au plus")
