"""Reading a pasted policy: the phrases that matter, what they mean, answers they suggest.

Deterministic and local (regular expressions over English, German and French wording);
no text leaves the server and none is stored. No Django here.

Where a phrase can be read two ways, the suggestion takes the more intrusive reading
and says why, unless the same sentence rules it out: a check that understates what an
employer collects would mislead the very people it is meant to help.

The package: `model` (what a signal is, and `words` per language), `readings`
(words that change a phrase's reading), `signals/` (the signals by topic),
`engine` (sentences, denials, find_signals) and `suggestions` (answers).
The figures on the labelled batches are in bench/policy_score.py.
"""

from .engine import Highlight, find_signals, segments
from .model import Signal
from .signals import LIST_PATHS, PATHS, SIGNALS
from .suggestions import (
    INDEFINITE,
    RETENTION,
    Suggestion,
    days_in,
    fact_value,
    proposals,
    suggestions,
    with_answers,
)

__all__ = [
    "INDEFINITE",
    "LIST_PATHS",
    "PATHS",
    "RETENTION",
    "SIGNALS",
    "Highlight",
    "Signal",
    "Suggestion",
    "days_in",
    "fact_value",
    "find_signals",
    "proposals",
    "segments",
    "suggestions",
    "with_answers",
]
