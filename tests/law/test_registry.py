"""The jurisdiction registry is the one place that knows a country: no code branches
on a country code elsewhere, and every place's record is complete."""

import datetime
import re
from pathlib import Path

import pytest

from assessment import law
from assessment.law import JURISDICTIONS, codes_of, jurisdiction

ROOT = Path(__file__).resolve().parents[2]
APPS = ("assessment", "councils", "documents", "oversight")
CODE = r"""["'](?:[A-Z]{2}|US-[A-Z]{2})["']"""
# A comparison or membership test against a country or state code literal.
BRANCH = re.compile(
    rf"""(?:[=!]=\s*{CODE})|(?:{CODE}\s*(?:==|!=|in\b))|(?:\bin\s*[(\[{{][^)\]}}]*{CODE})"""
)
# The registry and the rules' data may name codes; demo data names a country.
ALLOWED = (
    "assessment/law/",
    "assessment/rules/",
    "assessment/management/commands/",
    "assessment/migrations/",
)


def test_no_code_branches_on_a_country_outside_the_registry():
    offenders = []
    paths = sorted(path for app in APPS for path in (ROOT / app).rglob("*.py"))
    for path in paths:
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(ALLOWED):
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if BRANCH.search(line):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == []


def test_the_branch_pattern_catches_what_it_should():
    assert BRANCH.search('if workplace.country == "US":')
    assert BRANCH.search('if "DE" in context.codes:')
    assert BRANCH.search('for code in ("DE", "FR", "NL")')
    assert not BRANCH.search('country="DE",')


@pytest.mark.parametrize("code", sorted(JURISDICTIONS))
def test_each_place_is_complete(code):
    place = JURISDICTIONS[code]
    assert place.name and place.language
    assert place.holidays and place.holidays[0] == code.split("-")[0]
    if place.representation:
        for ident in place.representation.sources:
            assert ident in law.SOURCES
        for text in place.representation.paragraphs.values():
            for part in (text,) if isinstance(text, str) else text:
                assert law.cite_in(part, "de")  # every {source-id} resolves
    if place.notice_law:
        assert law.source(place.notice_law).jurisdiction == code


def test_the_eu_the_eea_and_the_rest_reach_where_they_should():
    assert {"EU", "EEA", "DE"} <= codes_of("DE")
    assert "EU" not in codes_of("NO") and "EEA" in codes_of("NO")
    assert "NO-GDPR" in codes_of("US", "US-NY") and "US-NY" in codes_of("US", "US-NY")
    assert "NO-GDPR" not in codes_of("GB")
    assert codes_of("XX") == {"ANY", "XX", "NO-GDPR"}
    assert jurisdiction("XX").name == "XX"


def test_spain_and_ireland_know_their_authority_and_representation():
    spain, ireland = jurisdiction("ES"), jurisdiction("IE")
    assert spain.authority.name == "Agencia Española de Protección de Datos"
    assert "et-art-64-4-d" in spain.representation.sources
    assert ireland.authority.name == "Data Protection Commission"
    assert (
        "no statutory works council"
        in ireland.representation.paragraphs["information_basis"]
    )


def test_each_of_the_sixteen_lander_has_its_authority_with_address_and_source():
    lander = law.regions("DE")
    assert len(lander) == 16
    for land in lander:
        authority = land.authority
        assert land.holidays == ("DE", land.code[3:]), land.code
        assert authority.name and len(authority.address) >= 2, land.code
        # The last line is the postcode and town.
        assert authority.address[-1][:5].isdigit(), land.code
        assert authority.source.startswith(("https://", "http://")), land.code
        assert authority.website.startswith("https://"), land.code
        assert authority.checked == datetime.date(2026, 12, 7), land.code


def test_bavaria_takes_employers_complaints_at_the_baylda_not_the_baylfd():
    bavaria = law.authority_of("DE", "DE-BY")
    assert bavaria.name == "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)"
    assert bavaria.address == ("Promenade 18", "91522 Ansbach")


