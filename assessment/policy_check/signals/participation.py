"""Consent, taking part, rewards, refusing and stopping."""

import re

from assessment.rules.base import gettext_noop as _

from ..model import FLAGS, signal, words
from ..readings import REFUSING, STOPPING

SIGNALS = (
    signal(
        "consent",
        _("Consent wording"),
        _(
            "Consent at work is rarely free, because refusing is hard for employees; "
            "it must be as easy to withdraw as to give."
        ),
        words(en=r"\bconsent\w*", de=r"Einwilligung\w*", fr=r"\bconsentement\w*"),
        ("lawful_basis", "consent"),
    ),
    signal(
        "voluntary",
        _("'Voluntary' or opt-in"),
        _(
            "Participation is presented as a free choice: check whether it is rewarded "
            "or whether refusing costs anything."
        ),
        words(
            en=r"opt[- ]in|voluntar\w*|optional",
            de=r"freiwillig\w*",
            fr=r"facultati\w*|volontaire\w*|volontariat",
        ),
        ("participation.mode", "opt_in"),
    ),
    signal(
        "incentives",
        _("Incentives"),
        _("Rewards or performance links make a 'voluntary' choice less free."),
        words(
            en=r"\bbonus\w*|incentives?|reward\w*|vouchers?|"
            r"gift (?:cards?|certificates?)|"
            r"(?:extra|additional) (?:paid )?(?:days? (?:of )?)?(?:annual )?leave|"
            r"counts? (?:towards?|in|for) (?:your )?performance (?:reviews?|ratings?|evaluations?)",
            de=r"\w*gutschein\w*|zusätzliche\w* Urlaubst\w*|Sonderurlaub\w*|Prämie\w*|"
            r"Anreiz\w*|fließt in (?:die |Ihre )?Leistungs(?:beurteilung|bewertung)",
            fr=r"bons? d'achat|cartes?[- ]cadeaux?|chèques?[- ]cadeaux?|"
            r"jours? de congé supplémentaires?|\bprimes?\b|récompense\w*|"
            r"compte\w* (?:pour|dans) (?:l'|votre )?évaluation",
        ),
        ("participation.incentives", "yes"),
    ),
    signal(
        "no-disadvantage",
        _("No disadvantage for refusing"),
        _(
            "The employer states that refusing costs nothing: a promise you can hold "
            "them to, in writing."
        ),
        words(
            en=r"(?:at )?no (?:\w+ )?disadvantages?|"
            r"without (?:any )?(?:\w+ )?(?:disadvantages?|consequences?)|"
            r"no (?:\w+ )?consequences?|"
            r"(?:nobody|no one|not|never)\b(?: \w+){0,3}? (?:suffer|face|experience|incur|have|bear)\w* (?:any )?(?:\w+ )?(?:disadvantages?|consequences?|penalt\w+)|"
            r"not (?:be )?(?:treated|disadvantaged) (?:any )?differently|"
            r"(?:not|never) (?:\w+ )?(?:count|be held|be used) against",
            de=r"(?:kein\w*|ohne(?: jegliche| irgendwelche)?)(?: \w+)? (?:Nachteil\w*|Konsequenz\w*|Auswirkung\w*|Folgen)",
            fr=r"(?:not|never|n't) (?:\w+ )?(?:affect|impact|influence|harm)\w*|"
            r"aucune? (?:\w+ )?(?:désavantage|préjudice|conséquence|inconvénient|incidence|impact|sanction)s?|"
            r"sans (?:aucune )?(?:\w+ )?(?:conséquences?|désavantages?|incidence|sanctions?)|"
            r"(?:en aucun cas|jamais|pas) (?:\w+ )?reproch\w*",
        ),
        ("participation.refusal_consequences", "no"),
        needs=REFUSING,
        # "Withdrawal does not affect the lawfulness of …" is the law's formula.
        unless=re.compile(words(en=r"lawful", de=r"Rechtmäßig", fr=r"licéité"), FLAGS),
        deniable=False,  # the phrase is itself a denial ("keinerlei Nachteile")
    ),
    signal(
        "refusal-consequences",
        _("Consequences of refusing"),
        _(
            "Refusing carries a cost, so taking part is not a free choice and consent "
            "given under it is hardly valid."
        ),
        words(
            en=r"disadvantages?|consequences?|penalt\w+",
            de=r"Nachteile?|Konsequenzen",
            fr=r"désavantages?|conséquences?|pénalit\w+",
        ),
        ("participation.refusal_consequences", "yes"),
        needs=REFUSING,
    ),
    signal(
        "withdrawal-any-time",
        _("Stopping at any time"),
        _(
            "The employer states that taking part can end at any time: ask that "
            "the data collected so far is then deleted too."
        ),
        words(
            en=r"at any time|any time|anytime|"
            r"whenever (?:\w+ )?(?:wish|want|like|choose)\w*",
            de=r"jederzeit|zu jeder Zeit|"
            r"wann immer (?:Sie|sie) (?:\w+ )?(?:möchten|wollen)",
            fr=r"à tout moment|(?:à|en) tout (?:temps|instant)|à n'importe quel moment|"
            r"quand (?:vous|ils|elles) le (?:souhait|veu|voul)\w*",
        ),
        ("participation.withdrawal", "easy"),
        needs=STOPPING,
        # Withdrawing consent at any time is the law's formula, not how stopping works;
        # the employer ending the programme is not the worker stopping.
        unless=re.compile(
            words(
                en=r"consent|\bwe (?:may|can|reserve)",
                de=r"Einwilligung|\bwir (?:können|dürfen|behalten)",
                fr=r"consentement|\bnous (?:pouvons|nous réservons)",
            ),
            FLAGS,
        ),
    ),
)
