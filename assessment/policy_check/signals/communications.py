"""Messages, calls and their metadata, microphones and cameras."""

from assessment.rules.base import gettext_noop as _

from ..model import signal, words
from ..readings import (
    COMMUNICATIONS_METADATA,
    CONTENT_LEFT_OUT,
    CONTENT_LEFT_OUT_SIGNAL,
)

SIGNALS = (
    signal(
        "communications-content",
        _("Content of e-mails or chats"),
        _(
            "Reading messages reaches private and third-party communication: rarely "
            "proportionate."
        ),
        words(
            en=r"(?:content|body|bodies|text) of (?:\w+ )?(?:e-?mails?|messages|chats?|communications?|calls)|"
            r"(?:e-?mail|message|chat) (?:content|bodies|body|text)",
            de=r"Inhalte? (?:der |von |dienstlicher |privater )?(?:E-Mails?|Nachrichten|Chats?)|"
            r"E-Mail-Inhalte?",
            fr=r"contenu des (?:\w+ )?(?:courriels|e-mails|messages|conversations)",
        ),
        ("data", "communications_content"),
        unless=CONTENT_LEFT_OUT,
        milder=CONTENT_LEFT_OUT_SIGNAL,
    ),
    signal(
        "communications",
        _("E-mails or chats monitored"),
        _(
            "Monitoring e-mails or chats can mean reading them or only logging who "
            "wrote to whom. The text does not say that content is left out, so the "
            "suggested answer is the more intrusive reading: content."
        ),
        words(
            en=r"(?:monitor|scan|read|review|log|record|archiv|analy[sz]|intercept|inspect|access|check|search)\w* (?:\w+ ){0,2}?(?:e-?mails?|messages|chats?|communications?)\b|"
            r"(?:e-?mails?|messages|chats?|communications?)\b,? (?:\w+ ){0,3}?(?:are|is|may be|will be|can be) (?:\w+ )?(?:monitored|scanned|read|reviewed|logged|recorded|archived|analy[sz]ed|intercepted|inspected|searched|accessed|checked)",
            de=r"(?:E-Mails?|Nachrichten|Chats?|Kommunikation)\b (?:\w+ ){0,3}?(?:werden|wird|können) (?:\w+ ){0,2}?(?:überwacht|ausgewertet|gelesen|geprüft|protokolliert|aufgezeichnet|archiviert|gescannt)",
            fr=r"(?:courriels?|e-mails?|messages|communications|conversations)\b (?:\w+ ){0,3}?(?:sont|est|peuvent être|pourront être) (?:\w+ ){0,2}?(?:surveillé|analysé|lu|contrôlé|enregistré|archivé|scanné)e?s?\b",
        ),
        ("data", "communications_content"),
        reason=_(
            "'Monitoring e-mails' can mean reading them; the text does not say the "
            "content is left out."
        ),
        unless=CONTENT_LEFT_OUT,
        milder=COMMUNICATIONS_METADATA,
    ),
    COMMUNICATIONS_METADATA,
    signal(
        "calls",
        _("Call recording"),
        _(
            "A recorded call holds what both sides say, customers and colleagues "
            "included."
        ),
        words(
            en=r"call recordings?|record\w* (?:of )?(?:\w+ ){0,2}?(?:phone )?calls\b|"
            r"(?:audio|recordings?) (?:from|of) (?:\w+ ){0,2}?calls\b|"
            r"calls (?:are|may be|will be|can be) recorded",
            de=r"(?:Gesprächs|Anruf|Telefon)aufzeichnung\w*|"
            r"(?:Telefonate|Gespräche|Anrufe) (?:werden|können) (?:\w+ ){0,2}?aufgezeichnet",
            fr=r"enregistrements? (?:des )?(?:appels|conversations téléphoniques)|"
            r"appels (?:téléphoniques )?(?:sont|peuvent être|pourront être) enregistrés",
        ),
        ("data", "communications_content"),
        ("data", "microphone"),
    ),
    signal(
        "microphone",
        _("Microphone audio"),
        _("Audio records everyone within earshot, not only the worker."),
        words(
            en=r"microphones?|audio recordings?",
            de=r"Mikrofon\w*|Tonaufnahme\w*",
            fr=r"enregistrements? audio",
        ),
        ("data", "microphone"),
    ),
    signal(
        "webcam",
        _("Webcam images or video"),
        _(
            "A webcam films people and, at home, their private lives: rarely proportionate."
        ),
        words(
            en=r"web ?cam\w*|(?:laptop|computer) cameras?",
            de=r"Kamera (?:des|Ihres) (?:Laptops|Rechners|Computers)",
            fr=r"caméra (?:de (?:votre |l')ordinateur|intégrée)",
        ),
        ("data", "webcam"),
    ),
    signal(
        "cctv",
        _("Video surveillance (CCTV)"),
        _(
            "Cameras at work film everyone in view: they need a specific reason and "
            "clear signs, and never in rest areas."
        ),
        words(
            en=r"(?-i:CCTV)|video (?:surveillance|footage)|"
            r"(?:security|surveillance|office) cameras?|camera footage",
            de=r"Videoüberwachung\w*|Überwachungskamera\w*|Kameraaufnahmen|"
            r"Kameraaufzeichnung\w*|Videoaufzeichnung\w*|Videoaufnahmen",
            fr=r"vidéosurveillance|vidéoprotection|"
            r"caméras? de (?:surveillance|sécurité)",
        ),
        ("data", "cctv"),
    ),
)
