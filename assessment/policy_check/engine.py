"""The reading engine: the sentences of a text, the phrases that matter in them,
and whether the sentence denies, rules out or needs what a phrase says (a
letterhead or a signature says nothing)."""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from .model import FLAGS, Signal, words
from .signals import SIGNALS


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    signal: Signal
    # Nested signals found inside the phrase; they add their answers, not a mark.
    inside: tuple[Signal, ...] = ()

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


# A sentence ends at . ! or ? before a space (not after a one-letter word, as in
# "z. B." or "e.g.", nor after "Abs.", "Art.", "Nr.", "para." or the like), or at a line
# break.
SENTENCE_END = re.compile(
    r"(?<!\b\w)(?<!\bAbs)(?<!\bArt)(?<!\bNr)(?<!\bpara)(?<!\bvgl)"
    r"(?<!\bbzw)(?<!\bca)(?<!\blit)(?<!\bZiff)(?<!\bBuchst)[.!?](?=\s)|\n"
)
# Within a sentence, a denial reaches to the next comma, bracket or conjunction.
CLAUSE_END = re.compile(
    r"[,;:()\[\]]|\b(?:"
    + words(
        en=r"but|and|while|whereas|however|except|other than|apart from",
        de=r"aber|und|jedoch|sondern|während|außer|ausgenommen",
        fr=r"mais|et|tandis|cependant|sauf|hormis|excepté",
    )
    + r")\b",
    FLAGS,
)
# Verbs that deny collecting when negated ("we do not record"), and verbs that deny
# only a use of what is collected ("keystrokes are not used for discipline").
COLLECTING = words(
    en=r"record|log|captur|collect|track|monitor|tak|stor|kept|keep|read|scan|access|"
    r"activat|switched on|turned on",
    de=r"aufgezeichnet|aufzeichn|erfass|gespeichert|speicher|protokolliert|überwacht|"
    r"gelesen|angefertigt|anfertig|aufgenommen|erhoben|aktiviert|eingeschaltet",
    fr=r"enregistr|collect|conserv|surveill|activ",
)
# Verbs that deny collecting when negated with no use named after them ("webcam and
# microphone are not used"), but only a use when one is ("not used for discipline").
USING_AT_ALL = words(
    en=r"used|use", de=r"genutzt|nutz|verwendet|eingesetzt", fr=r"utilis"
)
# A use named after such a verb.
A_USE = re.compile(
    r"\b(?:"
    + words(
        en=r"for|to|in order|as",
        de=r"für|zur|zum|zu(?! keinem)|um|bei",
        fr=r"pour|afin|à des fins|comme",
    )
    + r")\b",
    FLAGS,
)
USING = words(
    en=r"us|shar|disclos|transfer|sen[dt]|pass|giv|sold|sell|provid|process",
    de=r"ausgewertet|weitergegeben|übermittelt|genutzt|verwendet",
    fr=r"analys|transmi|partag|utilis|communiqu|contrôl",
)


# A word, with its apostrophes (straight or typographic) and hyphens.
WORD_CHARS = r"[\w'\u2019-]"
# "Neither …", "weder …", "ni …": the denial covers every item whatever verb follows.
CORRELATIVE = (
    r"\b(?:"
    + words(en="neither", de="weder", fr="ni")
    + rf")\s+(?:{WORD_CHARS}+\s+){{0,4}}$"
)


def _denials(verbs: str) -> tuple[re.Pattern, re.Pattern]:
    """What a denial looks like just before a phrase ("we do not record ...", "no
    keystrokes", "keine ...", "nous n'enregistrons pas ...") and just after it ("...
    are never recorded", "... werden nicht aufgezeichnet", "... ne sont pas ..."),
    in the same clause. "Not only" is no denial."""
    verb = rf"(?:{verbs})\w*"
    before = re.compile(
        r"(?:\b(?:not|never|no longer)|n't)\s+(?!only\b)(?:\w+\s+){0,2}?"
        + verb
        + r"\s+(?:[\w'-]+\s+){0,3}$|"
        r"\b(?:no|without)\s+(?:\w+\s+){0,2}$|"
        r"\bno\s+(?:\w+\s+){0,2}?(?:is|are|will be|may be|shall be)\s+"
        + verb
        + r"\s+(?:\w+\s+){0,2}$|"
        r"\bkeine?[nmrs]?\s+(?:\w+\s+){0,2}$|"
        r"\b(?:nicht|niemals|ohne)\s+(?!nur\b)(?:\w+\s+){0,2}$|" + CORRELATIVE + r"|"
        r"\b(?:ne\s+|n')(?:\w+\s+){0,2}?(?:pas|jamais|plus|ni)\s+"
        r"(?!seulement\b|uniquement\b)(?:\w+\s+){0,4}$|"
        r"\baucune?\s+(?:\w+\s+)?$|\baucune?\s+(?:\w+\s+)?n'(?:\w+\s+){0,4}$|"
        r"\bsans\s+(?:\w+\s+){0,3}$",
        FLAGS,
    )
    after = re.compile(
        r"\s*(?:\w+\s+){0,2}?(?:(?:(?:are|is|were|was|werden|wird|wurden)\s+"
        r"(?:\w+\s+){0,3}?(?:not|never|nicht|niemals|keinesfalls|at no time|"
        r"zu keinem Zeitpunkt|in keinem Fall)|"
        r"(?:will|may|must|shall|can)(?: not|not)|(?:won|can|mustn)'t)\s+"
        r"(?!only\b|nur\b)(?:\w+\s+){0,2}?"
        + verb
        + r"|(?:erfolgt|erfolgen|findet|finden)\s+(?:\w+\s+)?nicht\b"
        # German verb second: "Tastatureingaben zeichnen wir nicht auf".
        + r"|(?:zeichn\w*|"
        + verb
        + r")\s+(?:wir|sie|man|es)\s+(?:\w+\s+)?"
        r"(?:nicht|niemals|keinesfalls)\b"
        + r"|(?:ne|n')\s*(?:\w+\s+){0,2}?(?:pas|jamais)\s+"
        r"(?!seulement\b|uniquement\b)(?:\w+\s+)?" + verb + ")",
        FLAGS,
    )
    return before, after


