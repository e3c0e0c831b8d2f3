"""The sources rules cite, by their ids in the law registry (assessment.law)."""

from assessment.law.places.eu import AI_ACT, GDPR
from assessment.law.places.gb import UK_GDPR


def gdpr(*articles: str) -> tuple[str, ...]:
    """An article of the GDPR and its twin in the UK GDPR."""
    return tuple(
        ident
        for article in articles
        for ident in (GDPR.source_id(article), UK_GDPR.source_id(article))
    )


def eu_gdpr(*articles: str) -> tuple[str, ...]:
    """GDPR provisions with no UK counterpart we cite (recitals, Art. 88)."""
    return tuple(GDPR.source_id(article) for article in articles)


def ai_act(*articles: str) -> tuple[str, ...]:
    return tuple(AI_ACT.source_id(article) for article in articles)


AI_OMNIBUS = "eu-2026-1744-ai-omnibus"
PLATFORM_WORK_ART_7 = "eu-dir-2024-2831-art-7"
UK_GDPR_22B = "uk-gdpr-art-22b"
COMMISSION_PROHIBITED_AI = "commission-guidelines-prohibited-ai-2025"
EDPB_CONSENT = "edpb-guidelines-05-2020"
EDPB_DETRIMENT = "edpb-guidelines-05-2020-detriment"
WP29_WORK = "wp29-opinion-2-2017"
WP29_ANONYMISATION = "wp29-opinion-05-2014"
WP29_DPIA = "wp248-dpia"
CJEU_C34 = "cjeu-c-34-21"
CJEU_C65 = "cjeu-c-65-23"
CJEU_PLANET49 = "cjeu-c-673-17"

ICO_MONITORING = "ico-monitoring-workers-2023"
ICO_SERCO = "ico-serco-2024"

BETRVG_80 = "betrvg-80-2"
BETRVG_87 = "betrvg-87-1-6"
BETRVG_90 = "betrvg-90"
BAG_KEYLOGGER = "bag-2-azr-681-16"
BAG_1_ABR_14_22 = "bag-1-abr-14-22"
HAMBURG_HM = "hamburg-dpa-hm-2020"
BDSG_26_4 = "bdsg-26-4"

CODE_TRAVAIL_L1121_1 = "code-travail-l1121-1"
CODE_TRAVAIL_L1222_4 = "code-travail-l1222-4"
CODE_TRAVAIL_L2312_38 = "code-travail-l2312-38"
CNIL_AMAZON = "cnil-san-2023-021"
CE_AMAZON = "ce-2025-492830"
CNIL_MONITORING = "cnil-monitoring-guidance"
CNIL_2024 = "cnil-san-2024-021"
CNIL_CALLS = "cnil-call-recording"

LOPDGDD_87 = "lopdgdd-art-87"
LOPDGDD_88 = "lopdgdd-art-88"
LOPDGDD_89 = "lopdgdd-art-89"
LOPDGDD_90 = "lopdgdd-art-90"
LOPDGDD_91 = "lopdgdd-art-91"
ET_20_3 = "et-art-20-3"
ET_64_4_D = "et-art-64-4-d"
ET_64_5_F = "et-art-64-5-f"
IE_DOOLIN = "ie-doolin-2022"

PL_KP_22_2 = "pl-kp-22-2"
PL_KP_22_2_3 = "pl-kp-22-2-3"
PL_KP_22_2_7 = "pl-kp-22-2-7"
PL_KP_22_3 = "pl-kp-22-3"
PL_UODO_HIDDEN_CAMERAS = "pl-uodo-dkn-5131-4-2024"

BE_CCT_68 = "be-cct-68"
BE_CCT_81 = "be-cct-81"
BE_APD_154_2023 = "be-apd-154-2023"

PT_CT_20 = "pt-ct-20"
PT_STJ_CAMERAS = "pt-stj-05s3139"

SE_IMY_CAMERAS = "se-imy-warehouse-cameras-2021"
SE_IMY_APOTEA = "se-imy-apotea-2023"

