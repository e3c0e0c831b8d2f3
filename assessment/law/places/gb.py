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
    authority=Authority(
        "Information Commissioner's Office",
        ("Wycliffe House, Water Lane", "Wilmslow, Cheshire SK9 5AF", "United Kingdom"),
        "https://ico.org.uk/make-a-complaint/",
    ),
    letters={
        "complaint_to_employer_first": _(
            "Before writing to you I complained to my employer, as the law now "
            "expects ({uk-dpa-2018-s164a}); I enclose that correspondence."
        ),
    },
)

JURISDICTIONS = (UNITED_KINGDOM,)
