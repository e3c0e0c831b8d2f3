"""Reading a pasted policy: the phrases that matter, what they mean, answers they suggest.

Deterministic and local (regular expressions over English, German and French wording);
no text leaves the server and none is stored. No Django here.

Where a phrase can be read two ways, the suggestion takes the more intrusive reading
and says why, unless the same sentence rules it out: a check that understates what an
employer collects would mislead the very people it is meant to help.
"""

import copy
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from assessment import questionnaire
from assessment.rules.base import gettext_noop as _

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


# The pattern of a signal that is only ever the milder reading of another.
NEVER = r"(?!)"


def _signal(slug, label, explanation, pattern, *proposals, **reading) -> Signal:
    # Matching ignores case; acronyms (AI, KI, IA, HR, BYOD) are written inside (?-i:...).
    return Signal(
        slug, label, explanation, re.compile(pattern, FLAGS), proposals, **reading
    )


# The sentence says outright that content is left out: only rhythm, speed or metadata.
CONTENT_LEFT_OUT = re.compile(
    r"\b(?:typing |keystroke )?(?:speed|rhythm|timing|cadence)s? only|"
    r"\bonly (?:the )?(?:typing |keystroke )?(?:speed|rhythm|timing|cadence)|"
    r"\bmetadata only|\bonly (?:the )?metadata|"
    r"\bnot (?:on |of |in )?(?:the |their |its )?(?:text|content|what)|"
    r"\bwithout (?:\w+ ){0,2}(?:the |their |its )?(?:text|content|what (?:you|is) type)|"
    r"\b(?:text|content|characters)\b[^.]{0,40}\b(?:is|are) (?:never|not) "
    r"(?:recorded|stored|captured|logged|kept|read)|"
    r"\bno (?:text|content) is\b|"
    r"\bnur (?:die |den )?(?:Tipp|Schreib|Anschlag)?(?:geschwindigkeit|rhythmus|Metadaten)|"
    r"\bausschließlich (?:als |die |den )?(?:Tipp|Schreib|Anschlag)?"
    r"(?:geschwindigkeit|rhythmus|Metadaten)|"
    r"\bnicht (?:der|den|die|deren|dessen) (?:Inhalte?|Text)\b|"
    r"\bohne (?:\w+ ){0,2}(?:Inhalte?|Text)\b|"
    r"\b(?:Inhalte?|Text)\b[^.]{0,40}\b(?:wird|werden) (?:\w+ )?nicht\b|"
    r"\b(?:Inhalte?|Texte?|Zeichen)\b[^.]{0,40}\bnicht (?:\w+ )?"
    r"(?:gespeichert|erfasst|aufgezeichnet|protokolliert)|"
    r"\bkeine (?:Inhalte|Texte)\b|"
    r"\b(?:seule?s?|uniquement) (?:la |le |les )?(?:vitesse|rythme|métadonnées)|"
    r"\b(?:vitesse|rythme) (?:de frappe )?uniquement|"
    r"\bsans (?:\w+ ){0,2}(?:le |leur |son )?(?:contenu|texte)|"
    r"\bpas (?:le |leur |son )?(?:contenu|texte)|"
    r"\b(?:contenu|texte)\b[^.]{0,40}\bn'est (?:pas|jamais)|"
    r"\baucun contenu",
    FLAGS,
)
SCREENSHOTS_ONLY = re.compile(
    r"\bscreenshots? only|\bonly (?:\w+ )?screenshots|\bno (?:video|recording)|"
    r"\bnur (?:\w+ )?(?:Bildschirmfotos|Screenshots)|\bkeine (?:Aufzeichnung|Videos?)|"
    r"\buniquement (?:des |par )?(?:captures? d'écran)|\bsans enregistrement",
    FLAGS,
)
AT_INTERVALS = re.compile(
    r"\bevery (?:\w+ )?(?:seconds?|minutes?|hours?)|\bat (?:random |regular )?"
    r"intervals|\bperiodic\w*|\balle (?:\w+ )?(?:Sekunden|Minuten|Stunden)|"
    r"\bin (?:regelmäßigen|zufälligen) (?:Abständen|Intervallen)|\bperiodisch\w*|"
    r"\btoutes les (?:\w+ )?(?:secondes|minutes|heures)|\bà intervalles|"
    r"\bpériodique\w*|\bréguli[èe]re?\w*",
    FLAGS,
)
RETENTION_WORDS = re.compile(
    r"\b(?:kept|keep\w*|retain\w*|retention|stor\w*|held|hold|delet\w*|eras\w*|"
    r"purg\w*|archiv\w*|remov\w*|destroy\w*|overwrit\w*|überschrieben|écrasé\w*|"
    r"\w*speicher\w*|gespeichert|aufbewahr\w*|Aufbewahrung\w*|gelöscht|lösch\w*|"
    r"Löschung|vorgehalten|archiviert|conserv\w*|supprim\w*|effac\w*|stock\w*|"
    r"détrui\w*)\b",
    FLAGS,
)

NUMBER_WORDS = {
    **dict.fromkeys(("one", "ein", "eine", "einem", "einen", "einer", "un", "une"), 1),
    **dict.fromkeys(("two", "zwei", "deux"), 2),
    **dict.fromkeys(("three", "drei", "trois"), 3),
    **dict.fromkeys(("four", "vier", "quatre"), 4),
    **dict.fromkeys(("five", "fünf", "cinq"), 5),
    **dict.fromkeys(("six", "sechs"), 6),
    **dict.fromkeys(("seven", "sieben", "sept"), 7),
    **dict.fromkeys(("eight", "acht", "huit"), 8),
    **dict.fromkeys(("nine", "neun", "neuf"), 9),
    **dict.fromkeys(("ten", "zehn", "dix"), 10),
    **dict.fromkeys(("eleven", "elf", "onze"), 11),
    **dict.fromkeys(("twelve", "zwölf", "douze"), 12),
    **dict.fromkeys(("eighteen", "achtzehn", "dix-huit"), 18),
    **dict.fromkeys(("twenty-four", "vierundzwanzig", "vingt-quatre"), 24),
    **dict.fromkeys(("thirty", "dreißig", "trente"), 30),
}
# A number of days, weeks, months or years, in digits or in words.
PERIOD_PHRASE = (
    r"\b(?:\d{1,5}|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\s*(?:\(\d{1,5}\)\s*)?(?:hours?|days?|weeks?|months?|years?|Stunden|Tage?n?|"
    r"Wochen?|Monate?n?|Jahre?n?|heures?|jours?|semaines?|mois|ans?|années?)\b"
)

