"""Each legal statement the 2026-12 review corrected, held to what the sources say
(see assessment/law for the sources, their dates and URLs)."""

import datetime

import pytest

from assessment import law
from assessment.rules import CATALOGUE, assess
from tests.builders import assessment

TODAY = datetime.date(2026, 12, 1)
RULES = {rule.slug: rule for rule in CATALOGUE}


def raised(country, changes=None, day=TODAY, **workplace) -> dict:
    result = assess(assessment(country, changes, **workplace), day)
    return {finding.rule.slug: finding for finding in result.findings}


def coming(country, changes=None, day=TODAY, **workplace) -> dict:
    result = assess(assessment(country, changes, **workplace), day)
    return {finding.rule.slug: finding for finding in result.coming}


def cited(finding) -> set[str]:
    return {source.id for source in finding.references}


# NLRB GC 23-02 was rescinded by GC 25-05 on 14 February 2025.
@pytest.mark.parametrize(
    ("slug", "changes"),
    [
        ("monitoring-may-chill-organising", {"data": ["screenshots"]}),
        (
            "beliefs-or-affiliations-inferred",
            {"inferences": ["beliefs_or_affiliations"]},
        ),
    ],
)
def test_organising_rules_rest_on_the_nlra_not_the_withdrawn_memo(slug, changes):
    finding = raised("US", changes, region="US-NY")[slug]
    assert {"nlra-7", "nlra-8-a-1"} <= cited(finding)
    assert "nlrb-gc-23-02" not in cited(finding)
    assert "General Counsel has said" not in finding.rule.explanation


def test_the_organising_rule_says_the_memo_was_withdrawn():
    assert (
        "withdrawn in February 2025"
        in RULES["monitoring-may-chill-organising"].explanation
    )


# CNIL SAN-2023-021 as amended by the Conseil d'État, 23 December 2025, no. 492830.
@pytest.mark.parametrize(
    ("slug", "changes"),
    [
        (
            "fine-grained-productivity-tracking",
            {"data": ["productivity_events"], "purposes": ["performance_evaluation"]},
        ),
        (
            "detailed-indicators-kept-over-a-month",
            {"data": ["productivity_events"], "retention": 31},
        ),
    ],
)
def test_the_amazon_rules_state_what_stands_after_the_conseil_detat(slug, changes):
    finding = raised("FR", changes)[slug]
    assert {"cnil-san-2023-021", "ce-2025-492830"} <= cited(finding)
    assert "€15 million" in finding.rule.explanation
    assert law.source("cnil-san-2023-021").status_on(TODAY) == law.AMENDED


def test_the_amazon_retention_point_is_data_minimisation():
    rule = RULES["detailed-indicators-kept-over-a-month"]
    assert "gdpr-art-5-1-c" in rule.sources and "data minimisation" in rule.explanation


def test_a_biometric_clock_in_is_not_minute_by_minute_tracking():
    clock_in = {
        "data": ["biometric_id", "activity_time"],
        "purposes": ["attendance", "performance_evaluation"],
    }
    assert "fine-grained-productivity-tracking" not in raised("FR", clock_in)
    screen_time = {**clock_in, "data": ["activity_time", "app_and_web_usage"]}
    assert "fine-grained-productivity-tracking" in raised("FR", screen_time)


# AI Act: Annex III deployer duties from 2 December 2027 (Regulation (EU) 2026/1744).
def test_high_risk_duties_come_into_force_on_2_december_2027():
    scored = {"decisions": "automated", "representatives": "not_involved"}
    for slug in (
        "high-risk-employment-ai",
        "high-risk-ai-without-informing-representatives",
    ):
        assert slug not in raised("DE", scored)
        assert coming("DE", scored)[slug].applies_from == datetime.date(2027, 12, 2)
        assert coming("DE", scored)[slug].severity == "low"
        assert slug in raised("DE", scored, day=datetime.date(2027, 12, 2))
    assert "ai-literacy" in raised("DE", scored)  # Art. 4 applies already


