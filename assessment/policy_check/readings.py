"""Words that change how a phrase is read in its sentence: content said to be
left out, periods, refusing and stopping, who sees the data, and the signals
that are only ever another's milder reading."""

import re

from assessment.rules.base import gettext_noop as _

from .model import FLAGS, NEVER, signal, words
from .periods import NUMBER_WORDS, UNIT_WORDS

# The sentence says outright that content is left out: only rhythm, speed or metadata.
CONTENT_LEFT_OUT = re.compile(
    words(
        en=r"\b(?:typing |keystroke )?(?:speed|rhythm|timing|cadence)s? only|"
        r"\bonly (?:the )?(?:typing |keystroke )?(?:speed|rhythm|timing|cadence)|"
        r"\bmetadata only|\bonly (?:the )?metadata|"
        r"\bnot (?:on |of |in )?(?:the |their |its )?(?:text|content|what)|"
        r"\bwithout (?:\w+ ){0,2}(?:the |their |its )?(?:text|content|what (?:you|is) type)|"
        r"\b(?:text|content|characters)\b[^.]{0,40}\b(?:is|are) (?:never|not) (?:recorded|stored|captured|logged|kept|read)|"
        r"\bno (?:text|content) is\b",
        de=r"\bnur (?:die |den )?(?:Tipp|Schreib|Anschlag)?(?:geschwindigkeit|rhythmus|Metadaten)|"
        r"\bausschließlich (?:als |die |den )?(?:Tipp|Schreib|Anschlag)?(?:geschwindigkeit|rhythmus|Metadaten)|"
        r"\bnicht (?:der|den|die|deren|dessen) (?:Inhalte?|Text)\b|"
        r"\bohne (?:\w+ ){0,2}(?:Inhalte?|Text)\b|"
        r"\b(?:Inhalte?|Text)\b[^.]{0,40}\b(?:wird|werden) (?:\w+ )?nicht\b|"
        r"\b(?:Inhalte?|Texte?|Zeichen)\b[^.]{0,40}\bnicht (?:\w+ )?(?:gespeichert|erfasst|aufgezeichnet|protokolliert)|"
        r"\bkeine (?:Inhalte|Texte)\b",
        fr=r"\b(?:seule?s?|uniquement) (?:la |le |les )?(?:vitesse|rythme|métadonnées)|"
        r"\b(?:vitesse|rythme) (?:de frappe )?uniquement|"
        r"\bsans (?:\w+ ){0,2}(?:le |leur |son )?(?:contenu|texte)|"
        r"\bpas (?:le |leur |son )?(?:contenu|texte)|"
        r"\b(?:contenu|texte)\b[^.]{0,40}\bn'est (?:pas|jamais)|\baucun contenu",
    ),
    FLAGS,
)
SCREENSHOTS_ONLY = re.compile(
    words(
        en=r"\bscreenshots? only|\bonly (?:\w+ )?screenshots|"
        r"\bno (?:video|recording)",
        de=r"\bnur (?:\w+ )?(?:Bildschirmfotos|Screenshots)|"
        r"\bkeine (?:Aufzeichnung|Videos?)",
        fr=r"\buniquement (?:des |par )?(?:captures? d'écran)|"
        r"\bsans enregistrement",
    ),
    FLAGS,
)
AT_INTERVALS = re.compile(
    words(
        en=r"\bevery (?:\w+ )?(?:seconds?|minutes?|hours?)|"
        r"\bat (?:random |regular )?intervals|\bperiodic\w*",
        de=r"\balle (?:\w+ )?(?:Sekunden|Minuten|Stunden)|"
        r"\bin (?:regelmäßigen|zufälligen) (?:Abständen|Intervallen)|"
        r"\bperiodisch\w*",
        fr=r"\btoutes les (?:\w+ )?(?:secondes|minutes|heures)|\bà intervalles|"
        r"\bpériodique\w*|\bréguli[èe]re?\w*",
    ),
    FLAGS,
)
RETENTION_WORDS = re.compile(
    r"\b(?:"
    + words(
        en=r"kept|keep\w*|retain\w*|retention|stor\w*|held|hold|delet\w*|eras\w*|"
        r"purg\w*|archiv\w*|remov\w*|destroy\w*|overwrit\w*",
        de=r"überschrieben|\w*speicher\w*|gespeichert|aufbewahr\w*|Aufbewahrung\w*|"
        r"gelöscht|lösch\w*|Löschung|vorgehalten|archiviert",
        fr=r"écrasé\w*|conserv\w*|supprim\w*|effac\w*|stock\w*|détrui\w*",
    )
    + r")\b",
    FLAGS,
)

