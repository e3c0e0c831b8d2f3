"""The small vocabulary rules are written in; each condition reports the facts it used.

A path names a field of the practice (`participation.mode`); `answer` also reads the
workplace (`workplace.worker_representation`).

Each condition is a small record of what it reads and what it looks for, called with
a practice and its workplace: it shows what it tests (`repr`) and compares by what it
says, and its test is a method that runs when a rule is evaluated, not a closure made
once when the rules are imported (so a mutation tool can change it; docs/contributing.md).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from assessment.facts import Practice, Workplace

from .base import Condition, Facts

Reader = Callable[[object], object]


@dataclass(frozen=True, slots=True)
class Answer:
    """The single answer at `path` (of the practice, or of the workplace) is one of
    `allowed`."""

    path: str
    allowed: frozenset[str]
    read: Reader = field(repr=False, compare=False)
    of_workplace: bool = False

    def __call__(self, practice: Practice, workplace: Workplace) -> Facts | None:
        value = self.read(workplace if self.of_workplace else practice)
        return {self.path: value} if value in self.allowed else None


@dataclass(frozen=True, slots=True)
class ListTest:
    """What a test of the list at `path` reads and compares it with."""

    path: str
    values: frozenset[str]
    read: Reader = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Includes(ListTest):
    """The list names at least one of the values; the facts name which."""

    def __call__(self, practice: Practice, workplace: Workplace) -> Facts | None:
        found = self.read(practice) & self.values
        return {self.path: sorted(found)} if found else None


@dataclass(frozen=True, slots=True)
class IncludesOtherThan(ListTest):
    """The list names something besides the values."""

    def __call__(self, practice: Practice, workplace: Workplace) -> Facts | None:
        found = self.read(practice) - self.values
        return {self.path: sorted(found)} if found else None


@dataclass(frozen=True, slots=True)
class IncludesOnly(ListTest):
    """The list names something, and nothing but the values."""

    def __call__(self, practice: Practice, workplace: Workplace) -> Facts | None:
        named = self.read(practice)
        return {self.path: sorted(named)} if named and named <= self.values else None


@dataclass(frozen=True, slots=True)
class KeptLongerThan:
    """Retention is more than `days` (indefinite counts, unless told otherwise)."""

    days: int
    counting_indefinite: bool = True

    def __call__(self, practice: Practice, workplace: Workplace) -> Facts | None:
        retention = practice.retention
        if isinstance(retention, int):
            longer = retention > self.days
        else:
            longer = self.counting_indefinite and retention == "indefinite"
        if longer:
            return {"retention": retention}
        return None


@dataclass(frozen=True, slots=True)
class AtLeast:
    """The number at `path` is known and at least `threshold`."""

    path: str
    threshold: float
    read: Reader = field(repr=False, compare=False)

    def __call__(self, practice: Practice, workplace: Workplace) -> Facts | None:
        value = self.read(practice)
        if value is not None and value >= self.threshold:
            return {self.path: value}
        return None


@dataclass(frozen=True, slots=True)
class AllOf:
    """Every condition holds; the facts are all of theirs."""

    conditions: tuple[Condition, ...]

    def __call__(self, practice: Practice, workplace: Workplace) -> Facts | None:
        facts: Facts = {}
        for condition in self.conditions:
            found = condition(practice, workplace)
            if found is None:
                return None
            facts.update(found)
        return facts


@dataclass(frozen=True, slots=True)
class NoneOf:
    """No condition holds; it adds no facts of its own."""

    conditions: tuple[Condition, ...]

    def __call__(self, practice: Practice, workplace: Workplace) -> Facts | None:
        if any(
            condition(practice, workplace) is not None for condition in self.conditions
        ):
            return None
        return {}


@dataclass(frozen=True, slots=True)
class AnyOf:
    """At least one condition holds; the facts are those of each that holds."""

    conditions: tuple[Condition, ...]

    def __call__(self, practice: Practice, workplace: Workplace) -> Facts | None:
        facts: Facts | None = None
        for condition in self.conditions:
            found = condition(practice, workplace)
            if found is not None:
                facts = {**(facts or {}), **found}
        return facts


def answer(path: str, *values: str) -> Condition:
    """The single answer at `path` is one of `values`."""
    if path.startswith("workplace."):
        read = attrgetter(path.removeprefix("workplace."))
        return Answer(path, frozenset(values), read, of_workplace=True)
    return Answer(path, frozenset(values), attrgetter(path))


def includes(path: str, *values: str) -> Condition:
    """The list at `path` names at least one of `values`; the facts name which."""
    return Includes(path, frozenset(values), attrgetter(path))


def includes_other_than(path: str, *values: str) -> Condition:
    """The list at `path` names something besides `values`."""
    return IncludesOtherThan(path, frozenset(values), attrgetter(path))


def includes_only(path: str, *values: str) -> Condition:
    """The list at `path` names something, and nothing but `values`."""
    return IncludesOnly(path, frozenset(values), attrgetter(path))


def kept_longer_than(days: int, counting_indefinite: bool = True) -> Condition:
    """Retention is more than `days` (indefinite counts, unless told otherwise)."""
    return KeptLongerThan(days, counting_indefinite)


def at_least(path: str, threshold: float) -> Condition:
    """The number at `path` is known and at least `threshold`."""
    return AtLeast(path, threshold, attrgetter(path))


def all_of(*conditions: Condition) -> Condition:
    """Every condition holds; the facts are all of theirs."""
    return AllOf(conditions)


def none_of(*conditions: Condition) -> Condition:
    """No condition holds; it adds no facts of its own."""
    return NoneOf(conditions)


def any_of(*conditions: Condition) -> Condition:
    """At least one condition holds; the facts are those of each that holds."""
    return AnyOf(conditions)
