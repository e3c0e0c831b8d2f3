"""Germany: works constitution, the federal data-protection act, courts and authorities.

Each Land supervises private employers (§ 40 BDSG), so the authority a complaint goes
to, like the public holidays that move a deadline, is the Land's: sixteen records,
one a Land, with the private-sector authority of each (in Bavaria the BayLDA, not the
BayLfD, which supervises public bodies).
"""

from datetime import date

from ..model import Authority, Citation, Jurisdiction, Representation, Source, member
from ..model import gettext_noop as _


def betrvg(section: str, en: str, de: str, fr: str) -> Source:
    return Source(
        id=f"betrvg-{section}",
        kind="statute",
        jurisdiction="DE",
        citation=Citation(f"{en} BetrVG", f"{de} BetrVG", f"{fr} BetrVG"),
        in_force_from=date(1972, 1, 19),
        url="https://www.gesetze-im-internet.de/betrvg/",
    )


SOURCES = (
    betrvg("80-2", "§ 80(2)", "§ 80 Abs. 2", "§ 80, al. 2,"),
    betrvg("80-3", "§ 80(3)", "§ 80 Abs. 3", "§ 80, al. 3,"),
    betrvg("87-1-6", "§ 87(1) no. 6", "§ 87 Abs. 1 Nr. 6", "§ 87, al. 1, n° 6,"),
    betrvg("90", "§ 90", "§ 90", "§ 90"),
    betrvg("77", "§ 77", "§ 77", "§ 77"),
    Source(
        id="bdsg-26-4",
        kind="statute",
        jurisdiction="DE",
        citation=Citation("§ 26(4) BDSG", "§ 26 Abs. 4 BDSG", "§ 26, al. 4, BDSG"),
        in_force_from=date(2018, 5, 25),
        url="https://www.gesetze-im-internet.de/bdsg_2018/__26.html",
    ),
    Source(
        id="bag-2-azr-681-16",
        kind="judgment",
        jurisdiction="DE",
        citation=Citation(
            "Federal Labour Court (BAG), 27 July 2017, 2 AZR 681/16",
            "BAG, Urt. v. 27.7.2017 - 2 AZR 681/16",
            "Cour fédérale du travail (BAG), 27 juillet 2017, 2 AZR 681/16",
        ),
        in_force_from=date(2017, 7, 27),
        url="https://www.haufe.de/finance/haufe-finance-office-premium/"
        "bag-urteil-vom-27072017-2-azr-68116_idesk_PI20354_HI11250907.html",
    ),
    Source(
        id="bag-1-abr-14-22",
        kind="judgment",
        jurisdiction="DE",
        citation=Citation(
            "Federal Labour Court (BAG), 9 May 2023, 1 ABR 14/22",
            "BAG, Beschl. v. 9.5.2023 - 1 ABR 14/22",
            "Cour fédérale du travail (BAG), 9 mai 2023, 1 ABR 14/22",
        ),
        in_force_from=date(2023, 5, 9),
        url="https://datenbank.nwb.de/Dokument/1027700",
        note="Held that § 26(1) sentence 1 BDSG, as far as it allows processing "
        "needed for a statutory right of the employees' representatives, is a legal "
        "basis under Art. 6(3) with 6(1)(c) GDPR, although it does not meet Art. 88 "
        "(Leitsatz 2; the works council's right to a list of severely disabled "
        "employees). It did not strike the clause down.",
    ),
    Source(
        id="hamburg-dpa-hm-2020",
        kind="decision",
        jurisdiction="DE",
        citation=Citation(
            "Hamburg data-protection authority, fine on H&M (1 October 2020)",
            "HmbBfDI, Bußgeld gegen H&M (1. Oktober 2020)",
            "autorité de protection des données de Hambourg, amende infligée à H&M "
            "(1er octobre 2020)",
        ),
        in_force_from=date(2020, 10, 1),
        url="https://www.edpb.europa.eu/news/national-news/2020/"
        "hamburg-commissioner-fines-hm-353-million-euro-data-protection-violations_en",
    ),
)

