"""Typed, immutable objects for one assessment; unanswered questions are `unknown`."""

from dataclasses import dataclass, field

from .vocabulary import (
    DATA,
    DEVICES,
    FORMAT,
    INFERENCES,
    PURPOSES,
    RECIPIENTS,
    UNKNOWN,
)


def _in_spec_order(values: frozenset[str], order: tuple[str, ...]) -> list[str]:
    return [value for value in order if value in values]


@dataclass(frozen=True, slots=True)
class Employer:
    name: str = ""
    sector: str = ""
    headcount: int | None = None

    def to_document(self) -> dict:
        doc: dict = {}
        if self.name:
            doc["name"] = self.name
        if self.sector:
            doc["sector"] = self.sector
        if self.headcount is not None:
            doc["headcount"] = self.headcount
        return doc


@dataclass(frozen=True, slots=True)
class Workplace:
    country: str
    region: str = ""
    worker_representation: str = UNKNOWN
    digital_labour_platform: str = UNKNOWN  # optional in the format

    def to_document(self) -> dict:
        doc: dict = {"country": self.country}
        if self.region:
            doc["region"] = self.region
        doc["worker_representation"] = self.worker_representation
        if self.digital_labour_platform != UNKNOWN:
            doc["digital_labour_platform"] = self.digital_labour_platform
        return doc


@dataclass(frozen=True, slots=True)
class Participation:
    mode: str = UNKNOWN
    incentives: str = UNKNOWN
    refusal_consequences: str = UNKNOWN
    alternative_offered: str = UNKNOWN
    withdrawal: str = UNKNOWN
    enrolment_rate: float | None = None

    def to_document(self) -> dict:
        doc = {
            "mode": self.mode,
            "incentives": self.incentives,
            "refusal_consequences": self.refusal_consequences,
            "alternative_offered": self.alternative_offered,
            "withdrawal": self.withdrawal,
        }
        if self.enrolment_rate is not None:
            doc["enrolment_rate"] = self.enrolment_rate
        return doc


@dataclass(frozen=True, slots=True)
class Practice:
    """One monitoring program or tool, as disclosed or reported."""

    name: str
    data: frozenset[str]
    purposes: frozenset[str]
    devices: frozenset[str] = frozenset()
    when: str = UNKNOWN
    captures_private_content: str = UNKNOWN
    inferences: frozenset[str] = frozenset()
    decisions: str = UNKNOWN
    recipients: frozenset[str] = frozenset({UNKNOWN})
    de_identification: str = UNKNOWN
    retention: int | str = UNKNOWN
    deletion_when_stopped: str = UNKNOWN
    lawful_basis: str = UNKNOWN
    participation: Participation = field(default_factory=Participation)
    notice: str = UNKNOWN
    notice_before_start: str = UNKNOWN
    dpia: str = UNKNOWN
    representatives: str = UNKNOWN
    access: str = UNKNOWN
    own_data_access: str = UNKNOWN
    policy_excerpt: str = ""

    def to_document(self) -> dict:
        doc = {
            "name": self.name,
            "data": _in_spec_order(self.data, DATA),
            "devices": _in_spec_order(self.devices, DEVICES),
            "when": self.when,
            "captures_private_content": self.captures_private_content,
            "purposes": _in_spec_order(self.purposes, PURPOSES),
            "inferences": _in_spec_order(self.inferences, INFERENCES),
            "decisions": self.decisions,
            "recipients": _in_spec_order(self.recipients, RECIPIENTS),
            "de_identification": self.de_identification,
            "retention": self.retention,
            "deletion_when_stopped": self.deletion_when_stopped,
            "lawful_basis": self.lawful_basis,
            "participation": self.participation.to_document(),
            "notice": self.notice,
            "notice_before_start": self.notice_before_start,
            "dpia": self.dpia,
            "representatives": self.representatives,
            "access": self.access,
            "own_data_access": self.own_data_access,
        }
        if self.policy_excerpt:
            doc["policy_excerpt"] = self.policy_excerpt
        return doc


@dataclass(frozen=True, slots=True)
class Assessment:
    """One employer's workplace monitoring: a workplace and its practices."""

    workplace: Workplace
    practices: tuple[Practice, ...]
    title: str = ""
    employer: Employer = field(default_factory=Employer)

    def to_document(self) -> dict:
        """The assessment in oversight.assessment/1, every answer spelled out."""
        doc: dict = {"format": FORMAT}
        if self.title:
            doc["title"] = self.title
        employer = self.employer.to_document()
        if employer:
            doc["employer"] = employer
        doc["workplace"] = self.workplace.to_document()
        doc["practices"] = [practice.to_document() for practice in self.practices]
        return doc
