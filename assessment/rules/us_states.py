"""US state and city workplace laws: California, Colorado, Illinois, Maine, Texas,
Washington, NYC."""

from .anonymisation import BEHAVIOUR_CALLED_ANONYMOUS
from .base import CRITICAL, HIGH, LOW, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import (
    all_of,
    answer,
    any_of,
    includes,
    includes_other_than,
    kept_longer_than,
    none_of,
)
from .consent import REWARDED
from .predicates import (
    collects_content,
    evaluates_people,
    measures_work_activity,
    scores_people,
    shares_outside,
    trains_ai,
)
from .references import (
    BIPA_10,
    BIPA_15_A,
    BIPA_15_B,
    BIPA_2024,
    CA_LABOR_435,
    CA_WAREHOUSE_QUOTAS,
    CCPA_DEIDENTIFIED,
    CCPA_INCENTIVES,
    CCPA_PROPORTIONATE,
    CCPA_RIGHT_TO_LIMIT,
    CCPA_SENSITIVE,
    CO_ADMT,
    CPPA_INCENTIVE_NOTICE,
    CPPA_RISK_ASSESSMENT,
    IL_CLAY,
    IL_COTHRON,
    IL_HUMAN_RIGHTS_AI,
    IL_MOSBY,
    ME_SURVEILLANCE,
    NYC_AEDT,
    TX_CUBI,
    WA_BIOMETRICS,
)
from .sensitive_data import BIOMETRIC

# What California counts as sensitive: message contents (unless addressed to the
# employer), log-ins with their passwords, biometrics used to identify someone.
captures_message_contents = includes(
    "data", "keystroke_content", "communications_content"
)
collects_sensitive_information = includes(
    "data", "keystroke_content", "communications_content", "biometric_id"
)
# A system that decides about people, or scores them for a human who decides: what
# Illinois calls AI in employment decisions and New York City an automated tool.
system_judges_people = any_of(
    answer("decisions", "automated"),
    all_of(answer("decisions", "informs_human"), scores_people),
)
# Hiring and promotion are what New York City's law covers; the format knows them
# as evaluating performance and planning the workforce.
selects_people = includes("purposes", "performance_evaluation", "workforce_planning")
# No specific written notice, or none before collection began.
# BIPA leaves out what is collected for health care treatment, payment or operations
# under HIPAA, health-care workers' scans included (Mosby, 2023). The format cannot
# say what a scan serves, so the findings name the exclusion and ask.
HEALTH_CARE_EXCLUSION = (BIPA_10, IL_MOSBY)
ASK_HEALTH_CARE_EXCLUSION = _(
    "Do you say these scans are collected for health care treatment, payment or "
    "operations under HIPAA, and so fall outside the Act? For which tasks?"
)
NOT_CLEARLY_TOLD = any_of(
    answer("notice", "vague_written", "verbal", "none"),
    answer("notice_before_start", "no"),
)