# What is collected is denied only by collecting verbs; a purpose or a recipient by
# any verb ("not used for discipline", "not shared with vendors").
COLLECTING_DENIED = _denials(COLLECTING)
ANY_DENIED = _denials(f"{COLLECTING}|{USING}")
USE_DENIED = _denials(USING_AT_ALL)
COLLECTED_PATHS = {"data", "devices"}
# A denial reaches along a list: "we do not record keystrokes, screenshots or the
# content of your messages", "weder … noch … oder …", "ni … ni …", "webcam, microphone
# and location are not recorded". Items are joined by a comma or a conjunction; a word
# that ends a list ("but", "only", "aber", "seul") ends the reach.
JOINT = (
    r"(?:,|\b(?:"
    + words(en=r"or|and|nor", de=r"oder|und|noch|sowie", fr=r"ni|ou|et")
    + r")\b)"
)
LIST_ENDS = (
    r"(?:"
    + words(
        en=r"but|while|whereas|however|except|other|apart|only|also|instead",
        de=r"aber|jedoch|sondern|während|außer|ausgenommen|nur|lediglich|auch|"
        r"stattdessen",
        fr=r"mais|tandis|cependant|sauf|hormis|excepté|seule?s?|uniquement|aussi|"
        r"plutôt",
    )
    + r")\b"
)
ITEM_WORD = rf"(?!{JOINT}|{LIST_ENDS}){WORD_CHARS}+"
JOINT_BEHIND = re.compile(rf"{JOINT}(?:\s*{ITEM_WORD}){{0,4}}\s*$", FLAGS)
# The item before a joint: its words back to the joint, the word that ends a list or
# the punctuation before it.
ITEM_BEHIND = re.compile(rf"(?<![\w'\u2019-])(?:{ITEM_WORD}\s+)*{ITEM_WORD}\s*$", FLAGS)
JOINT_AHEAD = re.compile(rf"\s*{JOINT}\s*", FLAGS)
ITEM_AHEAD = re.compile(rf"{ITEM_WORD}\s*", FLAGS)
WORD = re.compile(rf"{WORD_CHARS}+")
# Items and words of an item a denial reaches across, at most.
LIST_ITEMS, ITEM_WORDS = 6, 4
# How many characters an item and its joint take at most, for looking back.
ITEM_REACH = 80
CORRELATIVE_DENIED = re.compile(CORRELATIVE, FLAGS)
# A verb of the phrase's own after it: the list has ended and a clause begun, as in
# "we do not record keystrokes, and screenshots are taken …".
# A negation near that verb: the clause goes on denying ("… ou localisation n'est
# collectée", after "aucune").
NEGATION = re.compile(
    r"\b(?:"
    + words(en=r"not|never", de=r"nicht|niemals|nie|kein\w*", fr=r"pas|jamais|ni")
    + r")\b|\bn['\u2019]|\bne\b",  # the last two French
    FLAGS,
)
# Any word that can begin a denial, for a quick look before reading a list.
DENYING_WORD = re.compile(
    rf"{NEGATION.pattern}|\b(?:"
    + words(en=r"no|without|neither", de=r"weder|ohne", fr=r"aucune?|sans")
    + r")\b",
    FLAGS,
)
# A verb of collecting or using as a participle ("recorded", "erfasst", "enregistrées"),
# not a noun made from it ("recordings", "Erfassung", "enregistrements").
PARTICIPLE = re.compile(
    rf"(?:{COLLECTING}|{USING}|{USING_AT_ALL})\w*(?:ed|t|é|ée|és|ées)", FLAGS
)
AUXILIARY = (
    r"(?:"
    + words(
        en=r"is|are|was|were|will|may|can|shall|must",
        de=r"ist|sind|wird|werden|wurde|wurden|kann|können",
        fr=r"est|sont|sera|seront|peut|peuvent",
    )
    + r")\b"
)
OWN_VERB = re.compile(rf"[^,;:]*?\b{AUXILIARY}", FLAGS)
# A word that ends a list's item: the list's clause has its verb.
VERB_WORD = re.compile(rf"{AUXILIARY}|{PARTICIPLE.pattern}\b", FLAGS)


