"""Suppression as pure functions: no small group is shown or can be worked out."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from councils import suppression

K = 5


@pytest.mark.parametrize(
    ("count", "total", "shown"),
    [
        (0, 50, 0),  # nobody: describes no group
        (1, 50, None),
        (4, 50, None),
        (5, 50, 5),
        (45, 50, 45),
        (46, 50, None),  # 50 - 46 = 4 do not
        (50, 50, 50),  # everyone
    ],
)
def test_independent_figures_hide_small_groups_and_small_remainders(
    count, total, shown
):
    assert suppression.independent({"x": count}, total, K)["x"] == shown


def test_one_small_grade_hides_another_so_it_cannot_be_subtracted():
    shown = suppression.partition({"A": 10, "B": 2, "C": 20, "D": 0}, K)
    assert shown["B"] is None
    assert shown["A"] is None  # the next smallest, so that B is not 32 - 30
    assert shown["C"] == 20 and shown["D"] == 0


def test_hidden_grades_together_reach_the_threshold():
    shown = suppression.partition({"A": 1, "B": 1, "C": 3, "D": 30}, K)
    assert [g for g, n in shown.items() if n is None] == ["A", "B", "C"]


def test_a_rule_close_to_its_concern_is_hidden():
    counts = {"rule-a": 18, "rule-b": 9}
    shown = suppression.nested(
        counts, counts, {"c": 20}, {"rule-a": "c", "rule-b": "c"}, K
    )
    assert shown == {"rule-a": None, "rule-b": 9}


@pytest.mark.parametrize(
    ("received", "published"), [(0, 0), (4, 0), (5, 5), (9, 5), (10, 10), (104, 100)]
)
def test_figures_are_published_in_whole_batches(received, published):
    assert suppression.published_count(received, K) == published


@given(
    st.dictionaries(
        st.sampled_from("ABCDEF"), st.integers(0, 40), min_size=1, max_size=6
    ),
    st.integers(3, 10),
)
def test_no_partition_leaves_a_small_group_recoverable(counts, k):
    total = sum(counts.values())
    shown = suppression.partition(counts, k)
    hidden = [key for key, value in shown.items() if value is None]
    for value in shown.values():
        assert value is None or not suppression.is_small(value, k)
    if hidden and total >= k:
        # What the hidden cells add up to is known from the total: never a small group,
        # and never one cell alone.
        assert len(hidden) >= 2
        assert sum(counts[key] for key in hidden) >= k


@given(
    st.integers(0, 200).flatmap(
        lambda total: st.tuples(
            st.just(total),
            st.dictionaries(st.text(min_size=1, max_size=3), st.integers(0, total)),
        )
    ),
    st.integers(3, 10),
)
def test_no_independent_figure_or_its_remainder_is_a_small_group(data, k):
    total, counts = data
    for key, value in suppression.independent(counts, total, k).items():
        if value is not None:
            assert value == counts[key]
            assert not suppression.is_small(value, k)
            assert not suppression.is_small(total - value, k)