CALIFORNIA = (
    Rule(
        slug="ca-message-contents-are-sensitive",
        concern="sensitive_data",
        severity=MEDIUM,
        where=("US-CA",),
        when=captures_message_contents,
        title=_("Message contents are sensitive information in California"),
        explanation=_(
            "Under California's privacy law the contents of a worker's mail, e-mail "
            "and text messages are sensitive personal information unless the "
            "employer is the intended recipient, and so are log-in names together "
            "with their passwords. Recording what is typed, or reading "
            "communications, collects both. Where the employer uses such "
            "information to infer things about workers, or for more than narrow "
            "purposes such as security, it must tell them and let them limit its "
            "use to what is necessary."
        ),
        sources=(CCPA_SENSITIVE, CCPA_RIGHT_TO_LIMIT),
        questions=(
            _(
                "Which messages, passwords or other sensitive information does this "
                "practice capture, and what is it used for?"
            ),
            _("How can a worker limit the use of their sensitive information?"),
        ),
    ),
    Rule(
        slug="ca-content-capture-must-be-proportionate",
        concern="proportionality",
        severity=MEDIUM,
        where=("US-CA",),
        when=collects_content,
        title=_("California allows only necessary and proportionate collection"),
        explanation=_(
            "California's privacy law allows an employer to collect, use and keep "
            "workers' personal information only as far as is reasonably necessary "
            "and proportionate to the purpose it disclosed, weighing the least "
            "information that would do, the harm to workers and the safeguards. "
            "Recording what people type, their screens, their messages or their "
            "voices and faces goes far beyond what most purposes need; the "
            "employer must show why less intrusive means would not do."
        ),
        sources=(CCPA_PROPORTIONATE,),
        questions=(
            _(
                "What purpose requires capturing this content, and why would less "
                "intrusive means not do?"
            ),
        ),
    ),
    Rule(
        slug="ca-sensitive-information-without-risk-assessment",
        concern="governance",
        severity=MEDIUM,
        where=("US-CA",),
        when=all_of(collects_sensitive_information, answer("dpia", "not_done")),
        title=_("Sensitive information is processed without a risk assessment"),
        explanation=_(
            "Since 1 January 2026, California's privacy regulations require an "
            "employer to assess the risks before it processes workers' sensitive "
            "personal information, such as message contents, log-in credentials or "
            "biometrics, apart from narrow uses such as payroll and benefits, and "
            "not to go ahead where the risks to workers outweigh the benefits. "
            "Processing that began before 2026 must be assessed by 31 December "
            "2027. No assessment was carried out here."
        ),
        sources=(CPPA_RISK_ASSESSMENT, CCPA_SENSITIVE),
        questions=(
            _("When did this processing begin, and when will you assess its risks?"),
        ),
    ),
    Rule(
        slug="ca-ai-training-without-risk-assessment",
        concern="ai_training",
        severity=MEDIUM,
        where=("US-CA",),
        when=all_of(trains_ai, answer("dpia", "not_done", "unknown")),
        title=_("Workers' data trains AI without a known risk assessment"),
        explanation=_(
            "Since 1 January 2026, California's privacy regulations require a risk "
            "assessment before an employer uses personal information to train "
            "automated decision-making technology meant for significant decisions "
            "about people, such as hiring, pay or promotion, or technology that "
            "identifies people, recognises emotions or profiles them by their "
            "bodies. Workers' data may serve a new purpose only where that purpose "
            "is disclosed and fits the context in which the data was collected. No "
            "risk assessment is known here."
        ),
        sources=(CPPA_RISK_ASSESSMENT, CCPA_PROPORTIONATE),
        questions=(
            _(
                "What will the trained models do, and will they make or support "
                "decisions about people?"
            ),
            _("Where is the risk assessment for this training?"),
        ),
    ),
    Rule(
        slug="ca-financial-incentive-for-data",
        concern="consent",
        severity=MEDIUM,
        where=("US-CA",),
        when=REWARDED,
        title=_("A reward for data is a financial incentive under California law"),
        explanation=_(
            "California's privacy law, which covers employees, lets a business "
            "reward people for the collection or retention of their personal "
            "information only on conditions: before anyone joins, a notice of the "
            "financial incentive that sets out its material terms, the information "
            "collected and a good-faith estimate of what that data is worth; prior "
            "opt-in consent that can be withdrawn at any time; and no practice that "
            "is unjust, unreasonable, coercive or usurious. Whether a reward an "
            "employer pays its own staff for monitoring data is such a program has "
            "not been tested, and where workers depend on the reward, coercion is "
            "close."
        ),
        sources=(CCPA_INCENTIVES, CPPA_INCENTIVE_NOTICE),
        questions=(
            _(
                "Where is the notice of financial incentive for this program, with "
                "its estimate of what the data is worth?"
            ),
            _("How does a worker withdraw, and what do they lose by doing so?"),
        ),
    ),
    Rule(
        slug="ca-deidentified-claim-unsupported",
        concern="anonymisation",
        severity=MEDIUM,
        where=("US-CA",),
        when=BEHAVIOUR_CALLED_ANONYMOUS,
        title=_("Data called anonymous stays personal information in California"),
        explanation=_(
            "Under California's privacy law, information is deidentified, and so "
            "outside workers' rights, only if it cannot reasonably be linked to a "
            "person and the employer takes reasonable measures to keep it so, "
            "publicly commits to keep it deidentified and not to re-identify it, "
            "and binds every recipient by contract to the same. Typing rhythm, "
            "mouse paths, screens and messages can identify people, so until those "
            "conditions are shown this data remains personal information, with the "
            "rights to know, delete and correct it."
        ),
        sources=(CCPA_DEIDENTIFIED,),
        questions=(
            _(
                "Where is your public commitment not to re-identify this data, and "
                "which contracts bind those who receive it?"
            ),
        ),
    ),
    Rule(
        slug="ca-warehouse-quotas",
        concern="transparency",
        severity=LOW,
        where=("US-CA",),
        when=all_of(measures_work_activity, evaluates_people),
        title=_("Warehouse quotas must be written down and leave time for breaks"),
        explanation=_(
            "If this is a warehouse distribution center in California and the "
            "employer has at least 100 employees there, or 1,000 across its centers "
            "in the state, each worker must receive a written description of every "
            "quota that applies: the amount of work expected in what time, and "
            "what may happen if it is missed. No quota may prevent meal or rest "
            "breaks, bathroom visits including the way there and back, or "
            "compliance with health and safety rules, and no one may be punished "
            "for missing a quota that was not disclosed."
        ),
        sources=(CA_WAREHOUSE_QUOTAS,),
        questions=(
            _(
                "Is this a warehouse distribution center, and how many people work "
                "there?"
            ),
            _(
                "Where is the written description of each quota, and how are breaks "
                "counted against it?"
            ),
        ),
    ),
    Rule(
        slug="ca-recording-in-restrooms-or-changing-rooms",
        concern="proportionality",
        severity=LOW,
        where=("US-CA",),
        when=all_of(
            includes("data", "cctv", "webcam", "microphone"),
            includes("devices", "workplace_premises"),
        ),
        title=_("No recording in restrooms, locker rooms or changing rooms"),
        explanation=_(
            "California forbids every employer to make audio or video recordings of "
            "employees in restrooms, locker rooms or rooms set aside for changing "
            "clothes, unless a court has ordered it, and a recording made there may "
            "not be used for any purpose. Check that no camera or microphone covers "
            "such rooms."
        ),
        sources=(CA_LABOR_435,),
        questions=(
            _(
                "Does any camera or microphone record in restrooms, locker rooms or "
                "changing rooms?"
            ),
        ),
    ),
)