# A number of days, weeks, months or years, in digits or in words.
PERIOD_PHRASE = (
    r"\b(?:\d{1,5}|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\s*(?:\(\d{1,5}\)\s*)?(?:"
    + UNIT_WORDS
    + r")\b"
)

TYPING_DYNAMICS = signal(
    "keystroke-dynamics",
    _("Typing rhythm and speed"),
    _(
        "Keystroke data. If only rhythm and speed are recorded, it is still "
        "behavioural data that can identify people and reveal stress."
    ),
    words(
        en=r"keystroke (?:dynamics|timing|rhythm|speed|patterns?)|"
        r"(?:keystrokes|key ?presses) per (?:minute|hour)|"
        r"typing (?:patterns?|behaviou?r|speed|rhythm|cadence|dynamics)",
        de=r"(?:Tasten|Tastatur)?anschläge pro (?:Minute|Stunde)|Tippverhalten|"
        r"Tippgeschwindigkeit|Tipprhythmus|Schreibgeschwindigkeit|"
        r"Anschlaggeschwindigkeit",
        fr=r"frappes par minute|(?:vitesse|rythme|dynamique) de (?:frappe|saisie)",
    ),
    ("data", "keystroke_dynamics"),
)
# The sentence is about refusing or not taking part (for what refusing costs).
REFUSING = re.compile(
    words(
        en=r"refus\w*|declin\w*|not (?:to )?tak\w* part|opt\w* out|participat\w*|"
        r"refus\w*|particip\w*",
        de=r"Ablehn\w*|ablehn\w*|nicht teil\w*|Teilnahme|teilnehmen|verweiger\w*|"
        r"widersprech\w*|Widerspruch|mitmach\w*|mitzumachen",
    ),
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
    words(
        en=r"access|\bsee|view|read|look|consult|visib\w*|consult\w*",
        de=r"einseh\w*|Einsicht|Zugriff|Zugang|sichtbar\w*|zugreif\w*|sehen",
        fr=r"accès|accéd\w*|voir",
    ),
    FLAGS,
)
DPIA_EXPLANATION = _(
    "An impact assessment weighs the risks of the monitoring before it starts; "
    "workers and their representatives can ask to see it."
)
# The impact assessment is given to workers or their representatives, or open to them.
DPIA_SHARED = re.compile(
    words(
        en=r"(?:can|may) be (?:viewed|consulted|inspected|read)\b|"
        r"\b(?:is|are) (?:attached|enclosed)\b|"
        r"(?:has been|was|were|is) (?:shared with|given to|provided to|sent to) (?:the |your |our )?(?:works council|representatives|employees|staff|you|union)",
        de=r"(?:kann|können) (?:(?!nicht\b|nie\b)\w+ ){0,3}eingesehen werden|"
        r"\banbei\b|\bbeigefügt|"
        r"dem Betriebsrat (?:\w+ )?(?:vorgelegt|übergeben|zur Verfügung gestellt)",
        fr=r"ci-joint\w*|en pièce jointe|(?:peut|peuvent) être consulté\w*|"
        r"(?:communiqué|transmis|remis)e?s? (?:au|aux) (?:(?-i:CSE)|comité|représentants|salariés)",
    ),
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
CONTENT_LEFT_OUT_SIGNAL = signal(
    "content-left-out",
    _("Content said to be left out"),
    _(
        "The text says that content is not recorded. Ask how the software makes "
        "sure of it: a setting can be changed without anyone being told."
    ),
    NEVER,
)
SCREENSHOTS = signal(
    "screenshots",
    _("Screenshots"),
    _(
        "Screen captures record everything on screen, including private and "
        "third-party information."
    ),
    words(
        en=r"screenshots?|screen ?shots?|screen captures?",
        de=r"Bildschirmfotos?",
        fr=r"captures? d'écran|copies? d'écran",
    ),
    ("data", "screenshots"),
)
COMMUNICATIONS_METADATA = signal(
    "communications-metadata",
    _("Who mails or chats with whom, and when"),
    _("Metadata still shows who talks to whom, how often and when."),
    words(
        en=r"(?:e-?mail |message |communications? )?metadata|"
        r"senders?,? (?:and )?recipients?",
        de=r"Metadaten|Absender,? (?:und )?Empfänger",
        fr=r"métadonnées|expéditeurs?,? (?:et )?destinataires?",
    ),
    ("data", "communications_metadata"),
)
