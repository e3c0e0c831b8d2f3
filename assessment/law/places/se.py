"""Sweden: the Integritetsskyddsmyndigheten (IMY) on cameras at work."""

from datetime import date

from ..model import Authority, Citation, Source, member
from ..model import gettext_noop as _

CHECKED = date(2026, 12, 7)

SOURCES = (
    Source(
        id="se-imy-warehouse-cameras-2021",
        kind="guideline",
        jurisdiction="SE",
        citation=Citation(
            "IMY (Sweden), statement opening its review of camera surveillance in "
            "warehouses, 11 February 2021",
            "IMY (Schweden), Mitteilung zur Prüfung der Kameraüberwachung in "
            "Lagern, 11. Februar 2021",
            "IMY (Suède), communiqué ouvrant le contrôle de la vidéosurveillance "
            "dans des entrepôts, 11 février 2021",
        ),
        in_force_from=date(2021, 2, 11),
        url="https://www.imy.se/nyheter/imy-granskar-kamerabevakning-pa-lager/",
        note="Camera surveillance may not be used to direct work; recording "
        "typically needs weighty reasons, such as property at risk of theft.",
    ),
    Source(
        id="se-imy-apotea-2023",
        kind="decision",
        jurisdiction="SE",
        citation=Citation(
            "IMY (Sweden), decision on Apotea's camera surveillance, published "
            "16 March 2023",
            "IMY (Schweden), Entscheidung zur Kameraüberwachung bei Apotea, "
            "veröffentlicht am 16. März 2023",
            "IMY (Suède), décision sur la vidéosurveillance d'Apotea, publiée le "
            "16 mars 2023",
        ),
        in_force_from=date(2023, 3, 16),
        url="https://www.dagensjuridik.se/nyheter/"
        "imy-apotea-maste-informera-battre-om-sina-overvakningskameror/",
        note="Reprimand and order: the signs gave no contact details and no clear "
        "pointer to further information, and what staff were told was incomplete "
        "and misleading (GDPR). No support found for use of the cameras to direct "
        "or control staff. As reported; the decision's number was not seen.",
    ),
)

SWEDEN = member(
    "SE",
    _("Sweden"),
    authority=Authority(
        "Integritetsskyddsmyndigheten (IMY)",
        ("Box 8114", "104 20 Stockholm", "Sverige"),
        "https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/",
        website="https://www.imy.se/",
        source="https://www.imy.se/om-oss/etjanst-avbrott/",
        checked=CHECKED,
        note="The postal address the IMY gives for forms sent by post (its page on "
        "e-service outages, and the English version updated 11 May 2023).",
    ),
)

JURISDICTIONS = (SWEDEN,)
