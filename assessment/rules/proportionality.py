"""Necessity and data minimisation: is the monitoring more than its purpose needs?"""

from .base import EEA_AND_GB, EVERYWHERE, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, includes, none_of
from .predicates import (
    announced_message_checks,
    collects_behaviour,
    evaluates_people,
    measures_work_activity,
)
from .references import (
    BAG_KEYLOGGER,
    BE_APD_154_2023,
    BE_CCT_68,
    CE_AMAZON,
    CNIL_2024,
    CNIL_AMAZON,
    CNIL_CALLS,
    CNIL_MONITORING,
    CODE_TRAVAIL_L1121_1,
    ECHR_BARBULESCU,
    ICO_MONITORING,
    ICO_SERCO,
    ILO_CODE,
    LOPDGDD_87,
    LOPDGDD_88,
    LOPDGDD_89,
    LOPDGDD_90,
    PL_KP_22_3,
    WP29_WORK,
    echr,
    gdpr,
)

MINIMISATION = gdpr("5(1)(c)")

RULES = (
    Rule(
        slug="keystroke-logging",
        concern="proportionality",
        severity=HIGH,
        where=EVERYWHERE,
        critical_by=(BAG_KEYLOGGER,),
        when=includes("data", "keystroke_content"),
        title=_("Everything typed is recorded"),
        explanation=_(
            "A keylogger records what people type, including passwords and private "
            "messages. Data-protection regulators consider this disproportionate in "
            "almost all cases; in Germany the Federal Labour Court held a keylogger "
            "installed without concrete suspicion unlawful and its findings unusable."
        ),
        sources=(
            ILO_CODE,
            LOPDGDD_87,
            *MINIMISATION,
            WP29_WORK,
            ICO_MONITORING,
            BAG_KEYLOGGER,
            CNIL_MONITORING,
            CODE_TRAVAIL_L1121_1,
        ),
        questions=(
            _(
                "What concrete risk requires recording keystroke content, and why "
                "would less intrusive means not do?"
            ),
        ),
    ),
    Rule(
        slug="screen-capture",
        concern="proportionality",
        severity=HIGH,
        where=EEA_AND_GB,
        critical_by=(CNIL_2024,),
        when=includes("data", "screenshots", "screen_recording"),
        title=_("Screens are captured"),
        explanation=_(
            "Screenshots or recordings capture everything on screen, including "
            "private and third-party information. Capturing everything is "
            "disproportionate in most cases."
        ),
        sources=(
            *MINIMISATION,
            WP29_WORK,
            ICO_MONITORING,
            CODE_TRAVAIL_L1121_1,
            CNIL_2024,
        ),
        questions=(_("How often are screens captured, and who looks at the images?"),),
    ),
    Rule(
        slug="communications-content-monitored",
        concern="proportionality",
        severity=HIGH,
        where=EVERYWHERE,
        when=all_of(
            includes("data", "communications_content"),
            none_of(announced_message_checks),
        ),
        title=_("The content of e-mails or chats is read"),
        explanation=_(
            "Monitoring the content of communications reaches into private "
            "correspondence. Blanket monitoring of communications is hardly ever "
            "proportionate. Recording calls now and then, for a short period, to "
            "train or evaluate staff can be justified; recording them permanently "
            "or systematically is not, unless a law requires it (so the CNIL in "
            "France)."
        ),
        sources=(
            *MINIMISATION,
            WP29_WORK,
            ICO_MONITORING,
            LOPDGDD_87,
            PL_KP_22_3,
            CNIL_CALLS,
            ILO_CODE,
        ),
        questions=(
            _("Which messages are read, by whom, and on what trigger?"),
            _(
                "Are calls or messages recorded now and then, for a short period, "
                "or all of them, all the time?"
            ),
        ),
    ),
    Rule(
        slug="announced-message-checks",
        concern="proportionality",
        severity=MEDIUM,
        where=EVERYWHERE,
        when=announced_message_checks,
        title=_("Messages may be read in checks announced beforehand"),
        explanation=_(
            "Workers were told in writing, before it began, that the content of "
            "their e-mails or chats may be checked, and only for security or to "
            "look into misconduct. The European Court of Human Rights asks whether "
            "workers were told beforehand that checks may happen and how far they "
            "go, whether there was a specific reason, whether a less intrusive "
            "means (such as looking only at who wrote to whom and when) would have "
            "done, what the consequences were, and what safeguards applied "
            "(Bărbulescu v Romania). A check of one person's messages on a concrete "
            "suspicion can pass this test; reading everyone's messages as a "
            "routine hardly ever does. The employer must show which it is."
        ),
        sources=(
            *gdpr("5(1)(c)", "6(1)(f)"),
            *echr(ECHR_BARBULESCU),
            WP29_WORK,
            ICO_MONITORING,
            ILO_CODE,
        ),
        questions=(
            _(
                "Which concrete reason triggers a check, whose messages are read, "
                "and who reads them?"
            ),
            _(
                "Why would looking at who wrote to whom and when, without the "
                "content, not have been enough?"
            ),
        ),
    ),
    Rule(
        slug="webcam-or-microphone",
        concern="proportionality",
        severity=HIGH,
        where=EEA_AND_GB,
        critical_by=(CNIL_2024,),
        when=includes("data", "webcam", "microphone"),
        title=_("Cameras or microphones record workers"),
        explanation=_(
            "Webcam or microphone recording captures faces, voices, homes and "
            "bystanders. It is among the most intrusive forms of monitoring. If "
            "what is recorded is phone calls, recording them now and then to train "
            "or evaluate staff can be justified; recording them permanently or "
            "systematically is not, unless a law requires it (so the CNIL in "
            "France)."
        ),
        sources=(
            *MINIMISATION,
            WP29_WORK,
            ICO_MONITORING,
            LOPDGDD_89,
            CNIL_2024,
            CNIL_CALLS,
        ),
        questions=(_("When are cameras or microphones switched on, and who decides?"),),
    ),
    Rule(
        slug="behavioural-telemetry",
        concern="proportionality",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=collects_behaviour,
        title=_("Fine-grained behaviour is logged"),
        explanation=_(
            "Typing rhythm, mouse movements, clicks or scrolling are logged. Such "
            "detail is rarely needed for the stated purpose, and it reveals far more "
            "about a person than the work done."
        ),
        sources=(*MINIMISATION, WP29_WORK, ICO_MONITORING),
        questions=(
            _(
                "Which purpose needs this level of detail, and what would aggregated "
                "data not achieve?"
            ),
        ),
    ),
    Rule(
        slug="monitoring-outside-working-time",
        concern="proportionality",
        severity=HIGH,
        where=EEA_AND_GB,
        when=answer("when", "always"),
        title=_("Monitoring continues outside working time"),
        explanation=_(
            "The practice also runs during breaks and private time. Monitoring "
            "outside working hours touches private life and needs special "
            "justification."
        ),
        sources=(*MINIMISATION, WP29_WORK, ICO_MONITORING, LOPDGDD_88),
        questions=(
            _("How will you ensure nothing is collected outside working time?"),
        ),
    ),
    Rule(
        slug="monitoring-hours-unknown",
        concern="proportionality",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=answer("when", "unknown"),
        title=_("It is unclear when the monitoring runs"),
        explanation=_(
            "It is not known whether the practice stops outside working hours."
        ),
        sources=(*MINIMISATION, WP29_WORK),
        questions=(
            _("Does this monitoring run during breaks or outside working hours?"),
        ),
    ),
    Rule(
        slug="personal-devices-monitored",
        concern="proportionality",
        severity=HIGH,
        where=EEA_AND_GB,
        when=includes("devices", "personal_device"),
        title=_("Workers' own devices are monitored"),
        explanation=_(
            "The practice runs on personal devices, where work and private life mix. "
            "Monitoring them risks capturing private activity and needs strict "
            "limits."
        ),
        sources=(*MINIMISATION, WP29_WORK, ICO_MONITORING),
        questions=(
            _(
                "What exactly is collected from personal devices, and how is private "
                "use kept out?"
            ),
        ),
    ),
    Rule(
        slug="private-content-captured",
        concern="proportionality",
        severity=HIGH,
        where=EVERYWHERE,
        when=answer("captures_private_content", "yes"),
        title=_("Private content can be captured"),
        explanation=_(
            "The practice can capture passwords, private messages, health searches "
            "or personal browsing. Nothing in a legitimate purpose needs such data."
        ),
        sources=(*gdpr("5(1)(c)", "25"), WP29_WORK, ICO_MONITORING, ILO_CODE),
        questions=(_("How do you prevent private content from being captured?"),),
    ),
    Rule(
        slug="private-content-unknown",
        concern="proportionality",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=answer("captures_private_content", "unknown"),
        title=_("Unclear whether private content is captured"),
        explanation=_(
            "It is not known whether the practice can capture passwords, private "
            "messages or personal browsing."
        ),
        sources=(*gdpr("25"), WP29_WORK),
        questions=(_("Can this practice capture passwords or private messages?"),),
    ),
    Rule(
        slug="fine-grained-productivity-tracking",
        concern="proportionality",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(measures_work_activity, evaluates_people),
        title=_("Minute-by-minute activity is used to judge people"),
        explanation=_(
            "Detailed activity or idle-time indicators are used to evaluate or "
            "discipline individuals. The employer must show that this level of "
            "detail is necessary. In the Amazon France Logistique case the CNIL "
            "found indicators of idle time and scanning speed excessive; ruling on "
            "the company's challenge, the Conseil d'État held that such indicators "
            "can rest on legitimate interests and reduced the fine from €32 "
            "million to €15 million, so the question is how far the detail and its "
            "use are necessary."
        ),
        sources=(*MINIMISATION, CNIL_AMAZON, CE_AMAZON, CNIL_2024, ICO_MONITORING),
        questions=(
            _(
                "Which indicators are used to judge individuals, and how is idle time "
                "interpreted?"
            ),
        ),
    ),
    Rule(
        slug="location-tracking",
        concern="proportionality",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=includes("data", "location"),
        title=_("Workers' location is tracked"),
        explanation=_(
            "Location data shows where someone is and, over time, how they live. It "
            "should be limited to working time and to what the task requires."
        ),
        sources=(*MINIMISATION, WP29_WORK, LOPDGDD_90),
        questions=(_("When is location recorded, and can workers switch it off?"),),
    ),
    Rule(
        slug="biometrics-where-a-card-would-do",
        concern="proportionality",
        severity=HIGH,
        where=EEA_AND_GB,
        critical_by=(ICO_SERCO,),
        when=all_of(
            includes("data", "biometric_id"),
            answer("participation.alternative_offered", "no", "unknown"),
        ),
        title=_("Fingerprints or faces are used where a card would do"),
        explanation=_(
            "Scanning fingerprints or faces to record attendance or open doors is "
            "necessary only if less intrusive means, such as a card, a fob or a PIN, "
            "would not achieve the purpose. The ICO ordered Serco Leisure to stop "
            "using facial recognition and fingerprints for attendance because cards "
            "or fobs would have done and no real alternative was offered."
        ),
        sources=(*MINIMISATION, ICO_SERCO, ICO_MONITORING, WP29_WORK),
        questions=(
            _(
                "Why would a card, fob or PIN not do, and can every worker choose one "
                "instead?"
            ),
        ),
    ),
    Rule(
        slug="be-cameras-watch-work-continuously",
        concern="proportionality",
        severity=HIGH,
        where=("BE",),
        critical_by=(BE_APD_154_2023,),
        when=all_of(
            includes("data", "cctv"),
            includes("purposes", "performance_evaluation", "productivity_metrics"),
            answer("when", "work_hours", "always"),
        ),
        title=_("Cameras watch people's work all the time"),
        explanation=_(
            "In Belgium cameras may be used to check workers' work or the "
            "production process only from time to time, never to film workers "
            "permanently, and decisions about a worker may not rest on camera "
            "images alone. The Data Protection Authority held that cameras "
            "announced for security but keeping shop staff under constant watch "
            "were more than that purpose needed."
        ),
        sources=(BE_CCT_68, BE_APD_154_2023, *MINIMISATION),
        questions=(
            _(
                "For which periods do the cameras check work, and who looks at the "
                "images?"
            ),
        ),
    ),
)
