"""Reading a pasted policy: the phrases that matter, what they mean, answers they suggest.

Deterministic and local (regular expressions over English, German and French wording);
no text leaves the server and none is stored. No Django here.
"""

import re
from dataclasses import dataclass

from assessment.rules.base import gettext_noop as _


@dataclass(frozen=True, slots=True)
class Signal:
    slug: str
    label: str
    explanation: str
    pattern: re.Pattern
    proposals: tuple[tuple[str, str], ...]


def _signal(slug, label, explanation, pattern, *proposals) -> Signal:
    # Matching ignores case; acronyms (AI, KI, IA) are written inside (?-i:...).
    return Signal(
        slug, label, explanation, re.compile(pattern, re.IGNORECASE), proposals
    )


SIGNALS = (
    _signal(
        "vague-purpose",
        _("Vague purpose"),
        _(
            "Wording like this names no concrete purpose. Purposes must be specific, "
            "and vague ones can hide uses such as AI training."
        ),
        r"improv\w* (?:our|the) (?:services?|products?|experience)|quality "
        r"(?:improvement|assurance)|business purposes|Verbesserung unserer "
        r"(?:Dienste|Dienstleistungen|Produkte)|Qualitätsverbesserung|"
        r"amélior\w* (?:de )?nos (?:services|produits)|amélioration de la qualité",
        ("purposes", "product_improvement"),
        ("notice", "vague_written"),
    ),
    _signal(
        "ai-training",
        _("AI or machine learning"),
        _(
            "The data may be used to train or improve AI models: a purpose of its own, "
            "which needs its own justification."
        ),
        r"(?-i:\bAI\b|\bKI\b|\bIA\b)|artificial intelligence|machine[- ]learning|"
        r"(?:model|models) training|train(?:ing)? (?:our |the )?(?:AI )?models?|"
        r"künstliche\w* Intelligenz|maschinell\w* Lernen|Modelltraining|"
        r"intelligence artificielle|apprentissage automatique|entraîn\w* (?:des|nos) modèles",
        ("purposes", "ai_training"),
    ),
    _signal(
        "keystroke-content",
        _("Recording what is typed"),
        _(
            "A keylogger records everything typed, passwords and private messages "
            "included: disproportionate in almost all cases."
        ),
        r"key ?logg\w*|keystroke (?:content|logging)|what (?:you|employees) type|"
        r"Tastatureingaben|Keylogger|enregistreur de frappe|contenu (?:des )?frappes",
        ("data", "keystroke_content"),
    ),
    _signal(
        "keystrokes",
        _("Keystrokes"),
        _(
            "Keystroke data. If only rhythm and speed are recorded, it is still "
            "behavioural data that can identify people and reveal stress."
        ),
        r"keystrokes?|typing (?:patterns?|behaviou?r|speed|rhythm)|Tastenanschl\w*|"
        r"Tippverhalten|frappes? (?:au|de|du) clavier",
        ("data", "keystroke_dynamics"),
    ),
    _signal(
        "mouse",
        _("Mouse movements and clicks"),
        _("Mouse paths and clicks are fine-grained behavioural traces."),
        r"mouse (?:movements?|activity|clicks?)|cursor movements?|\bclicks?\b|"
        r"Mausbewegungen|Mausklicks?|\bKlicks?\b|mouvements? de (?:la )?souris|\bclics?\b",
        ("data", "mouse_movement"),
        ("data", "clicks"),
    ),
    _signal(
        "screenshots",
        _("Screenshots"),
        _(
            "Screen captures record everything on screen, including private and "
            "third-party information."
        ),
        r"screenshots?|screen (?:captures?|recordings?)|Bildschirmfotos?|"
        r"Bildschirmaufzeichnung\w*|captures? d'écran|enregistrements? d'écran",
        ("data", "screenshots"),
    ),
    _signal(
        "behavioural-data",
        _("Behavioural or usage data"),
        _(
            "A general term for records of how people work: ask exactly what is "
            "recorded and at what level of detail."
        ),
        r"behaviou?ral data|interaction data|usage data|activity data|telemetry|"
        r"Verhaltensdaten|Nutzungsdaten|Aktivitätsdaten|Telemetrie|"
        r"données comportementales|données d'(?:utilisation|activité)|télémétrie",
        ("data", "activity_time"),
        ("data", "app_and_web_usage"),
    ),
    _signal(
        "retention-period",
        _("Retention period"),
        _(
            "How long data is kept. Check that the period fits the purpose and that it "
            "covers all the data collected."
        ),
        r"\b\d{1,5}\s*(?:days?|weeks?|months?|years?|Tagen?|Wochen|Monaten?|Jahren?|"
        r"jours?|semaines?|mois|ans?|années?)\b",
    ),
    _signal(
        "retention-open-ended",
        _("Open-ended retention"),
        _(
            "No end date: data may be kept only as long as its purpose needs, and "
            "workers must be told the period or how it is set."
        ),
        r"indefinitely|as long as (?:necessary|needed|required)|unbefristet|"
        r"auf unbestimmte Zeit|so lange wie (?:nötig|erforderlich)|indéfiniment|"
        r"aussi longtemps que nécessaire",
    ),
    _signal(
        "personal-devices",
        _("Personal devices"),
        _("Monitoring workers' own devices reaches into their private lives."),
        r"personal devices?|own devices?|\bBYOD\b|bring your own device|"
        r"private\w* Geräte\w*|eigene\w* Geräte\w*|appareils? personnels?|"
        r"équipements? personnels?",
        ("devices", "personal_device"),
    ),
    _signal(
        "consent",
        _("Consent wording"),
        _(
            "Consent at work is rarely free, because refusing is hard for employees; "
            "it must be as easy to withdraw as to give."
        ),
        r"\bconsent\w*|Einwilligung\w*|\bconsentement\w*",
        ("lawful_basis", "consent"),
    ),
    _signal(
        "voluntary",
        _("'Voluntary' or opt-in"),
        _(
            "Participation is presented as a free choice: check whether it is rewarded "
            "or whether refusing costs anything."
        ),
        r"opt[- ]in|voluntar\w*|optional|freiwillig\w*|facultati\w*|volontaire\w*",
        ("participation_mode", "opt_in"),
    ),
    _signal(
        "incentives",
        _("Incentives"),
        _("Rewards or performance links make a 'voluntary' choice less free."),
        r"\bbonus\w*|incentives?|reward\w*|performance (?:review|rating)s?|Prämie\w*|"
        r"Anreiz\w*|Leistungsbeurteilung\w*|\bprimes?\b|récompense\w*",
        ("participation_incentives", "yes"),
    ),
    _signal(
        "anonymised",
        _("'Anonymised'"),
        _(
            "A claim, not a fact: behavioural traces are hard to anonymise. Ask how it "
            "is done, step by step."
        ),
        r"anonymi[sz]\w*|de-identified|anonymis\w*|anonymisé\w*",
        ("de_identification", "anonymised_claimed"),
    ),
    _signal(
        "legitimate-interests",
        _("Legitimate interests"),
        _("This basis needs a documented balancing test that workers can ask for."),
        r"legitimate interests?|berechtigte\w* Interesse\w*|intérêts? légitimes?",
        ("lawful_basis", "legitimate_interests"),
    ),
)
LIST_FIELDS = {"data", "devices", "purposes", "inferences", "recipients"}

