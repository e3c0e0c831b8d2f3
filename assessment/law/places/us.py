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
            "NLRB General Counsel memo GC 23-02 (October 31, 2022)",
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
            "NLRB General Counsel memo GC 25-05 (February 14, 2025), withdrawing "
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
        id="nlrb-advancepierre-2018",
        kind="decision",
        jurisdiction="US",
        citation=Citation(
            "NLRB, AdvancePierre Foods, Inc., 366 NLRB No. 133 (July 19, 2018)",
            "NLRB, AdvancePierre Foods, Inc., 366 NLRB No. 133 (19. Juli 2018)",
            "NLRB, AdvancePierre Foods, Inc., 366 NLRB No. 133 (19 juillet 2018)",
        ),
        in_force_from=date(2018, 7, 19),
        url="https://casetext.com/admin-law/advancepierre-foods-inc-4",
        note="Reviewing breakroom camera footage to identify union leafleting was "
        "unlawful surveillance.",
    ),
    Source(
        id="nlra-8-a-3",
        kind="statute",
        jurisdiction="US",
        citation=same("NLRA §8(a)(3) (29 U.S.C. §158(a)(3))"),
        in_force_from=date(1935, 7, 5),
        url="https://www.law.cornell.edu/uscode/text/29/158",
    ),
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
        # Added by the Labor Management Relations Act (Taft-Hartley), enacted on
        # 23 June 1947.
        in_force_from=date(1947, 6, 23),
        url="https://www.law.cornell.edu/uscode/text/29/158",
        note="The duty to bargain in good faith over wages, hours and other terms "
        "and conditions of employment.",
    ),
    Source(
        id="nlrb-colgate-palmolive-1997",
        kind="decision",
        jurisdiction="US",
        citation=Citation(
            "NLRB, Colgate-Palmolive Co., 323 NLRB 515 (April 23, 1997)",
            "NLRB, Colgate-Palmolive Co., 323 NLRB 515 (23. April 1997)",
            "NLRB, Colgate-Palmolive Co., 323 NLRB 515 (23 avril 1997)",
        ),
        in_force_from=date(1997, 4, 23),
        url="https://casetext.com/analysis/colgate-palmolive-co-decision-summary",
        note="Installing and using hidden surveillance cameras is a mandatory "
        "subject of bargaining; refusing to bargain violated §8(a)(1) and (5).",
    ),
    Source(
        id="national-steel-2003",
        kind="judgment",
        jurisdiction="US",
        citation=Citation(
            "National Steel Corp. v. NLRB, 324 F.3d 928 (7th Cir., April 7, 2003)",
            "National Steel Corp. v. NLRB, 324 F.3d 928 (7th Cir., 7. April 2003)",
            "National Steel Corp. v. NLRB, 324 F.3d 928 (7th Cir., 7 avril 2003)",
        ),
        in_force_from=date(2003, 4, 7),
        url="https://casetext.com/case/national-steel-corp-v-nlrb",
        note="Enforced the Board's orders (335 NLRB 747, 2001) that the employer "
        "had to bargain over hidden surveillance cameras.",
    ),
    Source(
        id="ftc-act-5",
        kind="statute",
        jurisdiction="US",
        citation=Citation(
            "FTC Act §5, 15 U.S.C. §45(a)(1) (unfair or deceptive acts or practices)",
            "FTC Act §5, 15 U.S.C. §45(a)(1) (unlautere oder irreführende "
            "Handlungen oder Praktiken)",
            "FTC Act, art. 5, 15 U.S.C. §45(a)(1) (actes ou pratiques déloyaux ou "
            "trompeurs)",
        ),
        # The words "unfair or deceptive acts or practices" came with the
        # Wheeler-Lea Act of 21 March 1938 (date from memory, not re-read).
        in_force_from=date(1938, 3, 21),
        url="https://www.law.cornell.edu/uscode/text/15/45",
        note="Enforced by the FTC; no private right of action. The FTC Chairman's "
        "Joint Labor Task Force memo (February 2025) says the FTC's authority "
        "covers consumers 'in their roles as workers'; no case has yet applied §5 "
        "to an employer's claims to its own staff about their data.",
    ),
    Source(
        id="ftc-privacy-report-2012",
        kind="guideline",
        jurisdiction="US",
        citation=Citation(
            "FTC report, Protecting Consumer Privacy in an Era of Rapid Change "
            "(March 26, 2012)",
            "FTC-Bericht Protecting Consumer Privacy in an Era of Rapid Change "
            "(26. März 2012)",
            "rapport de la FTC Protecting Consumer Privacy in an Era of Rapid Change "
            "(26 mars 2012)",
        ),
        in_force_from=date(2012, 3, 26),
        # The ftc.gov copy was not among the stored pages; a mirror of the report.
        url="https://pt.scribd.com/doc/86771514/FTC-Privacy-Recommendations",
        note="Best practice, not a legal requirement, as the report says. Data is "
        "not reasonably linkable only if the company de-identifies it, publicly "
        "commits not to re-identify it and bars recipients by contract from doing so.",
    ),
    Source(
        id="ftc-blog-ai-terms-2024",
        kind="guideline",
        jurisdiction="US",
        citation=Citation(
            "FTC staff, AI (and other) Companies: Quietly Changing Your Terms of "
            "Service Could Be Unfair or Deceptive (February 13, 2024)",
            "FTC-Mitarbeiter, AI (and other) Companies: Quietly Changing Your Terms "
            "of Service Could Be Unfair or Deceptive (13. Februar 2024)",
            "services de la FTC, AI (and other) Companies: Quietly Changing Your "
            "Terms of Service Could Be Unfair or Deceptive (13 février 2024)",
        ),
        in_force_from=date(2024, 2, 13),
        url="https://www.ftc.gov/policy/advocacy-research/tech-at-ftc/2024/02/"
        "ai-other-companies-quietly-changing-your-terms-service-could-be-unfair-"
        "or-deceptive",
        note="A staff blog post: guidance, not a rule. Written about consumers.",
    ),
    Source(
        id="ftc-blog-hashing-2024",
        kind="guideline",
        jurisdiction="US",
        citation=Citation(
            "FTC staff, No, hashing still doesn't make your data anonymous "
            "(July 24, 2024)",
            "FTC-Mitarbeiter, No, hashing still doesn't make your data anonymous "
            "(24. Juli 2024)",
            "services de la FTC, No, hashing still doesn't make your data anonymous "
            "(24 juillet 2024)",
        ),
        in_force_from=date(2024, 7, 24),
        url="https://ftc.gov/node/85971",
        note="A staff blog post: guidance, not a rule.",
    ),
    Source(
        id="ftc-avast-2024",
        kind="decision",
        jurisdiction="US",
        citation=Citation(
            "FTC, In the Matter of Avast Limited, Docket C-4805, final order "
            "(June 26, 2024)",
            "FTC, In the Matter of Avast Limited, Docket C-4805, endgültige "
            "Anordnung (26. Juni 2024)",
            "FTC, In the Matter of Avast Limited, Docket C-4805, ordonnance "
            "définitive (26 juin 2024)",
        ),
        in_force_from=date(2024, 6, 26),
        # The proposed order as published in the Federal Register (89 FR 14839).
        url="https://regulations.justia.com/regulations/fedreg/2024/02/29/"
        "2024-04257.html",
        note="A consent order binding Avast only. The FTC alleged that browsing "
        "data described as anonymous was re-identifiable and was kept "
        "indefinitely; Avast did not admit the allegations.",
    ),
    Source(
        id="ftc-drizly-2023",
        kind="decision",
        jurisdiction="US",
        citation=Citation(
            "FTC, In the Matter of Drizly, LLC, Docket C-4780, final order "
            "(January 9, 2023)",
            "FTC, In the Matter of Drizly, LLC, Docket C-4780, endgültige Anordnung "
            "(9. Januar 2023)",
            "FTC, In the Matter of Drizly, LLC, Docket C-4780, ordonnance définitive "
            "(9 janvier 2023)",
        ),
        in_force_from=date(2023, 1, 9),
        url="https://swlaw.com/publications/legal-alerts/federal-trade-commission-"
        "finalizes-order-holding-drizly-llc-and-its-ceo-accountable-for-data-"
        "security-failures",
        note="A consent order binding Drizly and its CEO only: no personal data "
        "beyond what a published retention schedule needs.",
    ),
    Source(
        id="me-26-620-a",
        kind="statute",
        jurisdiction="US-ME",
        citation=Citation(
            "Maine Revised Statutes tit. 26 §620-A (employer surveillance)",
            "Maine Revised Statutes tit. 26 §620-A (Überwachung durch Arbeitgeber)",
            "Maine Revised Statutes, titre 26, art. 620-A (surveillance par "
            "l'employeur)",
        ),
        # P.L. 2025, c. 524 (L.D. 61), law without the Governor's signature on
        # 11 January 2026; effective 90 days after adjournment.
        in_force_from=date(2026, 7, 14),
        url="https://www.verrill-law.com/blog/what-maines-new-employer-"
        "surveillance-law-means-for-maine-employers/",
        note="Notice before surveillance begins, written notice at least once a "
        "year and at the job interview; security cameras and GPS in employer "
        "vehicles are excluded. Fines of $100 to $500 per violation, enforced by "
        "the Maine Department of Labor. One early source said it took effect on "
        "enactment; most give 14 July 2026.",
    ),
    Source(
        id="co-sb-26-189",
        kind="statute",
        jurisdiction="US-CO",
        citation=Citation(
            "Colorado SB 26-189 (automated decision-making technology)",
            "Colorado SB 26-189 (automatisierte Entscheidungstechnik)",
            "Colorado SB 26-189 (technologies de décision automatisée)",
        ),
        # Signed in May 2026 (14 May per bill trackers); applies from 1 January
        # 2027. It repealed and re-enacted SB 24-205, which never took effect.
        in_force_from=date(2026, 5, 14),
        applies_from=date(2027, 1, 1),
        url="https://coag.gov/resources/ai/",
        note="Enforced by the Attorney General, who must adopt rules before "
        "1 January 2027.",
    ),
    Source(
        id="tx-hb-149-traiga",
        kind="statute",
        jurisdiction="US-TX",
        citation=Citation(
            "Texas Responsible Artificial Intelligence Governance Act (HB 149, 2025)",
            "Texas Responsible Artificial Intelligence Governance Act (HB 149, 2025)",
            "Texas Responsible Artificial Intelligence Governance Act (HB 149, 2025)",
        ),
        in_force_from=date(2026, 1, 1),
        url="https://capitol.texas.gov/billlookup/BillSummary.aspx"
        "?Bill=HB149&LegSess=89R",
        note="Disclosure duties fall on government agencies and health-care "
        "providers, not on private employers. Enforced by the Attorney General "
        "only.",
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
        note="Covers the monitoring of telephone conversations or transmissions, "
        "e-mail or transmissions, and internet access or usage only: not cameras or "
        "location tracking. Enforced by the Attorney General.",
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
        note="Covers all electronic monitoring on the employer's premises (computer, "
        "telephone, camera and other systems), not only mail and internet use. "
        "Enforced by the Labor Commissioner; no private right of action (Gerardi v. "
        "City of Bridgeport, Conn. 2010).",
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
        note="Covers the monitoring of telephone, e-mail and internet access or "
        "usage only. Notice is either a one-time notice the employee acknowledges "
        "or an electronic notice each day the employee uses e-mail or the internet "
        "(§705(b)(1), added by an amendment signed on 9 July 2002 as reported; the "
        "year is inferred). Civil penalty of $100 per violation.",
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
    Source(
        id="ccpa-1798-100-c",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Civ. Code §1798.100(c) (CCPA)",
            "Cal. Civ. Code §1798.100(c) (CCPA)",
            "Cal. Civ. Code, art. 1798.100(c) (CCPA)",
        ),
        # Added by the CPRA; operative for workers' data since 1 January 2023.
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=CIV&sectionNum=1798.100.",
    ),
    Source(
        id="ccpa-1798-105",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Civ. Code §1798.105 (CCPA, right to delete)",
            "Cal. Civ. Code §1798.105 (CCPA, Recht auf Löschung)",
            "Cal. Civ. Code, art. 1798.105 (CCPA, droit à l'effacement)",
        ),
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=CIV&sectionNum=1798.105.",
    ),
    Source(
        id="ccpa-1798-106",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Civ. Code §1798.106 (CCPA, right to correct)",
            "Cal. Civ. Code §1798.106 (CCPA, Recht auf Berichtigung)",
            "Cal. Civ. Code, art. 1798.106 (CCPA, droit de rectification)",
        ),
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=CIV&sectionNum=1798.106.",
    ),
    Source(
        id="ccpa-1798-110",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Civ. Code §1798.110 (CCPA, right to know)",
            "Cal. Civ. Code §1798.110 (CCPA, Recht auf Auskunft)",
            "Cal. Civ. Code, art. 1798.110 (CCPA, droit de savoir)",
        ),
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=CIV&sectionNum=1798.110.",
    ),
    Source(
        id="ccpa-1798-130",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Civ. Code §1798.130 (CCPA, 45 days to respond, extendable once by 45)",
            "Cal. Civ. Code §1798.130 (CCPA, 45 Tage für die Antwort, einmal um 45 verlängerbar)",
            "Cal. Civ. Code, art. 1798.130 (CCPA, 45 jours pour répondre, prolongeables une fois de 45)",
        ),
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=CIV&sectionNum=1798.130.",
    ),
    Source(
        id="ccpa-1798-121",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Civ. Code §1798.121 (CCPA, right to limit the use of sensitive "
            "personal information)",
            "Cal. Civ. Code §1798.121 (CCPA, Recht auf Beschränkung der Nutzung "
            "sensibler personenbezogener Informationen)",
            "Cal. Civ. Code, art. 1798.121 (CCPA, droit de limiter l'utilisation "
            "des informations personnelles sensibles)",
        ),
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=CIV&sectionNum=1798.121",
    ),
    Source(
        id="ccpa-1798-140-ae",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Civ. Code §1798.140(ae) (CCPA, sensitive personal information)",
            "Cal. Civ. Code §1798.140(ae) (CCPA, sensible personenbezogene "
            "Informationen)",
            "Cal. Civ. Code, art. 1798.140(ae) (CCPA, informations personnelles "
            "sensibles)",
        ),
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=CIV&sectionNum=1798.140.",
    ),
    Source(
        id="ccpa-1798-125-b",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Civ. Code §1798.125(b) (CCPA, financial incentives)",
            "Cal. Civ. Code §1798.125(b) (CCPA, finanzielle Anreize)",
            "Cal. Civ. Code, art. 1798.125(b) (CCPA, incitations financières)",
        ),
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=CIV&sectionNum=1798.125.",
    ),
    Source(
        id="cppa-7016",
        kind="regulation",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Code Regs. tit. 11, §7016 (notice of financial incentive)",
            "Cal. Code Regs. tit. 11, §7016 (Hinweis auf finanzielle Anreize)",
            "Cal. Code Regs. tit. 11, art. 7016 (avis d'incitation financière)",
        ),
        # The CPPA's amended regulations took effect on 29 March 2023.
        in_force_from=date(2023, 3, 29),
        url="https://cppa.ca.gov/regulations/",
    ),
    Source(
        id="ccpa-1798-140-m",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Civ. Code §1798.140(m) (CCPA, deidentified information)",
            "Cal. Civ. Code §1798.140(m) (CCPA, deidentifizierte Informationen)",
            "Cal. Civ. Code, art. 1798.140(m) (CCPA, informations désidentifiées)",
        ),
        in_force_from=date(2023, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=CIV&sectionNum=1798.140.",
    ),
    Source(
        id="cppa-risk-assessment-regulations",
        kind="regulation",
        jurisdiction="US-CA",
        citation=Citation(
            "CPPA regulations on risk assessments, Cal. Code Regs. tit. 11, §7150 ff.",
            "CPPA-Verordnung über Risikobewertungen, Cal. Code Regs. tit. 11, "
            "§7150 ff.",
            "règlement de la CPPA sur les analyses de risques, Cal. Code Regs. "
            "tit. 11, art. 7150 et s.",
        ),
        # In effect from 1 January 2026: an assessment comes before new processing;
        # processing begun earlier must be assessed by 31 December 2027.
        in_force_from=date(2026, 1, 1),
        url="https://cppa.ca.gov/regulations/ccpa_updates.html",
        note="Approved by the Office of Administrative Law on 22 September 2025. "
        "Attestations and summaries for 2026-27 are due to the CPPA by 1 April 2028.",
    ),
    Source(
        id="ca-lab-2100",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Lab. Code §2100 ff. (warehouse quotas, AB 701)",
            "Cal. Lab. Code §2100 ff. (Leistungsquoten in Lagern, AB 701)",
            "Cal. Lab. Code, art. 2100 et s. (quotas dans les entrepôts, AB 701)",
        ),
        in_force_from=date(2022, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml"
        "?bill_id=202120220AB701",
        note="Signed on 22 September 2021. Applies to employers with 100 or more "
        "employees at one warehouse distribution center, or 1,000 or more at such "
        "centers in California.",
    ),
    Source(
        id="ca-lab-435",
        kind="statute",
        jurisdiction="US-CA",
        citation=Citation(
            "Cal. Lab. Code §435",
            "Cal. Lab. Code §435",
            "Cal. Lab. Code, art. 435",
        ),
        # Added by Stats. 1998, ch. 515, §1.
        in_force_from=date(1999, 1, 1),
        url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=LAB&sectionNum=435.",
    ),
    Source(
        id="il-bipa-15-a",
        kind="statute",
        jurisdiction="US-IL",
        citation=Citation(
            "Illinois Biometric Information Privacy Act (740 ILCS 14), §15(a)",
            "Illinois Biometric Information Privacy Act (740 ILCS 14), §15(a)",
            "article 15(a) de l'Illinois Biometric Information Privacy Act "
            "(740 ILCS 14)",
        ),
        in_force_from=date(2008, 10, 3),
        url="https://ilga.gov/legislation/ilcs/fulltext?DocName=074000140K15",
    ),
    Source(
        id="il-bipa-15-b",
        kind="statute",
        jurisdiction="US-IL",
        citation=Citation(
            "Illinois Biometric Information Privacy Act (740 ILCS 14), §15(b)",
            "Illinois Biometric Information Privacy Act (740 ILCS 14), §15(b)",
            "article 15(b) de l'Illinois Biometric Information Privacy Act "
            "(740 ILCS 14)",
        ),
        in_force_from=date(2008, 10, 3),
        url="https://ilga.gov/legislation/ilcs/fulltext?DocName=074000140K15",
    ),
    Source(
        id="il-pa-103-0769",
        kind="statute",
        jurisdiction="US-IL",
        citation=Citation(
            "Illinois Public Act 103-0769 (2024), amending 740 ILCS 14/20 (one "
            "recovery per person and method of collection)",
            "Illinois Public Act 103-0769 (2024), Änderung von 740 ILCS 14/20 (ein "
            "Anspruch je Person und Erhebungsmethode)",
            "Illinois Public Act 103-0769 (2024), modifiant 740 ILCS 14/20 (une "
            "seule réparation par personne et par méthode de collecte)",
        ),
        # Signed on 2 August 2024, effective immediately.
        in_force_from=date(2024, 8, 2),
        url="https://beta.ilga.gov/legislation/publicacts/fulltext.asp"
        "?GA=103&Name=103-0769",
    ),
    Source(
        id="il-cothron-2023",
        kind="judgment",
        jurisdiction="US-IL",
        citation=Citation(
            "Illinois Supreme Court, Cothron v. White Castle System, Inc., 2023 IL "
            "128004 (February 17, 2023)",
            "Illinois Supreme Court, Cothron v. White Castle System, Inc., 2023 IL "
            "128004 (17. Februar 2023)",
            "Cour suprême de l'Illinois, Cothron v. White Castle System, Inc., "
            "2023 IL 128004 (17 février 2023)",
        ),
        in_force_from=date(2023, 2, 17),
        amended_on=date(2024, 8, 2),
        superseded_by="il-pa-103-0769",
        url="https://law.justia.com/cases/illinois/supreme-court/2023/128004.html",
        note="Held that a claim accrues with each scan or transmission made without "
        "consent; Public Act 103-0769 then limited recovery to one per person and "
        "method of collection.",
    ),
    Source(
        id="il-clay-union-pacific-2026",
        kind="judgment",
        jurisdiction="US-IL",
        citation=Citation(
            "U.S. Court of Appeals for the Seventh Circuit, Clay v. Union Pacific "
            "Railroad Co. (April 2026)",
            "U.S. Court of Appeals for the Seventh Circuit, Clay v. Union Pacific "
            "Railroad Co. (April 2026)",
            "Cour d'appel fédérale du septième circuit, Clay v. Union Pacific "
            "Railroad Co. (avril 2026)",
        ),
        # 1 April 2026 as reported; the opinion itself was not read.
        in_force_from=date(2026, 4, 1),
        url="https://www.ca7.uscourts.gov/",
        note="Held on interlocutory appeal (consolidated with other cases) that "
        "Public Act 103-0769's one-recovery rule applies to cases pending when it "
        "was enacted. Reported by secondary sources only; the opinion and its "
        "docket number were not read. A federal reading of Illinois law: it does "
        "not bind Illinois state courts.",
    ),
    Source(
        id="il-bipa-10",
        kind="statute",
        jurisdiction="US-IL",
        citation=Citation(
            "Illinois Biometric Information Privacy Act (740 ILCS 14), §10 "
            "(definitions; the health-care exclusion)",
            "Illinois Biometric Information Privacy Act (740 ILCS 14), §10 "
            "(Begriffe; Ausnahme für das Gesundheitswesen)",
            "article 10 de l'Illinois Biometric Information Privacy Act "
            "(740 ILCS 14) (définitions ; exclusion des soins de santé)",
        ),
        in_force_from=date(2008, 10, 3),
        url="https://ilga.gov/legislation/ilcs/fulltext?DocName=074000140K10",
    ),
    Source(
        id="il-mosby-2023",
        kind="judgment",
        jurisdiction="US-IL",
        citation=Citation(
            "Illinois Supreme Court, Mosby v. The Ingalls Memorial Hospital, 2023 IL "
            "129081 (November 30, 2023)",
            "Illinois Supreme Court, Mosby v. The Ingalls Memorial Hospital, 2023 IL "
            "129081 (30. November 2023)",
            "Cour suprême de l'Illinois, Mosby v. The Ingalls Memorial Hospital, "
            "2023 IL 129081 (30 novembre 2023)",
        ),
        in_force_from=date(2023, 11, 30),
        url="https://law.justia.com/cases/illinois/supreme-court/2023/129081.html",
        note="Health-care workers' finger scans used for health care treatment, "
        "payment or operations under HIPAA (here to open medication cabinets) fall "
        "within the exclusion of §10.",
    ),
    Source(
        id="il-pa-103-0804",
        kind="statute",
        jurisdiction="US-IL",
        citation=Citation(
            "Illinois Human Rights Act, 775 ILCS 5/2-102(L), as amended by Public "
            "Act 103-0804 (HB 3773)",
            "Illinois Human Rights Act, 775 ILCS 5/2-102(L), in der Fassung von "
            "Public Act 103-0804 (HB 3773)",
            "Illinois Human Rights Act, 775 ILCS 5/2-102(L), modifié par le Public "
            "Act 103-0804 (HB 3773)",
        ),
        # Signed on 9 August 2024; takes effect on 1 January 2026.
        in_force_from=date(2026, 1, 1),
        url="https://legiscan.com/IL/text/HB3773/2023",
    ),
    Source(
        id="tx-bcc-503-001",
        kind="statute",
        jurisdiction="US-TX",
        citation=Citation(
            "Tex. Bus. & Com. Code §503.001 (Capture or Use of Biometric Identifier)",
            "Tex. Bus. & Com. Code §503.001 (Capture or Use of Biometric Identifier)",
            "Tex. Bus. & Com. Code, art. 503.001 (Capture or Use of Biometric "
            "Identifier)",
        ),
        # Not a commencement date: the day HB 3186 (2009) was signed, which amended
        # the section then in force and gave the destruction duty its wording. The
        # section existed before; when it was first enacted was not verified.
        in_force_from=date(2009, 6, 19),
        url="https://statutes.capitol.texas.gov/GetStatute.aspx"
        "?Code=BC&Date=5%2F31%2F2025&Value=503.001",
        note="In force before 2009: the date given is the signing of HB 3186, which "
        "amended it; the original enactment date was not verified. Enforced by the "
        "Attorney General. Amended from 1 January 2026 by HB 149 (publicly "
        "available images are not consent; training AI systems is exempt unless it "
        "serves to identify a person).",
    ),
    Source(
        id="wa-rcw-19-375",
        kind="statute",
        jurisdiction="US-WA",
        citation=Citation(
            "Revised Code of Washington, ch. 19.375 (biometric identifiers), "
            "RCW 19.375.010 and 19.375.020",
            "Revised Code of Washington, Kap. 19.375 (biometrische Merkmale), "
            "RCW 19.375.010 und 19.375.020",
            "Revised Code of Washington, chap. 19.375 (identifiants biométriques), "
            "RCW 19.375.010 et 19.375.020",
        ),
        # 2017 c 299 (HB 1493).
        in_force_from=date(2017, 7, 23),
        url="https://app.leg.wa.gov/RCW/default.aspx?cite=19.375.010",
        note="Enforced by the Attorney General under the Consumer Protection Act; "
        "no private right of action.",
    ),
    Source(
        id="nyc-ll-144",
        kind="statute",
        # A New York City law: the interchange format has no city, so it is
        # offered wherever New York State law reaches, and the rules say so.
        jurisdiction="US-NY",
        citation=Citation(
            "New York City Local Law 144 of 2021 (automated employment decision "
            "tools), NYC Admin. Code §20-870 ff.",
            "New York City Local Law 144 of 2021 (automatisierte Werkzeuge für "
            "Personalentscheidungen), NYC Admin. Code §20-870 ff.",
            "New York City Local Law 144 of 2021 (outils automatisés de décision "
            "en matière d'emploi), NYC Admin. Code, art. 20-870 et s.",
        ),
        in_force_from=date(2023, 1, 1),
        # The city enforces it, under the rules of 6 RCNY §5-300, from 5 July 2023.
        applies_from=date(2023, 7, 5),
        url="https://www.nyc.gov/site/dca/about/automated-employment-decision-tools"
        ".page",
    ),
)

