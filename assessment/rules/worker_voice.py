"""The rights of works councils and unions over monitoring."""

from .base import CRITICAL, EEA_AND_GB, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, any_of, includes, includes_other_than
from .predicates import (
    has_representatives,
    has_works_council,
    monitors_intrusively,
    representatives_not_agreed,
    representatives_sidelined,
    scores_people,
    uses_technical_device,
)
from .references import (
    AT_ARBVG,
    AT_ARBVG_96A,
    AT_OGH_FINGERPRINTS,
    BETRVG_80,
    BETRVG_87,
    BETRVG_90,
    CODE_TRAVAIL_L1222_4,
    CODE_TRAVAIL_L2312_38,
    ET_64_4_D,
    ET_64_5_F,
    ICO_MONITORING,
    IT_STATUTO,
    LOPDGDD_87,
    NATIONAL_STEEL,
    NL_WOR,
    NL_WOR_27_4,
    NLRA_7,
    NLRA_8_A_1,
    NLRA_8_A_5,
    NLRA_8_D,
    NLRB_ADVANCEPIERRE,
    NLRB_COLGATE,
    NLRB_GC_25_05,
    eu_gdpr,
)

RULES = (
    Rule(
        slug="codetermination-bypassed",
        concern="worker_voice",
        severity=CRITICAL,
        where=("DE",),
        when=all_of(
            has_works_council, uses_technical_device, representatives_sidelined
        ),
        title=_("The works council's agreement was not obtained"),
        explanation=_(
            "Any technical device able to monitor behaviour or performance needs the "
            "works council's agreement before it is introduced; being able to "
            "monitor is enough, intent does not matter. The council was at most "
            "informed."
        ),
        sources=(BETRVG_87, BETRVG_80),
        questions=(
            _(
                "When will you submit this system to the works council for "
                "co-determination?"
            ),
        ),
    ),
    Rule(
        slug="codetermination-consulted-only",
        concern="worker_voice",
        severity=HIGH,
        where=("DE",),
        when=all_of(
            has_works_council,
            uses_technical_device,
            answer("representatives", "consulted"),
        ),
        title=_("Consultation is not co-determination"),
        explanation=_(
            "The works council was consulted, but its agreement is required: "
            "without a works agreement the system may not be introduced."
        ),
        sources=(BETRVG_87, BETRVG_90),
        questions=(_("Will you conclude a works agreement on this system?"),),
    ),
    Rule(
        slug="cse-not-consulted",
        concern="worker_voice",
        severity=HIGH,
        where=("FR",),
        when=all_of(
            answer(
                "workplace.worker_representation",
                "works_council",
                "union",
                "both",
                "unknown",
            ),
            representatives_sidelined,
        ),
        title=_("The CSE was not informed and consulted beforehand"),
        explanation=_(
            "In a company with at least 50 employees, the social and economic "
            "committee (CSE) must be informed and consulted before means or "
            "techniques for monitoring employees' activity are introduced. In a "
            "smaller company the CSE has no such right of consultation, but workers "
            "must still be told beforehand."
        ),
        sources=(CODE_TRAVAIL_L2312_38, CODE_TRAVAIL_L1222_4),
        questions=(
            _("Does the company have at least 50 employees?"),
            _("When was, or will, the CSE be consulted on this practice?"),
        ),
    ),
    Rule(
        slug="works-council-consent-missing",
        concern="worker_voice",
        severity=HIGH,
        where=("NL", "AT"),
        when=all_of(has_works_council, representatives_not_agreed),
        title=_("The works council has not consented"),
        explanation=_(
            "Here the works council must consent to systems that monitor workers. "
            "In Austria that covers control measures that touch human dignity, and "
            "systems that process workers' personal data beyond general personal "
            "details and qualifications or that assess workers, where a "
            "conciliation body can replace a refused consent. No such consent was "
            "given."
        ),
        sources=(NL_WOR, NL_WOR_27_4, AT_ARBVG, AT_ARBVG_96A, AT_OGH_FINGERPRINTS),
        questions=(_("When will you ask the works council for its consent?"),),
    ),
    Rule(
        slug="remote-control-without-agreement",
        concern="worker_voice",
        severity=HIGH,
        where=("IT",),
        # Art. 4(2): recording attendance and access needs neither.
        when=all_of(
            representatives_not_agreed, includes_other_than("purposes", "attendance")
        ),
        title=_("Remote monitoring without a union agreement or authorisation"),
        explanation=_(
            "Tools that allow remote control of workers' activity need a union "
            "agreement or an authorisation from the labour inspectorate. This does "
            "not apply to the tools workers use to do their job or to systems that "
            "record attendance and access. The labour inspectorate reads work tools "
            "narrowly: a tracking system added to them, such as GPS, is not one."
        ),
        sources=(IT_STATUTO,),
        questions=(_("Which agreement or authorisation covers this tool?"),),
    ),
    Rule(
        slug="representatives-not-involved",
        concern="worker_voice",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(has_representatives, answer("representatives", "not_involved")),
        title=_("Workers' representatives were left out"),
        explanation=_(
            "A works council or union exists but had no part in this practice. "
            "Monitoring rules are expected to come with safeguards, and the views of "
            "workers or their representatives should be sought."
        ),
        sources=(*eu_gdpr("88(2)", "35(9)"), ICO_MONITORING),
        questions=(_("Why were workers' representatives not involved?"),),
    ),
    Rule(
        slug="representatives-involvement-unknown",
        concern="worker_voice",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(has_representatives, answer("representatives", "unknown")),
        title=_("Unclear whether representatives were involved"),
        explanation=_(
            "It is not known whether the works council or union agreed to, or was "
            "consulted on, this practice."
        ),
        sources=(*eu_gdpr("88(2)"), ICO_MONITORING),
        questions=(
            _("Was the works council or union consulted, and is there an agreement?"),
        ),
    ),
    Rule(
        slug="monitoring-may-chill-organising",
        concern="worker_voice",
        severity=MEDIUM,
        where=("US",),
        # Cameras and message logs can see who talks to whom about a union.
        when=any_of(
            monitors_intrusively, includes("data", "cctv", "communications_metadata")
        ),
        title=_("Intrusive monitoring can interfere with organising"),
        explanation=_(
            "Intrusive electronic monitoring can deter employees from acting "
            "together about their working conditions. Federal labor law protects "
            "that concerted activity, and an employer that watches it, or makes "
            "employees believe it is watched, can interfere with it unlawfully. "
            "The General Counsel's 2022 memo on electronic monitoring was withdrawn "
            "in February 2025, so the point rests on the Act itself as the Board "
            "applies it."
        ),
        sources=(NLRA_7, NLRA_8_A_1, NLRB_ADVANCEPIERRE, NLRB_GC_25_05),
        questions=(
            _(
                "How do you ensure the monitoring cannot observe organising or "
                "collective activity?"
            ),
        ),
    ),
    Rule(
        slug="us-union-bargaining-monitoring",
        concern="worker_voice",
        severity=HIGH,
        where=("US",),
        when=all_of(
            answer("workplace.worker_representation", "union", "both"),
            uses_technical_device,
            representatives_sidelined,
        ),
        title=_("Monitoring was introduced without bargaining with the union"),
        explanation=_(
            "Where a union represents the workers, the employer must bargain with "
            "it in good faith over their terms and conditions of employment, and "
            "refusing to bargain is an unfair labor practice. The National Labor "
            "Relations Board held that installing and using surveillance cameras, "
            "even hidden ones, is a subject the employer must bargain over, and a "
            "federal court of appeals enforced that ruling. Other electronic "
            "monitoring of work is likely to be treated alike, although no decision "
            "has yet said so for keystroke or screen capture. Here the union was at "
            "most informed. It can ask to bargain over the monitoring and for "
            "information about it: in the camera case the employer also had to "
            "bargain over how to meet the unions' request for information about its "
            "cameras."
        ),
        sources=(NLRA_8_A_5, NLRA_8_D, NLRB_COLGATE, NATIONAL_STEEL),
        questions=(
            _(
                "When will you bargain with the union over this monitoring, and "
                "will you pause it until then?"
            ),
        ),
    ),
    Rule(
        slug="es-algorithm-information-missing",
        concern="worker_voice",
        severity=HIGH,
        where=("ES",),
        when=all_of(
            has_representatives,
            any_of(scores_people, answer("decisions", "automated", "informs_human")),
            answer("representatives", "not_involved"),
        ),
        title=_("The works council was not told how the algorithm decides"),
        explanation=_(
            "In Spain the works council, or the staff delegates in a smaller "
            "workplace, must be informed of the parameters, rules and instructions "
            "of algorithms and AI systems that affect decisions on working "
            "conditions or employment, including profiling. Here the "
            "representatives were not involved."
        ),
        sources=(ET_64_4_D,),
        questions=(
            _(
                "When will you give the works council the parameters, rules and "
                "instructions on which this system's decisions rest?"
            ),
        ),
    ),
    Rule(
        slug="es-control-system-without-report",
        concern="worker_voice",
        severity=HIGH,
        where=("ES",),
        when=all_of(
            has_representatives, uses_technical_device, representatives_sidelined
        ),
        title=_("The works council could not report before the system was introduced"),
        explanation=_(
            "In Spain the workers' representatives may issue a report before the "
            "employer introduces or changes systems for organising and controlling "
            "work, and take part in setting the rules for using digital devices. "
            "Here they were at most informed."
        ),
        sources=(ET_64_5_F, LOPDGDD_87),
        questions=(
            _("When will you ask the works council for its report on this system?"),
        ),
    ),
)
