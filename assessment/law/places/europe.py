"""Co-determination law of other European countries: Austria and Italy (the
Netherlands has a module of its own, places/nl.py)."""

from datetime import date

from ..model import Authority, Citation, Representation, Source, member
from ..model import gettext_noop as _

CHECKED = date(2026, 12, 7)

SOURCES = (
    Source(
        id="at-arbvg-96",
        kind="statute",
        jurisdiction="AT",
        citation=Citation(
            "§ 96 Labour Constitution Act (ArbVG, Austria)",
            "§ 96 ArbVG",
            "§ 96 de la loi sur l'organisation du travail (ArbVG, Autriche)",
        ),
        in_force_from=date(1974, 7, 1),
        url="https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen"
        "&Gesetzesnummer=10008329",
    ),
    Source(
        id="it-statuto-4",
        kind="statute",
        jurisdiction="IT",
        citation=Citation(
            "Art. 4 Workers' Statute (Statuto dei lavoratori, Italy)",
            "Art. 4 Statuto dei lavoratori (Italien)",
            "article 4 du Statut des travailleurs (Statuto dei lavoratori, Italie)",
        ),
        in_force_from=date(1970, 6, 12),
        url="https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1970-05-20;300",
    ),
)

AUSTRIA = member(
    "AT",
    _("Austria"),
    "de",
    authority=Authority(
        "Österreichische Datenschutzbehörde",
        ("Barichgasse 40-42", "1030 Wien", "Österreich"),
        "https://www.dsb.gv.at/",
        website="https://www.dsb.gv.at/",
        source="https://www.dsb.gv.at/ueber-die-website/datenschutzerklaerung.html",
        checked=CHECKED,
    ),
    representation=Representation(
        _("works council (Betriebsrat)"),
        ("at-arbvg-96",),
        {
            "information_basis": _(
                "Control measures that touch human dignity need the works council's "
                "consent ({at-arbvg-96}); to decide, we need full information."
            ),
        },
    ),
)


ITALY = member(
    "IT",
    _("Italy"),
    authority=Authority(
        "Garante per la protezione dei dati personali",
        ("Piazza Venezia, 11", "00187 Roma", "Italia"),
        "https://www.garanteprivacy.it/",
        website="https://www.garanteprivacy.it/",
        source="https://github.com/datenanfragen/data/blob/HEAD/"
        "supervisory-authorities/itgpdp.json",
        checked=CHECKED,
        note="Community-maintained record (datenanfragen); third-party privacy "
        "notices give the same address for registered letters. Not read on the "
        "Garante's own site; its certified e-mail (PEC) is protocollo@pec.gpdp.it.",
    ),
    representation=Representation(
        _("trade unions (RSA/RSU)"),
        ("it-statuto-4",),
        {
            "information_basis": _(
                "Tools that allow remote control of workers need an agreement with the "
                "unions or an authorisation ({it-statuto-4})."
            ),
        },
    ),
)

JURISDICTIONS = (
    AUSTRIA,
    ITALY,
)