def test_without_representatives_workers_are_to_be_informed_not_bypassed():
    later = datetime.date(2028, 1, 1)
    changes = {
        "decisions": "automated",
        "notice": "none",
        "representatives": "not_involved",
    }
    found = raised("DE", changes, day=later, worker_representation="none")
    assert "high-risk-ai-without-informing-representatives" not in found
    assert "high-risk-ai-workers-to-be-informed" in found
    assert (
        "representatives" not in found["high-risk-ai-workers-to-be-informed"].rule.title
    )


# AI Act Art. 5(1)(f) concerns emotion recognition from biometric data (Art. 3(39)).
def test_moods_read_from_message_text_are_profiling_not_the_ai_act_ban():
    text = {"data": ["communications_content"], "inferences": ["emotional_state"]}
    found = raised("DE", text)
    assert "emotion-recognition-at-work" not in found
    assert (
        "emotions-inferred" in found and found["emotions-inferred"].severity == "medium"
    )
    voice = {"data": ["microphone"], "inferences": ["emotional_state"]}
    assert raised("DE", voice)["emotion-recognition-at-work"].severity == "critical"


def test_emotional_state_is_not_cited_as_a_special_category():
    assert not any(
        s.startswith("gdpr-art-9") for s in RULES["emotions-inferred"].sources
    )
    assert "gdpr-art-9-1" in RULES["health-or-emotions-inferred"].sources


# GDPR Art. 22 is not a right of US workers; California's ADMT rules apply from 2027.
@pytest.mark.parametrize("region", ["US-TX", "US-NY", "US-CA"])
def test_us_workers_are_not_told_they_have_the_gdpr_article_22_right(region):
    found = raised("US", {"decisions": "automated"}, region=region)
    assert "solely-automated-decisions" not in found
    good_practice = found["automated-decisions-good-practice"]
    assert "not a legal requirement" in good_practice.rule.explanation
    assert not any("GDPR" in source.cite("en") for source in good_practice.references)


def test_california_gets_the_cppa_rules_from_1_january_2027():
    automated = {"decisions": "automated"}
    assert coming("US", automated, region="US-CA")[
        "automated-decisions-california"
    ].applies_from == datetime.date(2027, 1, 1)
    later = raised("US", automated, day=datetime.date(2027, 1, 1), region="US-CA")
    assert cited(later["automated-decisions-california"]) == {"cppa-admt-regulations"}


# Since 5 February 2026 Arts. 22A-22D UK GDPR allow solely automated significant
# decisions in general, with the Art. 22C safeguards (SI 2026/82).
def test_britain_cites_articles_22a_to_22d_since_5_february_2026():
    before = raised("GB", {"decisions": "automated"}, day=datetime.date(2026, 1, 1))
    after = raised("GB", {"decisions": "automated"})
    assert "gb-automated-decisions-need-safeguards" not in before
    finding = after["gb-automated-decisions-need-safeguards"]
    assert cited(finding) == {"uk-gdpr-art-22a-22d"}


def test_britain_is_not_told_automated_decisions_are_allowed_only_narrowly():
    found = raised("GB", {"decisions": "automated"})
    assert "solely-automated-decisions" not in found
    rule = found["gb-automated-decisions-need-safeguards"].rule
    assert "in general" in rule.explanation and "narrow" not in rule.explanation
    for safeguard in ("representations", "human intervention", "contest"):
        assert safeguard in rule.explanation
    assert "narrow limits" in RULES["solely-automated-decisions"].explanation
    assert RULES["solely-automated-decisions"].where == ("EEA",)


def test_article_22b_is_not_described_as_two_exceptions_only():
    text = RULES["gb-automated-decisions-on-special-category-data"].explanation
    assert "such as the person's explicit consent" in text
    assert "unless the person gave explicit consent or a law" not in text


# Works agreements: BDSG §26(4), CJEU C-65/23, BAG 1 ABR 14/22.
def test_a_works_agreement_must_itself_meet_the_gdpr():
    finding = raised("DE", {"lawful_basis": "collective_agreement"})[
        "works-agreement-needs-safeguards"
    ]
    assert {"cjeu-c-65-23", "bdsg-26-4", "bag-1-abr-14-22"} <= cited(finding)
    assert "not a legal basis merely by existing" in finding.rule.explanation


