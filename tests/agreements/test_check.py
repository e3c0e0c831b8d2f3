"""The checker of an employer's draft, on a weak draft and on the labelled corpus."""

from councils.agreements import check
from tests.agreements import corpus
from tests.agreements.test_views import WEAK_DRAFT


def test_a_weak_draft_is_marked_family_by_family():
    marks = check.read(WEAK_DRAFT)
    weakened = {f: m.reason for f, m in marks.items() if m.status == check.WEAKENED}
    assert weakened == {
        "purposes": "open_purposes",
        "retention": "open_retention",
        "evidence": "unlimited_evidence",
        "ai_training": "training_opt_out",
        "changes": "employer_amends",
    }
    assert "solange dies erforderlich ist" in marks["retention"].sentence
    assert marks["termination"].status == check.COVERED
    for family in ("data", "access", "rights", "audit", "scope"):
        assert marks[family].status == check.MISSING


def test_unsure_is_not_covered():
    marks = check.read("Access is limited to authorised personnel. We value privacy.")
    assert all(m.status == check.MISSING for m in marks.values())


def test_the_checker_meets_its_goals_on_the_corpus():
    figures, wrong = corpus.score(corpus.load())
    assert len(corpus.load()) >= 30
    assert figures["precision"] >= corpus.GOAL, wrong
    assert figures["recall"] >= corpus.GOAL, wrong


def test_every_family_of_the_library_is_read():
    from councils.agreements import library

    assert set(check.FAMILIES) == {f.key for f in library.families()}
