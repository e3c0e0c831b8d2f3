"""A result as people read it: concerns in words, facts as question and answer."""

import datetime
from dataclasses import dataclass
from functools import cached_property

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from assessment import facts, law, rules
from assessment.labels import (
    CONCERN_LABELS,
    SEVERITY_LABELS,
    STRENGTH_LABELS,
    concern_label,
    describe,
    place_name,
    said,
    written,
)
from assessment.questionnaire import asks, field_name, step_asking
from assessment.services import Changes, FindingChange

MOST_SEVERE = 3  # findings the result's summary names before the concerns


def _language() -> str:
    return (get_language() or "en")[:2]


@dataclass(frozen=True)
class FactView:
    path: str
    question: str
    answer: str
    url: str
    value: object = None  # the answer as recorded (a list's values the rule matched)


@dataclass(frozen=True)
class Occurrence:
    """Where a rule fired: one practice and the answers that made it fire there."""

    practice: str
    facts: list[FactView]


@dataclass(frozen=True)
class FindingView:
    """One rule that fired, once, with every practice it fired on."""

    slug: str
    severity: str
    severity_label: str
    title: str
    explanation: str
    occurrences: list[Occurrence]
    references: list[str]
    questions: list[str]
    applies_from: str = ""  # for a duty that comes into force later, its date
    good_practice: bool = False  # no law of the place, only good practice
    strength_label: str = ""  # what the finding rests on, in words

    @property
    def practice(self) -> str:
        return ", ".join(occurrence.practice for occurrence in self.occurrences)


@dataclass(frozen=True)
class ConcernGroup:
    concern: str
    label: str
    severity: str
    findings: list[FindingView]


