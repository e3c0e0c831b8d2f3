"""Claims that monitoring data is anonymous, and what de-identification really gives."""

from .base import EEA_AND_GB, GUIDANCE, HIGH, LOW, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer
from .predicates import collects_behaviour_or_content
from .references import (
    FTC_ACT_5,
    FTC_AVAST,
    FTC_HASHING,
    FTC_PRIVACY_REPORT,
    WP29_ANONYMISATION,
    gdpr,
)

CLAIMED = answer("de_identification", "anonymised_claimed")
# Traces distinctive enough to identify a person, said to be anonymous.
BEHAVIOUR_CALLED_ANONYMOUS = all_of(CLAIMED, collects_behaviour_or_content)

RULES = (
    Rule(
        slug="anonymisation-claim-unsupported",
        concern="anonymisation",
        severity=HIGH,
        where=EEA_AND_GB,
        when=BEHAVIOUR_CALLED_ANONYMOUS,
        title=_("Behavioural data is called anonymous"),
        explanation=_(
            "Typing rhythm, mouse paths, screens and messages are distinctive enough "
            "to single a person out. Data is anonymous only if no one can be singled "
            "out, linked or inferred from it; traces like these rarely meet that test, "
            "so they remain personal data with all the rights that go with it."
        ),
        sources=(*gdpr("4(1)", "4(5)"), WP29_ANONYMISATION),
        questions=(
            _(
                "Describe the anonymisation process step by step: what is removed, "
                "when, and how re-identification was tested."
            ),
        ),
    ),
    Rule(
        slug="anonymisation-claim-unverified",
        concern="anonymisation",
        severity=MEDIUM,
        where=EEA_AND_GB,
        when=CLAIMED,
        title=_("Anonymisation is claimed, not shown"),
        explanation=_(
            "The employer says the data is anonymised. That is a claim: until the "
            "method is described and tested, the data must be treated as personal "
            "data."
        ),
        sources=(*gdpr("4(1)", "5(2)"), WP29_ANONYMISATION),
        questions=(
            _(
                "At which point is the data anonymised, and who can still see it "
                "before then?"
            ),
        ),
    ),
    Rule(
        slug="us-anonymisation-claim-may-deceive",
        concern="anonymisation",
        severity=MEDIUM,
        where=("US",),
        when=BEHAVIOUR_CALLED_ANONYMOUS,
        # The FTC Act is a statute, but no case has applied it to what an employer
        # tells its own staff: the finding rests on the FTC's guidance and orders.
        strength=GUIDANCE,
        title=_("Data called anonymous can be traced back to people"),
        explanation=_(
            "Workers are told the data is anonymised, but typing rhythm, mouse "
            "paths, screens and messages are distinctive enough to identify a "
            "person. FTC staff say data is anonymous only if it can never be linked "
            "back to a person, and in 2024 the FTC settled charges that a company "
            "had sold detailed browsing data it described as stripped of "
            "identifying information although it could be re-identified (Avast). "
            "Calling such traces anonymous is therefore a deception risk under the "
            "FTC Act; whether the FTC would apply this to what an employer tells "
            "its own staff is untested. By the FTC's 2012 test, data is "
            "de-identified only if the company takes reasonable steps to make it "
            "so, publicly commits not to re-identify it, and forbids recipients by "
            "contract to do so."
        ),
        sources=(FTC_ACT_5, FTC_HASHING, FTC_AVAST, FTC_PRIVACY_REPORT),
        questions=(
            _(
                "How exactly is the data made anonymous, and how was "
                "re-identification tested?"
            ),
            _(
                "Will you commit in writing not to re-identify the data, and bind "
                "every recipient by contract to the same?"
            ),
        ),
    ),
    Rule(
        slug="pseudonymised-is-still-personal",
        concern="anonymisation",
        severity=LOW,
        where=EEA_AND_GB,
        when=answer("de_identification", "pseudonymised"),
        title=_("Pseudonymised data is still personal data"),
        explanation=_(
            "The data is pseudonymised: a key links it back to each person. It "
            "remains personal data, and the key must be kept apart and guarded."
        ),
        sources=(*gdpr("4(5)"), WP29_ANONYMISATION),
        questions=(_("Who holds the key that links the data back to people?"),),
    ),
    Rule(
        slug="no-de-identification",
        concern="anonymisation",
        severity=LOW,
        where=EEA_AND_GB,
        when=answer("de_identification", "none"),
        title=_("Data stays linked to each person"),
        explanation=_(
            "No de-identification is applied. Where the purpose could be met with "
            "pseudonymised or aggregated data, privacy by design expects it."
        ),
        sources=gdpr("25", "5(1)(c)"),
        questions=(_("Why is identified data needed rather than aggregated figures?"),),
    ),
    Rule(
        slug="de-identification-unknown",
        concern="anonymisation",
        severity=LOW,
        where=EEA_AND_GB,
        when=answer("de_identification", "unknown"),
        title=_("Unclear whether the data is linked to people"),
        explanation=_(
            "It is not known whether the data is identified, pseudonymised "
            "or aggregated."
        ),
        sources=gdpr("25"),
        questions=(_("Is this data stored with names or employee numbers?"),),
    ),
)
