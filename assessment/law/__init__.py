"""The law as dated data: sources with their citations, dates and status, and the
places (jurisdictions) with what the app knows of each. Pure Python, no Django.

Each module in places/ holds one place's (or group's) SOURCES and JURISDICTIONS;
registry.py gathers them. docs/jurisdictions.md says how to add a place.
"""

from .model import (
    AMENDED,
    APPLIES_LATER,
    CURRENT,
    IN_FORCE,
    KINDS,
    LANGUAGES,
    PENDING,
    RESCINDED,
    STATUSES,
    Authority,
    Citation,
    Jurisdiction,
    Representation,
    Source,
)
from .registry import (
    JURISDICTIONS,
    SOURCES,
    authority_of,
    changes_between,
    cite,
    cite_in,
    codes_of,
    jurisdiction,
    notes_of,
    regions,
    respelled,
    source,
    with_notice_law,
    with_representation,
    worded,
)

__all__ = [
    "AMENDED",
    "APPLIES_LATER",
    "CURRENT",
    "IN_FORCE",
    "JURISDICTIONS",
    "KINDS",
    "LANGUAGES",
    "PENDING",
    "RESCINDED",
    "SOURCES",
    "STATUSES",
    "Authority",
    "Citation",
    "Jurisdiction",
    "Representation",
    "Source",
    "authority_of",
    "changes_between",
    "cite",
    "cite_in",
    "codes_of",
    "jurisdiction",
    "notes_of",
    "regions",
    "respelled",
    "source",
    "with_notice_law",
    "with_representation",
    "worded",
]