# How far back a denial is looked for: its words and the few between it and the phrase.
DENIAL_REACH = 120


def _clause_behind(before: str) -> str:
    if len(before) > DENIAL_REACH:  # from a word's start
        before = before[-DENIAL_REACH:].partition(" ")[2]
    begins = [m.end() for m in CLAUSE_END.finditer(before)]
    return before[begins[-1] if begins else 0 :]


def _clause_ahead(after: str) -> str:
    ends = CLAUSE_END.search(after)
    return after[: ends.start() if ends else len(after)]


def _denied_behind(before: str, rest: str, collected: bool) -> bool:
    """Whether the clause ending `before` denies the phrase after it; `rest` is the
    sentence after the phrase (where a use may be named)."""
    clause = _clause_behind(before)
    if (COLLECTING_DENIED if collected else ANY_DENIED)[0].search(clause):
        return True
    used = USE_DENIED[0].search(clause) if collected else None
    return used is not None and A_USE.search(used[0] + rest) is None


def _denied_ahead(after: str, collected: bool) -> bool:
    """Whether the clause starting `after` denies the phrase before it (a use named
    anywhere in it, as German puts it before the verb, keeps the phrase collected)."""
    clause = _clause_ahead(after)
    if (COLLECTING_DENIED if collected else ANY_DENIED)[1].match(clause):
        return True
    return (
        collected
        and USE_DENIED[1].match(clause) is not None
        and A_USE.search(clause) is None
    )


def _denied_along_list(before: str, after: str, collected: bool) -> bool:
    """Whether a denial reaches the phrase along a list it stands in: from before the
    list's first item (unless the phrase has a verb of its own after it, so a new
    clause began), or from after its last."""
    reach = LIST_ITEMS * ITEM_REACH
    if not (
        DENYING_WORD.search(before, max(0, len(before) - reach))
        or DENYING_WORD.search(after, 0, reach)
    ):
        return False  # nothing near denies anything
    verb = OWN_VERB.match(after)
    own_verb = verb is not None and not NEGATION.search(after, 0, verb.end() + 20)
    sentence = before
    for _item in range(LIST_ITEMS):
        joint = JOINT_BEHIND.search(before, max(0, len(before) - ITEM_REACH))
        if joint is None:
            break
        before = before[: joint.start()]
        item = ITEM_BEHIND.search(before, max(0, len(before) - ITEM_REACH))
        if item is None:
            break
        words = list(WORD.finditer(before, item.start()))[-ITEM_WORDS:]
        if words and PARTICIPLE.fullmatch(words[-1][0]):
            break  # "keystrokes are not recorded, screenshots …": a clause ended
        for word in reversed(words):
            head, rest = before[: word.start()], sentence[word.start() :] + after
            if _denied_behind(head, rest, collected) and (
                not own_verb or CORRELATIVE_DENIED.search(_clause_behind(head))
            ):
                return True
    position = 0
    for _item in range(LIST_ITEMS):
        joint = JOINT_AHEAD.match(after, position)
        if joint is None:
            return False
        position = joint.end()
        for _word in range(ITEM_WORDS):
            word = ITEM_AHEAD.match(after, position)
            if word is None:
                break
            if VERB_WORD.match(word[0]):
                return False  # "keystrokes and clicks are recorded, …": it ended
            position = word.end()
            if _denied_ahead(after[position:], collected):
                return True
    return False


# How far either side of a phrase its "sentence" reaches at most: a text without full
# stops (a list, a wall of words) must not make each phrase read the whole text.
REACH = 300


def _sentence(starts: list[int], size: int, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] begins and ends, given where the
    text's sentences start."""
    begin = starts[bisect_right(starts, start) - 1]
    following = bisect_left(starts, end)
    finish = starts[following] if following < len(starts) else size
    return max(begin, start - REACH), min(finish, end + REACH)


def _denied(
    signal: Signal, text: str, start: int, end: int, sentence: tuple[int, int]
) -> bool:
    collected = all(path in COLLECTED_PATHS for path, _value in signal.proposals)
    before, after = text[sentence[0] : start], text[end : sentence[1]]
    return (
        _denied_behind(before, after, collected)
        or _denied_ahead(after, collected)
        or _denied_along_list(before, after, collected)
    )


