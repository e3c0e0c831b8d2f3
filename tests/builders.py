"""A builder for assessment documents: a calm baseline plus the changes a test names."""

import copy

from assessment import facts

# A practice that raises as little as the law allows: every answer known and benign.
CALM_PRACTICE = {
    "name": "Door badges",
    "data": ["cctv"],
    "devices": ["workplace_premises"],
    "when": "work_hours",
    "captures_private_content": "no",
    "purposes": ["security"],
    "inferences": [],
    "decisions": "none",
    "recipients": ["security_team"],
    "de_identification": "aggregated",
    "retention": 30,
    "deletion_when_stopped": "yes",
    "lawful_basis": "collective_agreement",
    "participation": {
        "mode": "mandatory",
        "incentives": "no",
        "refusal_consequences": "no",
        "alternative_offered": "yes",
        "withdrawal": "easy",
    },
    "notice": "specific_written",
    "notice_before_start": "yes",
    "dpia": "done_shared",
    "representatives": "agreement",
    "access": "restricted",
    "own_data_access": "yes",
}


# The changes that make the calm practice one like the Meta case: typing and mouse
# traces kept to train AI, with most answers unknown. Its letters ask every question.
META_LIKE = {
    "purposes": ["ai_training", "productivity_metrics"],
    "data": ["keystroke_content", "mouse_movement", "screenshots"],
    "retention": "unknown",
    "dpia": "unknown",
    "participation.incentives": "yes",
    "participation.alternative_offered": "no",
    "recipients": ["internal_ai_teams", "hr"],
    "lawful_basis": "unknown",
    "access": "unknown",
    "deletion_when_stopped": "unknown",
    "notice": "none",
}


def set_path(document: dict, path: str, value: object) -> None:
    """Set a dotted path: `workplace.x` on the workplace, the rest on practice 0."""
    if path.startswith("workplace."):
        target, key = document["workplace"], path.removeprefix("workplace.")
    else:
        target = document["practices"][0]
        *parents, key = path.split(".")
        for parent in parents:
            target = target.setdefault(parent, {})
    if value is None:
        target.pop(key, None)
    else:
        target[key] = value


def document(country: str = "DE", changes: dict | None = None, **workplace) -> dict:
    doc = {
        "format": facts.FORMAT,
        "workplace": {"country": country, "worker_representation": "works_council"},
        "practices": [copy.deepcopy(CALM_PRACTICE)],
    }
    doc["workplace"].update(workplace)
    for path, value in (changes or {}).items():
        set_path(doc, path, value)
    return doc


def assessment(country: str = "DE", changes: dict | None = None, **workplace):
    return facts.parse_assessment(document(country, changes, **workplace))