# BAG 9 May 2023, 1 ABR 14/22, Leitsatz 2: § 26(1) sentence 1 BDSG is a legal basis
# (Art. 6(3) with 6(1)(c) GDPR) for processing a works council's rights need.
def test_bag_1_abr_14_22_is_cited_for_what_it_held():
    text = RULES["works-agreement-needs-safeguards"].explanation
    assert "can no longer carry processing" not in text
    assert "is a legal basis where processing is needed for the works" in text
    assert "did not strike" in law.source("bag-1-abr-14-22").note


# Arts. 13(2)(f) and 15(1)(h) concern Art. 22 decisions, not all profiling.
@pytest.mark.parametrize("slug", ["people-are-scored", "monitoring-informs-decisions"])
def test_profiling_and_human_decisions_do_not_cite_the_article_22_information(slug):
    sources = RULES[slug].sources
    assert not {"gdpr-art-13-2-f", "gdpr-art-15-1-h"} & set(sources)


# Incentives: Recitals 42-43 and EDPB 05/2020 on detriment, not Art. 7(4) alone.
@pytest.mark.parametrize(
    "slug", ["participation-rewarded", "participation-high-enrolment-with-incentives"]
)
def test_incentives_cite_the_recitals_and_the_edpb_on_detriment(slug):
    sources = set(RULES[slug].sources)
    assert {
        "gdpr-recital-42",
        "gdpr-recital-43",
        "edpb-guidelines-05-2020-detriment",
    } <= sources


def test_recital_43_is_cited_for_consent_at_work():
    assert "gdpr-recital-43" in RULES["consent-at-work-rarely-valid"].sources


# State notice laws, each in its own words.
def test_connecticut_cites_its_2026_amendment_and_delaware_its_acknowledgment():
    ct = raised("US", {"notice": "none"}, region="US-CT")["ct-written-notice-missing"]
    assert {"ct-31-48d", "ct-pa-26-73"} <= cited(ct)
    assert "1 October 2026" in ct.rule.explanation
    mail = {"notice": "none", "data": ["communications_content"]}
    de = raised("US", mail, region="US-DE")["de-monitoring-notice-missing"]
    assert "acknowledges" in de.rule.explanation and "each day" in de.rule.explanation
    assert law.source("ct-31-48d").status_on(TODAY) == law.AMENDED


# The CSE's consultation right (L2312-38) holds from 50 employees.
def test_the_cse_rule_names_the_50_employee_threshold():
    rule = RULES["cse-not-consulted"]
    assert "at least 50 employees" in rule.explanation
    assert any("50 employees" in question for question in rule.questions)


# §87(1) no. 6 BetrVG needs a technical device, not a manager's notes.
def test_codetermination_needs_a_technical_device():
    notes = {"data": ["manager_notes"], "representatives": "not_involved"}
    assert "codetermination-bypassed" not in raised("DE", notes)
    device = {"data": ["screenshots"], "representatives": "not_involved"}
    assert "codetermination-bypassed" in raised("DE", device)


# Issue 11: consent as the EDPB describes it, the right to object, good practice.
FREE_OPT_IN = {
    "lawful_basis": "consent",
    "participation.mode": "opt_in",
    "participation.incentives": "no",
    "participation.refusal_consequences": "no",
    "participation.alternative_offered": "yes",
    "participation.withdrawal": "easy",
}


def test_a_genuinely_free_opt_in_is_not_told_consent_is_rarely_valid():
    free = FREE_OPT_IN
    assert "consent-at-work-rarely-valid" not in raised("DE", free)
    rewarded = {**free, "participation.incentives": "yes"}
    assert "consent-at-work-rarely-valid" in raised("DE", rewarded)


def test_consent_by_opt_out_is_no_consent_and_critical():
    found = raised("DE", {"lawful_basis": "consent", "participation.mode": "opt_out"})
    assert found["consent-by-opt-out"].severity == "critical"
    assert {"gdpr-recital-32", "cjeu-c-673-17"} <= cited(found["consent-by-opt-out"])


def test_rewards_and_disadvantages_are_graded_alike():
    assert RULES["participation-rewarded"].severity == "high"
    assert RULES["refusal-has-consequences"].severity == "high"