GERMANY = member(
    "DE",
    _("Germany"),
    "de",
    # Without the Land there is no one authority to name: the complaint says so and
    # leaves the recipient for the person to fill in (the Länder records below).
    authority=Authority(
        _(
            "The data-protection authority of the Land where the employer is established"
        ),
        (),
        "",
    ),
    has_regions=True,
    representation=Representation(
        _("works council"),
        ("betrvg-80-2", "betrvg-87-1-6", "betrvg-90"),
        {
            "information_subject": _(
                "Information on technical monitoring devices ({betrvg-80-2}, "
                "{betrvg-87-1-6})"
            ),
            "information_basis": _(
                "The works council must be informed fully and in good time and may ask "
                "for the documents it needs ({betrvg-80-2}). Devices suitable for "
                "monitoring behaviour or performance are subject to its "
                "co-determination ({betrvg-87-1-6})."
            ),
            "agreement_subject": _(
                "Request to negotiate a works agreement on monitoring ({betrvg-87-1-6})"
            ),
            "agreement_basis": _(
                "The introduction and use of these systems are subject to the works "
                "council's co-determination ({betrvg-87-1-6}). We ask you to open "
                "negotiations on a works agreement ({betrvg-77})."
            ),
            "suspension_basis": _(
                "Systems suitable for monitoring behaviour or performance may not be "
                "introduced or used without the works council's agreement "
                "({betrvg-87-1-6}); a new use of their data needs it too."
            ),
            "employee_information_subject": _(
                "Request to the works council: monitoring devices ({betrvg-80-2}, "
                "{betrvg-87-1-6})"
            ),
            "employee_information": (
                _(
                    "I ask the works council to obtain full information about the "
                    "following systems and the documents needed ({betrvg-80-2}): "
                    "%(practices)s."
                ),
                _(
                    "These systems are suitable for monitoring the behaviour or "
                    "performance of employees. Their introduction and use are subject "
                    "to the works council's co-determination ({betrvg-87-1-6}); until "
                    "an agreement is reached, they may not be introduced or used."
                ),
            ),
        },
    ),
)

# Every address was read on 7 December 2026 in the source named. Where the street
# address is confirmed only by third parties, the letter goes to the PO box that the
# source confirms (several authorities ask for letters there anyway).
CHECKED = date(2026, 12, 7)
DATENANFRAGEN = (
    "https://github.com/datenanfragen/data/blob/HEAD/supervisory-authorities/{}.json"
)
COMMUNITY = (
    "Community-maintained record (datenanfragen); not read on the official site."
)
PO_BOX = (
    "The street address is confirmed only by third parties, so letters go to the "
    "PO box; check the authority's contact page before sending."
)


# Where a holiday depends on the municipality's census (the holidays package's
# "catholic" category): Assumption in Bavaria, Corpus Christi in Saxony and
# Thuringia. Counted Land-wide, so a deadline is at worst a day late, never early.
LOCAL_HOLIDAYS = ("DE-BY", "DE-SN", "DE-TH")


def land(
    code: str,
    name: str,
    authority: str,
    address: tuple[str, ...],
    website: str,
    source: str,
    note: str = "",
) -> Jurisdiction:
    """A Land: German law, its public holidays, its authority for private employers."""
    return Jurisdiction(
        code,
        name,
        ("DE",),
        "de",
        "GDPR",
        ("DE", code[3:]),
        authority=Authority(
            authority, address, website, website, source, CHECKED, note
        ),
        holiday_categories=("catholic",) if code in LOCAL_HOLIDAYS else (),
    )


