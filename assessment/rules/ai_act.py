"""The EU AI Act: emotion recognition at work, duties for high-risk employment AI.

The prohibitions apply since 2 February 2025. The deployers' duties for the high-risk
systems of Annex III apply from 2 December 2027 (moved there by the Digital Omnibus on
AI); until then the engine shows those rules under "Coming into force".
"""

from .base import CRITICAL, HIGH, LOW, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, any_of, includes
from .predicates import (
    has_representatives,
    infers_emotions,
    no_representatives,
    scores_people,
    tracks_activity,
)
from .references import (
    AI_OMNIBUS,
    COMMISSION_PROHIBITED_AI,
    PLATFORM_WORK_ART_7,
    ai_act,
)

EU = ("EU",)
# Scores computed from tracked activity, or automated decisions: the marks of an AI
# system that monitors or evaluates workers (a manager's notes are not one).
EMPLOYMENT_AI = any_of(
    all_of(scores_people, tracks_activity), answer("decisions", "automated")
)
# Emotion recognition in the AI Act's sense works on biometric data (Art. 3(39)):
# faces, voices, and behavioural signals such as typing rhythm. Inferring mood from
# what people write is not the ban (see health-or-emotions-inferred and profiling).
BIOMETRIC_SIGNALS = includes(
    "data",
    "webcam",
    "microphone",
    "biometric_id",
    "keystroke_dynamics",
    "mouse_movement",
)

RULES = (
    Rule(
        slug="emotion-recognition-at-work",
        concern="ai_act",
        severity=CRITICAL,
        where=EU,
        when=all_of(infers_emotions, BIOMETRIC_SIGNALS),
        title=_("Emotions or stress are inferred at work from faces, voices or typing"),
        explanation=_(
            "Using an AI system to infer the emotions of people at the workplace from "
            "biometric data, such as faces, voices or typing rhythm, is prohibited in "
            "the EU since 2 February 2025, except for medical or safety reasons. "
            "Physical states such as fatigue or pain are not emotions in this sense."
        ),
        sources=(
            *ai_act("5(1)(f)", "3(39)", "Recital 18"),
            COMMISSION_PROHIBITED_AI,
        ),
        questions=(
            _(
                "Does any system infer emotions, stress or engagement from faces, "
                "voices or typing, and will you switch it off?"
            ),
        ),
    ),
    Rule(
        slug="high-risk-employment-ai",
        concern="ai_act",
        severity=MEDIUM,
        where=EU,
        when=EMPLOYMENT_AI,
        title=_("Scoring or deciding about workers may be high-risk AI"),
        explanation=_(
            "AI used to monitor and evaluate workers' performance or behaviour, or to "
            "decide on promotion, tasks or termination, is high-risk. From 2 December "
            "2027 employers using it must ensure human oversight, keep logs and "
            "monitor its operation."
        ),
        sources=ai_act("Annex III point 4", "26"),
        questions=(
            _(
                "Is an AI system involved, who provides it, and who oversees its "
                "output?"
            ),
        ),
    ),
    Rule(
        slug="high-risk-ai-without-informing-representatives",
        concern="ai_act",
        severity=HIGH,
        where=EU,
        when=all_of(
            EMPLOYMENT_AI,
            has_representatives,
            answer("representatives", "not_involved"),
        ),
        title=_("Workers' representatives were not informed about workplace AI"),
        explanation=_(
            "From 2 December 2027, before putting a high-risk AI system into use at "
            "work, employers must inform the workers' representatives and the "
            "affected workers. Here the representatives were not involved."
        ),
        sources=ai_act("26(7)"),
        questions=(
            _(
                "When will you inform the representatives and workers about this "
                "system?"
            ),
        ),
    ),
    Rule(
        slug="high-risk-ai-workers-to-be-informed",
        concern="ai_act",
        severity=MEDIUM,
        where=EU,
        when=all_of(
            EMPLOYMENT_AI,
            no_representatives,
            answer("notice", "vague_written", "verbal", "none", "unknown"),
        ),
        title=_("Workers must be told about workplace AI before it is used"),
        explanation=_(
            "There are no workers' representatives here, but from 2 December 2027 the "
            "employer must still inform the affected workers before putting a "
            "high-risk AI system into use. No specific written notice was given."
        ),
        sources=ai_act("26(7)"),
        questions=(
            _("How and when will you inform workers that this AI system is used?"),
        ),
    ),
    Rule(
        slug="ai-literacy",
        concern="ai_act",
        severity=LOW,
        where=EU,
        when=EMPLOYMENT_AI,
        title=_("Staff using workplace AI must be helped to understand it"),
        explanation=_(
            "Since 2 February 2025 employers that use AI systems must take measures "
            "so that the staff who operate them understand them well enough; since "
            "July 2026 the duty is to take measures that support this AI literacy. "
            "It already applies, unlike the duties for high-risk systems."
        ),
        sources=(*ai_act("4"), AI_OMNIBUS),
        questions=(
            _("What training do the people who operate and read this system get?"),
        ),
    ),
    # A directive binds the Member States (Art. 288 TFEU) and cannot by itself impose
    # duties on a private party (CJEU 152/84 Marshall, C-91/92 Faccini Dori, C-122/17
    # Smith). Where a national law transposes Art. 7, its record goes into `sources`
    # and `critical_by`; none is recorded yet, so the rule cites the Directive as what
    # it is and stays at medium.
    Rule(
        slug="platform-work-prohibited-processing",
        concern="ai_act",
        severity=MEDIUM,
        where=EU,
        when=all_of(
            answer("workplace.digital_labour_platform", "yes"),
            any_of(
                includes(
                    "inferences",
                    "emotional_state",
                    "stress_or_cognitive_load",
                    "health",
                    "beliefs_or_affiliations",
                ),
                includes("data", "communications_content", "biometric_id"),
                answer("when", "always"),
            ),
        ),
        title=_("A digital labour platform processes what EU law is to forbid"),
        explanation=_(
            "The Platform Work Directive requires the Member States to forbid "
            "digital labour platforms to use automated monitoring or decision "
            "systems to process people's emotional or psychological state, their "
            "private conversations, data collected while they are not working, data "
            "to predict union activity, or inferences about health or beliefs, and "
            "to identify them by comparing biometric data with databases. The "
            "deadline for doing so was 2 December 2026. A directive binds the "
            "Member States, not the platform itself: the duty reaches the platform "
            "through the national law that transposes it, and no such law is "
            "recorded here yet. Until one applies, national law is to be read in "
            "the light of the Directive, and the GDPR already limits much of this "
            "processing."
        ),
        sources=(PLATFORM_WORK_ART_7,),
        questions=(
            _(
                "Which of these data does the platform process, and which national "
                "law on platform work applies to it?"
            ),
        ),
    ),
)
