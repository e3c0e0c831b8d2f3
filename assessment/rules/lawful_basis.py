"""The legal basis the employer claims, and whether it can carry the practice."""

from .base import CRITICAL, EEA_AND_GB, HIGH, LOW, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, includes, none_of
from .predicates import (
    announced_message_checks,
    collects_content,
    evaluates_people,
    monitors_intrusively,
    trains_ai,
)
from .references import (
    BAG_1_ABR_14_22,
    BDSG_26_4,
    CJEU_C34,
    CJEU_C65,
    ICO_MONITORING,
    IE_DOOLIN,
    LOPDGDD_89,
    PL_KP_22_2,
    PT_CT_20,
    PT_STJ_CAMERAS,
    SE_IMY_CAMERAS,
    WP29_WORK,
    eu_gdpr,
    gdpr,
)

RULES = (
    Rule(
        slug="no-lawful-basis-stated",
        concern="lawful_basis",
        # Earned by Art. 13(1)(c): not naming the basis breaches the duty to inform.
        # Whether a basis exists at all (Art. 6(1)) is a question this answer leaves
        # open, so the rule is not critical.
        severity=HIGH,
        where=EEA_AND_GB,
        when=answer("lawful_basis", "none_stated"),
        title=_("No legal basis is stated"),
        explanation=_(
            "The employer names no legal basis for this processing. Workers must be "
            "told on which legal basis their data is processed, so not naming one "
            "breaches the duty to inform them. It also leaves open whether the "
            "processing has a basis at all, which every use of personal data needs."
        ),
        sources=gdpr("13(1)(c)", "6(1)"),
        questions=(_("On which legal basis do you process this data?"),),
    ),
    Rule(
        slug="lawful-basis-unknown",
        concern="lawful_basis",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=answer("lawful_basis", "unknown"),
        title=_("The legal basis is not known"),
        explanation=_(
            "It is not known which legal basis the employer relies on. Workers are "
            "entitled to be told, and the answer decides which rights apply."
        ),
        sources=gdpr("6(1)", "13(1)(c)"),
        questions=(_("On which legal basis do you process this data?"),),
    ),
    Rule(
        slug="lawful-basis-unknown-for-intrusive-monitoring",
        concern="lawful_basis",
        severity=HIGH,
        where=EEA_AND_GB,
        when=all_of(answer("lawful_basis", "unknown"), monitors_intrusively),
        title=_("Intrusive monitoring without a known legal basis"),
        explanation=_(
            "The practice records content, behaviour, location or biometrics, or runs "
            "around the clock, and its legal basis is unknown. Such monitoring is "
            "hard to justify on any basis; the employer must show which one it uses "
            "and why it holds."
        ),
        sources=(*gdpr("5(2)", "6(1)"), WP29_WORK),
        questions=(
            _("Which legal basis covers this monitoring, and where is it documented?"),
        ),
    ),
    Rule(
        slug="legitimate-interests-need-balancing",
        concern="lawful_basis",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=answer("lawful_basis", "legitimate_interests"),
        title=_("Legitimate interests must be weighed against workers' rights"),
        explanation=_(
            "The employer relies on legitimate interests. That requires a documented "
            "balancing test showing the monitoring is necessary and that workers' "
            "interests do not override it; continuous monitoring seldom passes."
        ),
        sources=(*gdpr("6(1)(f)", "5(2)"), WP29_WORK, ICO_MONITORING),
        questions=(
            _("May we see the legitimate-interests assessment for this practice?"),
        ),
    ),
    Rule(
        slug="legitimate-interests-cannot-carry-content-capture",
        concern="lawful_basis",
        severity=HIGH,
        where=EEA_AND_GB,
        # A check of messages announced beforehand, to investigate, is weighed
        # by the Bărbulescu criteria instead (announced-message-checks).
        when=all_of(
            answer("lawful_basis", "legitimate_interests"),
            collects_content,
            none_of(announced_message_checks),
        ),
        title=_("Legitimate interests are unlikely to justify capturing content"),
        explanation=_(
            "Recording what workers type, see, say or write is among the most "
            "intrusive forms of monitoring. Guidance considers blanket capture of "
            "this kind hardly ever proportionate, so a balancing test is unlikely to "
            "come out in the employer's favour."
        ),
        sources=(*gdpr("6(1)(f)"), WP29_WORK, ICO_MONITORING),
        questions=(_("Why would less intrusive means not achieve the same purpose?"),),
    ),
    Rule(
        slug="contract-does-not-cover-monitoring",
        concern="lawful_basis",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=answer("lawful_basis", "contract"),
        title=_("The employment contract covers only what it strictly needs"),
        explanation=_(
            "The employer relies on the employment contract. That basis covers only "
            "processing objectively necessary to perform the contract, which "
            "monitoring of how people work rarely is."
        ),
        sources=gdpr("6(1)(b)"),
        questions=(
            _("Why is this monitoring necessary to perform the employment contract?"),
        ),
    ),
    Rule(
        slug="contract-cannot-cover-ai-training",
        concern="lawful_basis",
        severity=HIGH,
        where=EEA_AND_GB,
        when=all_of(answer("lawful_basis", "contract"), trains_ai),
        title=_("Training AI is not necessary for an employment contract"),
        explanation=_(
            "The data trains AI models, and the stated basis is the employment "
            "contract. Training AI is not needed to employ someone, so that basis "
            "cannot carry this use."
        ),
        sources=gdpr("6(1)(b)", "5(1)(b)"),
        questions=(_("Which other basis do you rely on for training AI?"),),
    ),
    Rule(
        slug="legal-obligation-must-be-named",
        concern="lawful_basis",
        severity=LOW,
        where=EEA_AND_GB,
        when=answer("lawful_basis", "legal_obligation"),
        title=_("Name the law that requires this"),
        explanation=_(
            "The employer says the law requires this processing. Then it should name "
            "the provision, and the monitoring must not go beyond what it requires."
        ),
        sources=gdpr("6(1)(c)", "6(3)"),
        questions=(_("Which legal provision obliges you to collect this data?"),),
    ),
    Rule(
        slug="works-agreement-needs-safeguards",
        concern="lawful_basis",
        severity=LOW,
        where=("EEA",),
        when=answer("lawful_basis", "collective_agreement"),
        title=_("A works agreement must contain real safeguards"),
        explanation=_(
            "The practice rests on a collective or works agreement. An agreement is "
            "not a legal basis merely by existing: it must itself meet the GDPR's "
            "principles, lawfulness and special-category rules (Arts. 5, 6(1) and "
            "9), with specific safeguards for dignity, transparency and monitoring, "
            "and courts review in full whether what it allows is necessary. In "
            "Germany the Federal Labour Court has held that the general clause on "
            "employee data (§ 26(1) BDSG) does not meet the requirements of Art. 88, "
            "which the CJEU set out in C-34/21 on a rule worded the same way, but "
            "that it is a legal basis where processing is needed for the works "
            "council's statutory rights. For monitoring, the employer must show a "
            "basis in the GDPR itself."
        ),
        sources=(*eu_gdpr("88(2)"), CJEU_C65, CJEU_C34, BDSG_26_4, BAG_1_ABR_14_22),
        questions=(
            _("Which clauses of the agreement limit this monitoring, and how?"),
        ),
    ),
    Rule(
        slug="camera-footage-used-to-judge-workers",
        concern="lawful_basis",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(includes("data", "cctv"), evaluates_people),
        title=_("Camera footage is used to evaluate or discipline workers"),
        explanation=_(
            "Cameras are usually installed for security. Using their footage to "
            "judge or discipline workers is a further purpose: it must be "
            "compatible with the first, and workers must have been told beforehand "
            "that footage may be used that way. In Ireland the courts held that "
            "using security footage to discipline an employee was processing for a "
            "new, incompatible purpose; in Sweden the data-protection authority "
            "holds that cameras may not be used to direct work."
        ),
        sources=(
            *gdpr("5(1)(b)", "6(4)", "13(1)(c)"),
            WP29_WORK,
            ICO_MONITORING,
            IE_DOOLIN,
            LOPDGDD_89,
            SE_IMY_CAMERAS,
        ),
        questions=(
            _(
                "Were workers told, before the footage was recorded, that it may be "
                "used to evaluate or discipline them?"
            ),
        ),
    ),
    Rule(
        slug="pl-cameras-used-to-judge-work",
        concern="lawful_basis",
        severity=HIGH,
        where=("PL",),
        when=all_of(
            includes("data", "cctv"),
            includes("purposes", "performance_evaluation", "productivity_metrics"),
        ),
        title=_("Cameras are used to assess how people work"),
        explanation=_(
            "In Poland an employer may film the workplace only where this is "
            "necessary for the workers' safety, to protect property, to control "
            "production or to keep information confidential. The list is closed: "
            "assessing how well employees work is not on it."
        ),
        sources=(PL_KP_22_2, *gdpr("5(1)(b)")),
        questions=(
            _(
                "Which of the purposes the Labour Code allows do the cameras serve, "
                "and how is the footage kept from being used to assess work?"
            ),
        ),
    ),
    Rule(
        slug="pt-remote-surveillance-controls-performance",
        concern="lawful_basis",
        severity=CRITICAL,
        where=("PT",),
        when=all_of(
            includes(
                "data",
                "cctv",
                "webcam",
                "microphone",
                "screenshots",
                "screen_recording",
                "keystroke_content",
                "keystroke_dynamics",
                "mouse_movement",
                "clicks",
                "app_and_web_usage",
            ),
            includes("purposes", "performance_evaluation", "productivity_metrics"),
        ),
        title=_("Remote surveillance is used to control how people perform"),
        explanation=_(
            "In Portugal an employer may not use technological means of remote "
            "surveillance at work to control workers' professional performance; "
            "breaching this is a very serious offence. Such means are allowed only "
            "to protect people and property, or where the nature of the activity "
            "requires it, and workers must be told of them. The Supreme Court "
            "held cameras aimed at workers' workstations unlawful."
        ),
        sources=(PT_CT_20, PT_STJ_CAMERAS, *gdpr("5(1)(b)")),
        questions=(
            _(
                "What protects people or property here, and how is this kept from "
                "being used to judge how people work?"
            ),
        ),
    ),
)
