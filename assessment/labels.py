"""Every label people read, in their language: the questions and their answers (from
the questionnaire's table), the places, the concerns and the severities. The pages, the
documents and the councils all read their labels here."""

import unicodedata

from django.utils.formats import date_format
from django.utils.translation import (
    get_language,
    gettext,
    gettext_lazy,
    gettext_noop,
)

from assessment import law, questionnaire
from assessment.questionnaire import COUNTRIES, REGIONS

# The concerns in English, as the rules name them (said() words them for a place).
CONCERN_NAMES = {
    "consent": gettext_noop("Consent and free choice"),
    "ai_training": gettext_noop("AI training"),
    "lawful_basis": gettext_noop("Legal basis"),
    "retention": gettext_noop("Storage and deletion"),
    "transparency": gettext_noop("Information given to workers"),
    "proportionality": gettext_noop("Necessity and proportionality"),
    "anonymisation": gettext_noop("Anonymisation claims"),
    "sensitive_data": gettext_noop("Sensitive data and biometrics"),
    "automated_decisions": gettext_noop("Profiling and automated decisions"),
    "ai_act": gettext_noop("EU AI Act"),
    "governance": gettext_noop("Accountability and access"),
    "worker_voice": gettext_noop("Works councils and unions"),
    "rights": gettext_noop("Your rights"),
}
CONCERN_LABELS = {key: gettext_lazy(name) for key, name in CONCERN_NAMES.items()}
# Rules a newer ruleset replaced, by their concern and the title they had: campaign
# figures may still count submissions assessed before the change.
FORMER_RULES = {
    # 2026.12.2: one rule for each condition of taking part.
    "participation-conditions-unknown": (
        "consent",
        gettext_lazy("It is unclear whether the choice to take part is free"),
    ),
}
# What a finding rests on, said under it (good practice has its own sentence).
STRENGTH_LABELS = {
    "statute": gettext_lazy("Rests on a statute or regulation."),
    "decision": gettext_lazy("Rests on a court's or an authority's decision."),
    "guidance": gettext_lazy(
        "Rests on a regulator's guidance, not on a law that binds the employer here."
    ),
    "good_practice": gettext_lazy("Good practice, not a legal requirement here."),
}
SEVERITY_LABELS = {
    "critical": gettext_lazy("Critical"),
    "high": gettext_lazy("High"),
    "medium": gettext_lazy("Medium"),
    "low": gettext_lazy("Low"),
}


def said(message: str, country: str = ""):
    """A message of the questionnaire or the rules as it is said for a workplace in
    the country, in the language shown: the registry's wording for the place where
    it has one (a union, not a works council, in the United States) and, in
    English, the place's spelling. Without a country, the message as it is (lazy)."""
    if not country:
        return gettext_lazy(message)
    worded = law.worded(message, country)
    text = gettext(worded)
    if (get_language() or "en").split("-")[0] == "en":
        return law.respelled(text, country)
    if text == worded and worded != message:
        # Not yet translated: the general wording in the reader's language reads
        # better than the place's wording in English.
        return gettext(message)
    return text


def written(day, country: str = "") -> str:
    """A date in the language shown, as it is written for a workplace in the
    country (month first in English for the United States)."""
    return law.respelled(date_format(day, "DATE_FORMAT"), country)


def concern_label(concern: str, country: str = "") -> str:
    """A concern's name, as people in the workplace's country name it ("Unions and
    acting together" in the United States)."""
    own = law.jurisdiction(country).concern_labels if country else {}
    return str(said(own.get(concern, CONCERN_NAMES[concern]), country))


def question(path: str, country: str = ""):
    """The question behind a fact path, such as `participation.mode`, as it is asked
    for a workplace in the country."""
    return said(questionnaire.question(path).label, country)


def answers(path: str, country: str = "") -> list[tuple[str, object]]:
    """The answers a question allows, as (code, label), in the table's order."""
    return [
        (choice.code, said(choice.label, country))
        for choice in questionnaire.question(path).choices
    ]


def alphabetical(choices) -> list[tuple[str, object]]:
    """Choices sorted by their label in the language shown (call it when showing
    them): "Österreich" among the O's, "Égypte" among the E's. A group of choices
    (a group's name with its own choices, as the regions by country) is sorted by its
    name, and its choices among themselves."""
    shown = []
    for code, label in choices:
        if isinstance(label, list | tuple):  # (group name, its choices)
            shown.append((str(code), alphabetical(label), str(code)))
        else:
            shown.append((code, str(label), str(label)))
    shown.sort(key=lambda choice: collation_key(choice[2]))
    return [(code, label) for code, label, _name in shown]


def collation_key(text: str) -> str:
    """A key that sorts words as a dictionary of the language does, near enough:
    case and accents set aside (ß as ss, Œ as oe through casefold)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def answer(path: str, code: str, country: str = "") -> str:
    """One answer in words; a code the question does not list stays as it is."""
    return str(said(questionnaire.question(path).label_of(code), country))


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


def describe(path: str, value: object, country: str = "") -> tuple[str, str]:
    """The question behind a fact path, and the answer in words, as they are said
    for a workplace in the country."""
    if path == "retention" and isinstance(value, int):
        words = gettext("%(days)s days") % {"days": value}
    elif path == "participation.enrolment_rate" and value is not None:
        words = f"{round(value * 100)} %"
    elif isinstance(value, list | frozenset | set):
        words = ", ".join(answer(path, item, country) for item in value)
    else:
        words = answer(path, value, country)
    return str(question(path, country)), words