ILLINOIS = (
    Rule(
        slug="il-biometrics-without-written-release",
        concern="consent",
        severity=CRITICAL,
        where=("US-IL",),
        when=all_of(BIOMETRIC, NOT_CLEARLY_TOLD),
        title=_("Biometrics are collected without an informed written release"),
        explanation=_(
            "Illinois forbids collecting a fingerprint, a scan of face or hand "
            "geometry or another biometric identifier unless the person has first "
            "been told in writing that it is collected, for what specific purpose "
            "and for how long, and has signed a written release. Workers here "
            "received no such written information. Each worker can sue; the "
            "Illinois Supreme Court held in 2023 that every scan without consent is "
            "a separate violation, and since August 2024 repeated collection from "
            "the same person by the same method counts as one violation, with one "
            "recovery. In April 2026 the federal Court of Appeals for the Seventh "
            "Circuit held, as reported, that this limit also applies to lawsuits "
            "already pending; Illinois state courts are not bound by that reading. "
            "The Act does not cover information collected for health care "
            "treatment, payment or operations under HIPAA: the Illinois Supreme "
            "Court held in 2023 that nurses' finger scans used to open medication "
            "cabinets fall outside it. If the scans serve such tasks, this finding "
            "may not apply."
        ),
        sources=(BIPA_15_B, IL_COTHRON, BIPA_2024, IL_CLAY, *HEALTH_CARE_EXCLUSION),
        questions=(
            _(
                "When will each worker receive the written information and sign a "
                "release, and will collection stop until then?"
            ),
            ASK_HEALTH_CARE_EXCLUSION,
        ),
    ),
    Rule(
        slug="il-biometric-release-to-check",
        concern="consent",
        severity=MEDIUM,
        where=("US-IL",),
        when=all_of(
            BIOMETRIC,
            answer("notice", "specific_written", "unknown"),
            none_of(answer("notice_before_start", "no")),
        ),
        title=_("Check that every worker signed a release before the first scan"),
        explanation=_(
            "In Illinois a notice alone is not enough. Before a worker's fingerprint "
            "or face is first scanned, the employer must have told them in writing "
            "the specific purpose and how long the data is kept, and must hold a "
            "written release the worker signed."
        ),
        sources=(BIPA_15_B,),
        questions=(
            _(
                "Did every worker sign a written release before their biometrics "
                "were first collected?"
            ),
        ),
    ),
    Rule(
        slug="il-biometric-retention-policy",
        concern="retention",
        severity=HIGH,
        where=("US-IL",),
        when=all_of(
            BIOMETRIC,
            any_of(
                kept_longer_than(3 * 365),
                answer("retention", "unknown"),
                answer("deletion_when_stopped", "no", "unknown"),
            ),
        ),
        title=_("No public schedule for destroying biometric data"),
        explanation=_(
            "An employer in Illinois that holds biometric identifiers must publish "
            "a written policy with a retention schedule, and destroy the data once "
            "the purpose of collecting it is fulfilled or three years after the "
            "worker's last interaction with the employer, whichever comes first. "
            "The answers here do not show the data destroyed within that time. "
            "The Act does not cover information collected for health care "
            "treatment, payment or operations under HIPAA, such as nurses' finger "
            "scans at medication cabinets (Illinois Supreme Court, 2023)."
        ),
        sources=(BIPA_15_A, *HEALTH_CARE_EXCLUSION),
        questions=(
            _(
                "Where is your published policy for keeping and destroying biometric data?"
            ),
            ASK_HEALTH_CARE_EXCLUSION,
        ),
    ),
    Rule(
        slug="il-ai-decisions-without-notice",
        concern="transparency",
        severity=HIGH,
        where=("US-IL",),
        when=all_of(system_judges_people, NOT_CLEARLY_TOLD),
        title=_("Illinois requires notice when AI is used in employment decisions"),
        explanation=_(
            "Since 1 January 2026, an employer in Illinois that uses artificial "
            "intelligence in decisions on recruitment, hiring, promotion, training, "
            "discipline, discharge or other terms of employment must tell employees "
            "so; failing to do so is a civil rights violation. Here a system scores "
            "people or decides about them, and workers were not clearly told."
        ),
        sources=(IL_HUMAN_RIGHTS_AI,),
        questions=(
            _(
                "Where do you tell employees that artificial intelligence is used, "
                "and in which decisions?"
            ),
        ),
    ),
    Rule(
        slug="il-ai-must-not-discriminate",
        concern="automated_decisions",
        severity=MEDIUM,
        where=("US-IL",),
        when=system_judges_people,
        title=_("AI in employment decisions must not discriminate"),
        explanation=_(
            "Since 1 January 2026, Illinois treats it as a civil rights violation "
            "when an employer uses artificial intelligence that has the effect of "
            "discriminating against employees on a protected ground, such as race, "
            "sex, age or disability, in recruitment, promotion, discipline, "
            "discharge or other terms of employment, or uses zip codes as a "
            "stand-in for such grounds. The effect counts, not the intent, so the "
            "employer must be able to show that it has checked."
        ),
        sources=(IL_HUMAN_RIGHTS_AI,),
        questions=(
            _(
                "How have you tested this system's outcomes for discrimination, and "
                "does it use zip codes or similar stand-ins?"
            ),
        ),
    ),
)

