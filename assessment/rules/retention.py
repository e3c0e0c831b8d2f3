"""How long monitoring data is kept, and whether it is deleted."""

from .base import EEA_AND_GB, GUIDANCE, HIGH, LOW, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, includes, kept_longer_than
from .predicates import representatives_not_agreed
from .references import (
    CCPA,
    CE_AMAZON,
    CNIL_AMAZON,
    FTC_AVAST,
    FTC_DRIZLY,
    GARANTE_DELIVEROO,
    ILO_CODE,
    IT_GARANTE_LOMBARDIA,
    IT_GARANTE_METADATA,
    IT_STATUTO,
    PL_KP_22_2_3,
    gdpr,
)

WHERE = (*EEA_AND_GB, "US-CA")

RULES = (
    Rule(
        slug="retention-indefinite",
        concern="retention",
        severity=HIGH,
        where=WHERE,
        when=answer("retention", "indefinite"),
        title=_("The data is kept indefinitely"),
        explanation=_(
            "There is no end to how long the data is kept. Data may be kept only as "
            "long as its purpose requires, and workers must be told the period or "
            "how it is set."
        ),
        sources=(*gdpr("5(1)(e)", "13(2)(a)"), CCPA),
        questions=(_("When will this data be deleted, and who checks that it is?"),),
    ),
    Rule(
        slug="us-retention-indefinite",
        concern="retention",
        severity=MEDIUM,
        where=("US",),
        when=answer("retention", "indefinite"),
        # The FTC's orders bind only the companies they name: guidance for others.
        strength=GUIDANCE,
        title=_("The data is kept with no end date"),
        explanation=_(
            "There is no end to how long the data is kept. No federal statute sets "
            "a limit for monitoring data, but the FTC has ordered companies to keep "
            "personal data only as long as a published retention schedule says it "
            "is needed (Drizly, 2023), and counted keeping data indefinitely among "
            "its charges against Avast (2024); those orders bind only the companies "
            "they name. The ILO's code of practice says only data gathered in line "
            "with its principles should be stored. Data that is never deleted can "
            "be put to uses nobody agreed to, and be lost in a breach."
        ),
        sources=(FTC_DRIZLY, FTC_AVAST, ILO_CODE),
        questions=(
            _("When will this data be deleted, and where is the retention schedule?"),
        ),
    ),
    Rule(
        slug="retention-unknown",
        concern="retention",
        severity=MEDIUM,
        where=WHERE,
        when=answer("retention", "unknown"),
        title=_("It is not known how long the data is kept"),
        explanation=_(
            "Workers have a right to know how long their data is stored, or the "
            "criteria that decide it."
        ),
        sources=(*gdpr("5(1)(e)", "13(2)(a)"), CCPA),
        questions=(
            _("How long do you keep each kind of data this practice collects?"),
        ),
    ),
    Rule(
        slug="retention-over-a-year",
        concern="retention",
        severity=MEDIUM,
        where=WHERE,
        when=kept_longer_than(365, counting_indefinite=False),
        title=_("Monitoring data is kept for more than a year"),
        explanation=_(
            "Detailed monitoring data is kept for over a year. The longer it is kept, "
            "the stronger the reason the employer must give for needing it."
        ),
        sources=(*gdpr("5(1)(e)"), CCPA),
        questions=(_("Why is this data needed for more than a year?"),),
    ),
    # Location traces kept for years: the Garante found a six-year period for
    # riders' data, set without weighing what each purpose needed, a breach of
    # storage limitation (Deliveroo, 2021).
    Rule(
        slug="tracking-data-kept-for-years",
        concern="retention",
        severity=HIGH,
        where=EEA_AND_GB,
        critical_by=(GARANTE_DELIVEROO,),
        when=all_of(includes("data", "location"), kept_longer_than(2 * 365)),
        title=_("Location traces are kept for years"),
        explanation=_(
            "Records of where workers were are kept for more than two years, or "
            "without end. Such traces serve their purpose, such as organising or "
            "paying for the work, for a short time. The Italian data protection "
            "authority fined a delivery platform that kept its riders' data, "
            "located every few seconds, for six years after they left, a period set "
            "without weighing what each purpose needed."
        ),
        sources=(*gdpr("5(1)(e)", "5(1)(c)"), GARANTE_DELIVEROO),
        questions=(
            _(
                "For which purpose is each kind of location record kept, and for how "
                "long does that purpose need it?"
            ),
        ),
    ),
    Rule(
        slug="detailed-indicators-kept-over-a-month",
        concern="retention",
        severity=MEDIUM,
        where=("FR",),
        when=all_of(
            includes("data", "productivity_events", "activity_time"),
            kept_longer_than(30),
        ),
        title=_("Detailed activity indicators are kept for more than a month"),
        explanation=_(
            "Every detailed activity or productivity indicator is kept for over 30 "
            "days. In the Amazon France Logistique case the CNIL treated keeping all "
            "such detailed data for 31 days as more than its purposes needed, a "
            "breach of data minimisation. Ruling on the company's challenge, the "
            "Conseil d'État reduced the fine but upheld a penalty of €15 million."
        ),
        sources=(*gdpr("5(1)(c)", "5(1)(e)"), CNIL_AMAZON, CE_AMAZON),
        questions=(
            _(
                "Why must every detailed indicator be kept, rather than aggregated "
                "figures?"
            ),
        ),
    ),
    Rule(
        slug="pl-camera-recordings-kept-over-three-months",
        concern="retention",
        severity=HIGH,
        where=("PL",),
        when=all_of(includes("data", "cctv"), kept_longer_than(90)),
        title=_("Camera recordings are kept for more than three months"),
        explanation=_(
            "In Poland an employer may keep recordings from workplace cameras for "
            "at most three months from the day they were made, and use them only "
            "for the purpose they were collected for. Only recordings that are, "
            "or may become, evidence in proceedings may be kept until those "
            "proceedings end; all others must then be destroyed."
        ),
        sources=(PL_KP_22_2_3, *gdpr("5(1)(e)")),
        questions=(
            _(
                "When are recordings deleted, and which ones are kept as evidence in "
                "proceedings?"
            ),
        ),
    ),
    Rule(
        slug="it-email-metadata-kept-over-21-days",
        concern="retention",
        severity=HIGH,
        where=("IT",),
        critical_by=(IT_GARANTE_LOMBARDIA,),
        when=all_of(
            includes("data", "communications_metadata"),
            kept_longer_than(21),
            representatives_not_agreed,
        ),
        title=_("E-mail metadata is kept for more than 21 days without an agreement"),
        explanation=_(
            "In Italy the data-protection authority expects the metadata in "
            "mail-server logs (sender, recipients, times, subject) to be kept "
            "normally for no more than 21 days. Keeping it longer allows remote "
            "monitoring of work, so it needs an agreement with the unions or an "
            "authorisation from the labour inspectorate, unless specific technical "
            "needs are shown. The authority fined a regional government that kept "
            "such metadata for 90 days without either."
        ),
        sources=(IT_STATUTO, IT_GARANTE_METADATA, IT_GARANTE_LOMBARDIA),
        questions=(
            _(
                "Which agreement or authorisation covers keeping e-mail metadata "
                "this long, or which technical need requires it?"
            ),
        ),
    ),
    Rule(
        slug="no-deletion-when-practice-ends",
        concern="retention",
        severity=MEDIUM,
        where=WHERE,
        when=answer("deletion_when_stopped", "no"),
        title=_("Data outlives the practice"),
        explanation=_(
            "Data collected is not deleted when the practice ends, although its "
            "purpose has then gone."
        ),
        sources=(*gdpr("5(1)(e)", "17(1)(a)"), CCPA),
        questions=(_("Will you delete all data collected when the practice stops?"),),
    ),
    Rule(
        slug="deletion-when-practice-ends-unknown",
        concern="retention",
        severity=LOW,
        where=WHERE,
        when=answer("deletion_when_stopped", "unknown"),
        title=_("Unclear whether data is deleted when the practice ends"),
        explanation=_(
            "It is not known what happens to the data when the practice stops."
        ),
        sources=(*gdpr("5(1)(e)"), CCPA),
        questions=(_("What happens to the collected data when the practice ends?"),),
    ),
)
