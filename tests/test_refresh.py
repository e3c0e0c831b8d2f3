"""A stored result is renewed once newer rules or the law have moved past it, and
says what changed until the person has seen it."""

import copy
import datetime

import pytest
from django.utils import timezone, translation

from assessment import rules, services
from assessment.models import Assessment
from assessment.services import Changes, FindingChange, compare_results, refresh
from documents.presentation import ResultReport, change_notice
from tests.builders import assessment

pytestmark = pytest.mark.django_db

OLD_RULESET = "2025.1.0"
RETIRED = {
    "rule": "retired-rule",
    "concern": "consent",
    "severity": "high",
    "practice": 0,
    "title": "A rule since withdrawn",
}
# Raises several findings of different severities in Germany.
BUSY = {
    "data": ["keystroke_content", "screenshots"],
    "purposes": ["ai_training"],
    "notice": "none",
    "lawful_basis": "consent",
}


def outdate(record: Assessment, grade: str = "A") -> dict:
    """Make the stored row look made by an older ruleset: another grade, its first
    finding missing, its second of another severity, and a finding of a rule the
    current catalogue no longer has. Returns the current result it replaced."""
    current = record.result
    old = copy.deepcopy(current)
    del old["findings"][0]
    changed = old["findings"][0]
    changed["severity"] = "low" if changed["severity"] != "low" else "critical"
    old["findings"].append(RETIRED)
    old.update(ruleset=OLD_RULESET, grade=grade, score=95)
    old.pop("as_of", None)
    Assessment.objects.filter(pk=record.pk).update(
        result=old,
        ruleset=OLD_RULESET,
        grade=grade,
        score=95,
        as_of=datetime.date(2025, 1, 15),
    )
    record.refresh_from_db()
    return current


@pytest.fixture
def stale():
    """(a record stored under an older ruleset, the result it should now have)."""
    record = services.save_assessment(assessment("DE", BUSY))
    assert len(record.result["findings"]) >= 2
    current = outdate(record)
    return record, current


def test_a_current_result_is_left_alone():
    record = services.save_assessment(assessment("DE", BUSY))
    before = Assessment.objects.values().get(pk=record.pk)
    assert refresh(record) is None
    assert Assessment.objects.values().get(pk=record.pk) == before


def test_a_draft_has_nothing_to_renew():
    record, _token = services.start_draft(
        {"format": "oversight.assessment/1", "workplace": {"country": "DE"}}
    )
    assert refresh(record) is None


def test_an_older_ruleset_is_reassessed_as_of_today(stale):
    record, current = stale
    today = timezone.localdate()
    refresh(record)
    stored = Assessment.objects.get(pk=record.pk)
    assert stored.ruleset == rules.RULESET_VERSION == stored.result["ruleset"]
    assert stored.as_of == today
    assert (stored.grade, stored.score) == (current["grade"], current["score"])
    assert stored.result["findings"] == current["findings"]


def test_the_changes_name_each_finding_by_rule_and_practice(stale):
    record, current = stale
    first, second = current["findings"][:2]
    changes = refresh(record, today=datetime.date(2026, 12, 1))
    assert changes.on == datetime.date(2026, 12, 1)
    assert (changes.previous_ruleset, changes.ruleset) == (
        OLD_RULESET,
        rules.RULESET_VERSION,
    )
    assert (changes.old_grade, changes.new_grade) == ("A", current["grade"])
    assert changes.new == (
        FindingChange(
            first["rule"], first["practice"], first["title"], None, first["severity"]
        ),
    )
    assert changes.gone == (
        FindingChange("retired-rule", 0, "A rule since withdrawn", "high", None),
    )
    [severity] = changes.severity
    assert (severity.rule, severity.practice) == (second["rule"], second["practice"])
    assert severity.new_severity == second["severity"] != severity.old_severity


def test_the_changes_are_kept_until_shown_once(stale):
    record, _current = stale
    changes = refresh(record)
    assert Assessment.objects.get(pk=record.pk).changes == changes.to_document()
    assert services.take_changes(record) == changes
    assert Assessment.objects.get(pk=record.pk).changes is None
    assert services.take_changes(record) is None


def test_renewing_is_not_use_so_purge_still_counts(stale):
    record, _current = stale
    long_ago = timezone.now() - datetime.timedelta(days=400)
    Assessment.objects.filter(pk=record.pk).update(updated=long_ago)
    record.refresh_from_db()
    refresh(record)
    assert Assessment.objects.get(pk=record.pk).updated == long_ago


def test_a_renewal_that_changes_nothing_leaves_no_message():
    record = services.save_assessment(assessment("DE", BUSY))
    Assessment.objects.filter(pk=record.pk).update(ruleset=OLD_RULESET)
    record.refresh_from_db()
    changes = refresh(record)
    assert changes is not None and not changes
    assert Assessment.objects.get(pk=record.pk).changes is None


