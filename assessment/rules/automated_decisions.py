"""Profiling, scores and decisions about people made from monitoring data."""

from .base import EEA_AND_GB, EVERYWHERE, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, any_of, includes
from .predicates import scores_people
from .references import (
    CPPA_ADMT,
    ILO_CODE,
    UK_GDPR_22A_22D,
    UK_GDPR_22B,
    eu_gdpr,
    gdpr,
)

RULES = (
    Rule(
        slug="solely-automated-decisions",
        concern="automated_decisions",
        severity=HIGH,
        where=("EEA",),
        when=answer("decisions", "automated"),
        title=_("Decisions about workers are taken automatically"),
        explanation=_(
            "The system itself decides about people. Solely automated decisions with "
            "legal or similarly significant effects are allowed only within narrow "
            "limits and with safeguards: workers must be told, and can ask for a "
            "human to step in and contest the decision."
        ),
        # In Great Britain Arts. 22A-22D replaced Art. 22 on 5 February 2026:
        # gb-automated-decisions-need-safeguards says what holds there.
        sources=eu_gdpr("22", "13(2)(f)"),
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
            "Managers use the output when deciding about workers. Workers should be "
            "able to know and contest what is used about them, and the output "
            "should not be the only basis of an evaluation."
        ),
        sources=(*gdpr("21", "15"), ILO_CODE),
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
        sources=(*gdpr("13(2)(f)"), ILO_CODE),
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
            "profiles. That is profiling: workers can object to it, and can ask "
            "what is recorded about them and how it is used."
        ),
        sources=gdpr("4(4)", "21", "15"),
        questions=(
            _("How is the score calculated, and can a worker see and contest it?"),
        ),
    ),
    Rule(
        slug="automated-decisions-california",
        concern="automated_decisions",
        severity=HIGH,
        where=("US-CA",),
        when=answer("decisions", "automated"),
        title=_("Automated decisions about workers need notice and a way out"),
        explanation=_(
            "From 1 January 2027, California's regulations on automated "
            "decision-making technology require an employer that uses it for "
            "significant decisions about workers, such as hiring, pay, promotion or "
            "termination, to give notice before use, to offer a way to opt out or "
            "to appeal to a human reviewer, and to answer requests about how it was "
            "used."
        ),
        sources=(CPPA_ADMT,),
        questions=(
            _(
                "Which decisions are automated, and how can a worker opt out or have "
                "a human review one?"
            ),
        ),
    ),
    Rule(
        slug="automated-decisions-good-practice",
        concern="automated_decisions",
        severity=MEDIUM,
        where=("NO-GDPR",),
        when=answer("decisions", "automated"),
        title=_("Decisions about workers are taken automatically"),
        explanation=_(
            "The system itself decides about people. Here no law gives workers a "
            "general right against automated decisions; this is good practice, not "
            "a legal requirement: decisions about a worker should not rest solely on "
            "the automated processing of their data, and a human should review them."
        ),
        sources=(ILO_CODE,),
        questions=(
            _(
                "Which decisions are automated, and how can a worker get a human to "
                "review one?"
            ),
        ),
    ),
    Rule(
        slug="gb-automated-decisions-need-safeguards",
        concern="automated_decisions",
        severity=MEDIUM,
        where=("GB",),
        when=answer("decisions", "automated"),
        title=_("Automated decisions about workers need the UK safeguards"),
        explanation=_(
            "The system itself decides about people. Since 5 February 2026 UK data "
            "protection law allows significant decisions based solely on automated "
            "processing in general, provided safeguards are in place: the worker "
            "must be told about such a decision and be able to make representations, "
            "obtain human intervention and contest it. Stricter limits apply where "
            "the decision rests on special-category data, such as health or biometrics."
        ),
        sources=(UK_GDPR_22A_22D,),
        questions=(
            _(
                "Which decisions are automated, and how can a worker make "
                "representations, get a human to step in and contest one?"
            ),
        ),
    ),
    Rule(
        slug="gb-automated-decisions-on-special-category-data",
        concern="automated_decisions",
        severity=HIGH,
        where=("GB",),
        when=all_of(
            answer("decisions", "automated"),
            any_of(
                includes("inferences", "health", "beliefs_or_affiliations"),
                includes("data", "biometric_id"),
            ),
        ),
        title=_("Automated decisions rest on sensitive data"),
        explanation=_(
            "Since 5 February 2026 UK law allows significant decisions based solely "
            "on automated processing more widely, but not where they rest, even in "
            "part, on special-category data such as health, beliefs or biometrics, "
            "except in the narrow cases Art. 22B allows, such as the person's "
            "explicit consent. The employer must name the exception it relies on."
        ),
        sources=(UK_GDPR_22B,),
        questions=(
            _(
                "Which sensitive data do the automated decisions use, and on what "
                "exception?"
            ),
        ),
    ),
)