TEXAS = (
    Rule(
        slug="tx-biometrics-without-notice-and-consent",
        concern="consent",
        severity=MEDIUM,
        where=("US-TX",),
        when=all_of(
            BIOMETRIC,
            any_of(answer("notice", "none"), answer("notice_before_start", "no")),
        ),
        title=_("Biometrics are captured without prior notice and consent"),
        explanation=_(
            "Texas forbids capturing a fingerprint, a record of face or hand "
            "geometry, a voiceprint or an iris scan for a commercial purpose unless "
            "the person is told beforehand and consents. The law does not define a "
            "commercial purpose, and whether an employer's time clock or door "
            "access is one is not settled, so it is prudent to treat such uses as "
            "covered. The Attorney General enforces the law. Here workers were not "
            "told before capture."
        ),
        sources=(TX_CUBI,),
        questions=(
            _(
                "How and when were workers told about the biometric capture, and how "
                "did they consent?"
            ),
        ),
    ),
    Rule(
        slug="tx-biometrics-kept-too-long",
        concern="retention",
        severity=MEDIUM,
        where=("US-TX",),
        when=all_of(
            BIOMETRIC,
            any_of(
                answer("retention", "indefinite"),
                answer("deletion_when_stopped", "no"),
            ),
        ),
        title=_("Biometric identifiers are kept longer than Texas allows"),
        explanation=_(
            "Texas requires biometric identifiers captured for a commercial purpose "
            "to be destroyed within a reasonable time, and at the latest one year "
            "after the purpose of collecting them ends, for example when a worker "
            "leaves; they may not be sold or passed on except in narrow cases. Here "
            "they are kept indefinitely or not deleted when the practice stops. "
            "Whether the law reaches an employer's own time clock is not settled."
        ),
        sources=(TX_CUBI,),
        questions=(
            _(
                "When are a worker's biometric identifiers destroyed after they "
                "leave, or after the system is withdrawn?"
            ),
        ),
    ),
)

