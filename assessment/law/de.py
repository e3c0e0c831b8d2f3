"""Germany: works constitution, the federal data-protection act, courts and authorities."""

from datetime import date

from .model import Citation, Source


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
        url="https://www.bundesarbeitsgericht.de/entscheidung/2-azr-681-16/",
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
        url="https://www.bundesarbeitsgericht.de/entscheidung/1-abr-14-22/",
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
        url="https://datenschutz-hamburg.de/news/"
        "hamburger-datenschutzbeauftragter-verhaengt-bussgeld-gegen-h-m",
    ),
)
