"""What a letter's language asks of its typesetting, whichever text it comes from:
the templates, the law registry or what a person typed (a practice's name).

- Brackets inside brackets are square, in every language: "(KI-Training [Tastatur
  und Maus])", never "((…))". A citation's own brackets, written against the number
  ("Art. 12(3)"), stay round.
- In German the first word after the salutation's comma is lowercase unless it is a
  noun or a name: "Sehr geehrte Damen und Herren, am 16. November …". Only the
  function words below are lowered, so a noun, a name and the formal "Sie" keep
  their capital.
- In French the first day of a month is "1er": "le 1er octobre 2026", and a text
  of ours that follows a colon goes on in lowercase ("Pourquoi je le demande :
  l'entraînement …"); what a person typed, a name, is never lowered.
"""

import dataclasses
import re

# Words that open a German letter's first sentence and are never nouns or names.
# "Sie", "Ihr", "Ihnen" (the formal address) are left out on purpose.
GERMAN_FUNCTION_WORDS = frozenset(
    [
        "aber",
        "als",
        "am",
        "an",
        "anbei",
        "auch",
        "auf",
        "aufgrund",
        "aus",
        "bei",
        "bezugnehmend",
        "bis",
        "bitte",
        "da",
        "damit",
        "das",
        "dass",
        "dem",
        "den",
        "der",
        "des",
        "die",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "es",
        "für",
        "gemäß",
        "hiermit",
        "ich",
        "im",
        "in",
        "leider",
        "mein",
        "meine",
        "meinem",
        "meinen",
        "meiner",
        "mit",
        "nach",
        "nachdem",
        "namens",
        "ob",
        "obwohl",
        "seit",
        "sofern",
        "soweit",
        "über",
        "um",
        "und",
        "uns",
        "unser",
        "unsere",
        "unserem",
        "unseren",
        "unserer",
        "vielen",
        "vom",
        "von",
        "vor",
        "während",
        "wegen",
        "weil",
        "wenn",
        "wie",
        "wir",
        "zu",
        "zum",
        "zunächst",
        "zur",
    ]
)


def square_nested(text: str) -> str:
    """`text` with each bracket opened inside another made square, unless it is
    written against a word, a number or a bracket it follows (a citation's "12(3)",
    "§158(a)(1)")."""
    out, opened = [], []
    for index, char in enumerate(text):
        if char == "(":
            before = text[index - 1] if index else " "
            square = bool(opened) and not (before.isalnum() or before == ")")
            opened.append("]" if square else ")")
            out.append("[" if square else "(")
        elif char == ")" and opened:
            out.append(opened.pop())
        else:
            out.append(char)
    return "".join(out)


FRENCH_FIRST = re.compile(
    r"\b1 (?=(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre)\b)"
)


def first_of_month(lang: str, text: str) -> str:
    """French writes the first day of a month as an ordinal: "1er octobre"."""
    return FRENCH_FIRST.sub("1er ", text) if lang == "fr" else text


def after_colon(lang: str, text: str) -> str:
    """A sentence from the catalogue (a reason, a finding's title, a question) as it
    follows a colon in `lang`: lowercase in French, unless it opens with an acronym
    ("IA", "RGPD")."""
    if lang[:2] != "fr" or not text[:1].isupper() or text[1:2].isupper():
        return text
    return text[0].lower() + text[1:]


def after_salutation(lang: str, salutation: str, paragraph: str) -> str:
    """The first paragraph as it follows the salutation in `lang`."""
    if lang != "de" or not salutation.endswith(","):
        return paragraph
    word, space, rest = paragraph.partition(" ")
    if word.lower() in GERMAN_FUNCTION_WORDS:
        return word[:1].lower() + word[1:] + space + rest
    return paragraph


def typeset(letter):
    """The letter as its language sets it (see the module's docstring)."""

    def text(line: str) -> str:
        return first_of_month(letter.lang, square_nested(line))

    paragraphs = [text(p) for p in letter.paragraphs]
    if paragraphs:
        paragraphs[0] = after_salutation(letter.lang, letter.salutation, paragraphs[0])
    return dataclasses.replace(
        letter,
        subject=text(letter.subject),
        paragraphs=paragraphs,
        questions=[(text(q), text(w)) for q, w in letter.questions],
        closing_paragraphs=[text(p) for p in letter.closing_paragraphs],
        deadline_line=text(letter.deadline_line),
    )
