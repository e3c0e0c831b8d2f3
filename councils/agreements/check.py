"""Reading an employer's draft agreement: which clause families it covers, which are
missing and which sentences weaken a protection. Plain Python, no Django.

As conservative as the reply reader (documents.replies): a family counts as covered
only when a sentence says the protection in words this reader knows; when it cannot
tell, the family is not covered. A weakening wording ("and other purposes",
"insbesondere", "notamment", open-ended retention, evidence used without limits, a
text the employer may change alone) marks its family weakened, with the sentence,
whatever else the draft says about it. English, German and French.
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


def _any(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# A sentence that gives the family's protection, in English, German or French.
PROTECTS = {
    "scope": _any(
        r"\bannex\b.{0,80}\b(lists?|names?|sets? out)\b.{0,40}\bsystems?",
        r"(applies|apply) to (every|all|each)\b.{0,60}\b(systems?|tools?|software)",
        r"\banlage\b.{0,20}\b(führt|nennt|listet)\b.{0,40}(system|einrichtung|software)",
        r"gilt für (alle|jedes?)\b.{0,60}\b(systeme?|einrichtung|software)",
        r"\bannexe\b.{0,80}\b(énumère|liste|recense)",
        r"s'applique à (tous|tout|chaque)\b.{0,60}\b(systèmes?|outils?|dispositifs?)",
    ),
    "purposes": _any(
        r"\bonly\b.{0,40}\bfor the (following|listed|purposes)",
        r"\b(exhaustive|closed) list\b",
        r"\bno other purpose",
        r"\bausschließlich\b.{0,50}\bzwecke?n?\b",
        r"\bnur\b.{0,40}\bzu (den )?(folgenden|genannten) zwecken",
        r"\babschließend\b",
        r"\buniquement\b.{0,40}\bfinalités?\b",
        r"\bliste (limitative|exhaustive|fermée)\b",
        r"\baucune autre finalité",
    ),
    "performance": _any(
        r"\bnot (be )?used (to|for)\b.{0,40}\b(monitor|assess|evaluat|control)\w*\b.{0,40}\b(performance|behaviou?r)",
        r"\bno (performance|behaviou?r)\w* (control|monitoring|assessment)",
        r"\b(leistungs|verhaltens)\w*(kontrolle|überwachung|bewertung)\b.{0,60}\b(ausgeschlossen|unzulässig|nicht gestattet|findet nicht statt)",
        r"\bnicht\b.{0,40}\bzur\b.{0,20}\b(leistungs|verhaltens)",
        r"\bne (peuvent|peut|sont|est|sera|seront|pourra|pourront) pas\b.{0,40}\b(utilisée?s?|servir)\b.{0,40}\b(contrôler|évaluer|surveiller)\b.{0,40}\b(performance|comportement|activité)",
        r"\baucun contrôle (de la performance|du comportement|individuel)",
    ),
    "data": _any(
        r"\b(are|is) not (recorded|collected|captured)\b",
        r"\bno (keystroke|screenshot|screen capture|webcam|biometric)",
        r"\bonly the data categories\b",
        r"\b(werden|wird) (nicht|keine)\b.{0,30}\b(erfasst|erhoben|aufgezeichnet)",
        r"\b(keine|nicht)\b.{0,30}\b(tastatur|bildschirm|biometrisch)",
        r"\b(ne sont|n'est) (jamais |pas )?(enregistrée?s?|collectée?s?)\b",
        r"\baucune? (frappe|capture d'écran|donnée biométrique)",
    ),
    "ai_training": _any(
        r"\b(train|training)\b.{0,80}\b(only|solely)\b.{0,40}\b(agree|consent|opt.in)",
        r"\bopt.in\b",
        r"\b(only|solely)\b.{0,60}\b(agreed|consented)\b.{0,40}\btrain",
        r"\btraining\b.{0,80}\bnur\b.{0,80}\b(zustimmung|einwilligung|eingewilligt|zugestimmt)",
        r"\bnur\b.{0,60}\b(zustimmung|einwilligung|zugestimmt|eingewilligt)\b.{0,60}\btraining",
        r"\bentraînement\b.{0,80}\b(que si|uniquement)\b.{0,60}\b(accord|consentement|accepté)",
        r"\b(uniquement|que si)\b.{0,60}\b(accord|consentement|accepté)\b.{0,60}\bentraîn",
    ),
    "retention": _any(
        r"\b(deleted|erased)\b.{0,40}\b(after|within)\b.{0,20}\b\d+\s*(hours?|days?|weeks?|months?)",
        r"\b(kept|stored|retained)\b.{0,20}\b(for )?(at most|no longer than|a maximum of)\b.{0,20}\b\d+",
        r"\b(gelöscht)\b.{0,60}\b\d+\s*(stunden|tagen?|wochen?|monaten?)",
        r"\bnach\s+\d+\s*(stunden|tagen|wochen|monaten)\b.{0,20}\bgelöscht",
        r"\b\d+\s*(tage|tagen|wochen|monate|monaten)\b.{0,60}\bgelöscht",
        r"\bhöchstens\b.{0,20}\b\d+\s*(tage|wochen|monate)",
        r"\b(effacé|supprimé)\w*\b.{0,60}\b\d+\s*(heures?|jours?|semaines?|mois)",
        r"\b\d+\s*(jours?|semaines?|mois)\b.{0,60}\b(effacé|supprimé)\w*",
        r"\b(conservées?)\b.{0,30}\b(au maximum|au plus|pendant)\b.{0,20}\b\d+",
    ),
    "access": _any(
        r"\bonly\b.{0,40}\b(roles?|persons?|people)\b.{0,40}\b(listed|named)\b.{0,40}\baccess",
        r"\baccess\b.{0,60}\b(only|solely)\b.{0,40}\b(roles?|persons?)\b.{0,30}\b(listed|named)",
        r"\bevery access is (logged|recorded)",
        r"\bzugriff\b.{0,60}\bnur\b.{0,60}\b(rollen|personen)\b.{0,40}\b(aufgeführt|genannt)",
        r"\bnur die in anlage\b.{0,40}\bzugriff",
        r"\bjeder zugriff wird protokolliert",
        r"\bseul(e)?s?\b.{0,40}\b(rôles?|personnes?)\b.{0,40}\b(énumérée?s?|nommée?s?|listée?s?)\b.{0,40}\baccès",
        r"\bchaque accès est journalisé",
    ),
    "rights": _any(
        r"\b(employees?|workers?)\b.{0,40}\bmay (ask to |request to )?(see|access|obtain)\b.{0,40}\b(all )?(data|information)\b.{0,40}\b(about|on) them",
        r"\bright (of|to) (access|rectification|object)",
        r"\b(beschäftigten?|arbeitnehmer\w*)\b.{0,60}\b(einsehen|auskunft)",
        r"\b(salariés?|travailleurs?)\b.{0,40}\b(peut|peuvent) (consulter|accéder|obtenir)",
        r"\bdroit d'(accès|opposition|rectification)",
    ),
    "evidence": _any(
        r"\b(evaluat|analys)\w*\b.{0,60}\b(one|an individual|a named)\b.{0,30}\bemployee\b.{0,80}\b(only|solely)\b.{0,40}\b(suspicion|procedure)",
        r"\bonly\b.{0,40}\b(documented|concrete)\b.{0,20}\bsuspicion",
        r"\bnur\b.{0,60}\b(dokumentierte[nr]?|konkrete[nr]?)\b.{0,30}\bverdacht",
        r"\bverdacht\b.{0,80}\bbetriebsrat\b.{0,40}\b(vorher|zuvor|unterrichtet)",
        r"\b(que|uniquement)\b.{0,60}\bsoupçon\b.{0,20}\b(concret|documenté)",
        r"\bsoupçon (concret|documenté)",
    ),
    "audit": _any(
        r"\b(council|representatives?|union)\b.{0,40}\bmay (check|inspect|audit|verify)",
        r"\bexpert of (its|their) (own )?choice",
        r"\bbetriebsrat\b.{0,40}\b(kann|darf)\b.{0,80}\b(prüfen|kontrollieren|einsehen)",
        r"\bsachverständige\w*\b.{0,40}\bseiner wahl",
        r"\b(représentants?|cse|comité)\b.{0,40}\b(peut|peuvent)\b.{0,20}\b(vérifier|contrôler|consulter)",
        r"\bexpert de (son|leur) choix",
    ),
    "changes": _any(
        r"\b(only|solely)\b.{0,40}\b(after|with)\b.{0,40}\b(amend|agreement|consent)\w*\b.{0,40}\b(in writing|written)",
        r"\bchanged only in writing and by both parties",
        r"\bneither (party )?may change it alone",
        r"\b(änderung|geändert)\w*\b.{0,40}\bnur\b.{0,40}\b(schriftlich|beiden? parteien|zustimmung des betriebsrats)",
        r"\berst (eingeführt|eingesetzt)\b.{0,60}\b(zugestimmt|angepasst|vereinbart)",
        r"\bne peut être modifié qu'?\b.{0,40}\b(par écrit|les deux parties|accord)",
        r"\bn'est introduit qu'après\b",
    ),
    "committee": _any(
        r"\bjoint committee\b",
        r"\bparitätische\w* kommission\b",
        r"\bcommission paritaire\b",
    ),
    "review": _any(
        r"\b(review|evaluate)\b.{0,40}\b(every|after)\b.{0,20}\b\d+\s*(months?|years?)",
        r"\b(überprüf|evaluier)\w*\b.{0,60}\b(alle|nach)\b.{0,20}\b\d+\s*(monate|monaten|jahre|jahren)",
        r"\b(alle|nach)\s+\d+\s*(monate|monaten|jahre|jahren)\b.{0,40}\b(überprüf|evaluier)\w*",
        r"\b(réexamin|évalu)\w*\b.{0,60}\b(tous les|après)\b.{0,20}\b\d+\s*(mois|ans?)",
    ),
    "termination": _any(
        r"\b(terminate|termination|end (this|the) agreement|cancel)\b.{0,60}\bnotice\b",
        r"\b(continue|continues) to apply until\b.{0,40}\breplace",
        r"\bkündig\w*\b.{0,60}\bfrist\b",
        r"\bfrist\b.{0,60}\bgekündigt\b",
        r"\bnotice\b.{0,60}\bterminat\w*",
        r"\bpréavis\b.{0,60}\bdénon\w*",
        r"\bnachwirkung\b",
        r"\bdénon\w*\b.{0,60}\bpréavis\b",
        r"\bcontinuent? de s'appliquer jusqu'à\b",
    ),
}

# Wordings that weaken a protection: (key, the families they weaken, pattern).
WEAKENINGS = (
    (
        "open_purposes",
        ("purposes", "scope"),
        _any(
            r"\band (for )?other (\w+ ){0,2}purposes\b",
            r"\bincluding but not limited to\b",
            r"\bsuch as\b",
            r"\bin particular\b",
            r"\bamong others\b",
            r"\binsbesondere\b",
            r"\bsonstige\w* (berechtigte\w* |betriebliche\w* )?zwecke",
            r"\bu\. ?a\.",
            r"\bzum beispiel\b|\bz\. ?b\.",
            r"\bnotamment\b",
            r"\bautres finalités\b",
            r"\bentre autres\b",
        ),
    ),
    (
        "open_retention",
        ("retention",),
        _any(
            r"\bas long as (is )?(necessary|needed|required)\b",
            r"\bfor the duration of the purpose\b",
            r"\bindefinitely\b",
            r"\bno longer (needed|necessary)\b",
            r"\bsolange\b.{0,60}\b(erforderlich|notwendig|benötigt)",
            r"\bunbefristet\b|\bzeitlich unbegrenzt\b",
            r"\baussi longtemps que (nécessaire|besoin)",
            r"\bdurée (nécessaire|indéterminée)\b",
            r"\bsans limitation de durée\b",
        ),
    ),
    (
        "unlimited_evidence",
        ("evidence", "performance"),
        _any(
            r"\b(may|can) be used\b.{0,60}\b(disciplinary|dismissal|employment.law)",
            r"\b(disciplinary|dismissal)\b.{0,40}\b(measures?|action)\b.{0,40}\b(may|can) (be )?(based|rely)",
            r"\b(arbeitsrechtliche\w*|disziplinar\w*) maßnahmen\b.{0,40}\b(verwendet|genutzt|herangezogen)",
            r"\b(verwendet|genutzt|herangezogen)\b.{0,40}\b(arbeitsrechtliche\w*|disziplinar\w*) maßnahmen",
            r"\b(fins|sanctions?|mesures?) disciplinaires?\b",
        ),
    ),
    (
        "employer_amends",
        ("changes",),
        _any(
            r"\b(may|can) be (amended|changed|modified|updated|adapted) by the employer\b",
            r"\bthe employer (may|reserves the right to) (amend|change|modify|update|adapt)",
            r"\breserves? the right to (amend|change|modify|update|adapt|alter)",
            r"\bunilateral\w*\b",
            r"\b(kann|darf)\b.{0,20}\bvom arbeitgeber\b.{0,30}\b(geändert|angepasst)",
            r"\barbeitgeber\b.{0,30}\b(behält sich\b.{0,30}\bvor|kann\b.{0,60}\b(ändern|anpassen))",
            r"\beinseitig\w*\b",
            r"\b(peut|pourra) être (modifié|adapté|mis à jour)e?s? par l'employeur\b",
            r"\bl'employeur (peut|se réserve le droit de) (modifier|adapter)",
            r"\bunilatéral\w*\b",
        ),
    ),
    (
        "training_opt_out",
        ("ai_training",),
        _any(
            r"\bopt.out\b",
            r"\bunless (the employee|they|he or she) object",
            r"\bsofern\b.{0,30}\bnicht widerspr",
            r"\bwiderspruchslösung\b",
            r"\bsauf (opposition|refus)\b",
            r"\bà moins que le salarié ne s'y oppose\b",
        ),
    ),
)


# The fragments' wording (councils/agreements/wording/), per language: cue groups
# that together give a protection, more weakening wordings, and the words that
# undo a protection or a weakening.
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
    for reason, families, pattern in WEAKENINGS:
        if reason in WEAK_UNLESS and WEAK_UNLESS[reason].search(sentence):
            continue
        if pattern.search(sentence) or (
            reason in WEAKENS and WEAKENS[reason].search(sentence)
        ):
            yield reason, families


def _protects(family: str, sentence: str) -> bool:
    if family in UNLESS and UNLESS[family].search(sentence):
        return False
    if family in PROTECTS and PROTECTS[family].search(sentence):
        return True
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
# sentence on rights weakens no purpose list).
TOPICS = {
    "purposes": _any(
        r"\bpurposes?\b",
        r"\bzweck",
        r"\bfinalité",
        r"\bused (for|to)\b",
        r"\bverwendet\b",
        r"\butilisée?s? (pour|à)\b",
        r"\bdien(t|en)\b",
        r"\bser(t|vent)\b",
    ),
    "scope": _any(
        r"\bsystems?\b", r"\btools?\b", r"\bsystem", r"\bsystèmes?\b", r"\boutils?\b"
    ),
    "retention": _any(
        r"\b(kept|stored|retain|retention|deleted|erased)\w*",
        r"\b(gespeichert|aufbewahrt|gelöscht|speicher)\w*",
        r"\b(conserv|effac|supprim)\w*",
    ),
    "evidence": _any(r"."),
    "performance": _any(
        r"\b(performance|behaviou?r|conduct)\b",
        r"\b(leistung|verhalten)\w*",
        r"\b(performance|comportement)\b",
    ),
    "changes": _any(r"."),
    "ai_training": _any(
        r"\b(train|ai|model)\w*",
        r"\b(training|ki|modell)\w*",
        r"\b(entraîn|ia|modèle)\w*",
    ),
}


MORE_TOPICS = wording.merged("TOPICS")


def _speaks_of(family: str, sentence: str) -> bool:
    more = MORE_TOPICS.get(family)
    return bool(TOPICS[family].search(sentence) or (more and more.search(sentence)))
