"""How long the data is kept."""

from assessment.rules.base import gettext_noop as _

from ..model import signal, words
from ..readings import PERIOD_PHRASE, RETENTION_WORDS

SIGNALS = (
    signal(
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
    signal(
        "retention-open-ended",
        _("Open-ended retention"),
        _(
            "No end date: data may be kept only as long as its purpose needs, and "
            "workers must be told the period or how it is set."
        ),
        words(
            en=r"indefinitely|"
            r"(?<!deleted )(?<!erased )(?<!removed )permanently(?! (?:deleted|erased|removed|destroyed|purged))|"
            r"forever|without (?:a )?time limit",
            de=r"unbefristet|auf unbestimmte Zeit|"
            r"dauerhaft(?! (?:gelöscht|entfernt|vernichtet))|zeitlich unbegrenzt|"
            r"ohne Frist",
            fr=r"indéfiniment|sans limit(?:e|ation) de durée|"
            r"de (?:manière|façon) permanente",
        ),
        ("retention", "indefinite"),
        needs=RETENTION_WORDS,
        deniable=False,
    ),
    signal(
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
    signal(
        "retention-as-needed",
        _("Retention 'as long as necessary'"),
        _(
            "No period is named, so the suggested answer is the more intrusive one, "
            "'indefinitely'. Ask for the period or how it is set."
        ),
        words(
            en=r"as long as (?:\w+ ){0,2}?(?:necessary|needed|required)",
            de=r"so ?lange(?: \w+)?,? (?:wie )?(?:es )?(?:\w+ ){0,3}?(?:nötig|erforderlich|notwendig)",
            fr=r"aussi longtemps que (?:\w+ ){0,2}?nécessaire|"
            r"(?:pendant|pour) (?:le temps|la durée) (?:strictement )?nécessaire",
        ),
        ("retention", "indefinite"),
        reason=_("No period is named, so nothing limits how long data is kept."),
        needs=RETENTION_WORDS,
        deniable=False,
    ),
)
