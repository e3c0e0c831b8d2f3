"""What is typed, how it is typed, and the mouse."""

from assessment.rules.base import gettext_noop as _

from ..model import NEVER, signal, words
from ..readings import (
    CONTENT_LEFT_OUT,
    CONTENT_LEFT_OUT_SIGNAL,
    KEYSTROKES_EXPLANATION,
    KEYSTROKES_REASON,
    TYPING_DYNAMICS,
)

SIGNALS = (
    signal(
        "keystroke-content",
        _("Recording what is typed"),
        _(
            "A keylogger records everything typed, passwords and private messages "
            "included: disproportionate in almost all cases."
        ),
        words(
            en=r"key ?logg\w*|keystroke (?:content|logging|loggers?)|"
            r"what (?:you|employees|users|people|workers|staff) types?|"
            r"what is typed",
            de=r"Keylogger\w*|"
            r"was (?:Sie|Beschäftigte|Mitarbeitende) (?:tippen|eingeben|schreiben)|"
            r"Inhalte? der (?:Tastatur)?eingaben",
            fr=r"enregistreur de frappe|contenu (?:des )?(?:frappes|saisies)|"
            r"contenu saisi|ce que vous (?:tapez|saisissez)",
        ),
        ("data", "keystroke_content"),
        unless=CONTENT_LEFT_OUT,
        milder=CONTENT_LEFT_OUT_SIGNAL,
    ),
    signal(
        "keystrokes",
        _("Keystrokes"),
        KEYSTROKES_EXPLANATION,
        words(
            en=r"keystrokes?|key ?presses|keyboard (?:input|activity|events|usage|use)",
            de=r"Tastenanschl\w*|Tastatureingaben|Tastaturanschl\w*|Tastaturaktivität",
            fr=r"frappes? (?:au|de|du) clavier|(?:les|des|vos) frappes\b|"
            r"saisies? (?:au|du) clavier",
        ),
        ("data", "keystroke_content"),
        reason=KEYSTROKES_REASON,
        unless=CONTENT_LEFT_OUT,
        milder=TYPING_DYNAMICS,
    ),
    TYPING_DYNAMICS,
    signal(
        "keyboard-and-mouse",
        _("Keystrokes"),
        KEYSTROKES_EXPLANATION,
        words(
            en=r"keyboard and mouse (?:input|activity|events|usage|use|data)",
            de=r"Tastatur- und Mausaktivität\w*",
            fr=r"(?:activité|frappes) (?:du )?clavier et (?:de la )?souris",
        ),
        ("data", "keystroke_content"),
        ("data", "mouse_movement"),
        ("data", "clicks"),
        reason=KEYSTROKES_REASON,
        unless=CONTENT_LEFT_OUT,
        milder=signal(
            "keyboard-and-mouse-rhythm",
            _("Typing rhythm and speed"),
            TYPING_DYNAMICS.explanation,
            NEVER,
            ("data", "keystroke_dynamics"),
            ("data", "mouse_movement"),
            ("data", "clicks"),
        ),
    ),
    signal(
        "mouse",
        _("Mouse movements and clicks"),
        _("Mouse paths and clicks are fine-grained behavioural traces."),
        words(
            en=r"mouse (?:activity|movements? and clicks|usage|use|data)",
            de=r"Mausaktivität|Mausbewegungen und -?(?:Maus)?klicks",
            fr=r"activité de (?:la )?souris|"
            r"mouvements? (?:de (?:la )?souris )?et (?:les )?clics(?: de (?:la )?souris)?",
        ),
        ("data", "mouse_movement"),
        ("data", "clicks"),
    ),
    signal(
        "mouse-movements",
        _("Mouse movements"),
        _("Mouse paths and clicks are fine-grained behavioural traces."),
        words(
            en=r"mouse (?:movements?|paths?|tracking)|cursor movements?",
            de=r"Mausbewegungen|Mauszeiger\w*",
            fr=r"mouvements? de (?:la )?souris",
        ),
        ("data", "mouse_movement"),
    ),
    signal(
        "clicks",
        _("Clicks"),
        _("Mouse paths and clicks are fine-grained behavioural traces."),
        words(en=r"\bclicks?\b", de=r"Mausklicks?|\bKlicks?\b", fr=r"\bclics?\b"),
        ("data", "clicks"),
    ),
    signal(
        "scrolling",
        _("Scrolling"),
        _(
            "Scrolling shows how a person reads and works, screen by screen: a "
            "fine-grained behavioural trace."
        ),
        words(en=r"\bscroll(?:ing|s|ed)?\b", de=r"Scroll\w*", fr=r"\bdéfilement\w*"),
        ("data", "scrolling"),
    ),
)
