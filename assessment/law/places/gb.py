"""The United Kingdom: the UK GDPR and the ICO."""

from datetime import date

from ..model import (
    Act,
    Authority,
    Citation,
    Jurisdiction,
    Source,
)
from ..model import gettext_noop as _
from .eu import GDPR_ARTICLES

UK_GDPR = Act(
    names=Citation("UK GDPR", "UK GDPR", "du UK GDPR"),
    id_prefix="uk-gdpr",
    jurisdiction="GB",
    in_force_from=date(2021, 1, 1),
    url="https://www.legislation.gov.uk/eur/2016/679/contents",
    definitions=frozenset({"4"}),
)

# The Data (Use and Access) Act 2025 replaced Art. 22 UK GDPR by Arts. 22A-22D from
# 5 February 2026 (SI 2026/82).
DUAA_AUTOMATED_DECISIONS = date(2026, 2, 5)

SOURCES = (
    *(UK_GDPR.article(article) for article in GDPR_ARTICLES if article != "22"),
    UK_GDPR.article(
        "22", until=DUAA_AUTOMATED_DECISIONS, superseded_by="uk-gdpr-art-22a-22d"
    ),
    Source(
        id="uk-gdpr-art-22b",
        kind="statute",
        jurisdiction="GB",
        citation=Citation(
            "Art. 22B UK GDPR", "Art. 22B UK GDPR", "article 22B du UK GDPR"
        ),
        in_force_from=DUAA_AUTOMATED_DECISIONS,
        url="https://www.legislation.gov.uk/ukpga/2025/18/contents",
    ),
    Source(
        id="uk-gdpr-art-22a-22d",
        kind="statute",
        jurisdiction="GB",
        citation=Citation(
            "Arts. 22A-22D UK GDPR",
            "Art. 22A-22D UK GDPR",
            "articles 22A à 22D du UK GDPR",
        ),
        in_force_from=DUAA_AUTOMATED_DECISIONS,
        url="https://www.legislation.gov.uk/ukpga/2025/18/contents",
    ),
    Source(
        id="uk-dpa-2018-s164a",
        kind="statute",
        jurisdiction="GB",
        citation=Citation(
            "s. 164A Data Protection Act 2018 (complaints to controllers)",
            "s. 164A Data Protection Act 2018 (Beschwerden beim Verantwortlichen)",
            "article 164A du Data Protection Act 2018 (réclamations auprès du "
            "responsable du traitement)",
        ),
        # Inserted by the Data (Use and Access) Act 2025, commenced 19 June 2026.
        in_force_from=date(2026, 6, 19),
        url="https://www.legislation.gov.uk/ukpga/2025/18/contents",
    ),
    Source(
        id="uk-gdpr-art-12a",
        kind="statute",
        jurisdiction="GB",
        citation=Citation(
            "Art. 12A UK GDPR", "Art. 12A UK GDPR", "article 12A du UK GDPR"
        ),
        # Time limits for answering data subjects' requests, with the pause while
        # the controller waits for information it reasonably needs: inserted by
        # s. 76 of the Data (Use and Access) Act 2025, commenced 5 February 2026
        # (SI 2026/82, reg. 2(h)).
        in_force_from=DUAA_AUTOMATED_DECISIONS,
        url="https://www.legislation.gov.uk/ukpga/2025/18/section/76",
        note="Replaces Art. 12(3) for counting the one-month period; the text of "
        "Art. 12A itself was read only in secondary sources.",
    ),
    Source(
        id="uk-dpa-2018-s165",
        kind="statute",
        jurisdiction="GB",
        citation=Citation(
            "s. 165 Data Protection Act 2018",
            "s. 165 Data Protection Act 2018",
            "article 165 du Data Protection Act 2018",
        ),
        in_force_from=date(2018, 5, 25),
        url="https://www.legislation.gov.uk/ukpga/2018/12/section/165",
        note="Cited for a complaint to the regulator rather than Art. 77 UK GDPR, "
        "whose fate under Schedule 10 of the 2025 Act was not confirmed.",
    ),
    Source(
        id="uk-dpa-2018-s166",
        kind="statute",
        jurisdiction="GB",
        citation=Citation(
            "s. 166 Data Protection Act 2018",
            "s. 166 Data Protection Act 2018",
            "article 166 du Data Protection Act 2018",
        ),
        in_force_from=date(2018, 5, 25),
        url="https://www.legislation.gov.uk/ukpga/2018/12/section/166",
        note="The Tribunal may order the Commissioner to progress a complaint it has "
        "not reported on within 3 months of receiving it.",
    ),
    Source(
        id="ico-monitoring-workers-2023",
        kind="guideline",
        jurisdiction="GB",
        citation=Citation(
            "ICO guidance on monitoring workers (October 2023)",
            "ICO-Leitfaden zur Überwachung von Beschäftigten (Oktober 2023)",
            "lignes directrices de l'ICO sur la surveillance des travailleurs "
            "(octobre 2023)",
        ),
        in_force_from=date(2023, 10, 3),
        url="https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/"
        "employment/monitoring-workers/",
    ),
    Source(
        id="ico-serco-2024",
        kind="decision",
        jurisdiction="GB",
        citation=Citation(
            "ICO enforcement notices to Serco Leisure and associated trusts "
            "(February 2024)",
            "ICO-Anordnungen gegen Serco Leisure und verbundene Trusts (Februar 2024)",
            "mises en demeure de l'ICO à Serco Leisure et aux trusts associés "
            "(février 2024)",
        ),
        in_force_from=date(2024, 2, 23),
        url="https://ico.org.uk/action-weve-taken/enforcement/",
    ),
)

UNITED_KINGDOM = Jurisdiction(
    "GB",
    _("United Kingdom"),
    (),
    "en",
    "UK GDPR",
    ("GB", None),
    # The ICO announced that it would leave Wycliffe House, Wilmslow, for No. 3
    # Circle Square, Oxford Road, Manchester, in autumn 2026; that the move took
    # place, and the new postal address, were not confirmed. Letters therefore name
    # no postal address and send the reader to the ICO's website.
    authority=Authority(
        "Information Commissioner's Office",
        (),
        "https://ico.org.uk/make-a-complaint/",
        website="https://ico.org.uk/",
        source="https://infotec.news/2025/06/05/manchester-move-for-ico",
        checked=date(2026, 12, 7),
        note="Move from Wycliffe House to Circle Square, Manchester announced for "
        "autumn 2026; completion not confirmed. The Data (Use and Access) Act 2025 "
        "replaces the office by the Information Commission; the day its functions "
        "pass (s. 119) was not found.",
    ),
    letters={
        "complaint_to_employer_first": _(
            "Before writing to you I complained to my employer under the complaints "
            "procedure every controller must now offer ({uk-dpa-2018-s164a}); I "
            "enclose that correspondence."
        ),
    },
)

JURISDICTIONS = (UNITED_KINGDOM,)
