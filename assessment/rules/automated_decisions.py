"""Profiling, scores and decisions about people made from monitoring data."""

from .base import EEA_AND_GB, EVERYWHERE, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import answer
from .predicates import scores_people
from .references import ICO_MONITORING, ILO_CODE, gdpr

RULES = (
    Rule(
        slug="solely-automated-decisions",
        concern="automated_decisions",
        severity=HIGH,
        where=EVERYWHERE,
        when=answer("decisions", "automated"),
        title=_("Decisions about workers are taken automatically"),
        explanation=_(
            "The system itself decides about people. Workers have the right not to "
            "be subject to solely automated decisions with significant effects, and "
            "monitoring data should never be the only basis for judging someone."
        ),
        references=(*gdpr("22", "13(2)(f)"), ICO_MONITORING, ILO_CODE),
        questions=(
            _(
                "Which decisions are automated, and how can a worker get a human to "
                "review one?"
            ),
        ),
    ),
    Rule(
        slug="monitoring-informs-decisions",
        concern="automated_decisions",
        severity=MEDIUM,
        where=EVERYWHERE,
        when=answer("decisions", "informs_human"),
        title=_("Monitoring output feeds decisions about people"),
        explanation=_(
            "Managers use the output when deciding about workers. People must be "
            "able to know and contest what is used about them, and the output "
            "should not be the only basis of an evaluation."
        ),
        references=(*gdpr("21", "15(1)(h)"), ILO_CODE),
        questions=(
            _("Which decisions use this data, and how much weight does it get?"),
        ),
    ),
    Rule(
        slug="decision-use-unknown",
        concern="automated_decisions",
        severity=MEDIUM,
        where=EVERYWHERE,
        when=answer("decisions", "unknown"),
        title=_("Unclear whether the data affects decisions"),
        explanation=_(
            "It is not known whether the output of this practice affects appraisals, "
            "pay, discipline or dismissal."
        ),
        references=(*gdpr("13(2)(f)"), ILO_CODE),
        questions=(
            _(
                "Is any output of this practice used in decisions about individual "
                "workers?"
            ),
        ),
    ),
    Rule(
        slug="people-are-scored",
        concern="automated_decisions",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=scores_people,
        title=_("Workers are scored or profiled"),
        explanation=_(
            "The practice turns behaviour into productivity scores or personality "
            "profiles. That is profiling: workers can object to it and must be told "
            "the logic involved."
        ),
        references=gdpr("4(4)", "21", "13(2)(f)"),
        questions=(
            _("How is the score calculated, and can a worker see and contest it?"),
        ),
    ),
)
