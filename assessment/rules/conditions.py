"""The small vocabulary rules are written in; each condition reports the facts it used.

A path names a field of the practice (`participation.mode`); `answer` also reads the
workplace (`workplace.worker_representation`).
"""

from operator import attrgetter

from assessment.facts import Practice, Workplace

from .base import Condition, Facts


def answer(path: str, *values: str) -> Condition:
    """The single answer at `path` is one of `values`."""
    allowed = frozenset(values)
    if path.startswith("workplace."):
        read_workplace = attrgetter(path.removeprefix("workplace."))

        def check_workplace(practice: Practice, workplace: Workplace) -> Facts | None:
            value = read_workplace(workplace)
            return {path: value} if value in allowed else None

        return check_workplace
    read = attrgetter(path)  # the hot path: most rules read the practice

    def check(practice: Practice, workplace: Workplace) -> Facts | None:
        value = read(practice)
        return {path: value} if value in allowed else None

    return check


def includes(path: str, *values: str) -> Condition:
    """The list at `path` names at least one of `values`; the facts name which."""
    read, wanted = attrgetter(path), frozenset(values)

    def check(practice: Practice, workplace: Workplace) -> Facts | None:
        found = read(practice) & wanted
        return {path: sorted(found)} if found else None

    return check


def includes_other_than(path: str, *values: str) -> Condition:
    """The list at `path` names something besides `values`."""
    read, excluded = attrgetter(path), frozenset(values)

    def check(practice: Practice, workplace: Workplace) -> Facts | None:
        found = read(practice) - excluded
        return {path: sorted(found)} if found else None

    return check


def includes_only(path: str, *values: str) -> Condition:
    """The list at `path` names something, and nothing but `values`."""
    read, allowed = attrgetter(path), frozenset(values)

    def check(practice: Practice, workplace: Workplace) -> Facts | None:
        named = read(practice)
        return {path: sorted(named)} if named and named <= allowed else None

    return check


def kept_longer_than(days: int, counting_indefinite: bool = True) -> Condition:
    """Retention is more than `days` (indefinite counts, unless told otherwise)."""

    def check(practice: Practice, workplace: Workplace) -> Facts | None:
        retention = practice.retention
        if isinstance(retention, int):
            longer = retention > days
        else:
            longer = counting_indefinite and retention == "indefinite"
        if longer:
            return {"retention": retention}
        return None

    return check


def at_least(path: str, threshold: float) -> Condition:
    """The number at `path` is known and at least `threshold`."""
    read = attrgetter(path)

    def check(practice: Practice, workplace: Workplace) -> Facts | None:
        value = read(practice)
        return {path: value} if value is not None and value >= threshold else None

    return check


def all_of(*conditions: Condition) -> Condition:
    """Every condition holds; the facts are all of theirs."""

    def check(practice: Practice, workplace: Workplace) -> Facts | None:
        facts: Facts = {}
        for condition in conditions:
            found = condition(practice, workplace)
            if found is None:
                return None
            facts.update(found)
        return facts

    return check


def none_of(*conditions: Condition) -> Condition:
    """No condition holds; it adds no facts of its own."""

    def check(practice: Practice, workplace: Workplace) -> Facts | None:
        if any(condition(practice, workplace) is not None for condition in conditions):
            return None
        return {}

    return check


def any_of(*conditions: Condition) -> Condition:
    """At least one condition holds; the facts are those of each that holds."""

    def check(practice: Practice, workplace: Workplace) -> Facts | None:
        facts: Facts | None = None
        for condition in conditions:
            found = condition(practice, workplace)
            if found is not None:
                facts = {**(facts or {}), **found}
        return facts

    return check
