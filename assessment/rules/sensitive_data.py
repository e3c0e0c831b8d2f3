"""Biometrics and special categories, including what is inferred about people."""

from .base import EEA_AND_GB, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, includes, includes_only, none_of
from .predicates import (
    collects_behavioural_biometrics,
    genuinely_free_choice,
    relies_on_consent,
)
from .references import (
    HAMBURG_HM,
    HR_BIOMETRICS,
    ICO_SERCO,
    NL_AP_FINGERPRINTS,
    NLRA_7,
    NLRA_8_A_1,
    WP29_WORK,
    gdpr,
)

BIOMETRIC = includes("data", "biometric_id")
# Fingerprints or faces to record working time or entry and exit, on consent that
# costs nothing to refuse and with another way for those who refuse: what Croatia's
# GDPR Implementation Act (art. 23) allows.
BIOMETRICS_CHOSEN_FREELY = all_of(
    BIOMETRIC,
    includes_only("purposes", "attendance", "security"),
    relies_on_consent,
    genuinely_free_choice,
    answer("participation.alternative_offered", "yes"),
)

RULES = (
    Rule(
        slug="biometric-identification",
        concern="sensitive_data",
        severity=HIGH,
        where=EEA_AND_GB,
        when=all_of(BIOMETRIC, none_of(BIOMETRICS_CHOSEN_FREELY)),
        title=_("Fingerprints or faces identify workers"),
        explanation=_(
            "Biometric data used to identify people is a special category. It may be "
            "processed at work only under a specific exception, such as a basis in "
            "national law or a collective agreement, with safeguards."
        ),
        sources=(*gdpr("4(14)", "9(1)", "9(2)(b)"), NL_AP_FINGERPRINTS),
        questions=(_("Which exception allows biometric identification here?"),),
    ),
    Rule(
        slug="biometrics-on-free-explicit-consent",
        concern="sensitive_data",
        severity=HIGH,
        where=EEA_AND_GB,
        permitted_by=(HR_BIOMETRICS,),
        when=BIOMETRICS_CHOSEN_FREELY,
        title=_("Fingerprints or faces identify workers who chose them freely"),
        explanation=_(
            "Biometric data used to identify people is a special category. Here "
            "workers chose to use it to record their working time or entry and "
            "exit, refusing costs nothing, and another way is offered. Explicit "
            "consent can lift the ban only on such terms, and national law may "
            "restrict biometrics further. Croatian law allows them for working "
            "time and entry and exit with the worker's explicit consent, where an "
            "alternative is offered to those who refuse."
        ),
        sources=(*gdpr("4(14)", "9(1)", "9(2)(a)", "9(4)"), HR_BIOMETRICS),
        questions=(
            _(
                "Where is each worker's explicit consent recorded, and which "
                "national rule allows biometrics here?"
            ),
        ),
    ),
    Rule(
        slug="biometrics-without-alternative",
        concern="sensitive_data",
        severity=HIGH,
        where=EEA_AND_GB,
        # The ICO's decision binds in Great Britain only.
        critical_by=(ICO_SERCO,),
        when=all_of(BIOMETRIC, answer("participation.alternative_offered", "no")),
        title=_("Biometrics are required, with no alternative"),
        explanation=_(
            "Workers must use a fingerprint or face scan and are offered no other "
            "way. Biometric data used to identify people is a special category, and "
            "collecting it is necessary only where less intrusive means would not "
            "do. In the United Kingdom the ICO ordered Serco Leisure to stop exactly "
            "this for attendance, since cards or fobs would have done."
        ),
        sources=(*gdpr("9(1)", "5(1)(c)"), ICO_SERCO),
        questions=(_("Will you offer a card, fob or PIN to everyone who prefers it?"),),
    ),
    Rule(
        slug="behavioural-biometrics",
        concern="sensitive_data",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=collects_behavioural_biometrics,
        title=_("Typing and mouse patterns can identify people"),
        explanation=_(
            "Keystroke dynamics and mouse movements can recognise a person. Whether "
            "they count as biometric data depends on whether they are processed to "
            "identify someone; either way they can reveal stress or health."
        ),
        sources=gdpr("4(14)", "9(1)"),
        questions=(
            _(
                "Is typing or mouse behaviour used, now or later, to recognise who is "
                "at the keyboard?"
            ),
        ),
    ),
    Rule(
        slug="behavioural-identification",
        concern="sensitive_data",
        severity=HIGH,
        where=EEA_AND_GB,
        when=all_of(
            collects_behavioural_biometrics, includes("inferences", "identity")
        ),
        title=_("Behaviour is used to identify people"),
        explanation=_(
            "Typing or mouse patterns are used to establish identity. That is "
            "biometric processing for identification, a special category that needs "
            "a specific exception."
        ),
        sources=gdpr("4(14)", "9(1)", "9(2)(b)"),
        questions=(_("Which exception allows biometric identification here?"),),
    ),
    Rule(
        slug="health-or-emotions-inferred",
        concern="sensitive_data",
        severity=HIGH,
        where=EEA_AND_GB,
        when=includes("inferences", "health", "stress_or_cognitive_load"),
        title=_("Health or stress is inferred"),
        explanation=_(
            "Conclusions about health drawn from behaviour, including stress or "
            "strain, are data concerning health, a special category, and may be "
            "wrong. They need a special-category exception and strong safeguards."
        ),
        sources=gdpr("9(1)", "4(15)", "5(1)(d)"),
        questions=(
            _("What is inferred about health, stress or mood, and who sees it?"),
        ),
    ),
    Rule(
        slug="emotions-inferred",
        concern="sensitive_data",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=includes("inferences", "emotional_state"),
        title=_("Moods or emotions are inferred"),
        explanation=_(
            "The practice draws conclusions about workers' moods or emotions. "
            "Emotional state is not itself a special category, but such profiling "
            "is intrusive, often wrong, and can reveal health; the employer must "
            "show it is necessary and accurate."
        ),
        sources=gdpr("4(4)", "5(1)(a)", "5(1)(c)", "5(1)(d)"),
        questions=(
            _("What is inferred about workers' moods, from what, and who sees it?"),
        ),
    ),
    Rule(
        slug="beliefs-or-affiliations-inferred",
        concern="sensitive_data",
        severity=HIGH,
        where=(*EEA_AND_GB, "US"),
        when=includes("inferences", "beliefs_or_affiliations"),
        title=_("Beliefs or affiliations are inferred"),
        explanation=_(
            "The practice draws conclusions about beliefs or affiliations, such as "
            "union activity. Such information is specially protected, and watching "
            "for organising activity can interfere with workers' collective rights."
        ),
        sources=(*gdpr("9(1)"), NLRA_7, NLRA_8_A_1),
        questions=(_("Why would beliefs or affiliations be inferred at all?"),),
    ),
    Rule(
        slug="notes-on-private-lives",
        concern="sensitive_data",
        severity=HIGH,
        where=EEA_AND_GB,
        when=includes("data", "manager_notes"),
        title=_("Managers keep records of workers' private lives"),
        explanation=_(
            "Managers record details of conversations or private lives. Notes on "
            "health, family or beliefs are sensitive; the Hamburg data-protection "
            "authority fined H&M heavily for such records used in employment "
            "decisions."
        ),
        sources=(*gdpr("5(1)(c)", "9(1)"), WP29_WORK, HAMBURG_HM),
        questions=(_("What do these notes contain, and who can read them?"),),
    ),
)
