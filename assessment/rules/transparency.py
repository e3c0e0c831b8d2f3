"""Whether, when and how clearly workers were told about the practice."""

from .base import CRITICAL, EVERYWHERE, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import answer, any_of
from .references import (
    CCPA,
    CODE_TRAVAIL_L1222_4,
    CT_STATUTES,
    DE_CODE,
    ICO_MONITORING,
    ILO_CODE,
    NY_CIVIL_RIGHTS,
    WP29_WORK,
    gdpr,
)

US_NOTICE_STATES = ("US-NY", "US-CT", "US-DE")
US_NOTICE_LAWS = (NY_CIVIL_RIGHTS, CT_STATUTES, DE_CODE)

RULES = (
    Rule(
        slug="secret-monitoring",
        concern="transparency",
        severity=CRITICAL,
        where=EVERYWHERE,
        when=answer("notice", "none"),
        title=_("Workers were not told about the monitoring"),
        explanation=_(
            "The practice runs without any notice to the people it monitors. Covert "
            "monitoring is acceptable, if at all, only on concrete suspicion of a "
            "crime, for a limited time; as a routine it is unlawful in most places."
        ),
        references=(
            *gdpr("5(1)(a)", "13"),
            WP29_WORK,
            ICO_MONITORING,
            CODE_TRAVAIL_L1222_4,
            *US_NOTICE_LAWS,
            CCPA,
            ILO_CODE,
        ),
        questions=(
            _(
                "Why were workers not informed, and when will they receive full "
                "written information?"
            ),
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
        references=(*gdpr("12(1)", "13"), ICO_MONITORING, CCPA, ILO_CODE),
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
        references=(*gdpr("5(2)", "12(1)"), ICO_MONITORING, ILO_CODE),
        questions=(_("Will you give workers the information about this in writing?"),),
    ),
    Rule(
        slug="us-written-notice-missing",
        concern="transparency",
        severity=HIGH,
        where=US_NOTICE_STATES,
        when=answer("notice", "verbal", "none"),
        title=_("The state requires prior written notice of electronic monitoring"),
        explanation=_(
            "This state requires employers who monitor phone, e-mail or internet use "
            "to give employees prior written notice (in New York also to obtain an "
            "acknowledgment and post it). Here no written notice was given."
        ),
        references=US_NOTICE_LAWS,
        questions=(_("When will you give the written notice the state law requires?"),),
    ),
    Rule(
        slug="notice-after-start",
        concern="transparency",
        severity=HIGH,
        where=EVERYWHERE,
        when=answer("notice_before_start", "no"),
        title=_("Workers were told only after monitoring began"),
        explanation=_(
            "Information must be given when data is collected, and many laws require "
            "it in advance; data gathered before workers knew was collected without "
            "the transparency they were owed."
        ),
        references=(
            *gdpr("13(1)"),
            CODE_TRAVAIL_L1222_4,
            NY_CIVIL_RIGHTS,
            CT_STATUTES,
            DE_CODE,
            ILO_CODE,
        ),
        questions=(
            _(
                "What data was collected before workers were told, and will you delete "
                "it?"
            ),
        ),
    ),
    Rule(
        slug="notice-unknown",
        concern="transparency",
        severity=MEDIUM,
        where=EVERYWHERE,
        when=any_of(
            answer("notice", "unknown"), answer("notice_before_start", "unknown")
        ),
        title=_("It is unclear how and when workers were informed"),
        explanation=_(
            "It is not known what information workers received, or whether they "
            "received it before the practice began."
        ),
        references=(*gdpr("13"), ILO_CODE),
        questions=(
            _(
                "Where is the written information about this practice, and when was it "
                "given?"
            ),
        ),
    ),
)
