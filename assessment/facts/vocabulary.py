"""The closed vocabularies of oversight.assessment/1, in the spec's order."""

FORMAT = "oversight.assessment/1"
UNKNOWN = "unknown"

YES_NO_UNKNOWN = ("yes", "no", UNKNOWN)
WORKER_REPRESENTATION = ("works_council", "union", "both", "none", UNKNOWN)
DATA = (
    "keystroke_content",
    "keystroke_dynamics",
    "mouse_movement",
    "clicks",
    "scrolling",
    "screenshots",
    "screen_recording",
    "app_and_web_usage",
    "activity_time",
    "communications_content",
    "communications_metadata",
    "webcam",
    "microphone",
    "location",
    "biometric_id",
    "productivity_events",
    "manager_notes",
    "cctv",
)
DEVICES = ("company_device", "personal_device", "company_network", "workplace_premises")
WHEN = ("work_hours", "always", UNKNOWN)
PURPOSES = (
    "security",
    "legal_compliance",
    "performance_evaluation",
    "productivity_metrics",
    "discipline",
    "ai_training",
    "product_improvement",
    "attendance",
    "workforce_planning",
    UNKNOWN,
)
INFERENCES = (
    "emotional_state",
    "stress_or_cognitive_load",
    "health",
    "personality",
    "beliefs_or_affiliations",
    "identity",
    "productivity_score",
)
DECISIONS = ("none", "informs_human", "automated", UNKNOWN)
RECIPIENTS = (
    "security_team",
    "managers",
    "hr",
    "it",
    "group_companies",
    "internal_ai_teams",
    "vendors",
    "third_parties",
    "authorities",
    UNKNOWN,
)
DE_IDENTIFICATION = (
    "none",
    "pseudonymised",
    "aggregated",
    "anonymised_claimed",
    UNKNOWN,
)
RETENTION_WORDS = (UNKNOWN, "indefinite")
MAX_RETENTION_DAYS = 36500
LAWFUL_BASIS = (
    "consent",
    "legitimate_interests",
    "contract",
    "legal_obligation",
    "collective_agreement",
    "none_stated",
    UNKNOWN,
)
PARTICIPATION_MODE = ("mandatory", "opt_out", "opt_in", UNKNOWN)
WITHDRAWAL = ("easy", "hard", "impossible", UNKNOWN)
NOTICE = ("specific_written", "vague_written", "verbal", "none", UNKNOWN)
DPIA = ("done_shared", "done_not_shared", "not_done", UNKNOWN)
REPRESENTATIVES = ("agreement", "consulted", "informed", "not_involved", UNKNOWN)
ACCESS = ("restricted", "broad", UNKNOWN)
MAX_PRACTICES = 50
# The longest texts: a name or title, a sector, a passage of a policy.
MAX_NAME_LENGTH = 200
MAX_SECTOR_LENGTH = 100
MAX_EXCERPT_LENGTH = 20000
