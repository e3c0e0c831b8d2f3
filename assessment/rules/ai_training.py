"""Workers' data used to train AI models."""

from assessment.facts import vocabulary

from .base import EEA_AND_GB, EVERYWHERE, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import (
    all_of,
    answer,
    any_of,
    includes,
    includes_other_than,
    none_of,
)
from .predicates import no_representatives, trains_ai, trains_ai_on_behaviour
from .references import (
    EDPB_CONSENT,
    ICO_MONITORING,
    ILO_CODE,
    WP29_ANONYMISATION,
    WP29_WORK,
    gdpr,
)

NOT_AGGREGATED = tuple(v for v in vocabulary.DE_IDENTIFICATION if v != "aggregated")

# A genuinely free opt-in with the safeguards the GDPR names for reusing data: no
# reward and no disadvantage, easy to leave (Art. 7(4), EDPB Guidelines 05/2020
# para. 22), pseudonymised or aggregated (Arts. 6(4)(e) and 25(1)), a DPIA shared
# with workers and their representatives consulted where there are any (Art. 35(9)).
# What then remains is data minimisation: a justification to show, medium. Each
# answer short of that keeps the finding high, and the facts say which.
SHORT_OF_SAFEGUARDS = any_of(
    answer("participation.mode", "mandatory", "opt_out", "unknown"),
    answer("participation.incentives", "yes", "unknown"),
    answer("participation.refusal_consequences", "yes", "unknown"),
    answer("participation.withdrawal", "hard", "impossible", "unknown"),
    answer("de_identification", "none", "anonymised_claimed", "unknown"),
    answer("dpia", "done_not_shared", "not_done", "unknown"),
    all_of(
        answer("representatives", "informed", "not_involved", "unknown"),
        none_of(no_representatives),
    ),
)
WITH_SAFEGUARDS = all_of(
    answer("participation.mode", "opt_in"),
    answer("participation.incentives", "no"),
    answer("participation.refusal_consequences", "no"),
    answer("participation.withdrawal", "easy"),
    answer("de_identification", "pseudonymised", "aggregated"),
    answer("dpia", "done_shared"),
    any_of(answer("representatives", "agreement", "consulted"), no_representatives),
)
TRAINING_DETAIL_QUESTIONS = (
    _(
        "Which fields of the monitoring data go into training, and at what level "
        "of detail?"
    ),
    _("How do you test that a trained model does not reproduce workers' data?"),
)

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
        when=all_of(trains_ai_on_behaviour, SHORT_OF_SAFEGUARDS),
        title=_("AI is trained on detailed traces of how people work"),
        explanation=_(
            "Keystrokes, mouse movements, screens or messages are used to train AI. "
            "Such traces are distinctive and can reveal identity, health or stress; "
            "models can memorise and later reproduce parts of their training data."
        ),
        sources=(*gdpr("5(1)(c)", "25"), WP29_ANONYMISATION, ICO_MONITORING),
        questions=TRAINING_DETAIL_QUESTIONS,
    ),
    Rule(
        slug="ai-training-on-behavioural-traces-with-safeguards",
        concern="ai_training",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(trains_ai_on_behaviour, WITH_SAFEGUARDS),
        title=_("AI is trained on traces of work people freely chose to give"),
        explanation=_(
            "Keystrokes, mouse movements, screens or messages are used to train AI, "
            "but only from workers who opted in without reward or disadvantage and "
            "can easily leave, with the data pseudonymised, the impact assessment "
            "shared and representatives consulted. These are the safeguards the "
            "law weighs when data is reused. What remains is to show that training "
            "needs this level of detail, since such traces can still reveal "
            "identity or health and models can reproduce their training data."
        ),
        sources=(*gdpr("5(1)(c)", "6(4)", "25"), EDPB_CONSENT),
        questions=TRAINING_DETAIL_QUESTIONS,
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