TYPING_DYNAMICS = _signal(
    "keystroke-dynamics",
    _("Typing rhythm and speed"),
    _(
        "Keystroke data. If only rhythm and speed are recorded, it is still "
        "behavioural data that can identify people and reveal stress."
    ),
    r"keystroke (?:dynamics|timing|rhythm|speed|patterns?)|"
    r"(?:keystrokes|key ?presses) per (?:minute|hour)|"
    r"(?:Tasten|Tastatur)?anschläge pro (?:Minute|Stunde)|frappes par minute|"
    r"typing (?:patterns?|behaviou?r|speed|rhythm|cadence|dynamics)|Tippverhalten|"
    r"Tippgeschwindigkeit|Tipprhythmus|Schreibgeschwindigkeit|Anschlaggeschwindigkeit|"
    r"(?:vitesse|rythme|dynamique) de (?:frappe|saisie)",
    ("data", "keystroke_dynamics"),
)
# The sentence is about refusing or not taking part (for what refusing costs).
REFUSING = re.compile(
    r"refus\w*|declin\w*|not (?:to )?tak\w* part|opt\w* out|participat\w*|"
    r"Ablehn\w*|ablehn\w*|nicht teil\w*|Teilnahme|teilnehmen|verweiger\w*|"
    r"widersprech\w*|Widerspruch|mitmach\w*|mitzumachen|refus\w*|particip\w*",
    FLAGS,
)
# The sentence is about a person stopping taking part (for "at any time"), not about
# the employer ending or changing something.
STOPPING = re.compile(
    r"\A(?=[\s\S]*(?:\bstop\w*|\bend(?:s|ed|ing)?\b|withdraw\w*|opt\w* out|leav\w*|"
    r"quit\w*|cancel\w*|revok\w*|beend\w*|widerruf\w*|austret\w*|abmeld\w*|verlass\w*|"
    r"aussteig\w*|zurückzieh\w*|mettre fin|retir\w*|arrêt\w*|désinscri\w*|"
    r"révoqu\w*|quitter))"
    r"(?=[\s\S]*(?:particip\w*|tak\w* part|program\w*|opt\w* out|Teilnahme|"
    r"teilnehm\w*|Programm\w*|abmeld\w*|désinscri\w*))",
    FLAGS,
)
# People, for "only a few people" (not "only two weeks").
PEOPLE = {
    "en": r"(?:people|persons|staff|employees|members|admin\w*|managers|colleagues|"
    r"engineers|analysts|individuals|researchers)\b",
    "de": r"(?:Mitarbeite\w*|Beschäftigte\w*|Personen|Administrator\w*|Kolleg\w*|"
    r"Mitglied\w*|Führungskräfte\w*|Fachleute)\b",
    "fr": r"(?:personnes|salariés|collaborat\w*|membres|administrat\w*|employés|"
    r"agents|responsables)\b",
}
# The sentence is about who can see or access the data (for "only a few").
SEEING = re.compile(
    r"access|\bsee|view|read|look|consult|visib\w*|einseh\w*|Einsicht|Zugriff|Zugang|"
    r"sichtbar\w*|"
    r"zugreif\w*|sehen|accès|accéd\w*|consult\w*|voir",
    FLAGS,
)
DPIA_EXPLANATION = _(
    "An impact assessment weighs the risks of the monitoring before it starts; "
    "workers and their representatives can ask to see it."
)
# The impact assessment is given to workers or their representatives, or open to them.
DPIA_SHARED = re.compile(
    r"(?:can|may) be (?:viewed|consulted|inspected|read)\b|\b(?:is|are) (?:attached|"
    r"enclosed)\b|(?:has been|was|were|is) (?:shared with|given to|provided to|sent to) "
    r"(?:the |your |our )?(?:works council|representatives|employees|staff|you|union)|"
    r"(?:kann|können) (?:(?!nicht\b|nie\b)\w+ ){0,3}eingesehen werden|\banbei\b|"
    r"\bbeigefügt|dem Betriebsrat (?:\w+ )?(?:vorgelegt|übergeben|zur Verfügung gestellt)|"
    r"ci-joint\w*|en pièce jointe|(?:peut|peuvent) être consulté\w*|"
    r"(?:communiqué|transmis|remis)e?s? (?:au|aux) (?:(?-i:CSE)|comité|représentants|"
    r"salariés)",
    FLAGS,
)
KEYSTROKES_EXPLANATION = _(
    "Recording keystrokes can mean recording what is typed or only the rhythm of "
    "typing. The text does not say that what is typed is left out, so the suggested "
    "answer is the more intrusive reading: keystroke content."
)
KEYSTROKES_REASON = _(
    "'Keystrokes' can mean what is typed; the text does not say the content is left out."
)
CONTENT_LEFT_OUT_SIGNAL = _signal(
    "content-left-out",
    _("Content said to be left out"),
    _(
        "The text says that content is not recorded. Ask how the software makes "
        "sure of it: a setting can be changed without anyone being told."
    ),
    NEVER,
)
SCREENSHOTS = _signal(
    "screenshots",
    _("Screenshots"),
    _(
        "Screen captures record everything on screen, including private and "
        "third-party information."
    ),
    r"screenshots?|screen ?shots?|screen captures?|Bildschirmfotos?|"
    r"captures? d'écran|copies? d'écran",
    ("data", "screenshots"),
)
COMMUNICATIONS_METADATA = _signal(
    "communications-metadata",
    _("Who mails or chats with whom, and when"),
    _("Metadata still shows who talks to whom, how often and when."),
    r"(?:e-?mail |message |communications? )?metadata|Metadaten|métadonnées|"
    r"senders?,? (?:and )?recipients?|Absender,? (?:und )?Empfänger|"
    r"expéditeurs?,? (?:et )?destinataires?",
    ("data", "communications_metadata"),
)

