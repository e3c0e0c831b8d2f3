"""Workers' own rights over their data: access, objection, erasure, withdrawal."""

from assessment.facts import vocabulary

from .base import EEA_AND_GB, HIGH, LOW, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer
from .predicates import trains_ai_on_behaviour
from .references import CCPA, gdpr

WHERE = (*EEA_AND_GB, "US-CA")
# Every answer on the legal basis but consent (withdrawal covers consent).
NOT_CONSENT = tuple(basis for basis in vocabulary.LAWFUL_BASIS if basis != "consent")

RULES = (
    Rule(
        slug="no-access-to-own-data",
        concern="rights",
        severity=HIGH,
        where=WHERE,
        when=answer("own_data_access", "no"),
        title=_("Workers cannot see what is collected about them"),
        explanation=_(
            "Everyone may obtain a copy of their personal data, with its purposes, "
            "recipients, retention and source. Refusing workers access to their "
            "monitoring data infringes that right."
        ),
        sources=(*gdpr("15"), CCPA),
        questions=(
            _("How can a worker obtain a copy of all data collected about them?"),
        ),
    ),
    Rule(
        slug="own-data-access-unknown",
        concern="rights",
        severity=MEDIUM,
        where=WHERE,
        when=answer("own_data_access", "unknown"),
        title=_("Unclear whether workers can see their own data"),
        explanation=_(
            "It is not known whether workers can see what this practice records about "
            "them. They can ask for a copy at any time."
        ),
        sources=(*gdpr("15"), CCPA),
        questions=(_("Can workers see the data this practice collects about them?"),),
    ),
    Rule(
        slug="right-to-object",
        concern="rights",
        severity=LOW,
        where=EEA_AND_GB,
        when=all_of(
            answer("participation.withdrawal", "hard", "impossible"),
            answer("lawful_basis", *NOT_CONSENT),
        ),
        title=_("Workers can object to this processing"),
        explanation=_(
            "Taking part cannot simply be stopped, and the employer does not rely on "
            "consent, so there is nothing to withdraw. Where the processing rests on "
            "legitimate interests, each worker can object on grounds of their "
            "situation, and the employer must then stop unless it shows compelling "
            "legitimate grounds that override them. Workers must be told of this "
            "right explicitly."
        ),
        sources=gdpr("21(1)", "21(4)"),
        questions=(_("How does a worker object, and who decides on the objection?"),),
    ),
    Rule(
        slug="ai-training-hard-to-undo",
        concern="rights",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=trains_ai_on_behaviour,
        title=_("Data in a trained model is hard to erase"),
        explanation=_(
            "Once behavioural data has trained a model, honouring erasure or "
            "objection may require retraining or removing the model. Workers should "
            "know how their requests will be honoured."
        ),
        sources=gdpr("17", "21"),
        questions=(
            _(
                "If a worker asks for erasure, will you remove their data from trained "
                "models too?"
            ),
        ),
    ),
)
