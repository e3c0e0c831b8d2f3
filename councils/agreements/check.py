"""Reading an employer's draft agreement: which clause families it covers, which are
missing and which sentences weaken a protection. Plain Python, no Django.

As conservative as the reply reader (documents.replies): a family counts as covered
only when a sentence says the protection in words this reader knows; when it cannot
tell, the family is not covered. A weakening wording ("and other purposes",
"insbesondere", "notamment", open-ended retention, evidence used without limits, a
text the employer may change alone) marks its family weakened, with the sentence,
whatever else the draft says about it. English, German and French, each in its own
fragment of councils/agreements/wording/; this module splits the draft into headings,
sentences and clauses and applies them.
"""

import re
from dataclasses import dataclass

from . import wording

COVERED, WEAKENED, MISSING = "covered", "weakened", "missing"

# The families read (the clause library's keys; committee and review are optional and
# hard to tell from other procedure, so they are read as the rest are).
FAMILIES = (
    "scope", "purposes", "performance", "data", "ai_training", "retention", "access",
    "rights", "evidence", "audit", "changes", "committee", "review", "termination",
)  # fmt: skip


# Wordings that weaken a protection, by reason, and the families each weakens; the
# wordings themselves are in the fragments (WEAKENS).
WEAKENINGS = (
    ("open_purposes", ("purposes", "scope")),
    ("open_retention", ("retention",)),
    ("unlimited_evidence", ("evidence", "performance")),
    ("employer_amends", ("changes",)),
    ("training_opt_out", ("ai_training",)),
)

# The wording, one fragment per language (councils/agreements/wording/): the cue
# groups that together give a protection, the weakening wordings, the words that
# undo a protection or a weakening, and what shows a sentence speaks of a family.
COVERS = wording.covers()
UNLESS = wording.merged("UNLESS")
WEAKENS = wording.merged("WEAKENS")
WEAK_UNLESS = wording.merged("WEAK_UNLESS")
ABOUT = wording.merged("ABOUT")
# The cues of a group must all stand in one clause: "nicht länger als 30 Tage
# gespeichert; sie dienen der Leistungsbewertung" denies no performance control.
CLAUSE_END = re.compile(r"\s*;\s+|,\s+(?=(?:but|however|aber|jedoch|mais|cependant)\b)")


@dataclass(frozen=True)
class Mark:
    family: str
    status: str
    sentence: str = ""
    reason: str = ""  # a key of WEAKENINGS for a weakened family


SENTENCE_END = re.compile(
    r"(?<=[.;:!?])\s+(?=[A-ZÄÖÜÀ-Ý0-9(§„\"«])|\n\s*\n"
    r"|\n(?=\s*(?:[-•*]|\d+[.)]|§|\(\w{1,3}\)|(?i:section|article|artikel|art\.)\s))"
)
NUMBERED = re.compile(
    r"^\s*(?:§+\s*\d+\w?|(?:section|article|artikel|art\.)\s*[\dIVX]+\w?|\d+(?:\.\d+)*\.?)"
    r"(?:\s*[-\u2013\u2014:.]\s*|\s+)\S",
    re.IGNORECASE,
)
# A line ending in one of these words is a sentence broken by the page, not a heading.
OPEN_END = re.compile(
    r"\b(?:the|a|an|of|to|for|and|or|in|on|by|with|der|die|das|den|dem|des|zu|zur|zum"
    r"|und|oder|in|im|von|mit|für|auf|le|la|les|l|de|du|des|à|au|aux|et|ou|en|par|pour)$",
    re.IGNORECASE,
)


def _is_heading(line: str, following: str) -> bool:
    """A title line ("§ 4 Zweckbestimmung", "Article 3 - Finalités", "Data Retention"):
    short, no closing punctuation, and the next line starts a sentence."""
    line = line.strip()
    if not line or not following.strip() or len(line) > 70 or line[-1] in ".;:,!?":
        return False
    if OPEN_END.search(line):
        return False
    if NUMBERED.match(line):
        return True
    start = following.strip()[0]
    return len(line.split()) <= 5 and (start.isupper() or start in "(§0123456789")


def sections(text: str) -> list[tuple[str, str]]:
    """(heading, sentence) for each sentence and list item of the draft; a heading is
    its own entry, with itself as heading."""
    lines = text.splitlines()
    result: list[tuple[str, str]] = []
    heading, block = "", []

    def flush():
        for part in SENTENCE_END.split("\n".join(block)):
            if part and part.strip():
                result.append((heading, " ".join(part.split())))
        block.clear()

    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _is_heading(line, following):
            flush()
            heading = " ".join(line.split())
            result.append((heading, heading))
        else:
            block.append(line)
    flush()
    return result


def sentences(text: str) -> list[str]:
    """The draft's sentences and list items, whitespace joined."""
    return [sentence for _heading, sentence in sections(text)]


def _weakens(sentence: str):
    """(reason, families) for each weakening wording in the sentence."""
    for reason, families in WEAKENINGS:
        if reason in WEAK_UNLESS and WEAK_UNLESS[reason].search(sentence):
            continue
        if WEAKENS[reason].search(sentence):
            yield reason, families


def _protects(family: str, sentence: str) -> bool:
    if family in UNLESS and UNLESS[family].search(sentence):
        return False
    return any(
        all(cue.search(clause) for cue in group)
        for clause in CLAUSE_END.split(sentence)
        for group in COVERS.get(family, ())
    )


def read(text: str) -> dict[str, Mark]:
    """Each family's mark: weakened (the first weakening sentence that speaks of it),
    else covered (the first sentence giving the protection), else missing (with the
    first sentence that speaks of the family, if one does). A heading
    tells what the sentences under it speak of, but gives no protection itself."""
    found: dict[str, Mark] = {}
    said = sections(text)
    for heading, sentence in said:
        for reason, families in _weakens(sentence):
            for family in families:
                if family not in found and _speaks_of(family, f"{heading} {sentence}"):
                    found[family] = Mark(family, WEAKENED, sentence, reason)
    for heading, sentence in said:
        if sentence == heading:
            continue
        for family in FAMILIES:
            if family not in found and _protects(family, sentence):
                found[family] = Mark(family, COVERED, sentence)
    for family in FAMILIES:
        if family not in found:
            found[family] = Mark(family, MISSING, _unclear(family, said))
    return found


def _unclear(family: str, said: list[tuple[str, str]]) -> str:
    """The first sentence that speaks of a family it does not cover, so the council
    reads it: unsure is not covered, but the sentence is shown."""
    for heading, sentence in said:
        if sentence != heading and ABOUT[family].search(sentence):
            return sentence
    return ""


# Whether a weakening sentence is about the family at all ("insbesondere" in a
# sentence on rights weakens no purpose list): the fragments' TOPICS; any sentence
# that uses data against an employee or lets the employer change the text alone
# speaks of evidence or of changes.
TOPICS = wording.merged("TOPICS")
ANY_TOPIC = {"evidence", "changes"}


def _speaks_of(family: str, sentence: str) -> bool:
    return family in ANY_TOPIC or bool(TOPICS[family].search(sentence))
