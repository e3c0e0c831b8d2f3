"""The checker's vocabulary, one fragment per language (en.py, de.py, fr.py).

Each fragment gives, per clause family, the cues that together say its protection
(COVERS: every pattern of a tuple must occur in the sentence), the wordings that
weaken one (WEAKENS, by reason), the words that show a sentence is about the family
at all (TOPICS), and the words after which a sentence gives no protection of the
family (UNLESS: a minimum rather than a limit, a "sole basis", a question left
open). Adding a language is adding a fragment here; check.py reads them all.
"""

import re

from . import de, en, fr

FRAGMENTS = (en, de, fr)


def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def covers() -> dict[str, list[tuple[re.Pattern, ...]]]:
    merged: dict[str, list[tuple[re.Pattern, ...]]] = {}
    for fragment in FRAGMENTS:
        for family, cues in fragment.COVERS.items():
            for group in cues:
                group = (group,) if isinstance(group, str) else group
                merged.setdefault(family, []).append(tuple(map(_compile, group)))
    return merged


def merged(name: str) -> dict[str, re.Pattern]:
    """One pattern per key of the fragments' dict `name`, all languages joined."""
    joined: dict[str, list[str]] = {}
    for fragment in FRAGMENTS:
        for key, patterns in getattr(fragment, name).items():
            joined.setdefault(key, []).extend(patterns)
    return {
        key: _compile("|".join(f"(?:{p})" for p in ps)) for key, ps in joined.items()
    }
