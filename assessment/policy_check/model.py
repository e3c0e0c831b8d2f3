"""What a signal is: a phrase that matters, what it means and the answers it
suggests; its words are written per language (`words`), so that a new language
adds its own words and changes no other's."""

import re
from dataclasses import dataclass

FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Signal:
    slug: str
    label: str
    explanation: str
    pattern: re.Pattern
    # Answers as (fact path of a practice, value), as in oversight.assessment/1.
    proposals: tuple[tuple[str, str], ...]
    # Why the proposals are the more intrusive of two readings (shown with them).
    reason: str = ""
    # The phrase counts only in a sentence that also says this (retention words).
    needs: re.Pattern | None = None
    # In a sentence that says this, the phrase is read as `milder` instead.
    unless: re.Pattern | None = None
    milder: "Signal | None" = None
    # A phrase the sentence denies ("we do not record keystrokes") is not a signal.
    deniable: bool = True
    # Counts even inside a longer phrase ("improve our AI-powered services").
    nested: bool = False


def words(**languages: str) -> str:
    """A pattern from each language's words (en=..., de=..., fr=...), tried in that
    order: a new language adds its own words and changes no other's."""
    return "|".join(languages.values())


# The pattern of a signal that is only ever the milder reading of another.
NEVER = r"(?!)"


def signal(slug, label, explanation, pattern, *proposals, **reading) -> Signal:
    # Matching ignores case; acronyms (AI, KI, IA, HR, BYOD) are written inside (?-i:...).
    return Signal(
        slug, label, explanation, re.compile(pattern, FLAGS), proposals, **reading
    )
