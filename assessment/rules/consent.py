"""Consent and voluntariness: can workers freely say no to this practice?"""

from .base import CRITICAL, EEA_AND_GB, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, any_of, at_least, none_of
from .predicates import called_voluntary, genuinely_free_choice, relies_on_consent
from .references import (
    CJEU_PLANET49,
    EDPB_CONSENT,
    EDPB_DETRIMENT,
    ICO_MONITORING,
    ICO_SERCO,
    ILO_CODE,
    eu_gdpr,
    gdpr,
)

# Taking part is presented as a free choice, and it is rewarded.
REWARDED = all_of(called_voluntary, answer("participation.incentives", "yes"))

RULES = (
    Rule(
        slug="consent-at-work-rarely-valid",
        concern="consent",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(relies_on_consent, none_of(genuinely_free_choice)),
        title=_("Consent is rarely a valid basis at work"),
        explanation=_(
            "The employer relies on workers' consent. Because workers depend on their "
            "employer, regulators consider that consent at work is in most cases not "
            "freely given, so it can carry monitoring only where refusing has no "
            "consequence at all: an opt-in with no reward and no disadvantage, that "
            "is as easy to leave as to join. That is not shown here."
        ),
        sources=(
            *gdpr("4(11)", "7"),
            *eu_gdpr("Recital 43"),
            EDPB_CONSENT,
            ICO_MONITORING,
        ),
        questions=(
            _("Why do you rely on consent rather than another basis?"),
            _("What happens, in practice, to a worker who does not consent?"),
        ),
    ),
    Rule(
        slug="consent-claimed-but-mandatory",
        concern="consent",
        severity=CRITICAL,
        where=EEA_AND_GB,
        when=all_of(relies_on_consent, answer("participation.mode", "mandatory")),
        title=_("Consent is claimed for a mandatory practice"),
        explanation=_(
            "Consent that cannot be refused is not consent. If taking part is "
            "mandatory, the practice cannot rest on consent and needs another basis."
        ),
        sources=(*gdpr("4(11)", "7(4)"), EDPB_CONSENT, ICO_MONITORING),
        questions=(
            _("How can a worker refuse, if participation is mandatory?"),
            _("Which other legal basis do you rely on?"),
        ),
    ),
    Rule(
        slug="consent-by-opt-out",
        concern="consent",
        severity=CRITICAL,
        where=EEA_AND_GB,
        when=all_of(relies_on_consent, answer("participation.mode", "opt_out")),
        title=_("Consent is assumed unless workers opt out"),
        explanation=_(
            "The employer claims consent but enrols workers unless they object. "
            "Silence, inaction or a box ticked in advance is not consent: consent "
            "needs a clear, active choice. The practice therefore has no valid "
            "consent at all."
        ),
        sources=(
            *gdpr("4(11)", "7(1)"),
            *eu_gdpr("Recital 32"),
            CJEU_PLANET49,
        ),
        questions=(
            _("Which other legal basis do you rely on for workers who never opted in?"),
        ),
    ),
    Rule(
        slug="participation-rewarded",
        concern="consent",
        severity=HIGH,
        where=EEA_AND_GB,
        when=REWARDED,
        title=_("Taking part is presented as voluntary but is rewarded"),
        explanation=_(
            "Participation is called voluntary, yet it is tied to incentives such as "
            "performance ratings, bonuses or promotion. When saying no costs a worker "
            "something, the choice is not free."
        ),
        sources=(
            *gdpr("4(11)", "7(4)"),
            *eu_gdpr("Recital 42", "Recital 43"),
            EDPB_DETRIMENT,
            ICO_MONITORING,
        ),
        questions=(
            _("Which incentives, ratings or rewards are linked to taking part?"),
            _("Will you remove any link between participation and pay or appraisal?"),
        ),
    ),
    Rule(
        slug="participation-high-enrolment-with-incentives",
        concern="consent",
        severity=HIGH,
        where=EEA_AND_GB,
        when=all_of(
            called_voluntary,
            answer("participation.incentives", "yes"),
            at_least("participation.enrolment_rate", 0.5),
        ),
        title=_("High enrolment driven by incentives suggests pressure"),
        explanation=_(
            "Most workers are enrolled in a practice that is rewarded. A high "
            "enrolment rate under incentives is a sign of pressure, not of free "
            "choice, and weakens any claim that participation is voluntary."
        ),
        sources=(
            *gdpr("7(4)"),
            *eu_gdpr("Recital 42", "Recital 43"),
            EDPB_DETRIMENT,
            EDPB_CONSENT,
            ICO_MONITORING,
        ),
        questions=(
            _("How did enrolment develop before and after the incentives began?"),
        ),
    ),
    Rule(
        slug="refusal-has-consequences",
        concern="consent",
        severity=HIGH,
        where=EEA_AND_GB,
        when=all_of(
            called_voluntary, answer("participation.refusal_consequences", "yes")
        ),
        title=_("Refusing to take part carries a disadvantage"),
        explanation=_(
            "Workers who decline face a disadvantage. Where refusal has consequences, "
            "consent is not freely given and the practice cannot rely on it."
        ),
        sources=(
            *gdpr("4(11)", "7(4)"),
            *eu_gdpr("Recital 42"),
            EDPB_DETRIMENT,
            ICO_MONITORING,
        ),
        questions=(_("What exactly happens to workers who do not take part?"),),
    ),
    Rule(
        slug="no-alternative-offered",
        concern="consent",
        severity=HIGH,
        where=EEA_AND_GB,
        when=all_of(
            called_voluntary, answer("participation.alternative_offered", "no")
        ),
        title=_("No genuine alternative is offered"),
        explanation=_(
            "Workers who refuse are given no other way to do the same thing (for "
            "example a card or PIN instead of a fingerprint). Without a real "
            "alternative, refusing is not a free choice."
        ),
        sources=(*gdpr("7(4)"), EDPB_CONSENT, ICO_SERCO),
        questions=(
            _("What alternative will you offer to workers who do not take part?"),
        ),
    ),
    Rule(
        slug="withdrawal-not-easy",
        concern="consent",
        severity=HIGH,
        where=EEA_AND_GB,
        when=all_of(
            called_voluntary, answer("participation.withdrawal", "hard", "impossible")
        ),
        title=_("Stopping is harder than starting"),
        explanation=_(
            "Withdrawing from the practice is hard or impossible. Consent must be as "
            "easy to withdraw as to give, and withdrawal must stop the processing."
        ),
        sources=gdpr("7(3)"),
        questions=(
            _(
                "How can a worker stop taking part, and what then happens to their data?"
            ),
        ),
    ),
    Rule(
        slug="us-choice-under-pressure",
        concern="consent",
        severity=MEDIUM,
        where=("US",),
        when=all_of(
            called_voluntary,
            any_of(
                answer("participation.incentives", "yes"),
                answer("participation.refusal_consequences", "yes"),
            ),
        ),
        title=_("Taking part is called voluntary, but saying no costs something"),
        explanation=_(
            "Taking part is presented as a free choice, yet it is rewarded, or "
            "refusing carries a disadvantage. Workers depend on their employer, so a "
            "choice with a reward on one side and a loss on the other is rarely "
            "free, and a high enrolment says little about what people want. The "
            "ILO's code of practice says that, because of this dependence, workers "
            "cannot waive their privacy rights: agreeing to take part does not make "
            "a practice fair that would not be fair otherwise."
        ),
        sources=(ILO_CODE,),
        questions=(
            _(
                "What does a worker gain by taking part, and what do they lose by "
                "refusing?"
            ),
            _("How did enrolment develop before and after the rewards began?"),
        ),
    ),
    # One rule for each condition of taking part, so that a finding says unknown only
    # what is unknown and asks only what was not answered.
    Rule(
        slug="participation-reward-unknown",
        concern="consent",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(called_voluntary, answer("participation.incentives", "unknown")),
        title=_("It is not known whether taking part is rewarded"),
        explanation=_(
            "Participation is presented as voluntary, but it is not known whether it "
            "is tied to rewards such as ratings, bonuses or promotion. Until that is "
            "answered, the choice cannot be assumed to be free."
        ),
        sources=(*gdpr("7"), EDPB_CONSENT),
        questions=(_("Is taking part linked to any reward or rating?"),),
    ),
    Rule(
        slug="refusal-consequences-unknown",
        concern="consent",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(
            called_voluntary, answer("participation.refusal_consequences", "unknown")
        ),
        title=_("It is not known whether refusing carries a disadvantage"),
        explanation=_(
            "Participation is presented as voluntary, but it is not known what "
            "happens to a worker who says no. Until that is answered, the choice "
            "cannot be assumed to be free."
        ),
        sources=(*gdpr("7"), EDPB_CONSENT),
        questions=(_("What exactly happens to workers who do not take part?"),),
    ),
    Rule(
        slug="alternative-unknown",
        concern="consent",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(
            called_voluntary, answer("participation.alternative_offered", "unknown")
        ),
        title=_("It is not known whether an alternative is offered"),
        explanation=_(
            "Participation is presented as voluntary, but it is not known whether "
            "workers who refuse are offered another way to do the same thing. "
            "Without a real alternative, refusing is not a free choice."
        ),
        sources=(*gdpr("7"), EDPB_CONSENT),
        questions=(_("What alternative is offered to those who refuse?"),),
    ),
    Rule(
        slug="withdrawal-unknown",
        concern="consent",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=all_of(called_voluntary, answer("participation.withdrawal", "unknown")),
        title=_("It is not known how someone stops taking part"),
        explanation=_(
            "Participation is presented as voluntary, but it is not known how a "
            "worker can stop. Consent must be as easy to withdraw as to give."
        ),
        sources=(*gdpr("7"), EDPB_CONSENT),
        questions=(
            _(
                "How can a worker stop taking part, and what then happens to their data?"
            ),
        ),
    ),
)
