"""Screenshots and screen recording."""

from assessment.rules.base import gettext_noop as _

from ..model import signal, words
from ..readings import AT_INTERVALS, SCREENSHOTS, SCREENSHOTS_ONLY

SIGNALS = (
    SCREENSHOTS,
    signal(
        "screen-recording",
        _("Screen recording"),
        _(
            "Screen captures record everything on screen, including private and "
            "third-party information."
        ),
        words(
            en=r"screen (?:recordings?|video)|"
            r"record\w* (?:of )?(?:your |the |their )?screens?|"
            r"video of (?:your |the )?screens?",
            de=r"Bildschirmaufzeichnung\w*|Bildschirmaufnahme\w*|Bildschirmvideo\w*",
            fr=r"enregistrements? (?:vidéo )?(?:d'|de l'|des |de vos )écrans?|"
            r"vidéos? de l'écran",
        ),
        ("data", "screen_recording"),
    ),
    signal(
        "screen-captured",
        _("Screen captured"),
        _(
            "Capturing the screen can mean still images or a video. The text does not "
            "say that images are taken at intervals, so the suggested answer is the "
            "more intrusive reading: screen recording."
        ),
        words(
            en=r"captur\w* (?:the |your |their |employees' )?screens?\b",
            de=r"Bildschirm\w* (?:wird |werden )?(?:\w+ )?(?:erfasst|mitgeschnitten)",
            fr=r"captur\w* (?:de )?l'écran",
        ),
        ("data", "screen_recording"),
        reason=_(
            "'Capturing the screen' can mean recording it; the text does not say "
            "that images are taken at intervals."
        ),
        unless=AT_INTERVALS,
        milder=SCREENSHOTS,
    ),
    signal(
        "screens-watched",
        _("Screens watched"),
        _(
            "Watching screens can mean live viewing, recording or screenshots. The "
            "text does not say that only screenshots are taken, so the suggested "
            "answer is the more intrusive reading: screen recording."
        ),
        words(
            en=r"monitor\w* (?:your |the |employees' |their |staff )?screens?|"
            r"screen (?:monitoring|surveillance)|"
            r"view (?:your )?screens? (?:live|in real time)|"
            r"remote (?:access to|view of) (?:your |the )?screens?",
            de=r"Bildschirm(?:überwachung|kontrolle)|"
            r"(?:Bildschirme?|Bildschirminhalte?) (?:\w+ ){0,3}?(?:werden|wird) (?:\w+ ){0,3}?(?:überwacht|eingesehen)|"
            r"Fernzugriff auf (?:Ihren |den )?Bildschirm",
            fr=r"surveillance (?:de |des )?(?:l'|les )?écrans?|"
            r"surveill\w* (?:votre |vos |les )?écrans?|"
            r"(?:accéder|accès) (?:à distance )?à (?:votre |l')écran",
        ),
        ("data", "screen_recording"),
        reason=_(
            "'Monitoring screens' can mean recording them; the text does not say "
            "that only screenshots are taken."
        ),
        unless=SCREENSHOTS_ONLY,
        milder=SCREENSHOTS,
    ),
)