# For every workplace in the United States: acting together is protected.
ACTING_TOGETHER = (
    _(
        "Acting together is protected. Federal labor law protects most employees of "
        "private employers, supervisors and managers apart, when they act together "
        "about pay, hours or working conditions, with or without a union: for "
        "example by discussing this monitoring with colleagues, or by writing to the "
        "employer as a group or through the union ({nlra-7}). The employer may not "
        "interfere with that, threaten or watch it, or punish anyone for taking "
        "part ({nlra-8-a-1}), nor treat anyone worse to discourage union membership "
        "({nlra-8-a-3}). A complaint one person makes only for themselves may not be "
        "protected; a letter about working conditions signed by several colleagues, "
        "or sent on their behalf, is concerted activity."
    ),
)
# For a state with no general monitoring statute (Maine, New York, Connecticut and
# Delaware have notice laws; California's privacy law covers employees).
NO_STATE_STATUTE = (
    _(
        "No state statute covers this monitoring. Oversight knows of no law of this "
        "state that requires an employer to give notice of electronic monitoring of "
        "computers, or limits it, in general; a state law on biometrics or on AI in "
        "employment decisions, where there is one, is applied in the findings. What "
        "still protects you: federal labor law (below); the ban on unfair or "
        "deceptive practices in the Federal Trade Commission Act ({ftc-act-5}), "
        "under which FTC staff have warned that a company that breaks its privacy "
        "promises, or quietly starts using data to train AI, risks breaking the "
        "law ({ftc-blog-ai-terms-2024}), although no case has yet applied this to "
        "an employer and its own staff; and the good practice the findings name, "
        "which you can ask your employer to follow."
    ),
)
TEXAS_AI_LAW = (
    _(
        "Texas's AI law ({tx-hb-149-traiga}) requires government agencies and "
        "health-care providers to disclose their use of AI. It puts no such duty on "
        "private employers: nothing in it requires your employer to tell you that "
        "your work is used to train AI."
    ),
)

