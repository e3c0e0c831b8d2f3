"""EU and EEA law: the GDPR, the AI Act, the EDPB and WP29 guidance, the CJEU."""

from datetime import date

from ..model import Act, Citation, Source

GDPR = Act(
    names=Citation("GDPR", "DSGVO", "du RGPD"),
    id_prefix="gdpr",
    jurisdiction="EEA",
    in_force_from=date(2016, 5, 24),
    applies_from=date(2018, 5, 25),
    url="https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    definitions=frozenset({"4"}),
)
AI_ACT = Act(
    names=Citation("AI Act", "KI-VO", "du règlement sur l'IA"),
    id_prefix="ai-act",
    jurisdiction="EU",
    in_force_from=date(2024, 8, 1),
    url="https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
    definitions=frozenset({"3"}),
)

# Chapters I and II (definitions, AI literacy, prohibited practices) apply from
# 2 February 2025 (AI Act Art. 113(a)).
PROHIBITIONS_APPLY = date(2025, 2, 2)
# The deployers' duties for the high-risk systems of Annex III (employment among
# them) were to apply from 2 August 2026 (Art. 113); the Digital Omnibus on AI moved
# them to 2 December 2027.
ANNEX_III_APPLIES = date(2027, 12, 2)
# Regulation (EU) 2026/1744 (the Digital Omnibus on AI), in force 27 July 2026:
# moved the Annex III dates and rewrote the AI-literacy duty of Art. 4.
OMNIBUS_IN_FORCE = date(2026, 7, 27)

GDPR_ARTICLES = (
    "4(1)",
    "4(4)",
    "4(5)",
    "4(11)",
    "4(14)",
    "4(15)",
    "5(1)(a)",
    "5(1)(b)",
    "5(1)(c)",
    "5(1)(d)",
    "5(1)(e)",
    "5(1)(f)",
    "5(2)",
    "6(1)",
    "6(1)(b)",
    "6(1)(c)",
    "6(1)(f)",
    "6(3)",
    "6(4)",
    "7",
    "7(1)",
    "7(3)",
    "7(4)",
    "9(1)",
    "9(2)(a)",
    "9(2)(b)",
    "9(4)",
    "12(1)",
    "12(3)",
    "12(6)",
    "13",
    "13(1)",
    "13(1)(c)",
    "13(1)(e)",
    "13(2)(a)",
    "13(2)(f)",
    "14(2)(g)",
    "15",
    "15(1)(h)",
    "15(3)",
    "17",
    "17(1)",
    "17(1)(a)",
    "18(1)(d)",
    "21",
    "21(1)",
    "21(4)",
    "22",
    "25",
    "25(2)",
    "28",
    "32",
    "35",
    "35(1)",
    "35(3)",
    "35(9)",
    "44",
    "77",
    "78(2)",
    "88",
)

