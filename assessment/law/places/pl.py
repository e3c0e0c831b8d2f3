"""Poland: the Labour Code's rules on monitoring (arts. 22² and 22³) and the UODO.

Since 25 May 2018 the Labour Code says when an employer may film the workplace (a
closed list of purposes), how long recordings may be kept (three months), that
workers are told two weeks before monitoring starts, and that e-mail and other
monitoring must not breach the secrecy of correspondence.
"""

from datetime import date

from ..model import Authority, Citation, Source, member, national_act
from ..model import gettext_noop as _

CHECKED = date(2026, 12, 7)
# The Labour Code (Dz.U. 1974 nr 24 poz. 141) in the Sejm's legal-acts database.
KODEKS_PRACY_URL = "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19740240141"
# Arts. 22² and 22³ were added by art. 111 of the Personal Data Protection Act of
# 10 May 2018, in force 25 May 2018 (amended with effect from 4 May 2019).
MONITORING_RULES = date(2018, 5, 25)


kodeks_pracy = national_act(
    "pl-kp",
    "PL",
    Citation(
        "Art. {} Labour Code (Kodeks pracy, Poland)",
        "Art. {} Kodeks pracy (Polen)",
        "article {} du Code du travail (Kodeks pracy, Pologne)",
    ),
    MONITORING_RULES,
    KODEKS_PRACY_URL,
)


SOURCES = (
    # § 1: video monitoring only where necessary for the workers' safety, the
    # protection of property, production control or confidential information;
    # § 2: not in sanitary rooms, changing rooms, canteens or smoking rooms.
    kodeks_pracy("22-2", "22²", "22²", "22²"),
    # § 3: recordings used only for their purpose, kept at most three months.
    kodeks_pracy("22-2-3", "22² § 3", "22² § 3", "22², § 3,"),
    # § 7: workers told of monitoring no later than two weeks before it starts.
    kodeks_pracy("22-2-7", "22² § 7", "22² § 7", "22², § 7,"),
    # § 1-2: e-mail monitoring, never breaching the secrecy of correspondence;
    # § 3: art. 22² §§ 6-10 apply; § 4: the same for other forms of monitoring.
    kodeks_pracy("22-3", "22³", "22³", "22³"),
    Source(
        id="pl-uodo-dkn-5131-4-2024",
        kind="decision",
        jurisdiction="PL",
        citation=Citation(
            "President of the UODO, decision DKN.5131.4.2024 of 17 January 2025",
            "Präsident des UODO (Polen), Entscheidung DKN.5131.4.2024 vom "
            "17. Januar 2025",
            "président de l'UODO (Pologne), décision DKN.5131.4.2024 du "
            "17 janvier 2025",
        ),
        in_force_from=date(2025, 1, 17),
        url="https://uodo.gov.pl/decyzje/DKN.5131.4.2024",
        note="Centrum Medyczne Ujastek: cameras hidden in clocks filmed two "
        "neonatal rooms (1-23 July 2023); neither patients nor staff were told. "
        "PLN 687,534.75 for Arts. 6(1), 9(1) and 13 GDPR, and PLN 458,356.50 for "
        "unencrypted memory cards. The Warsaw administrative court dismissed the "
        "hospital's complaint in October 2025 (not final).",
    ),
)

POLAND = member(
    "PL",
    _("Poland"),
    "en",
    authority=Authority(
        "Prezes Urzędu Ochrony Danych Osobowych (UODO)",
        ("ul. Stawki 2", "00-193 Warszawa", "Polska"),
        "https://www.biznes.gov.pl/en/opisy-procedur/-/proc/891",
        website="https://uodo.gov.pl/",
        source="https://www.biznes.gov.pl/en/opisy-procedur/-/proc/891",
        checked=CHECKED,
        note="Read on the government portal's page on complaints to the UODO "
        "(biznes.gov.pl), not on the UODO's own contact page; complaints are also "
        "taken through the ePUAP box. The community-maintained datenanfragen "
        "record still names GIODO, which the UODO replaced in 2018.",
    ),
)

JURISDICTIONS = (POLAND,)
