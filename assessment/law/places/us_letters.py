"""United States sources that the letters cite and no rule does: the union's right
to information (Acme) and BIPA's rule on disclosure. The duty to bargain (NLRA
§8(a)(5), §8(d), Colgate-Palmolive) is in us.py, where the rules cite it. Checked
on 7 December 2026: docs/research/2026-12-07-us-floor-and-legal-corrections.md,
section F."""

from datetime import date

from ..model import Citation, Source, same

SOURCES = (
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
