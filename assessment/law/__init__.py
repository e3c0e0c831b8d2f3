"""The law as dated data: sources with their citations, dates and status, and the
jurisdictions with what the app knows of each. Pure Python, no Django."""

from .model import (
    AMENDED,
    APPLIES_LATER,
    CURRENT,
    IN_FORCE,
    KINDS,
    PENDING,
    RESCINDED,
    STATUSES,
    Citation,
    Source,
)
from .sources import SOURCES, changes_between, cite, cite_in, source

__all__ = [
    "AMENDED",
    "APPLIES_LATER",
    "CURRENT",
    "IN_FORCE",
    "KINDS",
    "PENDING",
    "RESCINDED",
    "SOURCES",
    "STATUSES",
    "Citation",
    "Source",
    "changes_between",
    "cite",
    "cite_in",
    "source",
]