# The questionnaire as a US workplace is asked it: about a union, not a works
# council (an employee committee that is not a union is rare there, and may be
# unlawful if the employer dominates it, so it is named as such).
US_WORDING = {
    "Is there a works council or union at this workplace?": _(
        "Is there a union at this workplace?"
    ),
    "Works councils and unions have rights over monitoring in many countries.": _(
        "Where a union represents the workers, it can ask for information about "
        "monitoring and bargain over it."
    ),
    "A works council (or CSE, or staff committee)": _(
        "An elected employee committee that is not a union"
    ),
    "A recognised trade union": _("A union"),
    "Both a works council and a union": _("Both a union and an employee committee"),
    "Neither": _("No union"),
    "How were the works council or union involved?": _("How was the union involved?"),
    # Colgate-Palmolive (hidden cameras a mandatory subject of bargaining);
    # extending it to other monitoring is the union's argument, not settled law.
    "In Germany, for example, the works council must agree to such systems.": _(
        "Where a union represents the workers, the labor board has held that the "
        "employer must bargain with it over surveillance cameras; the union can "
        "ask to bargain over other monitoring too."
    ),
    "Were workers' representatives involved?": _("Was the union involved?"),
    "A works or collective agreement": _("A collective bargaining agreement"),
    "Done and shared with workers or representatives": _(
        "Done and shared with workers or the union"
    ),
    # EU law's terms (impact assessment, legal basis, purpose and storage
    # limitation, a right of access for all) said as what they are in the United
    # States: a state's law where one applies ({cppa-risk-assessment-regulations},
    # the CCPA's right to know, the notice laws), else the worker's own question.
    "Was a data-protection impact assessment carried out?": _(
        "Were the risks of this monitoring assessed in writing before it started?"
    ),
    "Monitoring workers usually requires one.": _(
        "California's privacy regulations require a written risk assessment for "
        "some processing; elsewhere it is good practice."
    ),
    "Was an impact assessment carried out?": _(
        "Were the risks of this monitoring assessed in writing?"
    ),
    "Which legal basis does the employer claim?": _(
        "On what ground does the employer say it may do this?"
    ),
    "Consent is rarely valid at work, because refusing is hard for employees.": _(
        "Consent given at work is rarely free, because refusing is hard for employees."
    ),
    "Legitimate interests": _("Its own business interests"),
    "Which legal basis do you rely on?": _(
        "Which written policy covers this monitoring?"
    ),
    "Everyone has a right to a copy of their data.": _(
        "In California employees may ask what is collected about them; elsewhere "
        "you can still ask."
    ),
    "Data may only be used for the purposes stated when it was collected.": _(
        "Tick every use you know of, announced or not."
    ),
    "Data may be kept only as long as its purpose needs.": _(
        "Data kept without an end can be put to new uses later."
    ),
    "Workers must be told what is collected, why, and for how long.": _(
        "Some states, such as New York, Connecticut and Delaware, require notice of "
        "electronic monitoring."
    ),
    "Automated decisions about workers are restricted.": _(
        "Some states and cities regulate automated decisions about workers."
    ),
    "Monitoring outside working time needs special justification.": _(
        "Monitoring outside working time reaches into private life."
    ),
}
# British spellings of the app's English and their American form, applied to
# English text shown for a US workplace (tests/documents/test_us_output.py finds
# one that is missing).
US_SPELLINGS = {
    british: american
    for stem_gb, stem_us, endings in (
        ("anonymis", "anonymiz", ("e", "ed", "es", "ing", "ation")),
        ("pseudonymis", "pseudonymiz", ("e", "ed", "es", "ing", "ation")),
        ("minimis", "minimiz", ("e", "ed", "es", "ing", "ation")),
        ("organis", "organiz", ("e", "ed", "es", "ing", "ation", "ations")),
        ("authoris", "authoriz", ("e", "ed", "es", "ing", "ation", "ations")),
        ("recognis", "recogniz", ("e", "ed", "es", "ing")),
        ("utilis", "utiliz", ("e", "ed", "es", "ing", "ation")),
        ("memoris", "memoriz", ("e", "ed", "es", "ing")),
        ("realis", "realiz", ("e", "ed", "es", "ing")),
        ("prioritis", "prioritiz", ("e", "ed", "es", "ing")),
        ("summaris", "summariz", ("e", "ed", "es", "ing")),
        ("categoris", "categoriz", ("e", "ed", "es", "ing")),
        ("characteris", "characteriz", ("e", "ed", "es", "ing")),
        ("criticis", "criticiz", ("e", "ed", "es", "ing")),
        ("emphasis", "emphasiz", ("e", "ed", "es", "ing")),
        ("standardis", "standardiz", ("e", "ed", "es", "ing")),
        ("optimis", "optimiz", ("e", "ed", "es", "ing")),
        ("penalis", "penaliz", ("e", "ed", "es", "ing")),
        ("behaviour", "behavior", ("", "s", "al")),
        ("labour", "labor", ("",)),
        ("favour", "favor", ("", "s", "able")),
        ("colour", "color", ("", "s")),
        ("enrolment", "enrollment", ("", "s")),
        ("fulfilment", "fulfillment", ("", "s")),
        ("judgement", "judgment", ("", "s")),
        ("centre", "center", ("", "s")),
        ("licence", "license", ("", "s")),
        ("defence", "defense", ("", "s")),
        ("catalogue", "catalog", ("", "s")),
        ("programme", "program", ("", "s")),
        ("labell", "label", ("ed", "ing")),
        ("modell", "model", ("ed", "ing")),
        ("analys", "analyz", ("e", "ed", "ing")),
    )
    for british, american in (
        (stem_gb + ending, stem_us + ending) for ending in endings
    )
}