LANDER = (
    land(
        "DE-BW",
        _("Baden-Württemberg"),
        "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit "
        "Baden-Württemberg",
        ("Postfach 10 29 32", "70025 Stuttgart"),
        "https://www.baden-wuerttemberg.datenschutz.de/",
        DATENANFRAGEN.format("debawueldb"),
        PO_BOX,
    ),
    land(
        "DE-BY",
        _("Bavaria"),
        "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
        ("Promenade 18", "91522 Ansbach"),
        "https://www.lda.bayern.de/",
        DATENANFRAGEN.format("debaylda"),
        "Also the publisher's address in BayLDA's 13th activity report (2023, "
        "28 February 2024). The BayLfD supervises Bavarian public bodies only.",
    ),
    land(
        "DE-BE",
        _("Berlin"),
        "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
        ("Alt-Moabit 59-61", "10555 Berlin"),
        "https://www.datenschutz-berlin.de/",
        DATENANFRAGEN.format("deberlbdi"),
        COMMUNITY + " Friedrichstraße 219 is the former address.",
    ),
    land(
        "DE-BB",
        _("Brandenburg"),
        "Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht "
        "Brandenburg",
        ("Stahnsdorfer Damm 77", "14532 Kleinmachnow"),
        "https://www.lda.brandenburg.de/",
        DATENANFRAGEN.format("debralda"),
        COMMUNITY,
    ),
    land(
        "DE-HB",
        _("Bremen"),
        "Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien "
        "Hansestadt Bremen",
        ("Arndtstraße 1", "27570 Bremerhaven"),
        "https://www.datenschutz.bremen.de/",
        DATENANFRAGEN.format("debrelfdi"),
        COMMUNITY + " The office is in Bremerhaven.",
    ),
    land(
        "DE-HH",
        _("Hamburg"),
        "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
        ("Ludwig-Erhard-Straße 22, 7. OG", "20459 Hamburg"),
        "https://datenschutz-hamburg.de/",
        "https://datenschutz-hamburg.de/datenschutzerklaerung",
    ),
    land(
        "DE-HE",
        _("Hesse"),
        "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
        ("Postfach 3163", "65021 Wiesbaden"),
        "https://datenschutz.hessen.de/",
        DATENANFRAGEN.format("dehessbdi"),
        PO_BOX,
    ),
    land(
        "DE-MV",
        _("Mecklenburg-Western Pomerania"),
        "Der Landesbeauftragte für Datenschutz und Informationsfreiheit "
        "Mecklenburg-Vorpommern",
        ("Schloss Schwerin", "Lennéstraße 1", "19053 Schwerin"),
        "https://www.datenschutz-mv.de/",
        "https://www.datenschutz-mv.de/datenschutzerklaerung/",
        "The postal address; the office is at Werderstraße 74a, 19055 Schwerin.",
    ),
    land(
        "DE-NI",
        _("Lower Saxony"),
        "Der Landesbeauftragte für den Datenschutz Niedersachsen",
        ("Prinzenstraße 5", "30159 Hannover"),
        "https://www.lfd.niedersachsen.de/",
        "http://www.lfd.niedersachsen.de/wir_ueber_uns/datenschutzerklaerung/"
        "datenschutzerklaerung-56146.html",
    ),
    land(
        "DE-NW",
        _("North Rhine-Westphalia"),
        "Landesbeauftragte für Datenschutz und Informationsfreiheit "
        "Nordrhein-Westfalen",
        ("Postfach 20 04 44", "40102 Düsseldorf"),
        "https://www.ldi.nrw.de/",
        "https://www.ldi.nrw.de/datenschutzerklaerung",
        "The office is at Kavalleriestraße 2-4, 40213 Düsseldorf.",
    ),
    land(
        "DE-RP",
        _("Rhineland-Palatinate"),
        "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit "
        "Rheinland-Pfalz",
        ("Postfach 30 40", "55020 Mainz"),
        "https://www.datenschutz.rlp.de/",
        DATENANFRAGEN.format("derlpbdi"),
        PO_BOX,
    ),
    land(
        "DE-SL",
        _("Saarland"),
        "Unabhängiges Datenschutzzentrum Saarland",
        ("Fritz-Dobisch-Straße 12", "66111 Saarbrücken"),
        "https://www.datenschutz.saarland.de/",
        DATENANFRAGEN.format("desaarudz"),
        COMMUNITY,
    ),
    land(
        "DE-SN",
        _("Saxony"),
        "Sächsische Datenschutz- und Transparenzbeauftragte",
        ("Postfach 11 01 32", "01330 Dresden"),
        "https://www.datenschutz.sachsen.de/",
        "https://www.datenschutz.sachsen.de/datenschutzerklaerung.html",
        "The authority asks for letters to the PO box only; visitors: "
        "Maternistraße 17, 01067 Dresden.",
    ),
    land(
        "DE-ST",
        _("Saxony-Anhalt"),
        "Die Landesbeauftragte für den Datenschutz Sachsen-Anhalt",
        ("Postfach 1947", "39009 Magdeburg"),
        "https://datenschutz.sachsen-anhalt.de/",
        "https://datenschutzarchiv.org/organisationen/bundeslaender/lfd-sachsen-anhalt",
        "A third-party archive (data as of 2024), so the PO box it gives; the "
        "street address there is Otto-von-Guericke-Straße 34a, 39104 Magdeburg.",
    ),
    land(
        "DE-SH",
        _("Schleswig-Holstein"),
        "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein",
        ("Postfach 71 16", "24171 Kiel"),
        "https://www.datenschutzzentrum.de/",
        DATENANFRAGEN.format("deshuld"),
        PO_BOX,
    ),
    land(
        "DE-TH",
        _("Thuringia"),
        "Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit",
        ("Postfach 900455", "99107 Erfurt"),
        "https://www.tlfdi.de/",
        DATENANFRAGEN.format("detlfdi"),
        PO_BOX,
    ),
)

JURISDICTIONS = (GERMANY, *LANDER)