class ResultReport:
    """Everything a result shows, computed only when a template asks for it.

    With a public id, each fact links back to its question in the questionnaire. A
    stored assessment passes its result's day, so that what is shown is its stored
    result (the same rules, read as of the same day); otherwise the law is read as
    of today.
    """

    def __init__(
        self, document: dict, public_id=None, as_of: datetime.date | None = None
    ):
        self.document = document
        self.public_id = public_id
        self.as_of = as_of

    @cached_property
    def assessment(self) -> facts.Assessment:
        return facts.parse_assessment(self.document)

    @cached_property
    def result(self) -> rules.Result:
        return rules.assess(self.assessment, self.as_of)

    def fact_url(self, full_path: str) -> str:
        if self.public_id is None:
            return ""
        if full_path.startswith("workplace."):
            name = field_name(full_path)
            return (
                reverse("assessment:workplace", args=[self.public_id])
                + f"#div_id_{name}"
            )
        index, path = full_path.removeprefix("practices[").split("].", 1)
        step = step_asking(path)
        return (
            reverse("assessment:step", args=[self.public_id, int(index), step])
            + f"?next=result#div_id_{field_name(path)}"
        )

    @property
    def country(self) -> str:
        return self.assessment.workplace.country

    def say(self, message: str) -> str:
        """A message of the rules or the questionnaire as it is said for this
        workplace (a union, not a works council, in the United States)."""
        return str(said(message, self.country))

    def fact_view(self, full_path: str, value: object) -> FactView:
        path = full_path.split("].", 1)[-1]
        question, answer = describe(path, value, self.country)
        return FactView(full_path, question, answer, self.fact_url(full_path), value)

    def concern_label(self, concern: str) -> str:
        """A concern's name, as the workplace's country names it where it differs."""
        return concern_label(concern, self.country)

    @cached_property
    def concern_rows(self) -> list[tuple[str, str | None, int]]:
        """Each concern some rule can raise at this workplace (the EU AI Act's not
        in the United States): label, worst severity, number of findings."""
        workplace = self.assessment.workplace
        reaching = law.codes_of(workplace.country, workplace.region)
        possible = {
            rule.concern for rule in rules.CATALOGUE if rule.applies_in(reaching)
        }
        return [
            (self.concern_label(row["concern"]), row["severity"], row["findings"])
            for row in self.result.concerns()
            if row["concern"] in possible or row["findings"]
        ]

    @cached_property
    def annex(self) -> list[dict]:
        """Every answer to a question the workplace is asked, practice by practice,
        as question and answer."""
        workplace = self.assessment.workplace.to_document()
        sections = [
            {
                "name": str(gettext_lazy("Workplace")),
                "answers": [
                    describe(f"workplace.{key}", value, self.country)
                    for key, value in workplace.items()
                    if key in ("worker_representation", "digital_labour_platform")
                ],
            }
        ]
        for practice in self.assessment.practices:
            answers = [
                describe(path, value, self.country)
                for path, value in _answers_in_order(practice.to_document())
                if asks(path, workplace)  # none about a union it does not have
            ]
            sections.append(
                {
                    "name": practice.name,
                    "answers": answers,
                    "excerpt": practice.policy_excerpt,
                }
            )
        return sections

    @cached_property
    def groups(self) -> list[ConcernGroup]:
        """Findings by concern, most severe first; a rule that fired on several
        practices appears once, with each practice's own answers."""
        by_concern = self._views(self.result.findings)
        # Findings arrive most severe first, so concerns come out in that order too.
        return [
            ConcernGroup(concern, self.concern_label(concern), items[0].severity, items)
            for concern, items in by_concern.items()
        ]

    @cached_property
    def most_severe(self) -> list[FindingView]:
        """The few findings to read first: the most severe, in the order shown."""
        views = [view for group in self.groups for view in group.findings]
        return sorted(views, key=lambda view: rules.SEVERITIES.index(view.severity))[
            :MOST_SEVERE
        ]

    def written(self, day: datetime.date) -> str:
        """A date in the active language, as it is written for this workplace
        (month first in an English result for the United States)."""
        return written(day, self.country)

    @property
    def as_of_label(self) -> str:
        return self.written(self.result.as_of)

    @cached_property
    def coming(self) -> list[FindingView]:
        """Duties that apply only after the day the law was read as of, each with
        the day it applies from."""
        return [
            view for views in self._views(self.result.coming).values() for view in views
        ]

    def _views(self, findings) -> dict[str, list[FindingView]]:
        views: dict[str, FindingView] = {}
        by_concern: dict[str, list[FindingView]] = {}
        practices = self.assessment.practices
        for finding in findings:
            rule = finding.rule
            occurrence = Occurrence(
                practices[finding.practice].name,
                [
                    self.fact_view(path, value)
                    for path, value in finding.fact_paths().items()
                ],
            )
            if rule.slug in views:
                views[rule.slug].occurrences.append(occurrence)
                continue
            views[rule.slug] = view = FindingView(
                slug=rule.slug,
                severity=finding.severity,
                severity_label=str(SEVERITY_LABELS[finding.severity]),
                title=self.say(rule.title),
                explanation=self.say(rule.explanation),
                occurrences=[occurrence],
                references=[
                    reference.cite(_language()) for reference in finding.references
                ],
                questions=[self.say(question) for question in rule.questions],
                applies_from=self.written(finding.applies_from)
                if finding.applies_from
                else "",
                good_practice=finding.good_practice,
                strength_label=str(STRENGTH_LABELS.get(finding.strength, "")),
            )
            by_concern.setdefault(rule.concern, []).append(view)
        return by_concern

    @cached_property
    def place_notes(self) -> list[str]:
        """What the law of the workplace's place gives beyond the findings (where no
        statute reaches, what still protects workers; acting together), in the
        active language."""
        workplace = self.assessment.workplace
        lang = _language()
        return [
            law.cite_in(_(note), lang)
            for note in law.notes_of(workplace.country, workplace.region)
        ]

    def _place_of(self, fact: str) -> str:
        """The practice a fact path belongs to, by name, or the workplace."""
        if fact.startswith("workplace."):
            return str(gettext_lazy("Workplace"))
        index = int(fact.removeprefix("practices[").split("]")[0])
        return self.assessment.practices[index].name

    @cached_property
    def unknown_groups(self) -> list[tuple[str, list[str]]]:
        """Each open question once, with the practices (or workplace) it concerns
        where there is more than one."""
        grouped: dict[str, list[str]] = {}
        for unknown in self.result.unknowns:
            places = grouped.setdefault(self.say(unknown.question), [])
            places.append(self._place_of(unknown.fact))
        if len({place for places in grouped.values() for place in places}) == 1:
            # All about one practice: naming it on every line says nothing.
            return [(question, []) for question in grouped]
        return list(grouped.items())

    @cached_property
    def unknowns_by_place(self) -> list[tuple[str, list[FactView]]]:
        """The open questions under the workplace or the practice they belong to, each
        with a link to the form field that answers it."""
        grouped: dict[str, list[FactView]] = {}
        for unknown in self.result.unknowns:
            path = unknown.fact.split("].", 1)[-1]
            question, _answer = describe(path, "unknown", self.country)
            grouped.setdefault(self._place_of(unknown.fact), []).append(
                FactView(
                    unknown.fact,
                    self.say(unknown.question),
                    question,
                    self.fact_url(unknown.fact),
                )
            )
        return list(grouped.items())


