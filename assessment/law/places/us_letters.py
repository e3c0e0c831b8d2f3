"""United States sources that the letters cite and no rule does: the union's duty to
bargain and right to information, BIPA's rule on disclosure, the complaint route in
California. Checked on 7 December 2026: docs/research/
2026-12-07-us-floor-and-legal-corrections.md, section E."""

from datetime import date

from ..model import Citation, Source, same

SOURCES = (
    Source(
        id="nlra-8-a-5",
        kind="statute",
        jurisdiction="US",
        citation=same("NLRA §8(a)(5) (29 U.S.C. §158(a)(5))"),
        in_force_from=date(1935, 7, 5),
        url="https://www.law.cornell.edu/uscode/text/29/158",
    ),
    Source(
        id="nlra-8-d",
        kind="statute",
        jurisdiction="US",
        citation=same("NLRA §8(d) (29 U.S.C. §158(d))"),
        in_force_from=date(1947, 8, 22),
        url="https://www.law.cornell.edu/uscode/text/29/158",
    ),
    Source(
        id="nlrb-colgate-palmolive-1997",
        kind="decision",
        jurisdiction="US",
        citation=same("NLRB, Colgate-Palmolive Co., 323 NLRB 515 (1997)"),
        in_force_from=date(1997, 4, 23),
        url="https://casetext.com/analysis/colgate-palmolive-co-decision-summary",
        note="Installing and using hidden surveillance cameras is a mandatory "
        "subject of bargaining.",
    ),
    Source(
        id="scotus-acme-industrial-1967",
        kind="decision",
        jurisdiction="US",
        citation=same("NLRB v. Acme Industrial Co., 385 U.S. 432 (1967)"),
        in_force_from=date(1967, 1, 9),
        url="https://originalsources.com/Document.aspx?DocID=6K9B1J6UNBUECBX",
        note="The duty to bargain includes furnishing information the union needs "
        "to perform its duties.",
    ),
    Source(
        id="il-bipa-15-d",
        kind="statute",
        jurisdiction="US-IL",
        citation=Citation(
            "Illinois Biometric Information Privacy Act (740 ILCS 14), §15(d)",
            "Illinois Biometric Information Privacy Act (740 ILCS 14), §15(d)",
            "article 15(d) de l'Illinois Biometric Information Privacy Act "
            "(740 ILCS 14)",
        ),
        in_force_from=date(2008, 10, 3),
        url="https://ilga.gov/legislation/ilcs/fulltext?DocName=074000140K15",
    ),
)