def test_mandatory_logging_on_legitimate_interests_raises_the_right_to_object():
    mandatory = {
        "lawful_basis": "legitimate_interests",
        "participation.mode": "mandatory",
        "participation.withdrawal": "impossible",
    }
    found = raised("DE", mandatory)
    assert "right-to-object" in found and found["right-to-object"].severity == "low"
    assert "withdrawal-not-easy" not in found
    assert "consent" not in found["right-to-object"].rule.title.lower()


def test_good_practice_is_labelled_and_stays_at_medium_or_below():
    found = raised("US", {"data": ["keystroke_content"]}, region="US-TX")
    keylogger = found["keystroke-logging"]
    assert keylogger.good_practice and keylogger.severity == "medium"
    assert cited(keylogger) == {"ilo-code-1997"}
    german = raised("DE", {"data": ["keystroke_content"]})["keystroke-logging"]
    assert german.severity == "critical" and not german.good_practice  # BAG
    irish = raised("IE", {"data": ["keystroke_content"]})["keystroke-logging"]
    assert irish.severity == "high"  # no comparable decision binds there


def test_biometric_attendance_is_a_necessity_question():
    clock_in = {"data": ["biometric_id"], "purposes": ["attendance"]}
    found = raised("GB", {**clock_in, "participation.alternative_offered": "no"})
    assert found["biometrics-where-a-card-would-do"].severity == "critical"  # Serco
    unknown = {**clock_in, "participation.alternative_offered": "unknown"}
    assert raised("IE", unknown)["biometrics-where-a-card-would-do"].severity == "high"
    offered = {**clock_in, "participation.alternative_offered": "yes"}
    assert "biometrics-where-a-card-would-do" not in raised("GB", offered)


def test_platform_work_limits_apply_from_2_december_2026():
    platform = {"inferences": ["emotional_state"]}
    kwargs = {"digital_labour_platform": "yes"}
    now = coming("NL", platform, **kwargs)["platform-work-prohibited-processing"]
    assert now.applies_from == datetime.date(2026, 12, 2)
    later = raised("NL", platform, day=datetime.date(2026, 12, 2), **kwargs)
    assert "platform-work-prohibited-processing" in later
    assert "platform-work-prohibited-processing" not in coming("NL", platform)


# A directive binds the Member States (Art. 288 TFEU), not a private platform
# (152/84 Marshall, C-91/92 Faccini Dori, C-122/17 Smith).
def test_the_platform_work_directive_is_not_cited_as_binding_the_platform():
    platform = {"inferences": ["emotional_state"]}
    later = datetime.date(2027, 1, 4)
    finding = raised("NL", platform, day=later, digital_labour_platform="yes")[
        "platform-work-prohibited-processing"
    ]
    assert finding.severity != "critical"
    assert not finding.rule.critical_by
    text = finding.rule.explanation
    assert "requires the Member States to forbid" in text
    assert "binds the Member States, not the platform" in text
    assert "no such law is recorded" in text
    assert "Art. 288 TFEU" in law.source("eu-dir-2024-2831-art-7").note


def test_britain_bars_automated_decisions_on_special_category_data():
    found = raised("GB", {"decisions": "automated", "inferences": ["health"]})
    assert cited(found["gb-automated-decisions-on-special-category-data"]) == {
        "uk-gdpr-art-22b"
    }


# NY Civil Rights Law §52-c and 19 Del. C. §705 cover telephone, e-mail and internet
# use only; Conn. Gen. Stat. §31-48d all electronic monitoring, cameras included.
@pytest.mark.parametrize(
    ("region", "slug"),
    [("US-NY", "us-written-notice-missing"), ("US-DE", "de-monitoring-notice-missing")],
)
def test_a_hidden_camera_is_not_under_the_new_york_or_delaware_mail_laws(region, slug):
    # A camera that watches work (a camera for an investigation has its own rule).
    camera = {
        "notice": "none",
        "data": ["cctv"],
        "purposes": ["performance_evaluation"],
    }
    found = raised("US", camera, region=region)
    assert slug not in found
    assert found["secret-monitoring"].severity != "critical"
    assert not {"ny-civil-rights-52-c", "de-19-705"} & cited(found["secret-monitoring"])
    assert "mail-or-internet-monitored-without-any-notice" not in found
    mail = {"notice": "none", "data": ["communications_content"]}
    covert = raised("US", mail, region=region)
    assert slug in covert
    assert covert["mail-or-internet-monitored-without-any-notice"].severity == (
        "critical"
    )


