"""The rules catalogue and engine: pure Python, no Django, no I/O.

A change to any rule is a change of RULESET_VERSION, so stored results stay explainable.
"""

import datetime

from assessment.facts import Assessment

from . import (
    ai_act,
    ai_training,
    anonymisation,
    automated_decisions,
    consent,
    governance,
    lawful_basis,
    proportionality,
    retention,
    rights,
    sensitive_data,
    transparency,
    us_states,
    worker_voice,
)
from .base import CONCERNS, SEVERITIES, Rule
from .engine import RESULT_FORMAT, Catalogue, Finding, Result
from .version import RULESET_VERSION

CATALOGUE = Catalogue(
    RULESET_VERSION,
    (
        *consent.RULES,
        *ai_training.RULES,
        *lawful_basis.RULES,
        *retention.RULES,
        *transparency.RULES,
        *proportionality.RULES,
        *anonymisation.RULES,
        *sensitive_data.RULES,
        *automated_decisions.RULES,
        *ai_act.RULES,
        *governance.RULES,
        *worker_voice.RULES,
        *rights.RULES,
        *us_states.RULES,
    ),
)


def assess(assessment: Assessment, as_of: datetime.date | None = None) -> Result:
    """Evaluate the current catalogue against one assessment, as of a day (today)."""
    return CATALOGUE.evaluate(assessment, as_of)


def is_current(ruleset: str, as_of: datetime.date, today: datetime.date) -> bool:
    """Whether a result made by `ruleset` as of `as_of` still stands on `today`: the
    same catalogue, and no dated source changed its status between the two days."""
    return ruleset == CATALOGUE.version and CATALOGUE.same_law(as_of, today)


__all__ = [
    "CATALOGUE",
    "CONCERNS",
    "RESULT_FORMAT",
    "RULESET_VERSION",
    "SEVERITIES",
    "Catalogue",
    "Finding",
    "Result",
    "Rule",
    "assess",
    "is_current",
]
