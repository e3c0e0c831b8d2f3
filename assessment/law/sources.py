"""Every source the app cites, in one registry keyed by a stable id."""

import datetime
import re
from collections.abc import Iterable

from . import de, es, eu, europe, fr, gb, ie, international, us
from .model import Source


def _registry(groups: Iterable[Iterable[Source]]) -> dict[str, Source]:
    registry: dict[str, Source] = {}
    for source in (source for group in groups for source in group):
        if source.id in registry:
            raise ValueError(f"two sources named {source.id}")
        registry[source.id] = source
    for source in registry.values():
        if source.superseded_by and source.superseded_by not in registry:
            raise ValueError(f"{source.id} names an unknown {source.superseded_by}")
    return registry


SOURCES: dict[str, Source] = _registry(
    module.SOURCES for module in (eu, gb, de, fr, es, ie, europe, us, international)
)


def source(ident: str) -> Source:
    return SOURCES[ident]


def cite(ident: str, lang: str) -> str:
    return SOURCES[ident].cite(lang)


# A citation inside a sentence of prose: "{betrvg-87-1-6}" becomes "§ 87 Abs. 1 Nr. 6
# BetrVG" in a German letter.
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