DK_NAEVNENES_HUS = "dk-datatilsynet-naevnenes-hus-2020"

NL_WOR = "nl-wor-27-1-l"
NL_WOR_27_4 = "nl-wor-27-4"
NL_AP_FINGERPRINTS = "nl-ap-fingerprints-2019"
AT_ARBVG = "at-arbvg-96"
AT_ARBVG_96A = "at-arbvg-96a"
IT_STATUTO = "it-statuto-4"
IT_GARANTE_METADATA = "it-garante-email-metadata-2024"
IT_GARANTE_LOMBARDIA = "it-garante-243-2025"
AT_OGH_FINGERPRINTS = "at-ogh-9-oba-109-06d"
GARANTE_DELIVEROO = "garante-deliveroo-2021"
HR_BIOMETRICS = "hr-gdpr-act-23"

NY_CIVIL_RIGHTS = "ny-civil-rights-52-c"
CT_STATUTES = "ct-31-48d"
CT_PA_26_73 = "ct-pa-26-73"
DE_CODE = "de-19-705"
CCPA = "ccpa"
CPPA_ADMT = "cppa-admt-regulations"
UK_GDPR_22A_22D = "uk-gdpr-art-22a-22d"
NLRA_7 = "nlra-7"
NLRA_8_A_1 = "nlra-8-a-1"
NLRB_GC_25_05 = "nlrb-gc-25-05"
NLRB_ADVANCEPIERRE = "nlrb-advancepierre-2018"
NLRA_8_A_5 = "nlra-8-a-5"
NLRA_8_D = "nlra-8-d"
NLRB_COLGATE = "nlrb-colgate-palmolive-1997"
NATIONAL_STEEL = "national-steel-2003"
FTC_ACT_5 = "ftc-act-5"
FTC_PRIVACY_REPORT = "ftc-privacy-report-2012"
FTC_AI_TERMS = "ftc-blog-ai-terms-2024"
FTC_HASHING = "ftc-blog-hashing-2024"
FTC_AVAST = "ftc-avast-2024"
FTC_DRIZLY = "ftc-drizly-2023"

ILO_CODE = "ilo-code-1997"

CCPA_PROPORTIONATE = "ccpa-1798-100-c"
CCPA_RIGHT_TO_LIMIT = "ccpa-1798-121"
CCPA_SENSITIVE = "ccpa-1798-140-ae"
CPPA_RISK_ASSESSMENT = "cppa-risk-assessment-regulations"
CA_WAREHOUSE_QUOTAS = "ca-lab-2100"
CA_LABOR_435 = "ca-lab-435"
BIPA_15_A = "il-bipa-15-a"
BIPA_15_B = "il-bipa-15-b"
BIPA_2024 = "il-pa-103-0769"
BIPA_10 = "il-bipa-10"
IL_MOSBY = "il-mosby-2023"
IL_COTHRON = "il-cothron-2023"
IL_CLAY = "il-clay-union-pacific-2026"
IL_HUMAN_RIGHTS_AI = "il-pa-103-0804"
TX_CUBI = "tx-bcc-503-001"
WA_BIOMETRICS = "wa-rcw-19-375"
NYC_AEDT = "nyc-ll-144"
CCPA_INCENTIVES = "ccpa-1798-125-b"
CPPA_INCENTIVE_NOTICE = "cppa-7016"
CCPA_DEIDENTIFIED = "ccpa-1798-140-m"
ME_SURVEILLANCE = "me-26-620-a"
CO_ADMT = "co-sb-26-189"


def echr(*judgments: str) -> tuple[str, ...]:
    """A judgment of the European Court of Human Rights and its twin for Great
    Britain: the Convention binds both."""
    return tuple(
        ident for judgment in judgments for ident in (judgment, judgment + "-gb")
    )


ECHR_BARBULESCU = "echr-barbulescu-2017"
ECHR_LOPEZ_RIBALDA = "echr-lopez-ribalda-2019"
ECHR_KOPKE = "echr-kopke-2010"