def test_a_street_address_only_third_parties_confirm_gives_way_to_the_po_box():
    for code in ("DE-BW", "DE-HE", "DE-RP", "DE-SH", "DE-TH", "DE-SN", "DE-ST"):
        assert law.authority_of("DE", code).address[0].startswith("Postfach"), code


def test_without_its_land_germany_names_no_authority_address():
    assert law.authority_of("DE").address == ()
    assert law.authority_of("DE", "US-NY") == law.authority_of("DE")
    assert law.authority_of("FR", "") == jurisdiction("FR").authority
    assert jurisdiction("DE").has_regions


def test_poland_has_its_labour_code_rules_and_the_uodo_with_where_it_was_read():
    poland = jurisdiction("PL")
    assert poland.language == "en" and "EU" in poland.within
    assert poland.authority.address == ("ul. Stawki 2", "00-193 Warszawa", "Polska")
    assert poland.authority.source.startswith("https://")
    assert poland.authority.checked == datetime.date(2026, 12, 7)
    assert "GIODO" in poland.authority.note  # the stale community record, named
    assert law.cite("pl-kp-22-2-3", "de") == "Art. 22² § 3 Kodeks pracy (Polen)"
    assert law.source("pl-kp-22-3").status_on(datetime.date(2018, 5, 24)) == "pending"


def test_belgium_writes_in_french_to_the_apd_and_tells_its_works_council_why():
    belgium = jurisdiction("BE")
    assert belgium.language == "fr"
    assert belgium.authority.address == (
        "Rue de la Presse 35",
        "1000 Bruxelles",
        "Belgique",
    )
    assert belgium.authority.checked == datetime.date(2026, 12, 7)
    assert belgium.authority.source.startswith(
        "https://www.autoriteprotectiondonnees.be/"
    )
    paragraph = law.cite_in(
        belgium.representation.paragraphs["information_basis"], "fr"
    )
    assert "convention collective de travail n° 68 du 16 juin 1998" in paragraph
    assert "convention collective de travail n° 81 du 26 avril 2002" in paragraph


def test_the_netherlands_has_a_record_of_its_own_with_the_works_councils_act():
    netherlands = jurisdiction("NL")
    assert netherlands.authority.address[0] == "Postbus 93374"
    assert netherlands.authority.checked == datetime.date(2026, 12, 7)
    assert netherlands.representation.sources == ("nl-wor-27-1-l", "nl-wor-27-4")
    assert (
        law.cite("nl-wor-27-4", "en")
        == "Art. 27(4) Works Councils Act (WOR, Netherlands)"
    )


def test_portugal_names_the_cnpd_from_a_community_record_and_says_so():
    portugal = jurisdiction("PT")
    assert portugal.authority.address[-1] == "Portugal"
    assert "datenanfragen" in portugal.authority.source
    assert "not read on the official site" in portugal.authority.note
    assert law.source("pt-stj-05s3139").kind == "judgment"


def test_sweden_writes_to_the_imy_at_the_box_its_own_site_gives():
    sweden = jurisdiction("SE")
    assert sweden.authority.address == ("Box 8114", "104 20 Stockholm", "Sverige")
    assert sweden.authority.source.startswith("https://www.imy.se/")


def test_denmark_writes_to_datatilsynet_at_the_address_its_own_page_gives():
    denmark = jurisdiction("DK")
    assert denmark.authority.address[:2] == ("Carl Jacobsens Vej 35", "2500 Valby")
    assert "datatilsynet.dk" in denmark.authority.source


def test_austria_and_italy_say_where_their_authorities_addresses_were_read():
    austria, italy = jurisdiction("AT").authority, jurisdiction("IT").authority
    assert austria.source.startswith("https://www.dsb.gv.at/")
    assert "datenanfragen" in italy.source and "Not read" in italy.note
    assert austria.checked == italy.checked == datetime.date(2026, 12, 7)