def test_connecticut_covers_all_electronic_monitoring_cameras_included():
    camera = {
        "notice": "none",
        "data": ["cctv"],
        "purposes": ["performance_evaluation"],
    }
    found = raised("US", camera, region="US-CT")
    assert "ct-written-notice-missing" in found
    assert found["secret-monitoring"].severity == "critical"
    security = raised("US", {"notice": "none"}, region="US-CT")
    assert security["covert-filming-for-an-investigation"].severity == "critical"
    assert "camera" in law.source("ct-31-48d").note
    assert "only" in law.source("ny-civil-rights-52-c").note
    assert "only" in law.source("de-19-705").note


# Failing to name the basis breaches Art. 13(1)(c); whether a basis exists (Art. 6)
# is left open, so the rule is high, not critical.
def test_no_lawful_basis_stated_is_earned_by_article_13_1_c():
    finding = raised("DE", {"lawful_basis": "none_stated"})["no-lawful-basis-stated"]
    assert finding.severity == "high"
    assert finding.rule.sources[:2] == ("gdpr-art-13-1-c", "uk-gdpr-art-13-1-c")
    assert "duty to inform" in finding.rule.explanation


# The ICO's Serco notices bind in Great Britain only.
def test_biometrics_without_alternative_is_critical_only_where_serco_reaches():
    forced = {"data": ["biometric_id"], "participation.alternative_offered": "no"}
    slug = "biometrics-without-alternative"
    assert raised("GB", forced)[slug].severity == "critical"
    for country in ("DE", "IE", "FR"):
        assert raised(country, forced)[slug].severity == "high"


# ICO: move from Wycliffe House to Circle Square, Manchester, announced for autumn
# 2026, completion not confirmed; letters name no postal address for it.
def test_the_ico_address_is_not_asserted_while_its_move_is_unconfirmed():
    ico = law.jurisdiction("GB").authority
    assert ico.address == ()
    assert ico.website == "https://ico.org.uk/"
    assert "completion not confirmed" in ico.note
    assert "Information Commission" in ico.note
    assert ico.checked == datetime.date(2026, 12, 7)


# s.164A DPA 2018 creates duties for controllers; it does not bar a direct complaint.
def test_the_gb_complaint_does_not_say_the_law_expects_the_employer_first():
    text = law.jurisdiction("GB").letters["complaint_to_employer_first"]
    assert "expects" not in text and "{uk-dpa-2018-s164a}" in text


def test_bipa_cites_clay_for_the_amendments_reach_and_says_what_binds():
    rule = RULES["il-biometrics-without-written-release"]
    assert "il-clay-union-pacific-2026" in rule.sources
    assert "already pending" in rule.explanation
    assert "state courts are not bound" in rule.explanation
    clay = law.source("il-clay-union-pacific-2026")
    assert "secondary sources only" in clay.note


def test_texas_cubi_says_its_date_is_a_signing_date():
    cubi = law.source("tx-bcc-503-001")
    assert cubi.in_force_from == datetime.date(2009, 6, 19)
    assert "signing of HB 3186" in cubi.note and "not verified" in cubi.note


# Statuto dei lavoratori (Law no. 300 of 20 May 1970), art. 4(2) since d.lgs.
# 151/2015: no agreement is needed for work tools and attendance recording.
def test_italy_exempts_attendance_recording_from_the_union_agreement():
    badge = {"purposes": ["attendance"], "representatives": "informed"}
    assert "remote-control-without-agreement" not in raised("IT", badge)
    screens = {"data": ["screenshots"], "purposes": ["productivity_metrics"]}
    found = raised("IT", {**screens, "representatives": "informed"})
    assert "remote-control-without-agreement" in found
    statuto = law.source("it-statuto-4")
    assert statuto.in_force_from == datetime.date(1970, 5, 20)
    assert "Art. 4(2)" in statuto.note
    paragraph = law.jurisdiction("IT").representation.paragraphs["information_basis"]
    assert "attendance and access" in paragraph


