"""Text every writer takes: characters XML, PostgreSQL or UTF-8 refuse are removed."""

import pytest

from oversight.lib import text


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("plain", "plain"),
        ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
        ("nul\x00here", "nulhere"),
        ("bell\x07 vt\x0b ff\x0c esc\x1b", "bell vt ff esc"),
        ("non\ufffechar\uffff", "nonchar"),
        ("lone \ud800 surrogate", "lone  surrogate"),
        ("Umlaut ä, emoji 🙂, ß", "Umlaut ä, emoji 🙂, ß"),
    ],
)
def test_clean_removes_what_writers_refuse(given, expected):
    assert text.clean(given) == expected
    assert text.is_safe(text.clean(given))
    assert text.is_safe(given) == (given == expected)


def test_clean_data_cleans_nested_strings_and_keys():
    dirty = {"a\x00": ["b\x01", {"c": "d\uffff"}], "n": 3, "t": ("e\x1b",)}
    assert text.clean_data(dirty) == {"a": ["b", {"c": "d"}], "n": 3, "t": ("e",)}