COLORADO = (
    Rule(
        slug="co-automated-decisions-notice",
        concern="automated_decisions",
        severity=HIGH,
        where=("US-CO",),
        when=system_judges_people,
        title=_("Colorado requires notice and human review of automated decisions"),
        explanation=_(
            "From 1 January 2027, an employer in Colorado that uses automated "
            "decision-making technology in consequential decisions about workers, "
            "such as hiring, pay, promotion or dismissal, must tell them, explain "
            "an adverse decision in plain language within 30 days, and let them "
            "correct inaccurate personal data and ask for human review. The "
            "Attorney General enforces the law. Training a model on workers' data "
            "is not itself such a decision: the duties apply once a system decides, "
            "or helps decide, about people, as it does here."
        ),
        sources=(CO_ADMT,),
        questions=(
            _(
                "How will workers be told that this system is used in decisions "
                "about them, and how can they ask for human review?"
            ),
        ),
    ),
)

MAINE = (
    Rule(
        slug="me-surveillance-notice-missing",
        concern="transparency",
        severity=HIGH,
        where=("US-ME",),
        # Security cameras and GPS in the employer's vehicles are outside the law.
        when=all_of(
            includes_other_than("data", "cctv", "location", "manager_notes"),
            any_of(
                answer("notice", "verbal", "none"),
                answer("notice_before_start", "no"),
            ),
        ),
        title=_("Maine requires notice before electronic monitoring begins"),
        explanation=_(
            "Since 14 July 2026, an employer in Maine may monitor employees "
            "electronically only if it has told them before the monitoring begins; "
            "it must also give written notice at least once a year and tell job "
            "applicants at the interview. Security cameras and GPS or safety devices "
            "in the employer's vehicles are excluded. Here workers were not told in "
            "writing, or only after the monitoring began. The Maine Department of "
            "Labor enforces the law, with fines of $100 to $500 per violation."
        ),
        sources=(ME_SURVEILLANCE,),
        questions=(
            _(
                "When was each employee first told of this monitoring, and where is "
                "this year's written notice?"
            ),
        ),
    ),
)

WASHINGTON = (
    Rule(
        slug="wa-biometrics-passed-on",
        concern="consent",
        severity=LOW,
        where=("US-WA",),
        when=all_of(BIOMETRIC, shares_outside),
        title=_("Check whether biometric identifiers are passed on for marketing"),
        explanation=_(
            "Washington's biometric law is narrow. It requires notice and consent, "
            "or a way to refuse, only where a biometric identifier is enrolled in a "
            "database for a commercial purpose, which it defines as selling or "
            "disclosing it to others for marketing unrelated to the original "
            "transaction; security purposes are excluded. An employer's time clock "
            "or door access is usually outside it. Here the identifiers go to other "
            "companies, so check what those companies may do with them."
        ),
        sources=(WA_BIOMETRICS,),
        questions=(
            _(
                "Which companies receive the biometric identifiers, and does the "
                "contract forbid any other use or further disclosure?"
            ),
        ),
    ),
)

NEW_YORK_CITY = (
    Rule(
        slug="nyc-aedt-bias-audit",
        concern="automated_decisions",
        severity=MEDIUM,
        where=("US-NY",),
        when=all_of(system_judges_people, selects_people),
        title=_("In New York City, an automated decision tool needs a bias audit"),
        explanation=_(
            "If the workplace is in New York City, an employer may use an automated "
            "tool that scores, ranks or recommends candidates for hiring or "
            "employees for promotion, and that substantially assists or replaces "
            "its own judgement, only if an independent bias audit of the tool was "
            "made within the past year and a summary of its results is published "
            "on the employer's website. The city has enforced this since 5 July "
            "2023."
        ),
        sources=(NYC_AEDT,),
        questions=(
            _(
                "Is the workplace in New York City, and is the tool used for hiring "
                "or promotion?"
            ),
            _("When was the last independent bias audit, and where is its summary?"),
        ),
    ),
    Rule(
        slug="nyc-aedt-notice",
        concern="transparency",
        severity=MEDIUM,
        where=("US-NY",),
        when=all_of(
            system_judges_people,
            selects_people,
            any_of(NOT_CLEARLY_TOLD, answer("notice_before_start", "no")),
        ),
        title=_("In New York City, people must be told ten business days ahead"),
        explanation=_(
            "If the workplace is in New York City, candidates and employees who live "
            "in the city must be told at least ten business days before an "
            "automated tool assesses them for hiring or promotion: that the tool is "
            "used, which qualifications and characteristics it assesses, and that "
            "they may ask for another process or an accommodation. Here workers "
            "were not clearly told in advance."
        ),
        sources=(NYC_AEDT,),
        questions=(
            _(
                "How and when are candidates and employees told about the tool, and "
                "how can they ask for another process?"
            ),
        ),
    ),
)

RULES = (
    *CALIFORNIA,
    *COLORADO,
    *ILLINOIS,
    *MAINE,
    *TEXAS,
    *WASHINGTON,
    *NEW_YORK_CITY,
)
