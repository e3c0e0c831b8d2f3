"""The sources rules cite, each tied to where it applies, named as they name themselves."""

from .base import Reference


def gdpr(*articles: str) -> tuple[Reference, ...]:
    """An article of the GDPR and its twin in the UK GDPR."""
    return tuple(
        ref
        for article in articles
        for ref in (
            Reference("GDPR", f"Art. {article}", "EEA"),
            Reference("UK GDPR", f"Art. {article}", "GB"),
        )
    )


def eu_gdpr(*articles: str) -> tuple[Reference, ...]:
    """GDPR provisions with no UK counterpart we cite (recitals, EU case law)."""
    return tuple(Reference("GDPR", article, "EEA") for article in articles)


def ai_act(*articles: str) -> tuple[Reference, ...]:
    return tuple(
        Reference("AI Act (Regulation (EU) 2024/1689)", article, "EU")
        for article in articles
    )


EDPB_CONSENT = Reference(
    "EDPB Guidelines 05/2020 on consent", "paras. 21-23 (employment)", "EEA"
)
WP29_WORK = Reference("WP29 Opinion 2/2017 on data processing at work", "", "EEA")
WP29_ANONYMISATION = Reference(
    "WP29 Opinion 05/2014 on anonymisation techniques", "", "EEA"
)
WP29_DPIA = Reference("WP29/EDPB Guidelines on DPIA", "WP248 rev.01", "EEA")
CJEU_C34 = Reference("CJEU, judgment of 30 March 2023", "C-34/21", "EEA")

ICO_MONITORING = Reference("ICO guidance on monitoring workers", "(October 2023)", "GB")
ICO_SERCO = Reference(
    "ICO enforcement notices, Serco Leisure and associated trusts",
    "(February 2024)",
    "GB",
)

BETRVG_80 = Reference("BetrVG", "§80(2)", "DE")
BETRVG_87 = Reference("BetrVG", "§87(1) no. 6", "DE")
BETRVG_90 = Reference("BetrVG", "§90", "DE")
BAG_KEYLOGGER = Reference("BAG, judgment of 27 July 2017", "2 AZR 681/16", "DE")
HAMBURG_HM = Reference("Hamburg DPA, fine on H&M", "(October 2020)", "DE")
BDSG_26 = Reference("BDSG", "§26", "DE")

CODE_TRAVAIL_L1121_1 = Reference("Code du travail", "L1121-1", "FR")
CODE_TRAVAIL_L1222_4 = Reference("Code du travail", "L1222-4", "FR")
CODE_TRAVAIL_L2312_38 = Reference("Code du travail", "L2312-38", "FR")
CNIL_AMAZON = Reference("CNIL decision", "SAN-2023-021 (27 December 2023)", "FR")
CNIL_MONITORING = Reference("CNIL guidance on workplace monitoring", "", "FR")

NL_WOR = Reference("Wet op de ondernemingsraden (WOR)", "art. 27(1)(l)", "NL")
AT_ARBVG = Reference("Arbeitsverfassungsgesetz (ArbVG)", "§96", "AT")
IT_STATUTO = Reference("Statuto dei lavoratori", "art. 4", "IT")

NY_CIVIL_RIGHTS = Reference("New York Civil Rights Law", "§52-c", "US-NY")
CT_STATUTES = Reference("Connecticut General Statutes", "§31-48d", "US-CT")
DE_CODE = Reference("Delaware Code", "tit. 19 §705", "US-DE")
CCPA = Reference("California Consumer Privacy Act (CCPA/CPRA)", "", "US-CA")
NLRB_GC_23_02 = Reference("NLRB General Counsel memo", "GC 23-02 (October 2022)", "US")

ILO_CODE = Reference(
    "ILO Code of Practice on the Protection of Workers' Personal Data", "(1997)", "ANY"
)