UNITS = {
    "day": 1,
    "tag": 1,
    "jour": 1,
    "week": 7,
    "woche": 7,
    "semaine": 7,
    "month": 30,
    "monat": 30,
    "mois": 30,
    "year": 365,
    "jahr": 365,
    "an": 365,
    "année": 365,
}
# Longest first, so that "année" is tried before "an".
UNITS_LONGEST_FIRST = sorted(UNITS.items(), key=lambda item: -len(item[0]))
PERIOD = re.compile(r"(\d{1,5})\s*([^\W\d_]+)")


def days_in(phrase: str) -> int | None:
    """'90 days' -> 90, '6 Monate' -> 180, '1 an' -> 365."""
    match = PERIOD.match(phrase)
    if not match:
        return None
    word = match.group(2).lower()
    for unit, days in UNITS_LONGEST_FIRST:
        if word.startswith(unit):
            return min(int(match.group(1)) * days, 36500)
    return None


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    signal: Signal

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


def find_signals(text: str) -> list[Highlight]:
    """Every phrase that matters, in order, without overlaps (earliest, longest wins)."""
    found = sorted(
        (
            Highlight(m.start(), m.end(), signal)
            for signal in SIGNALS
            for m in signal.pattern.finditer(text)
        ),
        key=lambda h: (h.start, -(h.end - h.start)),
    )
    kept: list[Highlight] = []
    for highlight in found:
        if not kept or highlight.start >= kept[-1].end:
            kept.append(highlight)
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


def proposals(text: str, highlights: list[Highlight]) -> list[tuple[str, str]]:
    """Answers the text suggests, as (form field, value), each once, in text order."""
    proposed: list[tuple[str, str]] = []
    for highlight in highlights:
        suggested = list(highlight.signal.proposals)
        if highlight.signal.slug == "retention-period":
            days = days_in(highlight.text_in(text))
            if days is not None:
                suggested = [("retention_kind", "days"), ("retention_days", str(days))]
        for field, value in suggested:
            answered = any(field == taken for taken, _value in proposed)
            if (field, value) not in proposed and (
                field in LIST_FIELDS or not answered
            ):
                proposed.append((field, value))
    return proposed
