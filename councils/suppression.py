"""Which figures a council may see: none that describes fewer people than its threshold.

Pure functions over counts, so that they can be checked on any data. A count is hidden
(None) when it describes a small group directly (1 to threshold - 1 submissions), and
also when a small group could be worked out from it by subtraction:

- from the total: "48 of 50 report X" tells that 2 do not;
- within a partition (grades): one hidden cell can be recovered from the others, so
  more cells are hidden until the hidden ones together describe at least `threshold`;
- from a broader figure: a rule counted 18 times in a concern counted 20 times tells
  that 2 submissions raise the concern otherwise.

A count of 0 describes nobody and stays visible.
"""

from collections.abc import Mapping


def is_small(count: int, threshold: int) -> bool:
    return 0 < count < threshold


def independent(
    counts: Mapping[str, int], total: int, threshold: int
) -> dict[str, int | None]:
    """Counts of submissions with some property, each out of the same total."""
    return {
        key: None
        if is_small(count, threshold) or is_small(total - count, threshold)
        else count
        for key, count in counts.items()
    }


def partition(counts: Mapping[str, int], threshold: int) -> dict[str, int | None]:
    """Counts that add up to a shown total, such as the grade distribution."""
    hidden = {key for key, count in counts.items() if is_small(count, threshold)}
    others = sorted(
        (count, key) for key, count in counts.items() if key not in hidden and count
    )
    while hidden and others:
        if len(hidden) > 1 and sum(counts[key] for key in hidden) >= threshold:
            break
        hidden.add(others.pop(0)[1])
    return {key: None if key in hidden else count for key, count in counts.items()}


def nested(
    shown: Mapping[str, int | None],
    counts: Mapping[str, int],
    parents: Mapping[str, int],
    parent_of: Mapping[str, str],
    threshold: int,
) -> dict[str, int | None]:
    """Hide a shown count that is close to the count of the broader figure holding it."""
    return {
        key: None
        if value is not None
        and is_small(
            parents.get(parent_of.get(key), counts[key]) - counts[key], threshold
        )
        else value
        for key, value in shown.items()
    }


def published_count(received: int, threshold: int) -> int:
    """Figures are made from whole batches of `threshold` submissions.

    Between two versions of the figures at least `threshold` submissions arrive, so
    comparing today's figures with yesterday's never isolates fewer people.
    """
    return received // threshold * threshold
