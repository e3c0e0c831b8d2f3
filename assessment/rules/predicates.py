"""Named facts that several rules turn on, so that no rule spells them out again."""

from .conditions import (
    all_of,
    answer,
    any_of,
    includes,
    includes_only,
    includes_other_than,
    none_of,
)

BEHAVIOUR = ("keystroke_dynamics", "mouse_movement", "clicks", "scrolling")
CONTENT = (
    "keystroke_content",
    "screenshots",
    "screen_recording",
    "communications_content",
    "webcam",
    "microphone",
)
ACTIVITY = ("app_and_web_usage", "activity_time", "productivity_events")
INTRUSIVE_DATA = (*BEHAVIOUR, *CONTENT, "location", "biometric_id")

collects_content = includes("data", *CONTENT)
collects_behaviour = includes("data", *BEHAVIOUR)
collects_behaviour_or_content = includes("data", *BEHAVIOUR, *CONTENT)
collects_behavioural_biometrics = includes(
    "data", "keystroke_dynamics", "mouse_movement"
)
tracks_activity = includes("data", *BEHAVIOUR, *CONTENT, *ACTIVITY)
# A technical device in the sense of §87(1) no. 6 BetrVG: anything but a manager's notes.
uses_technical_device = includes_other_than("data", "manager_notes")
# Work measured as it is done: scanner or task events, or active and idle time on a
# computer. A clock-in terminal that records attendance (even by fingerprint) is not.
measures_work_activity = any_of(
    includes("data", "productivity_events"),
    all_of(
        includes("data", "activity_time"),
        includes_other_than("data", "activity_time", "biometric_id", "cctv"),
    ),
)
monitors_intrusively = any_of(
    includes("data", *INTRUSIVE_DATA), answer("when", "always")
)

relies_on_consent = answer("lawful_basis", "consent")
# Consent as the EDPB accepts it at work: opting in costs and gains nothing, and
# stopping is easy (Guidelines 05/2020, para. 22).
genuinely_free_choice = all_of(
    answer("participation.mode", "opt_in"),
    answer("participation.incentives", "no"),
    answer("participation.refusal_consequences", "no"),
    answer("participation.withdrawal", "easy"),
)
# Participation the employer presents as a free choice, whatever basis it names.
called_voluntary = any_of(
    relies_on_consent, answer("participation.mode", "opt_in", "opt_out")
)

trains_ai = includes("purposes", "ai_training")
trains_ai_on_behaviour = all_of(trains_ai, collects_behaviour_or_content)
evaluates_people = includes(
    "purposes", "performance_evaluation", "productivity_metrics", "discipline"
)
infers_emotions = includes("inferences", "emotional_state", "stress_or_cognitive_load")
scores_people = includes("inferences", "productivity_score", "personality")
shares_outside = includes("recipients", "group_companies", "vendors", "third_parties")

no_representatives = answer("workplace.worker_representation", "none")
has_works_council = answer("workplace.worker_representation", "works_council", "both")
has_representatives = answer(
    "workplace.worker_representation", "works_council", "union", "both"
)
representatives_not_agreed = answer(
    "representatives", "consulted", "informed", "not_involved"
)
representatives_sidelined = answer("representatives", "informed", "not_involved")

# What an investigation is for: protecting people and property, proving misconduct,
# meeting a legal duty; nothing else (no productivity, no evaluation, no AI).
INVESTIGATION = ("security", "discipline", "legal_compliance")
serves_only_investigation = includes_only("purposes", *INVESTIGATION)
# Neither around the clock nor open to many managers.
kept_within_bounds = none_of(answer("when", "always"), answer("access", "broad"))
# Messages read in checks announced in writing before they began, to investigate:
# what Bărbulescu v Romania (§ 121) asks first, prior notice of checks and their
# extent, and a legitimate reason. The format cannot say a check was a one-off; it
# can say that nothing but messages is read, and only for these purposes.
announced_message_checks = all_of(
    includes("data", "communications_content"),
    includes_only("data", "communications_content", "communications_metadata"),
    serves_only_investigation,
    answer("notice", "specific_written"),
    answer("notice_before_start", "yes"),
    kept_within_bounds,
)
# A camera on the premises, for an investigation only, neither around the clock nor
# seen by many: what the format holds of the covert filming on a reasonable suspicion,
# limited in place and time, that the ECtHR accepted (Köpke; López Ribalda). It
# cannot tell such filming from a standing hidden camera, so the finding asks.
films_for_an_investigation = all_of(
    includes_only("data", "cctv"),
    includes_only("devices", "workplace_premises"),
    serves_only_investigation,
    kept_within_bounds,
)
