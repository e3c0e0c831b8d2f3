"""Whether, when and how clearly workers were told about the practice."""

from .base import CRITICAL, EVERYWHERE, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, any_of, includes, none_of
from .predicates import films_for_an_investigation
from .references import (
    BE_CCT_68,
    BE_CCT_81,
    CCPA,
    CODE_TRAVAIL_L1222_4,
    CT_PA_26_73,
    CT_STATUTES,
    DE_CODE,
    DK_NAEVNENES_HUS,
    ECHR_KOPKE,
    ECHR_LOPEZ_RIBALDA,
    ICO_MONITORING,
    ILO_CODE,
    LOPDGDD_89,
    NY_CIVIL_RIGHTS,
    PL_KP_22_2_7,
    PL_UODO_HIDDEN_CAMERAS,
    PT_CT_20,
    SE_IMY_APOTEA,
    WP29_WORK,
    echr,
    gdpr,
)

US_NOTICE_STATES = ("US-NY", "US-CT", "US-DE")
# Connecticut's law covers all electronic monitoring on the employer's premises,
# cameras included; New York's §52-c and Delaware's §705 cover only the monitoring of
# telephone, e-mail and internet use, so they are cited only where that is monitored.
CT_NOTICE_LAWS = (CT_STATUTES, CT_PA_26_73)
WITHOUT_WRITTEN_NOTICE = answer("notice", "verbal", "none")
# What the New York and Delaware laws reach: messages, calls and internet use.
MONITORS_MAIL_PHONE_OR_INTERNET = includes(
    "data", "communications_content", "communications_metadata", "app_and_web_usage"
)
# Statutes that forbid monitoring workers were not told of, whatever the means (New
# York's and Delaware's reach only mail, phone and internet use: their own rules
# below), and decisions that found it unlawful.
FORBID_SECRET_MONITORING = (
    CODE_TRAVAIL_L1222_4,
    *CT_NOTICE_LAWS,
    PL_KP_22_2_7,
    PL_UODO_HIDDEN_CAMERAS,
)
SECRET_MONITORING_SOURCES = (
    *gdpr("5(1)(a)", "13"),
    WP29_WORK,
    ICO_MONITORING,
    CODE_TRAVAIL_L1222_4,
    *CT_NOTICE_LAWS,
    PL_KP_22_2_7,
    PL_UODO_HIDDEN_CAMERAS,
    BE_CCT_68,
    BE_CCT_81,
    PT_CT_20,
    CCPA,
    ILO_CODE,
)