UNITED_STATES = Jurisdiction(
    "US",
    _("United States"),
    holidays=("US", None),
    has_regions=True,
    paper="Letter",
    notes=ACTING_TOGETHER,
    region_notes=NO_STATE_STATUTE,
    concern_labels={"worker_voice": _("Unions and acting together")},
    wording=US_WORDING,
    spellings=US_SPELLINGS,
    month_first=True,
)


def us_state(
    code: str, name: str, notice_law: str = "", notes: tuple[str, ...] = ()
) -> Jurisdiction:
    return Jurisdiction(
        code,
        name,
        ("US",),
        "en",
        "",
        ("US", code[3:]),
        notice_law=notice_law,
        notes=notes,
    )


JURISDICTIONS = (
    UNITED_STATES,
    us_state("US-CA", "California"),
    us_state("US-CO", "Colorado", notes=NO_STATE_STATUTE),
    us_state("US-CT", "Connecticut", notice_law="ct-31-48d"),
    us_state("US-DE", "Delaware", notice_law="de-19-705"),
    us_state("US-IL", "Illinois", notes=NO_STATE_STATUTE),
    # Maine's surveillance-notice law reaches all electronic monitoring, not only
    # telephone, e-mail and internet: its rule, not the notice-request letter.
    us_state("US-ME", "Maine"),
    us_state("US-NY", "New York", notice_law="ny-civil-rights-52-c"),
    us_state("US-TX", "Texas", notes=NO_STATE_STATUTE + TEXAS_AI_LAW),
    us_state("US-WA", "Washington", notes=NO_STATE_STATUTE),
)
