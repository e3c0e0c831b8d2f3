"""Accountability: impact assessments, who can see the data, where it goes."""

from .base import EEA_AND_GB, HIGH, LOW, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import answer, includes
from .predicates import shares_outside
from .references import CCPA, HAMBURG_HM, ICO_MONITORING, WP29_DPIA, gdpr

RULES = (
    Rule(
        slug="no-dpia",
        concern="governance",
        severity=HIGH,
        where=EEA_AND_GB,
        when=answer("dpia", "not_done"),
        title=_("No impact assessment was carried out"),
        explanation=_(
            "Monitoring employees usually meets at least two of the criteria that "
            "make an impact assessment necessary: systematic monitoring, and people "
            "in a weak position to refuse. None was done."
        ),
        sources=(*gdpr("35(1)", "35(3)"), WP29_DPIA, ICO_MONITORING),
        questions=(_("When will you carry out an impact assessment, and share it?"),),
    ),
    Rule(
        slug="dpia-not-shared",
        concern="governance",
        severity=LOW,
        where=EEA_AND_GB,
        when=answer("dpia", "done_not_shared"),
        title=_("The impact assessment was not shared"),
        explanation=_(
            "An impact assessment exists, but workers or their representatives have "
            "not seen it. Their views should be sought where appropriate."
        ),
        sources=(*gdpr("35(9)"), WP29_DPIA),
        questions=(_("Please share the impact assessment with us."),),
    ),
    Rule(
        slug="dpia-unknown",
        concern="governance",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=answer("dpia", "unknown"),
        title=_("Unclear whether the risks were assessed"),
        explanation=_("It is not known whether an impact assessment was carried out."),
        sources=(*gdpr("35"), WP29_DPIA),
        questions=(_("Was an impact assessment carried out for this practice?"),),
    ),
    Rule(
        slug="broad-access",
        concern="governance",
        severity=HIGH,
        where=EEA_AND_GB,
        when=answer("access", "broad"),
        title=_("Many people can see individual data"),
        explanation=_(
            "Individual-level monitoring data is open to many managers. Access must "
            "be limited to those who need it; wide access to such records was part "
            "of what led to the fine on H&M in Hamburg."
        ),
        sources=(*gdpr("5(1)(f)", "25(2)", "32"), HAMBURG_HM),
        questions=(_("Who exactly can see individual data, and is access logged?"),),
    ),
    Rule(
        slug="access-unknown",
        concern="governance",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=answer("access", "unknown"),
        title=_("Unclear who can see the data"),
        explanation=_("It is not known who can see individual-level data."),
        sources=gdpr("5(1)(f)", "32"),
        questions=(_("Which roles can see individual-level data?"),),
    ),
    Rule(
        slug="shared-outside-the-employer",
        concern="governance",
        severity=MEDIUM,
        where=(*EEA_AND_GB, "US-CA"),
        when=shares_outside,
        title=_("Individual data goes to other companies"),
        explanation=_(
            "Group companies, vendors or third parties receive individual-level data. "
            "Each must be named to workers, processors bound by contract, and "
            "transfers abroad protected."
        ),
        sources=(*gdpr("13(1)(e)", "28", "44"), CCPA),
        questions=(_("Which companies receive this data, in which countries?"),),
    ),
    Rule(
        slug="recipients-unknown",
        concern="governance",
        severity=MEDIUM,
        where=(*EEA_AND_GB, "US-CA"),
        when=includes("recipients", "unknown"),
        title=_("Unclear who receives the data"),
        explanation=_("It is not known who receives individual-level data."),
        sources=(*gdpr("13(1)(e)"), CCPA),
        questions=(_("Who receives individual-level data from this practice?"),),
    ),
)
