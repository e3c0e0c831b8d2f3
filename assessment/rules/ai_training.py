"""Workers' data used to train AI models."""

from assessment.facts import vocabulary

from .base import EEA_AND_GB, EVERYWHERE, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, includes, includes_other_than
from .predicates import trains_ai, trains_ai_on_behaviour
from .references import ICO_MONITORING, ILO_CODE, WP29_ANONYMISATION, WP29_WORK, gdpr

NOT_AGGREGATED = tuple(v for v in vocabulary.DE_IDENTIFICATION if v != "aggregated")

RULES = (
    Rule(
        slug="ai-training-reuses-monitoring-data",
        concern="ai_training",
        severity=HIGH,
        where=EVERYWHERE,
        when=all_of(
            trains_ai,
            includes_other_than("purposes", "ai_training", "unknown"),
            # Figures aggregated over groups before training are not workers' records.
            answer("de_identification", *NOT_AGGREGATED),
        ),
        title=_("Monitoring data collected for one purpose also trains AI"),
        explanation=_(
            "Data gathered for another purpose is also used to train AI models. Using "
            "data for a new purpose requires checking that it is compatible with the "
            "original one (link between purposes, context, nature of the data, "
            "consequences, safeguards); otherwise it needs a fresh justification."
        ),
        sources=(*gdpr("5(1)(b)", "6(4)"), WP29_WORK, ICO_MONITORING, ILO_CODE),
        questions=(
            _("Which AI models are trained on this data, and for what purpose?"),
            _(
                "Where is the assessment that this use is compatible with the original "
                "purpose?"
            ),
        ),
    ),
    Rule(
        slug="ai-training-on-behavioural-traces",
        concern="ai_training",
        severity=HIGH,
        where=EEA_AND_GB,
        when=trains_ai_on_behaviour,
        title=_("AI is trained on detailed traces of how people work"),
        explanation=_(
            "Keystrokes, mouse movements, screens or messages are used to train AI. "
            "Such traces are distinctive and can reveal identity, health or stress; "
            "models can memorise and later reproduce parts of their training data."
        ),
        sources=(*gdpr("5(1)(c)", "25"), WP29_ANONYMISATION, ICO_MONITORING),
        questions=(
            _(
                "Which fields of the monitoring data go into training, and at what "
                "level of detail?"
            ),
            _("How do you test that a trained model does not reproduce workers' data?"),
        ),
    ),
    Rule(
        slug="ai-training-data-shared",
        concern="ai_training",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(
            trains_ai,
            includes(
                "recipients",
                "internal_ai_teams",
                "vendors",
                "third_parties",
                "group_companies",
            ),
        ),
        title=_("Training data leaves the team that collected it"),
        explanation=_(
            "Individual-level monitoring data goes to AI teams, vendors or other "
            "companies. Each recipient must be disclosed, bound by contract where it "
            "acts for the employer, and receive only what it needs."
        ),
        sources=gdpr("5(1)(b)", "13(1)(e)", "28"),
        questions=(
            _("Which teams and companies receive this data to train or improve AI?"),
        ),
    ),
    Rule(
        slug="purpose-may-include-ai-training",
        concern="ai_training",
        severity=MEDIUM,
        where=EVERYWHERE,
        when=includes("purposes", "unknown", "product_improvement"),
        title=_("A vague or unknown purpose may cover AI training"),
        explanation=_(
            "The purposes are unknown or as broad as improving products or services. "
            "Such wording can hide the training of AI models; purposes must be "
            "specified before data is collected."
        ),
        sources=(*gdpr("5(1)(b)", "13(1)(c)"), ILO_CODE),
        questions=(
            _(
                "Is any of this data used to train or improve AI or machine-learning "
                "models, yours or a vendor's?"
            ),
        ),
    ),
)
