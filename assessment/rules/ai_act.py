"""The EU AI Act: emotion recognition at work, duties for high-risk employment AI."""

from .base import CRITICAL, HIGH, MEDIUM, Rule
from .base import gettext_noop as _
from .conditions import all_of, answer, any_of
from .predicates import infers_emotions, scores_people, tracks_activity
from .references import ai_act

EU = ("EU",)
# Scores computed from tracked activity, or automated decisions: the marks of an AI
# system that monitors or evaluates workers (a manager's notes are not one).
EMPLOYMENT_AI = any_of(
    all_of(scores_people, tracks_activity), answer("decisions", "automated")
)

RULES = (
    Rule(
        slug="emotion-recognition-at-work",
        concern="ai_act",
        severity=CRITICAL,
        where=EU,
        when=infers_emotions,
        title=_("Emotions or stress are inferred at work"),
        explanation=_(
            "Using AI to infer the emotions of people at the workplace is prohibited "
            "in the EU since 2 February 2025, except for medical or safety reasons. "
            "Inferring mood, stress or engagement from typing, voice or video falls "
            "under this ban."
        ),
        references=ai_act("Art. 5(1)(f)"),
        questions=(
            _(
                "Does any system infer emotions, stress or engagement, and will you "
                "switch it off?"
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
            "decide on promotion, tasks or termination, is high-risk. Employers using "
            "it must ensure human oversight, keep logs and monitor its operation."
        ),
        references=ai_act("Annex III point 4", "Art. 26"),
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
        when=all_of(EMPLOYMENT_AI, answer("representatives", "not_involved")),
        title=_("Workers' representatives were not informed about workplace AI"),
        explanation=_(
            "Before putting a high-risk AI system into use at work, employers must "
            "inform workers' representatives and the affected workers."
        ),
        references=ai_act("Art. 26(7)"),
        questions=(
            _(
                "When will you inform the representatives and workers about this "
                "system?"
            ),
        ),
    ),
)