SOURCES = (
    *(GDPR.article(article) for article in GDPR_ARTICLES),
    *(
        GDPR.article(article)
        for article in (
            "88(2)",
            "Recital 32",
            "Recital 42",
            "Recital 43",
        )
    ),
    AI_ACT.article("3(39)", applies_from=PROHIBITIONS_APPLY),
    AI_ACT.article(
        "4",
        applies_from=PROHIBITIONS_APPLY,
        amended_on=OMNIBUS_IN_FORCE,
        superseded_by="eu-2026-1744-ai-omnibus",
    ),
    Source(
        id="eu-2026-1744-ai-omnibus",
        kind="regulation",
        jurisdiction="EU",
        citation=Citation(
            "Regulation (EU) 2026/1744 (Digital Omnibus on AI)",
            "Verordnung (EU) 2026/1744 (digitaler Omnibus zur KI)",
            "règlement (UE) 2026/1744 (omnibus numérique sur l'IA)",
        ),
        in_force_from=OMNIBUS_IN_FORCE,
        url="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32026R1744",
        note="Publication in the Official Journal (24 July 2026) confirmed from "
        "secondary sources; check the text on EUR-Lex.",
    ),
    AI_ACT.article("5(1)(f)", applies_from=PROHIBITIONS_APPLY),
    AI_ACT.article("5(1)(g)", applies_from=PROHIBITIONS_APPLY),
    AI_ACT.article("Recital 18", applies_from=PROHIBITIONS_APPLY),
    AI_ACT.article("Annex III point 4", applies_from=ANNEX_III_APPLIES),
    AI_ACT.article("26", applies_from=ANNEX_III_APPLIES),
    AI_ACT.article("26(7)", applies_from=ANNEX_III_APPLIES),
    Source(
        id="commission-guidelines-prohibited-ai-2025",
        kind="guideline",
        jurisdiction="EU",
        citation=Citation(
            "Commission Guidelines on prohibited AI practices (4 February 2025)",
            "Leitlinien der Kommission zu verbotenen KI-Praktiken (4. Februar 2025)",
            "lignes directrices de la Commission sur les pratiques d'IA interdites "
            "(4 février 2025)",
        ),
        in_force_from=date(2025, 2, 4),
        url="https://digital-strategy.ec.europa.eu/en/library/"
        "commission-publishes-guidelines-prohibited-artificial-intelligence-ai-"
        "practices-defined-ai-act",
    ),
    Source(
        id="eu-dir-2024-2831-art-7",
        kind="statute",
        jurisdiction="EU",
        citation=Citation(
            "Art. 7(1) Platform Work Directive (EU) 2024/2831",
            "Art. 7 Abs. 1 Plattformarbeits-Richtlinie (EU) 2024/2831",
            "article 7, paragraphe 1, de la directive (UE) 2024/2831 sur le travail "
            "via une plateforme",
        ),
        in_force_from=date(2024, 12, 1),
        # Member States must apply it from the end of the transposition period.
        applies_from=date(2026, 12, 2),
        url="https://eur-lex.europa.eu/eli/dir/2024/2831/oj",
        note="A directive binds the Member States (Art. 288 TFEU) and does not by "
        "itself impose duties on a private platform (C-122/17 Smith, C-91/92 Faccini "
        "Dori). Which Member States had transposed it by 2 December 2026 was not "
        "found; no transposing law is recorded.",
    ),
    Source(
        id="edpb-guidelines-05-2020",
        kind="guideline",
        jurisdiction="EEA",
        citation=Citation(
            "EDPB Guidelines 05/2020 on consent, paras. 21-23 (employment)",
            "EDSA-Leitlinien 05/2020 zur Einwilligung, Rn. 21-23 (Beschäftigung)",
            "lignes directrices 05/2020 du CEPD sur le consentement, points 21 à 23 "
            "(emploi)",
        ),
        in_force_from=date(2020, 5, 4),
        url="https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/"
        "guidelines-052020-consent-under-regulation-2016679_en",
    ),
    Source(
        id="edpb-guidelines-05-2020-detriment",
        kind="guideline",
        jurisdiction="EEA",
        citation=Citation(
            "EDPB Guidelines 05/2020 on consent, paras. 46-50 (detriment)",
            "EDSA-Leitlinien 05/2020 zur Einwilligung, Rn. 46-50 (Nachteile)",
            "lignes directrices 05/2020 du CEPD sur le consentement, points 46 à 50 "
            "(préjudice)",
        ),
        in_force_from=date(2020, 5, 4),
        url="https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/"
        "guidelines-052020-consent-under-regulation-2016679_en",
    ),
    Source(
        id="wp29-opinion-2-2017",
        kind="guideline",
        jurisdiction="EEA",
        citation=Citation(
            "WP29 Opinion 2/2017 on data processing at work (WP 249)",
            "Art.-29-Gruppe, Stellungnahme 2/2017 zur Datenverarbeitung am "
            "Arbeitsplatz (WP 249)",
            "G29, avis 2/2017 sur le traitement des données sur le lieu de travail "
            "(WP 249)",
        ),
        in_force_from=date(2017, 6, 8),
        url="https://ec.europa.eu/newsroom/article29/items/610169",
    ),
    Source(
        id="wp29-opinion-05-2014",
        kind="guideline",
        jurisdiction="EEA",
        citation=Citation(
            "WP29 Opinion 05/2014 on anonymisation techniques (WP 216)",
            "Art.-29-Gruppe, Stellungnahme 05/2014 zu Anonymisierungstechniken "
            "(WP 216)",
            "G29, avis 05/2014 sur les techniques d'anonymisation (WP 216)",
        ),
        in_force_from=date(2014, 4, 10),
        url="https://ec.europa.eu/justice/article-29/documentation/"
        "opinion-recommendation/files/2014/wp216_en.pdf",
    ),
    Source(
        id="wp248-dpia",
        kind="guideline",
        jurisdiction="EEA",
        citation=Citation(
            "WP29 Guidelines on DPIA (WP 248 rev.01), endorsed by the EDPB",
            "Art.-29-Gruppe, Leitlinien zur Datenschutz-Folgenabschätzung "
            "(WP 248 rev.01), vom EDSA bestätigt",
            "G29, lignes directrices concernant l'analyse d'impact relative à la "
            "protection des données (WP 248 rév.01), approuvées par le CEPD",
        ),
        in_force_from=date(2017, 10, 4),
        url="https://ec.europa.eu/newsroom/article29/items/611236",
    ),
    Source(
        id="cjeu-c-34-21",
        kind="judgment",
        jurisdiction="EEA",
        citation=Citation(
            "CJEU, C-34/21, Hauptpersonalrat (30 March 2023)",
            "EuGH, Urt. v. 30.3.2023, C-34/21 (Hauptpersonalrat)",
            "CJUE, 30 mars 2023, C-34/21, Hauptpersonalrat",
        ),
        in_force_from=date(2023, 3, 30),
        url="https://curia.europa.eu/juris/liste.jsf?num=C-34/21",
    ),
    Source(
        id="cjeu-c-65-23",
        kind="judgment",
        jurisdiction="EEA",
        citation=Citation(
            "CJEU, C-65/23, K GmbH (19 December 2024)",
            "EuGH, Urt. v. 19.12.2024, C-65/23 (K GmbH)",
            "CJUE, 19 décembre 2024, C-65/23, K GmbH",
        ),
        in_force_from=date(2024, 12, 19),
        url="https://curia.europa.eu/juris/liste.jsf?num=C-65/23",
    ),
    Source(
        id="cjeu-c-673-17",
        kind="judgment",
        jurisdiction="EEA",
        citation=Citation(
            "CJEU, C-673/17, Planet49 (1 October 2019)",
            "EuGH, Urt. v. 1.10.2019, C-673/17 (Planet49)",
            "CJUE, 1er octobre 2019, C-673/17, Planet49",
        ),
        in_force_from=date(2019, 10, 1),
        url="https://curia.europa.eu/juris/liste.jsf?num=C-673/17",
    ),
)
