"""The clause library and the frames follow their schema and name only what exists."""

import string

import pytest

from assessment import law, rules
from councils.agreements import library

# The clause families issue 28 asks for.
FAMILIES = {
    "scope", "purposes", "performance", "data", "ai_training", "retention", "access",
    "rights", "evidence", "audit", "changes", "committee", "review", "termination",
}  # fmt: skip
FRAMES = {"DE", "AT", "NL", "ES", "IT", "FR", "US", "GB", "default"}


def test_every_family_the_issue_names_is_there():
    assert {family.key for family in library.families()} == FAMILIES


@pytest.mark.parametrize("clause", library.clauses(), ids=lambda c: c.id)
def test_each_clause_is_complete_in_three_languages(clause):
    for texts in (clause.title, clause.text, clause.commentary):
        assert set(texts) == set(library.LANGS)
    names = {p.name for p in clause.parameters}
    for lang in library.LANGS:
        fields = {
            f for _t, f, _s, _c in string.Formatter().parse(clause.text[lang]) if f
        }
        assert fields == names, (lang, fields, names)
        rendered = clause.render(lang)
        assert "{" not in rendered and "}" not in rendered
        for parameter in clause.parameters:
            assert str(parameter.default) in rendered
    assert clause.law, "a clause rests on the law"


@pytest.mark.parametrize("clause", library.clauses(), ids=lambda c: c.id)
def test_findings_and_sources_exist(clause):
    slugs = {rule.slug for rule in rules.CATALOGUE.rules}
    assert set(clause.answers) <= slugs, set(clause.answers) - slugs
    assert set(clause.law) <= set(law.SOURCES), set(clause.law) - set(law.SOURCES)


def test_parameters_are_clamped_to_their_range():
    retention = library.clause("retention-deletion")
    assert "365 days" in retention.render("en", {"retention_days": 10_000})
    assert "1 days" in retention.render("en", {"retention_days": -5})


def test_frames_name_registered_sources_for_each_jurisdiction():
    frames = library.frames()
    assert set(frames) == FRAMES
    for frame in frames.values():
        assert set(frame.bases) <= set(law.SOURCES), frame.code
        assert len(frame.signatures) >= 2
        for lang in library.LANGS:
            assert "{employer}" in frame.parties[lang]
            assert "{council}" in frame.parties[lang]
    assert library.frame_for("DE").title["de"].startswith("Betriebsvereinbarung")
    assert library.frame_for("US-CA").code == "US"
    assert library.frame_for("BE").code == "default"


def test_the_ai_training_family_covers_the_issue_points():
    texts = " ".join(c.text["en"] for c in library.family("ai_training").clauses)
    for point in ("opt-in", "No reward", "withdraw", "future training", "reproduce"):
        assert point in texts