def _answers_in_order(practice: dict):
    """(fact path, answer) of a practice in the format, in its order, taking part
    by part; without its name and excerpt."""
    for key, value in practice.items():
        if key == "participation":
            yield from ((f"participation.{part}", v) for part, v in value.items())
        elif key not in ("name", "policy_excerpt"):
            yield key, value


@dataclass(frozen=True)
class ChangeNotice:
    """What a re-assessment under newer rules changed, as the result page tells it."""

    headline: str
    grade: str
    lines: list[str]


def _practice_name(practices: list[dict], index: int | None) -> str:
    if index is None or index >= len(practices):
        return str(gettext_lazy("Workplace"))
    return practices[index]["name"]


def _severity(severity: str) -> str:
    return str(SEVERITY_LABELS.get(severity, severity))


def _named(change: FindingChange, practices: list[dict]) -> dict[str, str]:
    """A changed finding's title and practice, and its severities, in words."""
    return {
        "title": _(change.title),
        "practice": _practice_name(practices, change.practice),
        "old": _severity(change.old_severity) if change.old_severity else "",
        "new": _severity(change.new_severity) if change.new_severity else "",
    }


def answer_changes(changes: Changes, practices: list[dict]) -> list[str]:
    """What changing answers did to the findings, a line each: raised, gone, more
    or less severe, so that a grade that stays the same does not hide what moved."""
    rank = rules.SEVERITIES.index
    lines = [
        _("Raised: %(title)s (%(practice)s), %(new)s.") % _named(c, practices)
        for c in changes.new
    ]
    for change in changes.severity:
        if rank(change.new_severity) < rank(change.old_severity):
            line = _("More severe: %(title)s (%(practice)s), %(old)s → %(new)s.")
        else:
            line = _("Less severe: %(title)s (%(practice)s), %(old)s → %(new)s.")
        lines.append(line % _named(change, practices))
    lines += [
        _("No longer raised: %(title)s (%(practice)s).") % _named(c, practices)
        for c in changes.gone
    ]
    return lines or [_("No finding changed.")]


