"""The registry: every source and every place, gathered from the modules in places/.

Texts are English and marked for translation; "{source-id}" in a text becomes that
source's citation in the reader's language (cite_in).
"""

import datetime
import functools
import importlib
import pkgutil
import re
from collections.abc import Iterable

from . import places
from .model import Authority, Jurisdiction, Source, elsewhere

MODULES = tuple(
    importlib.import_module(f"{places.__name__}.{info.name}")
    for info in sorted(pkgutil.iter_modules(places.__path__), key=lambda i: i.name)
)


def _sources(groups: Iterable[Iterable[Source]]) -> dict[str, Source]:
    registry: dict[str, Source] = {}
    for source in (source for group in groups for source in group):
        if source.id in registry:
            raise ValueError(f"two sources named {source.id}")
        registry[source.id] = source
    for source in registry.values():
        if source.superseded_by and source.superseded_by not in registry:
            raise ValueError(f"{source.id} names an unknown {source.superseded_by}")
    return registry


def _places(modules) -> dict[str, Jurisdiction]:
    """Every place's record; a module of its own beats the generic list (others)."""
    generic = [m for m in modules if m.__name__.endswith(".others")]
    specific = [m for m in modules if m not in generic]
    registry: dict[str, Jurisdiction] = {}
    for module in generic:
        registry.update((place.code, place) for place in module.JURISDICTIONS)
    seen: set[str] = set()
    for module in specific:
        for place in getattr(module, "JURISDICTIONS", ()):
            if place.code in seen:
                raise ValueError(f"two records for {place.code}")
            seen.add(place.code)
            registry[place.code] = place
    return dict(sorted(registry.items()))


SOURCES: dict[str, Source] = _sources(getattr(m, "SOURCES", ()) for m in MODULES)
JURISDICTIONS: dict[str, Jurisdiction] = _places(MODULES)


def source(ident: str) -> Source:
    return SOURCES[ident]


def cite(ident: str, lang: str) -> str:
    return SOURCES[ident].cite(lang)


_PLACEHOLDER = re.compile(r"\{([a-z0-9][a-z0-9-]*)\}")


def cite_in(text: str, lang: str) -> str:
    """Replace each {source-id} in translated prose by the source's citation."""
    return _PLACEHOLDER.sub(lambda match: cite(match[1], lang), text)


def changes_between(
    sources: Iterable[Source], first: datetime.date, second: datetime.date
) -> bool:
    """Whether any of the sources changes status between the two days."""
    low, high = sorted((first, second))
    return any(low < day <= high for source in sources for day in source.dates())


def jurisdiction(code: str) -> Jurisdiction:
    """The record of a country or US state; an unknown code gets a bare record."""
    return JURISDICTIONS.get(code) or elsewhere(code, code)


def regions(country: str) -> tuple[Jurisdiction, ...]:
    """The records of a country's regions (US states, German Länder), by code."""
    return tuple(
        place for code, place in JURISDICTIONS.items() if code.startswith(f"{country}-")
    )


def authority_of(country: str, region: str = "") -> Authority | None:
    """The authority a complaint about a workplace goes to: its region's where the
    region has one (a German Land), else its country's."""
    if region.startswith(f"{country}-"):
        own = jurisdiction(region).authority
        if own:
            return own
    return jurisdiction(country).authority


def codes_of(country: str, region: str = "") -> frozenset[str]:
    """The bodies of law that reach a workplace, as the codes rules and sources use:
    ANY (good practice), the country, what it is within (EU, EEA), a region of that
    country, and NO-GDPR where neither the GDPR nor the UK GDPR reaches."""
    place = jurisdiction(country)
    codes = {"ANY", country, *place.within}
    if region.startswith(country + "-"):
        codes.add(region)
    if not place.gdpr_reaches:
        codes.add("NO-GDPR")
    return frozenset(codes)


def with_representation(key: str) -> tuple[str, ...]:
    """The codes of the places whose representation has a paragraph for `key`."""
    return tuple(
        code
        for code, place in JURISDICTIONS.items()
        if place.representation and key in place.representation.paragraphs
    )


def with_notice_law() -> tuple[str, ...]:
    return tuple(code for code, place in JURISDICTIONS.items() if place.notice_law)


def notes_of(country: str, region: str = "") -> tuple[str, ...]:
    """What the result and the report say about the law of a workplace beyond the
    findings: its region's notes (the country's `region_notes` for a region the
    registry has no record of; none for an unknown region), then its country's."""
    place = jurisdiction(country)
    notes: tuple[str, ...] = ()
    if region.startswith(f"{country}-"):
        own = JURISDICTIONS.get(region)
        notes = own.notes if own else place.region_notes
    return notes + place.notes


def worded(message: str, country: str) -> str:
    """A message (English, before translation) as it is said for a workplace in the
    country: its record's own wording where it has one, else the message."""
    return jurisdiction(country).wording.get(message, message) if country else message


_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|"
    "November|December"
)
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}}) ({_MONTHS}) (\d{{4}})\b")


def respelled(text: str, country: str) -> str:
    """English text spelled as it is in the country: each word of its record's
    spellings replaced, whole words only and keeping an initial capital
    ("Anonymised" -> "Anonymized" in the United States), and its dates month
    first where they are written so ("1 January 2026" -> "January 1, 2026")."""
    place = jurisdiction(country) if country else None
    if place is None:
        return text
    if place.month_first:
        text = _DAY_FIRST.sub(r"\2 \1, \3", text)
    spellings = place.spellings
    if not spellings:
        return text
    pattern = _spelling_pattern(tuple(spellings))

    def american(match: re.Match) -> str:
        word = match[0]
        spelled = spellings[word.lower()]
        return spelled[0].upper() + spelled[1:] if word[0].isupper() else spelled

    return pattern.sub(american, text)


@functools.cache
def _spelling_pattern(words: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
