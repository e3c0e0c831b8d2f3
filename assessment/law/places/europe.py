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
        id="at-arbvg-96a",
        kind="statute",
        jurisdiction="AT",
        citation=Citation(
            "§ 96a Labour Constitution Act (ArbVG, Austria)",
            "§ 96a ArbVG",
            "§ 96a de la loi sur l'organisation du travail (ArbVG, Autriche)",
        ),
        # Added to the Act after 1974; the date of the amendment that inserted it
        # was not verified, so the Act's own date stands here.
        in_force_from=date(1974, 7, 1),
        url="https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen"
        "&Gesetzesnummer=10008329",
        note="Systems that process employees' personal data beyond general personal "
        "details and qualifications, and systems for assessing employees, need the "
        "works council's consent, which the conciliation body (Schlichtungsstelle) "
        "can replace.",
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
        # The law's own date; its publication and commencement dates were not
        # verified. Art. 4 now reads as rewritten by art. 23 d.lgs. 14 September
        # 2015, n. 151.
        in_force_from=date(1970, 5, 20),
        url="https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1970-05-20;300",
        note="Law no. 300 of 20 May 1970. Art. 4(1): devices that also allow remote "
        "monitoring need a union agreement or the labour inspectorate's "
        "authorisation. Art. 4(2), since d.lgs. 151/2015: not for the tools a "
        "worker uses to do the job or for recording attendance and access; the "
        "inspectorate reads work tools narrowly (INL circular 2/2016: GPS added to "
        "a vehicle is not one).",
    ),
    Source(
        id="garante-deliveroo-2021",
        kind="decision",
        jurisdiction="IT",
        citation=Citation(
            "Garante per la protezione dei dati personali, injunction against "
            "Deliveroo Italy s.r.l., 22 July 2021, no. 285 [doc. web 9685994]",
            "Garante per la protezione dei dati personali, Anordnung gegen "
            "Deliveroo Italy s.r.l., 22. Juli 2021, Nr. 285 [doc. web 9685994]",
            "Garante per la protezione dei dati personali, injonction à Deliveroo "
            "Italy s.r.l., 22 juillet 2021, n° 285 [doc. web 9685994]",
        ),
        in_force_from=date(2021, 7, 22),
        url="https://www.gpdp.it/garante/doc.jsp?ID=9685994",
        note="Fine of EUR 2.5 million. Among the breaches: one retention period of "
        "six years after the end of the relationship for riders' data of many "
        "kinds (the app located riders every 12 seconds), set without assessing "
        "what each purpose needed (Art. 5(1)(e) GDPR).",
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
        ("at-arbvg-96", "at-arbvg-96a"),
        {
            "information_basis": _(
                "Control measures that touch human dignity need the works council's "
                "consent ({at-arbvg-96}), and so do systems that process employees' "
                "personal data beyond general personal details and qualifications, "
                "or that assess employees ({at-arbvg-96a}); to decide, we need full "
                "information."
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
                "unions or an authorisation, unless they are tools workers use to do "
                "their job or record attendance and access ({it-statuto-4})."
            ),
        },
    ),
)

JURISDICTIONS = (
    AUSTRIA,
    ITALY,
)