def change_notice(changes: Changes, practices: list[dict]) -> ChangeNotice:
    """The changes in the active language, each finding with its practice's name."""
    parts = []
    if changes.new:
        count = len(changes.new)
        parts.append(
            ngettext("%(count)d new finding", "%(count)d new findings", count)
            % {"count": count}
        )
    if changes.gone:
        count = len(changes.gone)
        parts.append(
            ngettext("%(count)d no longer applies", "%(count)d no longer apply", count)
            % {"count": count}
        )
    if changes.severity:
        count = len(changes.severity)
        parts.append(
            ngettext("%(count)d changed severity", "%(count)d changed severity", count)
            % {"count": count}
        )
    summary = ", ".join(parts)
    date = date_format(changes.on, "DATE_FORMAT")
    if summary:
        headline = _("The rules changed on %(date)s: %(summary)s.") % {
            "date": date,
            "summary": summary,
        }
    else:
        headline = _("The rules changed on %(date)s.") % {"date": date}
    grade = ""
    if changes.old_grade != changes.new_grade:
        grade = _("Your grade changed from %(old)s to %(new)s.") % {
            "old": changes.old_grade,
            "new": changes.new_grade,
        }

    def named(change: FindingChange) -> dict[str, str]:
        return _named(change, practices)

    lines = [_("New: %(title)s (%(practice)s).") % named(c) for c in changes.new]
    lines += [
        _(
            "No longer applies: %(title)s (%(practice)s). The current rules no "
            "longer raise it."
        )
        % named(c)
        for c in changes.gone
    ]
    lines += [
        _("%(title)s (%(practice)s): now %(new)s, was %(old)s.")
        % {
            **named(c),
            "new": _severity(c.new_severity),
            "old": _severity(c.old_severity),
        }
        for c in changes.severity
    ]
    return ChangeNotice(headline, grade, lines)


JURISDICTION_LABELS = {
    "ANY": gettext_lazy("Everywhere (good practice)"),
    "EEA": gettext_lazy("EU and EEA"),
    "EU": gettext_lazy("European Union"),
    "GB": gettext_lazy("United Kingdom"),
    "NO-GDPR": gettext_lazy("Where the GDPR does not reach (good practice)"),
}


def jurisdiction_label(code: str) -> str:
    """A jurisdiction code of the rules (EEA, DE, US-NY) in words."""
    if code in JURISDICTION_LABELS:
        return str(JURISDICTION_LABELS[code])
    country, _dash, _state = code.partition("-")
    return place_name(country, code if _state else "")


@dataclass(frozen=True)
class RuleView:
    slug: str
    severity: str
    severity_label: str
    title: str
    explanation: str
    where: list[str]
    references: list[tuple[str, str]]  # (citation, where its law reaches)
    questions: list[str]
    applies_from: str = ""  # when all its sources apply only later: from when


def _applies_from(rule: rules.Rule, today: datetime.date) -> str:
    sources = rule.references()
    if sources and all(s.status_on(today) == law.APPLIES_LATER for s in sources):
        return date_format(min(s.applies_from for s in sources), "DATE_FORMAT")
    return ""


def catalogue_groups() -> list[tuple[str, str, list[RuleView]]]:
    """The whole catalogue as (concern, its label, its rules, most severe first), in
    the active language."""
    lang = _language()
    today = timezone.localdate()
    by_concern: dict[str, list[RuleView]] = {concern: [] for concern in rules.CONCERNS}
    order = {severity: index for index, severity in enumerate(rules.SEVERITIES)}
    for rule in sorted(rules.CATALOGUE, key=lambda rule: order[rule.severity]):
        by_concern[rule.concern].append(
            RuleView(
                slug=rule.slug,
                severity=rule.severity,
                severity_label=str(SEVERITY_LABELS[rule.severity]),
                title=_(rule.title),
                explanation=_(rule.explanation),
                where=[jurisdiction_label(code) for code in rule.where],
                references=[
                    (reference.cite(lang), jurisdiction_label(reference.where))
                    for reference in rule.references()
                ],
                questions=[_(question) for question in rule.questions],
                applies_from=_applies_from(rule, today),
            )
        )
    return [
        (concern, str(CONCERN_LABELS[concern]), views)
        for concern, views in by_concern.items()
        if views
    ]