SIGNALS = (
    _signal(
        "vague-purpose",
        _("Vague purpose"),
        _(
            "Wording like this names no concrete purpose. Purposes must be specific, "
            "and vague ones can hide uses such as AI training."
        ),
        r"improv\w* (?:our|the) (?:[\w-]+ )?(?:services?|products?|experience)|"
        r"quality (?:improvement|assurance)|business purposes|Verbesserung unserer "
        r"(?:[\w-]+ )?(?:Dienste|Dienstleistungen|Produkte)|Qualitätsverbesserung|"
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
        r"(?:model|models) training|train\w* (?:our |the |an? |its )?(?:[\w'-]+ ){0,2}?"
        r"models?\b|Modelle? (?:\w+ ){0,2}?(?:zu )?trainier\w*|"
        r"künstliche\w* Intelligenz|maschinell\w* Lernen|Modelltraining|"
        r"intelligence artificielle|apprentissage automatique|"
        r"entraîn\w* (?:des |nos |les |le |un )?(?:[\w'-]+ ){0,2}?modèles?",
        ("purposes", "ai_training"),
        nested=True,
    ),
    _signal(
        "ai-team",
        _("Internal AI teams"),
        _(
            "The data goes to people who build AI. The suggested answers count "
            "training AI models as a purpose too, the likely use, unless the text "
            "says otherwise."
        ),
        r"(?-i:AI|ML|KI|IA)[- ](?:research |data[- ]science |development )?"
        r"(?:teams?|labs?|departments?|units?)\b|"
        r"(?:machine[- ]learning|data[- ]science) (?:research )?(?:teams?|departments?)|"
        r"(?-i:KI)-(?:Forschungs|Entwicklungs)?(?:team|abteilung|labor|einheit)\w*|"
        r"(?:Forschungs|Entwicklungs)?team für (?:(?-i:KI)|künstliche Intelligenz)|"
        r"équipes? (?:de (?:recherche|développement) )?(?:en |d'|de l')?"
        r"(?:(?-i:IA)|intelligence artificielle)\b",
        ("recipients", "internal_ai_teams"),
        ("purposes", "ai_training"),
        reason=_("Data given to an AI team is likely to be used to train AI."),
    ),
    _signal(
        "keystroke-content",
        _("Recording what is typed"),
        _(
            "A keylogger records everything typed, passwords and private messages "
            "included: disproportionate in almost all cases."
        ),
        r"key ?logg\w*|keystroke (?:content|logging|loggers?)|"
        r"what (?:you|employees|users|people|workers|staff) types?|what is typed|"
        r"Keylogger\w*|"
        r"was (?:Sie|Beschäftigte|Mitarbeitende) (?:tippen|eingeben|schreiben)|"
        r"Inhalte? der (?:Tastatur)?eingaben|enregistreur de frappe|"
        r"contenu (?:des )?(?:frappes|saisies)|contenu saisi|"
        r"ce que vous (?:tapez|saisissez)",
        ("data", "keystroke_content"),
        unless=CONTENT_LEFT_OUT,
        milder=CONTENT_LEFT_OUT_SIGNAL,
    ),
    _signal(
        "keystrokes",
        _("Keystrokes"),
        KEYSTROKES_EXPLANATION,
        r"keystrokes?|key ?presses|keyboard (?:input|activity|events|usage|use)|"
        r"Tastenanschl\w*|Tastatureingaben|Tastaturanschl\w*|Tastaturaktivität|"
        r"frappes? (?:au|de|du) clavier|(?:les|des|vos) frappes\b|"
        r"saisies? (?:au|du) clavier",
        ("data", "keystroke_content"),
        reason=KEYSTROKES_REASON,
        unless=CONTENT_LEFT_OUT,
        milder=TYPING_DYNAMICS,
    ),
    TYPING_DYNAMICS,
    _signal(
        "keyboard-and-mouse",
        _("Keystrokes"),
        KEYSTROKES_EXPLANATION,
        r"keyboard and mouse (?:input|activity|events|usage|use|data)|"
        r"Tastatur- und Mausaktivität\w*|(?:activité|frappes) (?:du )?clavier et "
        r"(?:de la )?souris",
        ("data", "keystroke_content"),
        ("data", "mouse_movement"),
        ("data", "clicks"),
        reason=KEYSTROKES_REASON,
        unless=CONTENT_LEFT_OUT,
        milder=_signal(
            "keyboard-and-mouse-rhythm",
            _("Typing rhythm and speed"),
            TYPING_DYNAMICS.explanation,
            NEVER,
            ("data", "keystroke_dynamics"),
            ("data", "mouse_movement"),
            ("data", "clicks"),
        ),
    ),
    _signal(
        "mouse",
        _("Mouse movements and clicks"),
        _("Mouse paths and clicks are fine-grained behavioural traces."),
        r"mouse (?:activity|movements? and clicks|usage|use|data)|"
        r"Mausaktivität|Mausbewegungen und -?(?:Maus)?klicks|"
        r"activité de (?:la )?souris|"
        r"mouvements? (?:de (?:la )?souris )?et (?:les )?clics(?: de (?:la )?souris)?",
        ("data", "mouse_movement"),
        ("data", "clicks"),
    ),
    _signal(
        "mouse-movements",
        _("Mouse movements"),
        _("Mouse paths and clicks are fine-grained behavioural traces."),
        r"mouse (?:movements?|paths?|tracking)|cursor movements?|Mausbewegungen|"
        r"Mauszeiger\w*|mouvements? de (?:la )?souris",
        ("data", "mouse_movement"),
    ),
    _signal(
        "clicks",
        _("Clicks"),
        _("Mouse paths and clicks are fine-grained behavioural traces."),
        r"\bclicks?\b|Mausklicks?|\bKlicks?\b|\bclics?\b",
        ("data", "clicks"),
    ),
    _signal(
        "scrolling",
        _("Scrolling"),
        _(
            "Scrolling shows how a person reads and works, screen by screen: a "
            "fine-grained behavioural trace."
        ),
        r"\bscroll(?:ing|s|ed)?\b|Scroll\w*|\bdéfilement\w*",
        ("data", "scrolling"),
    ),
    SCREENSHOTS,
    _signal(
        "screen-recording",
        _("Screen recording"),
        _(
            "Screen captures record everything on screen, including private and "
            "third-party information."
        ),
        r"screen (?:recordings?|video)|record\w* (?:of )?(?:your |the |their )?screens?|"
        r"video of (?:your |the )?screens?|Bildschirmaufzeichnung\w*|"
        r"Bildschirmaufnahme\w*|Bildschirmvideo\w*|"
        r"enregistrements? (?:vidéo )?(?:d'|de l'|des |de vos )écrans?|vidéos? de l'écran",
        ("data", "screen_recording"),
    ),
    _signal(
        "screen-captured",
        _("Screen captured"),
        _(
            "Capturing the screen can mean still images or a video. The text does not "
            "say that images are taken at intervals, so the suggested answer is the "
            "more intrusive reading: screen recording."
        ),
        r"captur\w* (?:the |your |their |employees' )?screens?\b|"
        r"captur\w* (?:de )?l'écran|Bildschirm\w* (?:wird |werden )?(?:\w+ )?"
        r"(?:erfasst|mitgeschnitten)",
        ("data", "screen_recording"),
        reason=_(
            "'Capturing the screen' can mean recording it; the text does not say "
            "that images are taken at intervals."
        ),
        unless=AT_INTERVALS,
        milder=SCREENSHOTS,
    ),
    _signal(
        "screens-watched",
        _("Screens watched"),
        _(
            "Watching screens can mean live viewing, recording or screenshots. The "
            "text does not say that only screenshots are taken, so the suggested "
            "answer is the more intrusive reading: screen recording."
        ),
        r"monitor\w* (?:your |the |employees' |their |staff )?screens?|"
        r"screen (?:monitoring|surveillance)|view (?:your )?screens? (?:live|in real time)|"
        r"Bildschirm(?:überwachung|kontrolle)|"
        r"(?:Bildschirme?|Bildschirminhalte?) (?:\w+ ){0,3}?(?:werden|wird) "
        r"(?:\w+ ){0,3}?(?:überwacht|eingesehen)|"
        r"surveillance (?:de |des )?(?:l'|les )?écrans?|"
        r"surveill\w* (?:votre |vos |les )?écrans?|"
        r"remote (?:access to|view of) (?:your |the )?screens?|"
        r"Fernzugriff auf (?:Ihren |den )?Bildschirm|"
        r"(?:accéder|accès) (?:à distance )?à (?:votre |l')écran",
        ("data", "screen_recording"),
        reason=_(
            "'Monitoring screens' can mean recording them; the text does not say "
            "that only screenshots are taken."
        ),
        unless=SCREENSHOTS_ONLY,
        milder=SCREENSHOTS,
    ),
    _signal(
        "communications-content",
        _("Content of e-mails or chats"),
        _(
            "Reading messages reaches private and third-party communication: rarely "
            "proportionate."
        ),
        r"(?:content|body|bodies|text) of (?:\w+ )?(?:e-?mails?|messages|chats?|"
        r"communications?|calls)|(?:e-?mail|message|chat) (?:content|bodies|body|text)|"
        r"Inhalte? (?:der |von |dienstlicher |privater )?(?:E-Mails?|Nachrichten|Chats?)|"
        r"E-Mail-Inhalte?|contenu des (?:\w+ )?(?:courriels|e-mails|messages|conversations)",
        ("data", "communications_content"),
        unless=CONTENT_LEFT_OUT,
        milder=CONTENT_LEFT_OUT_SIGNAL,
    ),
    _signal(
        "communications",
        _("E-mails or chats monitored"),
        _(
            "Monitoring e-mails or chats can mean reading them or only logging who "
            "wrote to whom. The text does not say that content is left out, so the "
            "suggested answer is the more intrusive reading: content."
        ),
        r"(?:monitor|scan|read|review|log|record|archiv|analy[sz]|intercept|inspect|"
        r"access|check|search)\w* "
        r"(?:\w+ ){0,2}?(?:e-?mails?|messages|chats?|communications?)\b|"
        r"(?:e-?mails?|messages|chats?|communications?)\b,? (?:\w+ ){0,3}?"
        r"(?:are|is|may be|will be|can be) (?:\w+ )?(?:monitored|scanned|read|"
        r"reviewed|logged|recorded|archived|analy[sz]ed|intercepted|inspected|"
        r"searched|accessed|checked)|"
        r"(?:E-Mails?|Nachrichten|Chats?|Kommunikation)\b (?:\w+ ){0,3}?"
        r"(?:werden|wird|können) (?:\w+ ){0,2}?(?:überwacht|ausgewertet|gelesen|"
        r"geprüft|protokolliert|aufgezeichnet|archiviert|gescannt)|"
        r"(?:courriels?|e-mails?|messages|communications|conversations)\b "
        r"(?:\w+ ){0,3}?(?:sont|est|peuvent être|pourront être) (?:\w+ ){0,2}?"
        r"(?:surveillé|analysé|lu|contrôlé|enregistré|archivé|scanné)e?s?\b",
        ("data", "communications_content"),
        reason=_(
            "'Monitoring e-mails' can mean reading them; the text does not say the "
            "content is left out."
        ),
        unless=CONTENT_LEFT_OUT,
        milder=COMMUNICATIONS_METADATA,
    ),
    COMMUNICATIONS_METADATA,
    _signal(
        "calls",
        _("Call recording"),
        _(
            "A recorded call holds what both sides say, customers and colleagues "
            "included."
        ),
        r"call recordings?|record\w* (?:of )?(?:\w+ ){0,2}?(?:phone )?calls\b|"
        r"(?:audio|recordings?) (?:from|of) (?:\w+ ){0,2}?calls\b|"
        r"calls (?:are|may be|will be|can be) recorded|"
        r"(?:Gesprächs|Anruf|Telefon)aufzeichnung\w*|"
        r"(?:Telefonate|Gespräche|Anrufe) (?:werden|können) (?:\w+ ){0,2}?"
        r"aufgezeichnet|enregistrements? (?:des )?(?:appels|conversations "
        r"téléphoniques)|appels (?:téléphoniques )?(?:sont|peuvent être|pourront être) "
        r"enregistrés",
        ("data", "communications_content"),
        ("data", "microphone"),
    ),
    _signal(
        "microphone",
        _("Microphone audio"),
        _("Audio records everyone within earshot, not only the worker."),
        r"microphones?|audio recordings?|Mikrofon\w*|Tonaufnahme\w*|"
        r"enregistrements? audio",
        ("data", "microphone"),
    ),
    _signal(
        "webcam",
        _("Webcam images or video"),
        _(
            "A webcam films people and, at home, their private lives: rarely proportionate."
        ),
        r"web ?cam\w*|(?:laptop|computer) cameras?|Kamera (?:des|Ihres) "
        r"(?:Laptops|Rechners|Computers)|caméra (?:de (?:votre |l')ordinateur|intégrée)",
        ("data", "webcam"),
    ),
    _signal(
        "cctv",
        _("Video surveillance (CCTV)"),
        _(
            "Cameras at work film everyone in view: they need a specific reason and "
            "clear signs, and never in rest areas."
        ),
        r"(?-i:CCTV)|video (?:surveillance|footage)|(?:security|surveillance|office) "
        r"cameras?|camera footage|Videoüberwachung\w*|Überwachungskamera\w*|"
        r"Kameraaufnahmen|Kameraaufzeichnung\w*|Videoaufzeichnung\w*|Videoaufnahmen|"
        r"vidéosurveillance|vidéoprotection|"
        r"caméras? de (?:surveillance|sécurité)",
        ("data", "cctv"),
    ),
    _signal(
        "web-and-app-usage",
        _("Applications, websites and active window"),
        _(
            "Browsing and app records reveal interests, health searches and private life."
        ),
        r"brows\w* (?:history|activity|data)|browsing|"
        r"websites? (?:is |are |you )?(?:visited|opened|visit|open)|"
        r"visited websites|web (?:activity|usage|browsing)|URLs? (?:visited|you visit)|"
        r"applications? (?:used|usage|in use)|apps? (?:used|usage)|active windows?|"
        r"(?:applications?|apps?|programs?)(?: and (?:websites?|sites))? "
        r"(?:you |employees |staff |users )?(?:use|open|visit)\b|"
        r"Nutzungsdaten (?:der|von) (?:\w+ )?(?:Anwendungen|Programme|Apps)|"
        r"Browserverlauf|Surfverhalten|besuchte\w* (?:Webseiten|Websites|"
        r"Internetseiten)|Internetnutzung|genutzte\w* (?:Anwendungen|Programme)|"
        r"Anwendungsnutzung|aktive\w* Fenster|historique de navigation|"
        r"données de navigation|sites? (?:web |internet )?(?:visités|consultés)|"
        r"applications? utilisées|navigation (?:sur )?internet|fenêtres? actives?",
        ("data", "app_and_web_usage"),
    ),
    _signal(
        "active-and-idle-time",
        _("Active and idle time"),
        _(
            "Active and idle time is often read as effort, which it is not: ask how "
            "it is used."
        ),
        r"idle time|active time|inactivity|for how long|time spent (?:on|in)|"
        r"aktive\w* Zeit\w*|temps actif|(?:active|idle) (?:and|or) (?:idle|active) "
        r"(?:time|periods)|Leerlaufzeit\w*|Inaktivität\w*|Aktivitätszeit\w*|"
        r"aktive\w* und inaktive\w* Zeit\w*|temps d'(?:inactivité|activité)|"
        r"\binactivité",
        ("data", "activity_time"),
    ),
    _signal(
        "location",
        _("Location"),
        _("Location shows where people are and go, outside work too."),
        r"(?-i:\bGPS\b)|geolocat\w*|(?:track\w*|record\w*|log\w*) (?:\w+ )?location|"
        r"location (?:data|tracking|history)|"
        r"Standort(?:daten|erfassung|bestimmung|verfolgung)?\b|\bOrtung\w*|"
        r"géolocalis\w*|\blocalis\w*",
        ("data", "location"),
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
            "covers all the data collected. Where several periods are named, the "
            "suggested answer is the longest."
        ),
        PERIOD_PHRASE,
        needs=RETENTION_WORDS,
        deniable=False,
    ),
    _signal(
        "retention-open-ended",
        _("Open-ended retention"),
        _(
            "No end date: data may be kept only as long as its purpose needs, and "
            "workers must be told the period or how it is set."
        ),
        r"indefinitely|(?<!deleted )(?<!erased )(?<!removed )permanently"
        r"(?! (?:deleted|erased|removed|destroyed|purged))|forever|"
        r"without (?:a )?time limit|unbefristet|auf unbestimmte Zeit|"
        r"dauerhaft(?! (?:gelöscht|entfernt|vernichtet))|zeitlich unbegrenzt|ohne Frist|"
        r"indéfiniment|sans limit(?:e|ation) de durée|de (?:manière|façon) permanente",
        ("retention", "indefinite"),
        needs=RETENTION_WORDS,
        deniable=False,
    ),
    _signal(
        "retention-employment",
        _("Retention tied to employment"),
        _(
            "The period runs from the end of employment, so the data is kept for the "
            "whole employment as well. The suggested answer is therefore "
            "'indefinitely'; ask for the actual period."
        ),
        PERIOD_PHRASE
        + r"\s+(?:\w+\s+){0,2}?(?:after|following|from) (?:the )?(?:end|termination) "
        r"of (?:your |the )?(?:employment|contract)|"
        + PERIOD_PHRASE
        + r"\s+(?:\w+\s+){0,2}?nach (?:dem )?(?:Ende|Beendigung|Ausscheiden) "
        r"(?:des|Ihres) (?:Beschäftigungs|Arbeits)verhältnisses|"
        + PERIOD_PHRASE
        + r"\s+(?:\w+\s+){0,2}?après (?:la fin|la rupture|le départ) (?:du|de votre) "
        r"contrat|for the duration of (?:your |the )?employment|"
        r"(?:für die|während der) Dauer des (?:Beschäftigungs|Arbeits)verhältnisses|"
        r"pendant (?:toute )?la durée (?:du|de votre) contrat",
        ("retention", "indefinite"),
        reason=_(
            "The period runs from the end of employment, so the whole employment "
            "comes on top."
        ),
        needs=RETENTION_WORDS,
        deniable=False,
    ),
    _signal(
        "retention-as-needed",
        _("Retention 'as long as necessary'"),
        _(
            "No period is named, so the suggested answer is the more intrusive one, "
            "'indefinitely'. Ask for the period or how it is set."
        ),
        r"as long as (?:\w+ ){0,2}?(?:necessary|needed|required)|"
        r"so ?lange(?: \w+)?,? (?:wie )?(?:es )?(?:\w+ ){0,3}?"
        r"(?:nötig|erforderlich|notwendig)|"
        r"aussi longtemps que (?:\w+ ){0,2}?nécessaire|"
        r"(?:pendant|pour) (?:le temps|la durée) (?:strictement )?nécessaire",
        ("retention", "indefinite"),
        reason=_("No period is named, so nothing limits how long data is kept."),
        needs=RETENTION_WORDS,
        deniable=False,
    ),
    _signal(
        "company-devices",
        _("Company computers or phones"),
        _(
            "Monitoring on work equipment. Ask whether private use is allowed, since "
            "it is then recorded too."
        ),
        r"(?:company|work|corporate|business|employer)[- ]"
        r"(?:issued |provided |owned )?(?:laptops?|computers?|PCs?|phones?|mobiles?|"
        r"smartphones?|devices?|equipment|notebooks?|tablets?|workstations?)\b|"
        r"\bworkstations?\b|company-issued|employer-provided|"
        r"managed (?:devices?|laptops?|computers?|"
        r"endpoints?)|"
        r"(?:Dienst|Firmen)(?:laptop|rechner|handy|telefon|smartphone|gerät|notebook|"
        r"computer|-PC)\w*|Arbeits(?:platz)?(?:rechner|laptop|computer|gerät)\w*|"
        r"dienstlich\w* (?:Geräte?n?|Rechner\w*|Laptops?|Computer\w*|Smartphones?|"
        r"Handys?)|ordinateurs? (?:portables? )?professionnels?|"
        r"(?:téléphones?|smartphones?|appareils?|équipements?|matériels?) "
        r"professionnels?|postes? de travail|\b(?:du|de votre) poste\b(?! de )|"
        r"(?:ordinateurs?|appareils?|matériel) de l'entreprise",
        ("devices", "company_device"),
    ),
    _signal(
        "personal-devices",
        _("Personal devices"),
        _("Monitoring workers' own devices reaches into their private lives."),
        r"personal (?:devices?|phones?|mobiles?|smartphones?|laptops?|computers?|"
        r"tablets?)|private (?:devices?|phones?|smartphones?)|own devices?|"
        r"(?:your|their) own (?:phone|smartphone|laptop|computer)s?|"
        r"(?-i:\bBYOD\b)|bring your own device|"
        r"private\w* (?:Geräte|Smartphones?|Handys?|Mobiltelefone?|Laptops?|Rechner)\w*|"
        r"Privat(?:handy|gerät|smartphone|telefon)\w*|eigene\w* Geräte\w*|"
        r"(?:appareils?|équipements?|téléphones?|smartphones?|ordinateurs?) "
        r"personnels?|(?-i:\bAVEC\b)",
        ("devices", "personal_device"),
    ),
    _signal(
        "company-network",
        _("The company network"),
        _(
            "Network monitoring sees every connection, private browsing on the "
            "network included."
        ),
        r"(?:company|corporate|office) (?:network|Wi-?Fi|VPN)|Firmennetz\w*|"
        r"Unternehmensnetz\w*|réseau (?:de l'entreprise|interne)",
        ("devices", "company_network"),
    ),
    _signal(
        "vendors",
        _("Vendors or service providers"),
        _(
            "An outside recipient: one more place the data can leak or be reused. "
            "Ask who they are and under which contract."
        ),
        r"(?:trusted |external |third[- ]party |IT |technology )?(?:vendors?|"
        r"suppliers?|service providers?|processors?|contractors?|subcontractors?)\b|"
        r"(?:externe\w* )?(?:Dienstleister\w*|Auftragsverarbeiter\w*|Zulieferer\w*)|"
        r"(?:prestataires?|sous-traitants?|fournisseurs?)\b",
        ("recipients", "vendors"),
    ),
    _signal(
        "third-parties",
        _("Other third parties"),
        _(
            "An outside recipient: one more place the data can leak or be reused. "
            "Ask who they are and under which contract."
        ),
        r"third parties|third-party\b|(?<!HR business )(?<!HR )\bpartners?\b|\bDritte[nr]?\b|"
        r"Geschäftspartner\w*|(?:des|aux|les|à) tiers\b|tierces? parties?|"
        r"partenaires?",
        ("recipients", "third_parties"),
    ),
    _signal(
        "managers",
        _("Managers"),
        _(
            "People who decide about careers see the data: ask what they see and "
            "what they may use it for."
        ),
        r"(?:line |direct )?managers?\b|supervisors?\b|team leads?\b|team leaders?\b|"
        r"(?:senior|executive) management|Vorgesetzte\w*|Führungskr\w*|Teamleit\w*|"
        r"Geschäftsführung|Geschäftsleitung|direction générale|"
        r"(?:supérieurs?|responsables?) hiérarchiques?|\bencadrement",
        ("recipients", "managers"),
    ),
    _signal(
        "hr",
        _("HR"),
        _(
            "People who decide about careers see the data: ask what they see and "
            "what they may use it for."
        ),
        r"(?-i:\bHR\b)|human resources|Personalabteilung|Personalwesen|"
        r"ressources humaines|(?-i:\bRH\b)|(?-i:\bDRH\b)",
        ("recipients", "hr"),
    ),
    _signal(
        "it",
        _("IT"),
        _("One more recipient of the data: ask what they see and may do with it."),
        r"(?-i:\bIT\b)[- ](?:department|team|staff|administrators?|support)|"
        r"IT-(?:Abteilung|Administrat\w*|Support)|service informatique|"
        r"(?:équipe|direction) (?:des systèmes d'information|informatique)|(?-i:\bDSI\b)",
        ("recipients", "it"),
    ),
    _signal(
        "security-team",
        _("Security team"),
        _("One more recipient of the data: ask what they see and may do with it."),
        r"(?:IT |information )?security (?:team|department|operations)|"
        r"head of (?:IT |information )?security|(?:chief )?information security "
        r"officer|(?-i:CISO|RSSI)|Informationssicherheitsbeauftragte\w*|"
        r"Leit\w* (?:der )?IT-Sicherheit|responsable de la sécurité|"
        r"(?:IT-)?Sicherheits(?:team|abteilung)|équipe (?:de )?sécurité",
        ("recipients", "security_team"),
    ),
    _signal(
        "group-companies",
        _("Other companies of the group"),
        _("One more recipient of the data: ask what they see and may do with it."),
        r"group companies|affiliates?\b|affiliated companies|"
        r"companies (?:in|of) (?:the|our) group|parent company|sister compan\w*|"
        r"Muttergesellschaft\w*|Mutterkonzern\w*|Schwestergesellschaft\w*|"
        r"société mère|maison mère|"
        r"Konzern(?:gesellschaften|unternehmen|töchter)|Tochtergesellschaften|"
        r"sociétés du groupe|filiales?\b|entités du groupe",
        ("recipients", "group_companies"),
    ),
    _signal(
        "authorities",
        _("Authorities"),
        _(
            "Data may reach the police or other authorities: ask on what legal "
            "basis and how workers are told."
        ),
        r"law enforcement|(?<!supervisory )(?:public |competent |government )?"
        r"authorities|\bpolice\b|\bBehörden\b|Strafverfolgung\w*|\bPolizei\b|"
        r"\bautorités\b|forces de l'ordre",
        ("recipients", "authorities"),
    ),
    _signal(
        "security",
        _("Security"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        r"security (?:purposes|reasons|incidents?|investigations?|threats?)|"
        r"(?:insider |cyber ?)threats?|data (?:loss|leak\w*|exfiltration)|"
        r"protect\w* (?:company|our|the company's|corporate) (?:data|systems|network|"
        r"information)|information security|Sicherheitszweck\w*|Sicherheitsvorf\w*|"
        r"keep\w* (?:our |the |its )?(?:systems?|networks?|data|information) "
        r"(?:safe|secure)|secur\w* (?:our |the )?(?:systems?|networks?)\b|"
        r"IT-Sicherheit|Informationssicherheit|Schadsoftware|Datenabfluss|"
        r"Datenverlust\w*|fins de sécurité|sécurité (?:informatique|des (?:données|"
        r"systèmes))|sécurité (?:de (?:son|notre|leur|votre) |du )(?:système|réseau)s?|fuites? de données|incidents? de sécurité|logiciels? malveillants?",
        ("purposes", "security"),
    ),
    _signal(
        "legal-compliance",
        _("Complying with the law"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        r"comply with (?:the |our |applicable )?(?:law|legal|regulat)\w*|"
        r"(?:meet|satisfy|fulfil\w*) (?:\w+ ){0,2}?(?:regulations|laws|legal|"
        r"regulatory)\w*|"
        r"(?:legal|regulatory|statutory) (?:obligations?|requirements?|duties)|"
        r"gesetzlich\w* (?:Pflichten|Vorgaben|Anforderungen|Verpflichtungen)|"
        r"rechtlich\w* Verpflichtung\w*|obligations? (?:légales?|réglementaires?)|"
        r"exigences? (?:légales?|réglementaires?)",
        ("purposes", "legal_compliance"),
    ),
    _signal(
        "performance-evaluation",
        _("Evaluating performance"),
        _(
            "Using monitoring to judge people's work raises the stakes: ask which "
            "figures count and how a person can challenge them."
        ),
        r"performance (?:reviews?|evaluations?|appraisals?|assessments?|management)|"
        r"evaluat\w* (?:your |employee |staff )?performance|"
        r"Leistungsbeurteilung\w*|Leistungsbewertung\w*|Leistungskontrolle\w*|"
        r"évaluation\w* (?:des |de vos |de la )?performances?|"
        r"évaluer (?:vos |les )?performances?",
        ("purposes", "performance_evaluation"),
    ),
    _signal(
        "productivity-score",
        _("A productivity score"),
        _(
            "A score sums a person's work up in one number, which then tends to "
            "decide about them: ask how it is computed and who sees it."
        ),
        r"productivity (?:scores?|ratings?|index|grades?)|Produktivitäts(?:wert|score|"
        r"index|kennzahl)\w*|(?:scores?|indices?|notes?) de productivité",
        ("inferences", "productivity_score"),
        ("purposes", "productivity_metrics"),
    ),
    _signal(
        "productivity",
        _("Productivity figures"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        r"productivity|Produktivität\w*|productivité",
        ("purposes", "productivity_metrics"),
    ),
    _signal(
        "discipline",
        _("Discipline"),
        _(
            "Monitoring data used against people needs a firm basis and a fair "
            "procedure: ask when it may be used."
        ),
        r"disciplinary|disziplinar\w*|arbeitsrechtlich\w* (?:Maßnahmen|Konsequenzen)|"
        r"Abmahnung\w*|disciplinaires?|sanctions? disciplinaires?",
        ("purposes", "discipline"),
    ),
    _signal(
        "attendance",
        _("Attendance"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        r"attendance|time ?keeping|working[- ]time record\w*|\bpresence\b|"
        r"at (?:your|their) desks?|Anwesenheit\w*|"
        r"Arbeitszeiterfassung|Zeiterfassung|contrôle (?:des horaires|de (?:la )?"
        r"présence)|\bprésence\b|pointage",
        ("purposes", "attendance"),
    ),
    _signal(
        "workforce-planning",
        _("Workforce planning"),
        _("A stated purpose: the data may be used for it only, and only as needed."),
        r"workforce planning|capacity planning|staffing|Personal(?:einsatz)?planung|"
        r"planification des effectifs",
        ("purposes", "workforce_planning"),
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
        r"opt[- ]in|voluntar\w*|optional|freiwillig\w*|facultati\w*|volontaire\w*|"
        r"volontariat",
        ("participation.mode", "opt_in"),
    ),
    _signal(
        "incentives",
        _("Incentives"),
        _("Rewards or performance links make a 'voluntary' choice less free."),
        r"\bbonus\w*|incentives?|reward\w*|vouchers?|gift (?:cards?|certificates?)|"
        r"(?:extra|additional) (?:paid )?(?:days? (?:of )?)?(?:annual )?leave|"
        r"\w*gutschein\w*|zusätzliche\w* Urlaubst\w*|Sonderurlaub\w*|"
        r"bons? d'achat|cartes?[- ]cadeaux?|chèques?[- ]cadeaux?|"
        r"jours? de congé supplémentaires?|"
        r"counts? (?:towards?|in|for) (?:your )?performance (?:reviews?|ratings?|"
        r"evaluations?)|Prämie\w*|Anreiz\w*|"
        r"fließt in (?:die |Ihre )?Leistungs(?:beurteilung|bewertung)|"
        r"\bprimes?\b|récompense\w*|"
        r"compte\w* (?:pour|dans) (?:l'|votre )?évaluation",
        ("participation.incentives", "yes"),
    ),
    _signal(
        "no-disadvantage",
        _("No disadvantage for refusing"),
        _(
            "The employer states that refusing costs nothing: a promise you can hold "
            "them to, in writing."
        ),
        r"(?:at )?no (?:\w+ )?disadvantages?|without (?:any )?(?:\w+ )?"
        r"(?:disadvantages?|consequences?)|no (?:\w+ )?consequences?|"
        r"(?:nobody|no one|not|never)\b(?: \w+){0,3}? (?:suffer|face|experience|"
        r"incur|have|bear)\w* (?:any )?(?:\w+ )?(?:disadvantages?|consequences?|"
        r"penalt\w+)|"
        r"(?:not|never|n't) (?:\w+ )?(?:affect|impact|influence|harm)\w*|"
        r"not (?:be )?(?:treated|disadvantaged) (?:any )?differently|"
        r"(?:not|never) (?:\w+ )?(?:count|be held|be used) against|"
        r"(?:kein\w*|ohne(?: jegliche| irgendwelche)?)(?: \w+)? "
        r"(?:Nachteil\w*|Konsequenz\w*|Auswirkung\w*|Folgen)|"
        r"aucune? (?:\w+ )?(?:désavantage|préjudice|conséquence|inconvénient|"
        r"incidence|impact|sanction)s?|"
        r"sans (?:aucune )?(?:\w+ )?(?:conséquences?|désavantages?|incidence|sanctions?)|"
        r"(?:en aucun cas|jamais|pas) (?:\w+ )?reproch\w*",
        ("participation.refusal_consequences", "no"),
        needs=REFUSING,
        # "Withdrawal does not affect the lawfulness of …" is the law's formula.
        unless=re.compile(r"lawful|Rechtmäßig|licéité", FLAGS),
        deniable=False,  # the phrase is itself a denial ("keinerlei Nachteile")
    ),
    _signal(
        "refusal-consequences",
        _("Consequences of refusing"),
        _(
            "Refusing carries a cost, so taking part is not a free choice and consent "
            "given under it is hardly valid."
        ),
        r"disadvantages?|consequences?|penalt\w+|Nachteile?|Konsequenzen|"
        r"désavantages?|conséquences?|pénalit\w+",
        ("participation.refusal_consequences", "yes"),
        needs=REFUSING,
    ),
    _signal(
        "withdrawal-any-time",
        _("Stopping at any time"),
        _(
            "The employer states that taking part can end at any time: ask that "
            "the data collected so far is then deleted too."
        ),
        r"at any time|any time|anytime|jederzeit|à tout moment|"
        r"(?:à|en) tout (?:temps|instant)|à n'importe quel moment|zu jeder Zeit|whenever (?:\w+ )?(?:wish|want|like|choose)\w*|"
        r"wann immer (?:Sie|sie) (?:\w+ )?(?:möchten|wollen)|"
        r"quand (?:vous|ils|elles) le (?:souhait|veu|voul)\w*",
        ("participation.withdrawal", "easy"),
        needs=STOPPING,
        # Withdrawing consent at any time is the law's formula, not how stopping works;
        # the employer ending the programme is not the worker stopping.
        unless=re.compile(
            r"consent|Einwilligung|consentement|\bwe (?:may|can|reserve)|"
            r"\bwir (?:können|dürfen|behalten)|\bnous (?:pouvons|nous réservons)",
            FLAGS,
        ),
    ),
    _signal(
        "restricted-access",
        _("Restricted access"),
        _(
            "Few people can see individual data, the employer says: ask who they are "
            "by role, and how access is logged."
        ),
        r"\bonly (?:a few|a handful of|a small number of|a limited number of|two|three|"
        r"(?:specially )?(?:selected|designated|authori[sz]ed))(?: \w+){0,2}? "
        rf"{PEOPLE['en']}|"
        r"(?:restricted|limited) to (?:a few|a handful|a small|two|three|four|five|"
        r"(?:specially )?(?:selected|designated|authori[sz]ed|named))\b|"
        r"access (?:is |will be )?(?:strictly )?(?:restricted|limited) to|"
        r"only (?:be )?(?:visible|accessible|viewable|viewed|seen|accessed|read) (?:to|by) "
        r"(?:(?:one|two|three|four|five|a few|a handful of|a small number of|"
        r"(?:specially )?(?:selected|designated|authori[sz]ed|named))\b|"
        r"(?:the |your )(?:\w+ ){1,4}?(?:assigned to|responsible for) you\b)|"
        r"(?:restricted|limited) access|"
        r"(?:nur|ausschließlich|lediglich) (?:sehr )?(?:wenige|einzelne|zwei|drei|"
        rf"ausgewählte|befugte|autorisierte|berechtigte)(?: \w+){{0,2}}? {PEOPLE['de']}|"
        r"Zugriff\w* (?:\w+ ){0,3}(?:beschränkt|begrenzt|eingeschränkt)|"
        r"(?:beschränkt|eingeschränkt)\w* Zugriff\w*|"
        r"\bseul(?:e|s|es)? (?:quelques|deux|trois|certaine?s)(?: \w+)? "
        rf"{PEOPLE['fr']}|"
        r"nombre (?:très )?(?:restreint|limité|réduit)|"
        r"kleine[nr]? (?:Kreis|Gruppe|Anzahl)|beschränkt auf|"
        r"accès (?:est |sera )?(?:strictement )?(?:restreint|limité)|"
        r"(?:restreint|limité)\w* (?:l'|leur )?accès",
        ("access", "restricted"),
        needs=SEEING,
    ),
    _signal(
        "dpia-not-done",
        _("No impact assessment"),
        DPIA_EXPLANATION,
        r"\bno (?:data protection )?impact assessment|"
        r"(?:impact assessment|DPIA) (?:was|has|have) not (?:been )?\w+|"
        r"keine (?:Datenschutz-)?Folgenabschätzung|"
        r"Folgenabschätzung (?:wurde|ist) (?:\w+ )?nicht|"
        r"(?:not|never) (?:yet )?(?:been )?(?:carried out|conducted|completed|performed|"
        r"done|prepared|made|undertaken) (?:an? |any |the )?(?:\w+ ){0,3}?"
        r"(?:impact assessment|(?-i:DPIA))|"
        r"aucune analyse d'impact|analyse d'impact (?:\w+ ){0,6}?n'a pas été|"
        r"pas (?:encore )?(?:réalisé|effectué|mené|conduit) (?:d'|une )analyse d'impact|"
        r"(?:impact assessment|(?-i:DPIA)|Folgenabschätzung) (?:is|was|ist|war|sei) "
        r"(?:\w+ )?(?:not|nicht) (?:\w+ )?(?:required|necessary|needed|erforderlich|"
        r"notwendig|nötig)|analyse d'impact (?:\w+ )?n'(?:est|était) pas (?:\w+ )?"
        r"(?:requise|nécessaire|obligatoire)",
        ("dpia", "not_done"),
        deniable=False,
    ),
    _signal(
        "dpia-done",
        _("Impact assessment done"),
        DPIA_EXPLANATION,
        r"(?:impact assessment|(?-i:DPIA)) (?:was|has been|have been) "
        r"(?!not\b)(?:\w+ )?(?:carried out|conducted|completed|performed|done|"
        r"prepared|made)|"
        r"(?:carried out|conducted|completed|performed|prepared) an? (?:\w+ ){0,3}?"
        r"(?:impact assessment|(?-i:DPIA))|"
        r"Folgenabschätzung\w* (?:wurde|ist|wurden) (?!nicht\b)(?:\w+ )?"
        r"(?:durchgeführt|erstellt|vorgenommen)|"
        r"Folgenabschätzung\w* (?:\w+ )?(?:durchgeführt|erstellt|vorgenommen|abgeschlossen)|"
        r"Folgenabschätzung\w* (?:haben|hat) (?:\w+ ){1,4}?(?:durchgeführt|erstellt|"
        r"vorgenommen|abgeschlossen)|"
        r"analyse d'impact (?:[\w'-]+ ){0,6}?(?:a (?:\w+ )?été|est) (?:\w+ )?"
        r"(?:réalisée|effectuée|menée|conduite)|"
        r"(?:réalisé|effectué|mené|conduit) une analyse d'impact",
        ("dpia", "done_not_shared"),
        reason=_(
            "The text says the assessment was done, not that you were given it: ask "
            "for a copy."
        ),
        unless=DPIA_SHARED,
        milder=_signal(
            "dpia-shared",
            _("Impact assessment shared"),
            DPIA_EXPLANATION,
            NEVER,
            ("dpia", "done_shared"),
        ),
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
        "pseudonymised",
        _("'Pseudonymised'"),
        _(
            "Pseudonymised data is still personal data: whoever holds the key can "
            "link it back to people."
        ),
        r"pseudonymi[sz]\w*|pseudonymisé\w*",
        ("de_identification", "pseudonymised"),
    ),
    _signal(
        "works-agreement",
        _("Works agreement or collective agreement"),
        _(
            "A works or collective agreement can set more specific rules for "
            "workers' data, with safeguards for monitoring at work (Art. 88 GDPR), "
            "but it cannot make lawful what the GDPR does not allow (CJEU, C-65/23). "
            "Ask for a copy and check that it covers this monitoring."
        ),
        r"\w*betriebsvereinbarung\w*|Dienstvereinbarung\w*|Tarifvertr\w*|"
        r"works agreements?|collective (?:bargaining )?agreements?|"
        r"accords? (?:collectifs?|d'entreprise|de groupe)|conventions? collectives?",
        ("lawful_basis", "collective_agreement"),
        ("representatives", "agreement"),
        # Named as what the processing rests on, not "in line with the agreements in
        # force" (boilerplate that says nothing of this monitoring).
        needs=re.compile(
            r"grundlage|gemäß|auf Basis|stützt|beruht|regelt|geregelt|based on|"
            r"basis|\bunder\b|pursuant|governed|covered|signed|concluded|agreed|"
            r"abgeschlossen|vereinbart|unterzeichnet|repose|fondé|en application|"
            r"sur la base|signé|conclu|encadré|prévu",
            FLAGS,
        ),
    ),
    _signal(
        "representatives-consulted",
        _("Representatives consulted"),
        _(
            "The employer says workers' representatives were consulted: ask what "
            "they were shown and what they answered."
        ),
        r"(?:works council|employee representatives|staff representatives|unions?) "
        r"(?:was|were|has been|have been) (?:\w+ )?consulted|"
        r"(?:Betriebsrat|Personalrat) (?:wurde|ist|hat) (?:\w+ ){0,3}?(?:angehört|"
        r"beteiligt|konsultiert|einbezogen)|(?:Anhörung|Beteiligung) des "
        r"(?:Betriebs|Personal)rat\w*|"
        r"(?:(?-i:CSE)|comité social et économique|comité d'entreprise|représentants "
        r"du personnel) (?:\w+ ){0,3}?(?:a|ont) été (?:\w+ )?(?:informé et )?consulté\w*|"
        r"(?:consultation|avis) du (?:(?-i:CSE)|comité social et économique)",
        ("representatives", "consulted"),
    ),
    _signal(
        "legitimate-interests",
        _("Legitimate interests"),
        _("This basis needs a documented balancing test that workers can ask for."),
        r"legitimate interests?|berechtigte\w* Interesse\w*|intérêts? légitimes?",
        ("lawful_basis", "legitimate_interests"),
    ),
)
# The practice's answers that are lists: a proposal adds to them, and each of their
# values may be proposed; any other answer is proposed once.
LIST_PATHS = questionnaire.LIST_PATHS
# Every fact path the check can propose.
PATHS = frozenset(
    path
    for signal in SIGNALS
    for reading in (signal, signal.milder)
    if reading is not None
    for path, _value in reading.proposals
)
RETENTION_SIGNALS = {
    "retention-period",
    "retention-open-ended",
    "retention-employment",
    "retention-as-needed",
}

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
MONTHS = {"month", "monat", "mois"}
# Longest first, so that "année" is tried before "an".
UNITS_LONGEST_FIRST = sorted(UNITS.items(), key=lambda item: -len(item[0]))
PERIOD = re.compile(
    r"(\d{1,5}|[^\W\d_]+(?:-[^\W\d_]+)?)\s*(?:\(\d{1,5}\)\s*)?([^\W\d_]+)"
)


def days_in(phrase: str) -> int | None:
    """'90 days' -> 90, '6 Monate' -> 180, '1 an' -> 365, 'two years' -> 730,
    '72 hours' -> 3. Whole years written in months count as years, so that
    '12 months' is no shorter than 'one year'."""
    match = PERIOD.match(phrase)
    if not match:
        return None
    number, word = match.group(1).lower(), match.group(2).lower()
    count = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
    if count is None:
        return None
    if word.startswith(("hour", "stunde", "heure")):
        return min(-(-count // 24), 36500)  # a part of a day is a whole day
    for unit, days in UNITS_LONGEST_FIRST:
        if word.startswith(unit):
            if unit in MONTHS:
                return min(count // 12 * 365 + count % 12 * 30, 36500)
            return min(count * days, 36500)
    return None


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
    r"[,;:()\[\]]|\b(?:but|and|while|whereas|however|except|other than|apart from|"
    r"aber|und|jedoch|sondern|während|außer|ausgenommen|mais|et|tandis|cependant|"
    r"sauf|hormis|excepté)\b",
    FLAGS,
)
# Verbs that deny collecting when negated ("we do not record"), and verbs that deny
# only a use of what is collected ("keystrokes are not used for discipline").
COLLECTING = (
    r"record|log|captur|collect|track|monitor|tak|stor|kept|keep|read|scan|access|"
    r"activat|switched on|turned on|"
    r"aufgezeichnet|aufzeichn|erfass|gespeichert|speicher|protokolliert|überwacht|"
    r"gelesen|angefertigt|anfertig|aufgenommen|erhoben|aktiviert|eingeschaltet|"
    r"enregistr|collect|conserv|surveill|activ"
)
# Verbs that deny collecting when negated with no use named after them ("webcam and
# microphone are not used"), but only a use when one is ("not used for discipline").
USING_AT_ALL = r"used|use|genutzt|nutz|verwendet|eingesetzt|utilis"
# A use named after such a verb.
A_USE = re.compile(
    r"\b(?:for|to|in order|as|für|zur|zum|zu(?! keinem)|um|bei|pour|afin|à des fins|"
    r"comme)\b",
    FLAGS,
)
USING = (
    r"us|shar|disclos|transfer|sen[dt]|pass|giv|sold|sell|provid|process|"
    r"ausgewertet|weitergegeben|übermittelt|genutzt|verwendet|"
    r"analys|transmi|partag|utilis|communiqu|contrôl"
)


# A word, with its apostrophes (straight or typographic) and hyphens.
WORD_CHARS = r"[\w'\u2019-]"
# "Neither …", "weder …", "ni …": the denial covers every item whatever verb follows.
CORRELATIVE = rf"\b(?:neither|weder|ni)\s+(?:{WORD_CHARS}+\s+){{0,4}}$"


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
JOINT = r"(?:,|\b(?:or|and|nor|oder|und|noch|sowie|ni|ou|et)\b)"
LIST_ENDS = (
    r"(?:but|while|whereas|however|except|other|apart|only|also|instead|aber|jedoch|"
    r"sondern|während|außer|ausgenommen|nur|lediglich|auch|stattdessen|mais|tandis|"
    r"cependant|sauf|hormis|excepté|seule?s?|uniquement|aussi|plutôt)\b"
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
    r"\b(?:not|never|nicht|niemals|nie|kein\w*|pas|jamais|ni)\b|\bn['\u2019]|\bne\b",
    FLAGS,
)
# Any word that can begin a denial, for a quick look before reading a list.
DENYING_WORD = re.compile(
    rf"{NEGATION.pattern}|\b(?:no|without|neither|weder|ohne|aucune?|sans)\b", FLAGS
)
# A verb of collecting or using as a participle ("recorded", "erfasst", "enregistrées"),
# not a noun made from it ("recordings", "Erfassung", "enregistrements").
PARTICIPLE = re.compile(
    rf"(?:{COLLECTING}|{USING}|{USING_AT_ALL})\w*(?:ed|t|é|ée|és|ées)", FLAGS
)
AUXILIARY = (
    r"(?:is|are|was|were|will|may|can|shall|must|ist|sind|wird|werden|wurde|wurden|"
    r"kann|können|est|sont|sera|seront|peut|peuvent)\b"
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


@dataclass(frozen=True, slots=True)
class Suggestion:
    path: str  # a fact path of a practice: "data", "participation.mode", "retention"
    value: str  # as written in the format; a number of days in digits ("90")
    # Why this, the more intrusive reading, was taken ("" when the text is plain).
    reason: str = ""


# The one retention answer: a number of days, in digits, or "indefinite".
RETENTION, INDEFINITE = "retention", "indefinite"
# Wording with no end date, strongest first; "as long as necessary" yields to a period.
OPEN_ENDED = ("retention-open-ended", "retention-employment")
SEVERAL_PERIODS = _("The text names several periods; the suggestion is the longest.")


def _retention(text: str, highlights: list[Highlight]) -> list[Suggestion]:
    """One retention answer for the whole text, the longest it allows: open-ended
    wording beats any period, and the longest of several periods is taken."""
    by_slug = {h.signal.slug: h.signal for h in highlights}
    periods = {
        days
        for h in highlights
        if h.signal.slug == "retention-period"
        and (days := days_in(h.text_in(text))) is not None
    }
    several = (
        SEVERAL_PERIODS if len(periods) + len(by_slug.keys() & OPEN_ENDED) > 1 else ""
    )
    for slug in OPEN_ENDED:
        if slug in by_slug:
            return [Suggestion(RETENTION, INDEFINITE, by_slug[slug].reason or several)]
    if periods:
        return [Suggestion(RETENTION, str(max(periods)), several)]
    if "retention-as-needed" in by_slug:
        return [
            Suggestion(RETENTION, INDEFINITE, by_slug["retention-as-needed"].reason)
        ]
    return []


def suggestions(text: str, highlights: list[Highlight]) -> list[Suggestion]:
    """Answers the text suggests, each once, in text order, with the reason where a
    phrase was given its more intrusive reading."""
    suggested: list[Suggestion] = []
    retention_done = False
    for highlight in highlights:
        signal = highlight.signal
        if signal.slug in RETENTION_SIGNALS:
            if retention_done:
                continue
            retention_done = True
            candidates = _retention(text, highlights)
        else:
            candidates = [
                Suggestion(path, value, each.reason)
                for each in (signal, *highlight.inside)
                for path, value in each.proposals
            ]
        for candidate in candidates:
            taken = [(s.path, s.value) for s in suggested]
            answered = any(candidate.path == path for path, _value in taken)
            if (candidate.path, candidate.value) not in taken and (
                candidate.path in LIST_PATHS or not answered
            ):
                suggested.append(candidate)
    return suggested


def proposals(text: str, highlights: list[Highlight]) -> list[tuple[str, str]]:
    """Answers the text suggests, as (fact path, value), each once, in text order."""
    return [(s.path, s.value) for s in suggestions(text, highlights)]


def fact_value(path: str, value: str) -> str | int:
    """A proposed value as the format writes it: a number of days is a number."""
    return int(value) if path == RETENTION and value.isdigit() else value


def with_answers(practice: dict, answers: Iterable[tuple[str, str]]) -> dict:
    """A copy of a practice in oversight.assessment/1 with these (fact path, value)
    answers in it: a list gains the value, any other answer is replaced. From {}, a
    practice of the answers alone."""
    practice = copy.deepcopy(practice)
    for path, value in answers:
        if path in LIST_PATHS:
            practice[path] = sorted({*practice.get(path, []), value})
        else:
            questionnaire.put(practice, path, fact_value(path, value))
    return practice


# Answers ordered from most to least intrusive, where one records more than another
# or leaves the worker worse placed (no assessment, a cost for refusing, wide access).
INTRUSIVENESS = {
    "data": (
        ("keystroke_content", "keystroke_dynamics"),
        ("screen_recording", "screenshots"),
        ("communications_content", "communications_metadata"),
    ),
    "dpia": (("not_done", "done_not_shared", "done_shared"),),
    "access": (("broad", "restricted"),),
    "participation.refusal_consequences": (("yes", "no"),),
    "participation.withdrawal": (("impossible", "hard", "easy"),),
}


def understates(path: str, value: str, labelled: Collection[str]) -> bool:
    """Whether answering `value` says less than the right answers `labelled` do:
    a milder reading of the same thing, or a shorter retention: fewer days, or any
    number of days where the data is kept indefinitely."""
    if value in labelled:
        return False
    if path == RETENTION:
        return value.isdigit() and any(
            right == INDEFINITE or (right.isdigit() and int(right) > int(value))
            for right in labelled
        )
    return any(
        value in order and right in order and order.index(right) < order.index(value)
        for order in INTRUSIVENESS.get(path, ())
        for right in labelled
    )


@dataclass(frozen=True, slots=True)
class Score:
    """How the check reads a labelled corpus, over (sentence, path, value) triples."""

    suggested: int
    labelled: int
    correct: int
    understated: int

    @property
    def precision(self) -> float:
        return self.correct / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0


def score(corpus: Iterable[tuple[str, dict[str, Collection[str]]]]) -> Score:
    """Compare the suggestions for each text with its labels (path -> values)."""
    suggested = labelled = correct = understated = 0
    for text, expected in corpus:
        answers = set(proposals(text, find_signals(text)))
        right = {(path, value) for path, values in expected.items() for value in values}
        suggested += len(answers)
        labelled += len(right)
        correct += len(answers & right)
        understated += sum(
            understates(path, value, expected.get(path, ())) for path, value in answers
        )
    return Score(suggested, labelled, correct, understated)