# ArbVG §96a: personnel data systems and assessment systems need the works
# council's consent, which the Schlichtungsstelle can replace.
def test_austria_cites_section_96a_for_personnel_data_systems():
    rule = RULES["works-council-consent-missing"]
    assert "at-arbvg-96a" in rule.sources
    assert "conciliation body" in rule.explanation
    austria = law.jurisdiction("AT").representation
    assert "at-arbvg-96a" in austria.sources
    assert "{at-arbvg-96a}" in austria.paragraphs["information_basis"]


# Employees (Provision of Information and Consultation) Act 2006: 50 employees.
def test_ireland_names_the_50_employee_threshold():
    paragraph = law.jurisdiction("IE").representation.paragraphs["information_basis"]
    assert "at least 50 employees" in paragraph


# Calibration: the Garante's Deliveroo injunction (22 July 2021, no. 285) found a
# six-year retention of riders' data a breach of storage limitation.
def test_location_traces_kept_for_years_are_high_and_critical_in_italy():
    years = {"data": ["location"], "retention": 3 * 365}
    for country in ("DE", "GB", "IE"):
        found = raised(country, years)
        assert found["tracking-data-kept-for-years"].severity == "high"
        assert found["retention-over-a-year"].severity == "medium"
    italian = raised("IT", years, digital_labour_platform="yes")
    assert italian["tracking-data-kept-for-years"].severity == "critical"
    assert "garante-deliveroo-2021" in cited(italian["tracking-data-kept-for-years"])
    months = {"data": ["location"], "retention": 400}
    assert "tracking-data-kept-for-years" not in raised("DE", months)


# Calibration: a genuinely free opt-in with the safeguards Arts. 6(4)(e), 7(4), 25(1)
# and 35(9) name keeps only the data-minimisation point, at medium.
FREE_OPT_IN_TRAINING = {
    **FREE_OPT_IN,
    "purposes": ["ai_training"],
    "data": ["keystroke_dynamics", "mouse_movement", "clicks"],
    "de_identification": "pseudonymised",
    "dpia": "done_shared",
    "representatives": "consulted",
}


def test_a_genuinely_free_opt_in_is_not_high_for_training_on_traces():
    found = raised("DE", FREE_OPT_IN_TRAINING)
    assert "ai-training-on-behavioural-traces" not in found
    safeguarded = found["ai-training-on-behavioural-traces-with-safeguards"]
    assert safeguarded.severity == "medium"
    assert {"gdpr-art-6-4", "gdpr-art-25"} <= cited(safeguarded)


@pytest.mark.parametrize(
    ("path", "worse"),
    [
        ("participation.incentives", "yes"),
        ("participation.refusal_consequences", "yes"),
        ("participation.withdrawal", "hard"),
        ("participation.mode", "opt_out"),
        ("de_identification", "none"),
        ("dpia", "done_not_shared"),
        ("representatives", "informed"),
    ],
)
def test_training_on_traces_is_high_once_any_safeguard_is_missing(path, worse):
    found = raised("DE", {**FREE_OPT_IN_TRAINING, path: worse})
    assert found["ai-training-on-behavioural-traces"].severity == "high"
    assert "ai-training-on-behavioural-traces-with-safeguards" not in found


# Mosby v. Ingalls (Ill. 2023): BIPA §10 leaves out what is collected for health care
# treatment, payment or operations under HIPAA. The format cannot say what a scan
# serves, so the Illinois findings name the exclusion and ask.
@pytest.mark.parametrize(
    "slug", ["il-biometrics-without-written-release", "il-biometric-retention-policy"]
)
def test_illinois_biometric_findings_name_the_health_care_exclusion(slug):
    scans = {"data": ["biometric_id"], "notice": "none", "retention": "unknown"}
    finding = raised("US", scans, region="US-IL")[slug]
    assert {"il-bipa-10", "il-mosby-2023"} <= cited(finding)
    assert "HIPAA" in finding.rule.explanation
    assert any("HIPAA" in question for question in finding.rule.questions)