RULES = (
    Rule(
        slug="secret-monitoring",
        concern="transparency",
        severity=HIGH,
        where=EVERYWHERE,
        critical_by=FORBID_SECRET_MONITORING,
        when=all_of(answer("notice", "none"), none_of(films_for_an_investigation)),
        title=_("Workers were not told about the monitoring"),
        explanation=_(
            "The practice runs without any notice to the people it monitors. Covert "
            "monitoring is acceptable, if at all, only on concrete suspicion of a "
            "crime, for a limited time; as a routine it is unlawful in most places."
        ),
        sources=SECRET_MONITORING_SOURCES,
        questions=(
            _(
                "Why were workers not informed, and when will they receive full "
                "written information?"
            ),
        ),
    ),
    Rule(
        slug="covert-filming-for-an-investigation",
        concern="transparency",
        severity=MEDIUM,
        where=EVERYWHERE,
        # Where a statute or decision forbids it, as critical as other secret
        # monitoring.
        critical_by=FORBID_SECRET_MONITORING,
        when=all_of(
            any_of(answer("notice", "none"), answer("notice_before_start", "no")),
            films_for_an_investigation,
        ),
        title=_("A camera filmed workers before they were told of it"),
        explanation=_(
            "A camera on the premises, used only for security or to look into "
            "misconduct, ran without workers being told beforehand. The European "
            "Court of Human Rights accepted covert filming that began only after a "
            "reasonable suspicion of serious misconduct, was limited in time (two "
            "weeks; about ten days) and to the place concerned, was seen by few, "
            "and where no milder means would have cleared the suspicion up (Köpke "
            "v Germany; López Ribalda v Spain). A hidden camera kept as a standing "
            "measure is not covered, and the duty to inform workers may still have "
            "been breached. The employer must show each of these conditions."
        ),
        sources=(
            *SECRET_MONITORING_SOURCES,
            *echr(ECHR_KOPKE, ECHR_LOPEZ_RIBALDA),
            LOPDGDD_89,
        ),
        questions=(
            _(
                "Which concrete suspicion, against whom, led to the filming, and "
                "when did it start and end?"
            ),
            _(
                "Why would a milder means, such as a visible camera or a check of "
                "the records, not have cleared the suspicion up?"
            ),
            _("Who saw the footage, and when were the workers filmed told?"),
        ),
    ),
    Rule(
        slug="vague-notice",
        concern="transparency",
        severity=MEDIUM,
        where=EVERYWHERE,
        when=answer("notice", "vague_written"),
        title=_("The written notice is too vague"),
        explanation=_(
            "Workers received only general wording (such as 'to improve our "
            "services'). Information must say concretely what is collected, for which "
            "purposes, on what basis, who receives it and for how long."
        ),
        sources=(
            *gdpr("12(1)", "13"),
            ICO_MONITORING,
            SE_IMY_APOTEA,
            DK_NAEVNENES_HUS,
            CCPA,
            ILO_CODE,
        ),
        questions=(
            _(
                "Please list what is collected, for which purposes, who receives it and "
                "for how long."
            ),
        ),
    ),
    Rule(
        slug="verbal-notice-only",
        concern="transparency",
        severity=MEDIUM,
        where=EVERYWHERE,
        when=answer("notice", "verbal"),
        title=_("Workers were told only by word of mouth"),
        explanation=_(
            "Spoken information cannot be checked or kept. Workers should be able to "
            "read, and go back to, what is collected and why, and the employer must "
            "be able to show what it said."
        ),
        sources=(*gdpr("5(2)", "12(1)"), ICO_MONITORING, ILO_CODE),
        questions=(_("Will you give workers the information about this in writing?"),),
    ),
    Rule(
        slug="us-written-notice-missing",
        concern="transparency",
        severity=HIGH,
        where=("US-NY",),
        when=all_of(MONITORS_MAIL_PHONE_OR_INTERNET, WITHOUT_WRITTEN_NOTICE),
        title=_("New York requires written notice of electronic monitoring"),
        explanation=_(
            "An employer in New York that monitors employees' telephone, e-mail or "
            "internet use must give written notice when an employee is hired, have "
            "the employee acknowledge it, and post it where employees can see it. "
            "The law covers only those kinds of monitoring, not cameras or location "
            "tracking. Here messages or internet use are monitored and no written "
            "notice was given."
        ),
        sources=(NY_CIVIL_RIGHTS,),
        questions=(_("When will you give the written notice the state law requires?"),),
    ),
    # The scope-correct form of what secret-monitoring was in these two states: no
    # notice at all of the monitoring their statutes cover.
    Rule(
        slug="mail-or-internet-monitored-without-any-notice",
        concern="transparency",
        severity=CRITICAL,
        where=("US-NY", "US-DE"),
        when=all_of(MONITORS_MAIL_PHONE_OR_INTERNET, answer("notice", "none")),
        title=_("Mail, calls or internet use are monitored without any notice"),
        explanation=_(
            "New York and Delaware allow an employer to monitor employees' "
            "telephone, e-mail or internet use only after notice; here employees "
            "were given none at all."
        ),
        sources=(NY_CIVIL_RIGHTS, DE_CODE),
        questions=(_("When will you give the written notice the state law requires?"),),
    ),
    Rule(
        slug="ct-written-notice-missing",
        concern="transparency",
        severity=HIGH,
        where=("US-CT",),
        when=WITHOUT_WRITTEN_NOTICE,
        title=_("Connecticut requires prior written notice of electronic monitoring"),
        explanation=_(
            "An employer in Connecticut must tell employees in writing, before it "
            "starts, what kinds of electronic monitoring it carries out, and post "
            "the notice where employees can see it. Since 1 October 2026 the notice "
            "must also say where the monitoring takes place and be given to new "
            "hires. Here no written notice was given."
        ),
        sources=(CT_STATUTES, CT_PA_26_73),
        questions=(_("When will you give the written notice the state law requires?"),),
    ),
    Rule(
        slug="de-monitoring-notice-missing",
        concern="transparency",
        severity=HIGH,
        where=("US-DE",),
        when=all_of(MONITORS_MAIL_PHONE_OR_INTERNET, WITHOUT_WRITTEN_NOTICE),
        title=_("Delaware requires notice of monitoring, acknowledged or daily"),
        explanation=_(
            "An employer in Delaware that monitors employees' telephone, e-mail or "
            "internet use must either give a one-time notice in writing or "
            "electronically that the employee acknowledges, or show an electronic "
            "notice each day the employee uses these systems. The law covers only "
            "those kinds of monitoring, not cameras or location tracking. Here "
            "messages or internet use are monitored and no such notice was given."
        ),
        sources=(DE_CODE,),
        questions=(_("How do employees receive and acknowledge the notice?"),),
    ),
    Rule(
        slug="notice-after-start",
        concern="transparency",
        severity=HIGH,
        where=EVERYWHERE,
        when=all_of(
            answer("notice_before_start", "no"), none_of(films_for_an_investigation)
        ),
        title=_("Workers were told only after monitoring began"),
        explanation=_(
            "Information must be given when data is collected, and many laws require "
            "it in advance; data gathered before workers knew was collected without "
            "the transparency they were owed."
        ),
        sources=(
            *gdpr("13(1)"),
            CODE_TRAVAIL_L1222_4,
            *CT_NOTICE_LAWS,
            PL_KP_22_2_7,
            BE_CCT_68,
            BE_CCT_81,
            ILO_CODE,
        ),
        questions=(
            _(
                "What data was collected before workers were told, and will you delete "
                "it?"
            ),
        ),
    ),
    # How and when workers were told are two facts: each finding names only its own.
    Rule(
        slug="notice-unknown",
        concern="transparency",
        severity=MEDIUM,
        where=EVERYWHERE,
        when=answer("notice", "unknown"),
        title=_("It is not known how workers were informed"),
        explanation=_(
            "It is not known what information workers received about this practice."
        ),
        sources=(*gdpr("13"), ILO_CODE),
        questions=(
            _(
                "Where is the written information about this practice, and when was it "
                "given?"
            ),
        ),
    ),
    Rule(
        slug="notice-timing-unknown",
        concern="transparency",
        severity=MEDIUM,
        where=EVERYWHERE,
        when=all_of(
            answer("notice_before_start", "unknown"), none_of(answer("notice", "none"))
        ),
        title=_("It is not known whether workers were told before it began"),
        explanation=_(
            "It is not known whether workers received the information before the "
            "practice began. They must be told before their data is first collected."
        ),
        sources=(*gdpr("13"), ILO_CODE),
        questions=(_("When were workers told, and was it before the practice began?"),),
    ),
)