# A list's item: content, never a letterhead.
LIST_ITEM = re.compile(r"\s*(?:[-•*\u2013]|\d{1,2}[.)])\s")
# A full stop, question or exclamation mark that ends a sentence.
SENTENCE_ENDS = re.compile(r"[.!?](?:\s|$)")
# What every letterhead or signature block holds somewhere (a quick look first).
CONTACT_MARK = re.compile(r"[\d@:]")
# A letterhead, signature or mail header rather than a sentence: no sentence ends in
# its lines, and an address, an e-mail address, a telephone number or a header field
# in it ("Human Resources, 1 High Street, London", "Personalabteilung, Hauptstraße 1,
# 80331 München", "From: HR <hr@…>"). Who writes is not who receives the data.
CONTACT_BLOCK = re.compile(
    r"@|^\s*(?:from|to|cc|subject|sent|date|von|an|betreff|gesendet|datum|de|à|"
    r"objet|envoyé)\s*:|(?:\+|\(0?)\d[\d ()/-]{5,}\d|\b\d{2,5}[ /-]\d{3,}[ /-]?\d{2,}|(?-i:\b\d{4,5}\s+[A-ZÄÖÜ][\w-]+)|"
    r"\b\d+[a-z]?,?\s+(?:[\w-]+\s+){0,2}(?:street|st|road|rd|avenue|ave|lane|"
    r"square)\b|\b[\w-]*(?:straße|strasse|weg|platz|allee|gasse|ring)\s+\d+|"
    r"\b\d+,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée)\b",
    FLAGS,
)


def _block_line(line: str) -> bool:
    """A line that can belong to a letterhead or signature: not blank, no list item,
    and no sentence ending in it."""
    return bool(line.strip()) and not (
        LIST_ITEM.match(line) or SENTENCE_ENDS.search(line)
    )


def _contact_block(text: str, start: int, end: int) -> bool:
    """Whether the phrase at text[start:end] stands in a block of such lines (its own
    and those next to it) that holds an address or the like."""
    begin = max(text.rfind("\n", 0, start) + 1, start - REACH)
    finish = text.find("\n", end, end + REACH)
    finish = min(len(text), end + REACH) if finish < 0 else finish
    if not _block_line(text[begin:finish]) or not CONTACT_MARK.search(
        text, max(0, start - REACH), end + REACH
    ):
        return False
    while begin > 0 and start - begin < REACH:
        above = text.rfind("\n", 0, begin - 1) + 1
        if not _block_line(text[above : begin - 1]):
            break
        begin = above
    while finish < len(text) and finish - end < REACH:
        below = text.find("\n", finish + 1)
        below = len(text) if below < 0 else below
        if not _block_line(text[finish + 1 : below]):
            break
        finish = below
    return CONTACT_BLOCK.search(text, begin, finish) is not None


def _read(
    signal: Signal, text: str, match: re.Match, sentence: tuple[int, int]
) -> Signal | None:
    """The signal this phrase gives in its sentence, or None when it gives none."""
    words = text[sentence[0] : sentence[1]]
    if _contact_block(text, match.start(), match.end()):
        return None
    if signal.needs and not signal.needs.search(words):
        return None
    if signal.deniable and _denied(signal, text, match.start(), match.end(), sentence):
        return None
    if signal.unless and signal.unless.search(words):
        return signal.milder
    return signal


def find_signals(text: str) -> list[Highlight]:
    """Every phrase that matters, in order, without overlaps (earliest, longest wins)."""
    starts = [0, *(boundary.end() for boundary in SENTENCE_END.finditer(text))]
    found = []
    for signal in SIGNALS:
        for match in signal.pattern.finditer(text):
            sentence = _sentence(starts, len(text), match.start(), match.end())
            read = _read(signal, text, match, sentence)
            if read is not None:
                found.append(Highlight(match.start(), match.end(), read))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Highlight] = []
    for highlight in found:
        if not kept or highlight.start >= kept[-1].end:
            kept.append(highlight)
        elif highlight.signal.nested and highlight.signal not in (
            kept[-1].signal,
            *kept[-1].inside,
        ):
            kept[-1] = replace(kept[-1], inside=(*kept[-1].inside, highlight.signal))
    return kept


def segments(
    text: str, highlights: list[Highlight]
) -> list[tuple[str, Highlight | None]]:
    """The text cut into plain and highlighted pieces, for display."""
    pieces, position = [], 0
    for highlight in highlights:
        if highlight.start > position:
            pieces.append((text[position : highlight.start], None))
        pieces.append((highlight.text_in(text), highlight))
        position = highlight.end
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces
