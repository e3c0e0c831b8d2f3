"""AI training, AI teams, and purposes vague enough to hide them."""

from assessment.rules.base import gettext_noop as _

from ..model import signal, words

SIGNALS = (
    signal(
        "vague-purpose",
        _("Vague purpose"),
        _(
            "Wording like this names no concrete purpose. Purposes must be specific, "
            "and vague ones can hide uses such as AI training."
        ),
        words(
            en=r"improv\w* (?:our|the) (?:[\w-]+ )?(?:services?|products?|experience)|"
            r"quality (?:improvement|assurance)|business purposes",
            de=r"Verbesserung unserer (?:[\w-]+ )?(?:Dienste|Dienstleistungen|Produkte)|"
            r"Qualitätsverbesserung",
            fr=r"amélior\w* (?:de )?nos (?:services|produits)|"
            r"amélioration de la qualité",
        ),
        ("purposes", "product_improvement"),
        ("notice", "vague_written"),
    ),
    signal(
        "ai-training",
        _("AI or machine learning"),
        _(
            "The data may be used to train or improve AI models: a purpose of its own, "
            "which needs its own justification."
        ),
        words(
            en=r"(?-i:\bAI\b)|artificial intelligence|machine[- ]learning|"
            r"(?:model|models) training|"
            r"train\w* (?:our |the |an? |its )?(?:[\w'-]+ ){0,2}?models?\b",
            de=r"(?-i:\bKI\b)|Modelle? (?:\w+ ){0,2}?(?:zu )?trainier\w*|"
            r"künstliche\w* Intelligenz|maschinell\w* Lernen|Modelltraining",
            fr=r"(?-i:\bIA\b)|intelligence artificielle|apprentissage automatique|"
            r"entraîn\w* (?:des |nos |les |le |un )?(?:[\w'-]+ ){0,2}?modèles?",
        ),
        ("purposes", "ai_training"),
        nested=True,
    ),
    signal(
        "ai-team",
        _("Internal AI teams"),
        _(
            "The data goes to people who build AI. The suggested answers count "
            "training AI models as a purpose too, the likely use, unless the text "
            "says otherwise."
        ),
        words(
            en=r"(?-i:AI|ML|KI|IA)[- ](?:research |data[- ]science |development )?(?:teams?|labs?|departments?|units?)\b|"
            r"(?:machine[- ]learning|data[- ]science) (?:research )?(?:teams?|departments?)",
            de=r"(?-i:KI)-(?:Forschungs|Entwicklungs)?(?:team|abteilung|labor|einheit)\w*|"
            r"(?:Forschungs|Entwicklungs)?team für (?:(?-i:KI)|künstliche Intelligenz)",
            fr=r"équipes? (?:de (?:recherche|développement) )?(?:en |d'|de l')?(?:(?-i:IA)|intelligence artificielle)\b",
        ),
        ("recipients", "internal_ai_teams"),
        ("purposes", "ai_training"),
        reason=_("Data given to an AI team is likely to be used to train AI."),
    ),
)
