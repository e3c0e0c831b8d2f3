"""Where the employee's journey goes next: its three stages, the steps of a practice
and the person's choice between steps and one long page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy

from assessment import questionnaire

STAGES = (
    ("workplace", gettext_lazy("Workplace")),
    ("practices", gettext_lazy("Practices")),
    ("result", gettext_lazy("Result")),
)
LAYOUT_COOKIE = "practice_layout"
STEPS, LONG = "steps", "long"


def journey_steps(current: str) -> list[dict]:
    """The journey's stages, each done, current or to do."""
    names = [name for name, _label in STAGES]
    position = names.index(current)
    return [
        {
            "label": label,
            "state": "done" if i < position else "current" if i == position else "todo",
        }
        for i, (_name, label) in enumerate(STAGES)
    ]


def prefers_long_form(request) -> bool:
    return request.COOKIES.get(LAYOUT_COOKIE) == LONG


def steps_done(record, index: int | None) -> list[str]:
    """The steps answered of a practice: all of one in the document, those saved so
    far of the one being added."""
    if index is None:
        return list((record.pending or {}).get("done", []))
    return [step.slug for step in questionnaire.STEPS]


def step_url(record, index: int | None, slug: str) -> str:
    if index is None:
        return reverse("assessment:step_new", args=[record.public_id, slug])
    return reverse("assessment:step", args=[record.public_id, index, slug])


def check_url(record, index: int | None) -> str:
    if index is None:
        return reverse("assessment:check_new", args=[record.public_id])
    return reverse("assessment:check", args=[record.public_id, index])


def next_to_answer(record) -> str:
    """Where adding a practice goes on: the first step not done yet, or the check."""
    done = steps_done(record, None)
    for step in questionnaire.STEPS:
        if step.slug not in done:
            return step_url(record, None, step.slug)
    return check_url(record, None)


def task_list(record) -> list[dict]:
    """Each practice (and the one being added) with its steps, done or to do."""
    tasks = [
        {
            "name": practice.get("name", ""),
            "index": index,
            "check": check_url(record, index),
            "steps": [
                {
                    "title": step.title,
                    "url": step_url(record, index, step.slug),
                    "done": True,
                }
                for step in questionnaire.STEPS
            ],
        }
        for index, practice in enumerate(record.practices)
    ]
    if record.pending:
        done = steps_done(record, None)
        tasks.append(
            {
                "name": record.pending.get("practice", {}).get("name", ""),
                "index": None,
                "check": check_url(record, None),
                "next": next_to_answer(record),
                "steps": [
                    {
                        "title": step.title,
                        "url": step_url(record, None, step.slug),
                        "done": step.slug in done,
                    }
                    for step in questionnaire.STEPS
                ],
            }
        )
    return tasks
