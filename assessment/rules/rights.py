"""Workers' own rights over their data: access, objection, erasure, withdrawal."""

from .base import EEA_AND_GB, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import answer
from .predicates import trains_ai_on_behaviour
from .references import CCPA, gdpr

WHERE = (*EEA_AND_GB, "US-CA")

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
        slug="no-way-to-stop",
        concern="rights",
        severity=HIGH,
        where=EEA_AND_GB,
        when=answer("participation.withdrawal", "impossible"),
        title=_("Workers cannot stop taking part"),
        explanation=_(
            "There is no way to stop. Consent can be withdrawn at any time, and "
            "processing based on legitimate interests can be objected to, after "
            "which the employer must show compelling grounds to continue."
        ),
        sources=gdpr("7(3)", "21(1)"),
        questions=(_("How does a worker withdraw or object, and what happens then?"),),
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
