"""The United States: federal labour law and the states' monitoring and privacy laws."""

from datetime import date

from ..model import Citation, Jurisdiction, Source, same
from ..model import gettext_noop as _

SOURCES = (
    Source(
        id="nlra-7",
        kind="statute",
        jurisdiction="US",
        citation=same("NLRA §7 (29 U.S.C. §157)"),
        in_force_from=date(1935, 7, 5),
        url="https://www.law.cornell.edu/uscode/text/29/157",
    ),
    Source(
        id="nlra-8-a-1",
        kind="statute",
        jurisdiction="US",
        citation=same("NLRA §8(a)(1) (29 U.S.C. §158(a)(1))"),
        in_force_from=date(1935, 7, 5),
        url="https://www.law.cornell.edu/uscode/text/29/158",
    ),
    Source(
        id="nlrb-gc-23-02",
        kind="memo",
        jurisdiction="US",
        citation=Citation(
            "NLRB General Counsel memo GC 23-02 (31 October 2022)",
            "Memo GC 23-02 des NLRB General Counsel (31. Oktober 2022)",
            "note GC 23-02 du General Counsel du NLRB (31 octobre 2022)",
        ),
        in_force_from=date(2022, 10, 31),
        until=date(2025, 2, 14),
        superseded_by="nlrb-gc-25-05",
        url="https://www.nlrb.gov/news-outreach/news-story/"
        "nlrb-general-counsel-issues-memo-on-unlawful-electronic-surveillance-and",
        note="Rescinded by GC 25-05 on 14 February 2025.",
    ),
    Source(
        id="nlrb-gc-25-05",
        kind="memo",
        jurisdiction="US",
        citation=Citation(
            "NLRB General Counsel memo GC 25-05 (14 February 2025), withdrawing "
            "GC 23-02",
            "Memo GC 25-05 des NLRB General Counsel (14. Februar 2025), das GC 23-02 "
            "zurückzieht",
            "note GC 25-05 du General Counsel du NLRB (14 février 2025), retirant "
            "la note GC 23-02",
        ),
        in_force_from=date(2025, 2, 14),
        url="https://www.nlrb.gov/news-outreach/news-story/"
        "gc-25-05-rescission-of-certain-general-counsel-memoranda",
    ),
    Source(
        id="ny-civil-rights-52-c",
        kind="statute",
        jurisdiction="US-NY",
        citation=Citation(
            "New York Civil Rights Law §52-c",
            "New York Civil Rights Law §52-c",
            "article 52-c de la New York Civil Rights Law",
        ),
        in_force_from=date(2022, 5, 7),
        url="https://www.nysenate.gov/legislation/laws/CVR/52-C",
    ),
    Source(
        id="ct-31-48d",
        kind="statute",
        jurisdiction="US-CT",
        citation=Citation(
            "Connecticut General Statutes §31-48d",
            "Connecticut General Statutes §31-48d",
            "article 31-48d des Connecticut General Statutes",
        ),
        in_force_from=date(1998, 10, 1),
        amended_on=date(2026, 10, 1),
        superseded_by="ct-pa-26-73",
        url="https://www.cga.ct.gov/current/pub/chap_557.htm#sec_31-48d",
    ),
    Source(
        id="ct-pa-26-73",
        kind="statute",
        jurisdiction="US-CT",
        citation=Citation(
            "Connecticut Public Act 26-73 (notice of electronic monitoring)",
            "Connecticut Public Act 26-73 (Hinweis auf elektronische Überwachung)",
            "Connecticut Public Act 26-73 (information sur la surveillance "
            "électronique)",
        ),
        in_force_from=date(2026, 10, 1),
        url="https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp"
        "?selBillType=Bill&which_year=2026&bill_num=472",
    ),
    Source(
        id="de-19-705",
        kind="statute",
        jurisdiction="US-DE",
        citation=Citation(
            "Delaware Code tit. 19 §705",
            "Delaware Code tit. 19 §705",
            "Delaware Code, titre 19, article 705",
        ),
        in_force_from=date(2001, 12, 17),
        url="https://delcode.delaware.gov/title19/c007/index.html",
    ),
    Source(
        id="cppa-admt-regulations",
        kind="regulation",
        jurisdiction="US-CA",
        citation=Citation(
            "CPPA regulations on automated decision-making technology, Cal. Code "
            "Regs. tit. 11, §7200 ff.",
            "CPPA-Verordnung über automatisierte Entscheidungstechnik, Cal. Code "
            "Regs. tit. 11, §7200 ff.",
            "règlement de la CPPA sur les technologies de décision automatisée, "
            "Cal. Code Regs. tit. 11, art. 7200 et s.",
        ),
        # Approved on 22 September 2025, in effect from 1 January 2026; businesses
        # must comply with the automated-decision duties from 1 January 2027.
        in_force_from=date(2026, 1, 1),
        applies_from=date(2027, 1, 1),
        url="https://cppa.ca.gov/regulations/ccpa_updates.html",
    ),
    Source(
        id="ccpa",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "California Consumer Privacy Act (CCPA/CPRA), Cal. Civ. Code §1798.100 ff.",
            "California Consumer Privacy Act (CCPA/CPRA), Cal. Civ. Code §1798.100 ff.",
            "California Consumer Privacy Act (CCPA/CPRA), Cal. Civ. Code "
            "art. 1798.100 et s.",
        ),
        # Workers' data was exempt until the exemption lapsed on 1 January 2023.
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml"
        "?lawCode=CIV&division=3.&part=4.&title=1.81.5.",
    ),
)

UNITED_STATES = Jurisdiction(
    "US", _("United States"), holidays=("US", None), has_regions=True
)


def us_state(code: str, name: str, notice_law: str = "") -> Jurisdiction:
    return Jurisdiction(
        code, name, ("US",), "en", "", ("US", code[3:]), notice_law=notice_law
    )


JURISDICTIONS = (
    UNITED_STATES,
    us_state("US-CA", "California"),
    us_state("US-CT", "Connecticut", notice_law="ct-31-48d"),
    us_state("US-DE", "Delaware", notice_law="de-19-705"),
    us_state("US-NY", "New York", notice_law="ny-civil-rights-52-c"),
)
