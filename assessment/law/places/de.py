"""Germany: works constitution, the federal data-protection act, courts and authorities."""

from datetime import date

from ..model import Authority, Citation, Representation, Source, member
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
    authority=Authority(
        _(
            "The data-protection authority of the Land where the employer is established"
        ),
        (),
        "https://www.bfdi.bund.de/",
    ),
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

JURISDICTIONS = (GERMANY,)
