"""Who writes the letters the documents app follows through, and in whose voice.

A correspondent is what the follow-through needs to know of the one who records a
letter (its owner): what its letters are written from, where it stands (country and
place, for references and deadlines), the day its findings are read as of, and which
field of a SentLetter holds it. Its voice is how its follow-up letters speak: sender,
recipient, signature, opening, closing and subject.

The employee's (an Assessment, writing about its facts) is here; another app
registers its own from its AppConfig.ready() (the councils, for a Campaign:
councils/letters.py), so the follow-through branches on no kind of owner.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from assessment import facts
from assessment.law import jurisdiction
from assessment.models import Assessment
from assessment.rules.jurisdictions import jurisdictions_of
from documents.letters import employee


@dataclass(frozen=True)
class Correspondent:
    about: Any  # what its letters are written from
    country: str
    place: str
    as_of: datetime.date | None  # its findings read as of that day (None: today)
    stored_as: str  # the SentLetter field that holds the owner


CORRESPONDENTS: dict[type, Callable[[Any], Correspondent]] = {}
VOICES: dict[type, Callable[[Any, Any], dict]] = {}


def _registry(registry: dict, kind: type):
    def register(function):
        registry[kind] = function
        return function

    return register


def correspondent(owner_type: type):
    """Register how an owner of letters (a model) is a correspondent."""
    return _registry(CORRESPONDENTS, owner_type)


def follow_up_voice(about_type: type):
    """Register the voice of follow-up letters about an `about_type`: a function of
    (about, details) that returns the skeleton incomplete_answer fills in."""
    return _registry(VOICES, about_type)


def _found(registry: dict, value):
    for kind in type(value).__mro__:
        if kind in registry:
            return registry[kind]
    raise LookupError(f"no correspondent registered for {type(value).__name__}")


def correspondent_of(owner) -> Correspondent:
    return _found(CORRESPONDENTS, owner)(owner)


def voice_of(about, details) -> dict:
    return _found(VOICES, about)(about, details)


@correspondent(Assessment)
def employee_writes(owner: Assessment) -> Correspondent:
    about = owner.get_facts()
    return Correspondent(
        about=about,
        country=about.workplace.country,
        place=about.workplace.region or about.workplace.country,
        as_of=owner.as_of,
        stored_as="assessment",
    )


@follow_up_voice(facts.Assessment)
def employee_voice(about: facts.Assessment, details) -> dict:
    """The employee's follow-up, to HR, addressed as the first letter was; where the
    GDPR reaches, an incomplete answer to a request under it is said to miss its
    period."""
    workplace = about.workplace
    parties = employee.addressed(about, details)
    reaches = jurisdiction(workplace.country).gdpr_reaches
    return {
        **parties,
        "opening": _(
            "On %(sent)s I sent you my letter “%(kind)s”. Thank you for your "
            "reply of %(replied)s. It does not answer everything I asked."
        ),
        **employee.greeting(parties["us"]),
        "subject": _("Incomplete answer to my letter of %(date)s"),
        "place": workplace.region or workplace.country,
        "country": workplace.country,
        "gdpr_period": jurisdictions_of(workplace) if reaches else None,
    }