def test_a_result_stored_before_results_had_a_day_is_renewed():
    record = services.save_assessment(assessment("DE", BUSY))
    Assessment.objects.filter(pk=record.pk).update(as_of=None)
    record.refresh_from_db()
    assert refresh(record) is not None
    assert Assessment.objects.get(pk=record.pk).as_of == timezone.localdate()


def test_a_change_in_the_law_renews_a_result_of_the_same_ruleset():
    """The next day a cited source changes status (a real one of the catalogue)."""
    record = services.save_assessment(assessment("DE", BUSY))
    change = next(d for d in rules.CATALOGUE.turning_points if d > record.as_of)
    assert refresh(record, today=change - datetime.timedelta(days=1)) is None
    assert refresh(record, today=change) is not None
    assert Assessment.objects.get(pk=record.pk).as_of == change


def test_what_the_pages_show_is_the_stored_result(stale):
    """The presentation reads the stored result's rules as of its day: grade, score
    and findings come from one evaluation."""
    record, _current = stale
    refresh(record)
    shown = ResultReport(record.document, as_of=record.as_of).result
    assert shown.to_document() == record.result
    assert (shown.grade, shown.score) == (record.grade, record.score)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ([], [], ([], [], [])),
        ([("a", 0, "high")], [("a", 0, "high")], ([], [], [])),
        ([], [("a", 0, "high")], (["a"], [], [])),
        ([("a", 0, "high")], [], ([], ["a"], [])),
        ([("a", 0, "high")], [("a", 0, "critical")], ([], [], ["a"])),
        # The same rule on another practice is another finding.
        ([("a", 0, "high")], [("a", 1, "high")], (["a"], ["a"], [])),
    ],
)
def test_findings_are_compared_by_rule_and_practice(old, new, expected):
    def result(findings, grade="C"):
        return {
            "ruleset": "x",
            "grade": grade,
            "findings": [
                {"rule": r, "practice": p, "severity": s, "title": r.upper()}
                for r, p, s in findings
            ],
        }

    changes = compare_results(result(old), result(new), datetime.date(2026, 12, 1))
    assert (
        [c.rule for c in changes.new],
        [c.rule for c in changes.gone],
        [c.rule for c in changes.severity],
    ) == expected
    assert bool(changes) == any(expected)


def test_a_changed_grade_alone_is_a_change():
    def result(grade):
        return {"ruleset": "x", "grade": grade, "findings": []}

    assert compare_results(result("B"), result("C"), datetime.date(2026, 12, 1))


def test_changes_survive_the_database_as_they_were():
    changes = Changes(
        on=datetime.date(2026, 12, 1),
        previous_ruleset="2026.11.0",
        ruleset="2026.12.0",
        old_grade="B",
        new_grade="D",
        new=(FindingChange("a", 0, "A", None, "high"),),
        gone=(FindingChange("b", None, "B", "low", None),),
        severity=(FindingChange("c", 1, "C", "low", "high"),),
    )
    assert Changes.from_document(changes.to_document()) == changes


@pytest.mark.parametrize(
    ("lang", "headline", "gone"),
    [
        (
            "en",
            "The rules changed on 1 December 2026: 2 new findings, 1 no longer applies.",
            "No longer applies: A rule since withdrawn (Workplace). The current rules "
            "no longer raise it.",
        ),
        (
            "de",
            "Die Regeln haben sich am 1. Dezember 2026 geändert: 2 neue Befunde, "
            "1 entfällt.",
            "Entfällt: A rule since withdrawn (Arbeitsplatz).",
        ),
        (
            "fr",
            "Les règles ont changé le 1 décembre 2026\u00a0: 2 nouveaux constats, "
            "1 ne s'applique plus.",
            "Ne s'applique plus\u00a0: A rule since withdrawn (Lieu de travail).",
        ),
    ],
)
def test_the_notice_is_told_in_the_pages_language(lang, headline, gone):
    new = FindingChange("x", 0, "Keystroke logging", None, "high")
    changes = Changes(
        on=datetime.date(2026, 12, 1),
        previous_ruleset=OLD_RULESET,
        ruleset=rules.RULESET_VERSION,
        old_grade="B",
        new_grade="B",
        new=(new, new),
        gone=(
            FindingChange("retired-rule", None, "A rule since withdrawn", "low", None),
        ),
    )
    with translation.override(lang):
        notice = change_notice(changes, [{"name": "Keylogger"}])
    assert notice.headline == headline
    assert notice.grade == ""
    assert notice.lines[0].endswith("(Keylogger).")
    assert notice.lines[2].startswith(gone)
