"""Every label people read, in their language: the questions and their answers (from
the questionnaire's table), the places, the concerns and the severities. The pages, the
documents and the councils all read their labels here."""

from django.utils.translation import gettext, gettext_lazy

from assessment import questionnaire
from assessment.questionnaire import COUNTRIES, REGIONS

CONCERN_LABELS = {
    "consent": gettext_lazy("Consent and free choice"),
    "ai_training": gettext_lazy("AI training"),
    "lawful_basis": gettext_lazy("Legal basis"),
    "retention": gettext_lazy("Storage and deletion"),
    "transparency": gettext_lazy("Information given to workers"),
    "proportionality": gettext_lazy("Necessity and proportionality"),
    "anonymisation": gettext_lazy("Anonymisation claims"),
    "sensitive_data": gettext_lazy("Sensitive data and biometrics"),
    "automated_decisions": gettext_lazy("Profiling and automated decisions"),
    "ai_act": gettext_lazy("EU AI Act"),
    "governance": gettext_lazy("Accountability and access"),
    "worker_voice": gettext_lazy("Works councils and unions"),
    "rights": gettext_lazy("Your rights"),
}
SEVERITY_LABELS = {
    "critical": gettext_lazy("Critical"),
    "high": gettext_lazy("High"),
    "medium": gettext_lazy("Medium"),
    "low": gettext_lazy("Low"),
}


def question(path: str):
    """The question behind a fact path, such as `participation.mode` (lazy)."""
    return gettext_lazy(questionnaire.question(path).label)


def answers(path: str) -> list[tuple[str, object]]:
    """The answers a question allows, as (code, lazy label), in the table's order."""
    return [
        (choice.code, gettext_lazy(choice.label))
        for choice in questionnaire.question(path).choices
    ]


def answer(path: str, code: str) -> str:
    """One answer in words; a code the question does not list stays as it is."""
    return str(gettext_lazy(questionnaire.question(path).label_of(code)))


def place_name(country: str, region: str = "") -> str:
    """A workplace's country by name (by its code where we do not list it), followed
    by its region (a US state, a German Land)."""
    countries = {choice.code: choice.label for choice in COUNTRIES}
    name = str(gettext_lazy(countries[country])) if country in countries else country
    if not region:
        return name
    regions = {choice.code: choice.label for choice in REGIONS}
    label = str(gettext_lazy(regions[region])) if region in regions else region
    return f"{name} ({label})"


def describe(path: str, value: object) -> tuple[str, str]:
    """The question behind a fact path, and the answer in words."""
    if path == "retention" and isinstance(value, int):
        words = gettext("%(days)s days") % {"days": value}
    elif path == "participation.enrolment_rate" and value is not None:
        words = f"{round(value * 100)} %"
    elif isinstance(value, list | frozenset | set):
        words = ", ".join(answer(path, item) for item in value)
    else:
        words = answer(path, value)
    return str(question(path)), words