# Köpke v Germany (2010), López Ribalda v Spain (GC 2019): covert filming on a
# suspicion, limited in place and time, can be proportionate; France forbids any
# monitoring workers were not told of (art. L1222-4 Code du travail).
def test_covert_filming_for_an_investigation_asks_for_its_limits():
    covert = {"notice": "none", "notice_before_start": "no"}
    german = raised("DE", covert)
    assert "secret-monitoring" not in german
    assert "notice-after-start" not in german
    finding = german["covert-filming-for-an-investigation"]
    assert finding.severity == "medium"
    assert {"echr-kopke-2010", "echr-lopez-ribalda-2019"} <= cited(finding)
    assert raised("GB", covert)["covert-filming-for-an-investigation"].references
    french = raised("FR", covert)["covert-filming-for-an-investigation"]
    assert french.severity == "critical"


@pytest.mark.parametrize(
    "changes",
    [
        {"purposes": ["security", "productivity_metrics"]},  # not an investigation
        {"when": "always"},  # around the clock
        {"access": "broad"},  # seen by many managers
        {"data": ["cctv", "microphone"]},  # sound too
    ],
)
def test_other_secret_filming_stays_secret_monitoring(changes):
    found = raised("DE", {"notice": "none", "notice_before_start": "no", **changes})
    assert found["secret-monitoring"].severity == "high"
    assert found["notice-after-start"].severity == "high"
    assert "covert-filming-for-an-investigation" not in found


# Bărbulescu v Romania (GC 2017, § 121) and the Hellenic DPA's ALLSEAS decision
# (2020): messages read in checks announced beforehand, to investigate, are weighed
# by the Court's criteria, not rated as blanket capture of content.
def test_announced_message_checks_are_weighed_by_the_barbulescu_criteria():
    checks = {
        "data": ["communications_content"],
        "purposes": ["security", "discipline"],
        "lawful_basis": "legitimate_interests",
    }
    found = raised("GR", checks)
    assert "communications-content-monitored" not in found
    assert "legitimate-interests-cannot-carry-content-capture" not in found
    finding = found["announced-message-checks"]
    assert finding.severity == "medium"
    assert "echr-barbulescu-2017" in cited(finding)
    vague = raised("GR", {**checks, "notice": "vague_written"})
    assert vague["communications-content-monitored"].severity == "high"
    assert vague["legitimate-interests-cannot-carry-content-capture"].severity == "high"
    assert "announced-message-checks" not in vague


# The CNIL accepts listening to or recording calls now and then, to train or evaluate
# staff, never permanently or systematically unless a law requires it. The format
# cannot tell the two apart, so the findings keep their severity and ask.
@pytest.mark.parametrize(
    ("slug", "data"),
    [
        ("communications-content-monitored", "communications_content"),
        ("webcam-or-microphone", "microphone"),
    ],
)
def test_call_recording_findings_cite_the_cnil_and_ask_how_often(slug, data):
    calls = {"data": [data], "purposes": ["performance_evaluation"]}
    finding = raised("FR", calls)[slug]
    assert "cnil-call-recording" in cited(finding)
    assert "permanently or systematically" in finding.rule.explanation
    assert "cnil-call-recording" not in cited(raised("DE", calls)[slug])


# Croatia, Act on the Implementation of the GDPR (NN 42/18), art. 23: biometrics to
# record working time or entry and exit, on explicit consent, with an alternative.
def test_croatia_allows_a_freely_chosen_biometric_clock():
    clock = {
        "data": ["biometric_id"],
        "purposes": ["attendance"],
        "lawful_basis": "consent",
        "participation.mode": "opt_in",
    }
    croatian = raised("HR", clock)
    assert "biometric-identification" not in croatian
    finding = croatian["biometrics-on-free-explicit-consent"]
    assert finding.severity == "low"
    assert "hr-gdpr-act-23" in cited(finding)
    slovenian = raised("SI", clock)["biometrics-on-free-explicit-consent"]
    assert slovenian.severity == "high"
    assert "hr-gdpr-act-23" not in cited(slovenian)
    rewarded = raised("HR", {**clock, "participation.incentives": "yes"})
    assert rewarded["biometric-identification"].severity == "high"
    productivity = raised("HR", {**clock, "purposes": ["attendance", "discipline"]})
    assert "biometrics-on-free-explicit-consent" not in productivity
