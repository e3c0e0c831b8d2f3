"""A draft agreement proposed from a campaign: its findings (the survey's published
figures and the council's own assessment of the official policy), the clauses that
answer them with parameters pre-filled from the policy, and the findings no chosen
clause answers.

Nothing here is stored: the council's choices, parameters and notes come with the
request that downloads the draft and are dropped once it is written, as the details
of a council letter are (councils.letters.CouncilDetails).
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from assessment import facts, labels, law, rules
from assessment.labels import SEVERITY_LABELS
from assessment.rules.base import SEVERITY_RANK
from councils.aggregates import CampaignFigures, campaign_figures
from councils.models import Campaign

from . import library

SERIOUS = ("critical", "high")  # every such finding is answered or listed as open
DETAILED_RETENTION_DAYS = 30  # the library's default; a shorter stated one is kept


@dataclass(frozen=True)
class Finding:
    slug: str
    title: str
    severity: str
    from_policy: bool  # the council's assessment of the official policy raised it
    from_survey: int | None  # how many published submissions raised it, if shown

    @property
    def serious(self) -> bool:
        return self.severity in SERIOUS

    @property
    def severity_label(self) -> str:
        return str(SEVERITY_LABELS[self.severity])


@dataclass
class Proposal:
    clause: library.Clause
    chosen: bool
    values: dict[str, int]
    answers: list[Finding]  # the campaign's findings this clause answers
    why_values: dict[str, str] = field(default_factory=dict)


@dataclass
class Draft:
    campaign: Campaign
    frame: library.Frame
    findings: list[Finding]
    proposals: list[Proposal]
    annex: list[tuple[str, str, str]]  # (practice, its data, its purposes)

    def open_findings(self, chosen: set[str] | None = None) -> list[Finding]:
        """Critical and high findings that no chosen clause answers."""
        if chosen is None:
            chosen = {p.clause.id for p in self.proposals if p.chosen}
        answered = {
            slug
            for proposal in self.proposals
            if proposal.clause.id in chosen
            for slug in proposal.clause.answers
        }
        return [f for f in self.findings if f.serious and f.slug not in answered]


def _catalogue() -> dict[str, rules.Rule]:
    return {rule.slug: rule for rule in rules.CATALOGUE.rules}


def findings_of(campaign: Campaign, figures: CampaignFigures) -> list[Finding]:
    """The campaign's findings, worst first: the rules the published submissions
    raised (the figures shown, never a hidden one) and those of the council's
    assessment of the official policy, each once at its worse severity."""
    catalogue = _catalogue()
    found: dict[str, Finding] = {}
    for figure in figures.rules:
        rule = catalogue.get(figure.key)
        if rule is not None:
            found[rule.slug] = Finding(
                rule.slug, _(rule.title), rule.severity, False, figure.count
            )
    record = campaign.reference
    for raw in (record.result or {}).get("findings", []) if record else []:
        rule = catalogue.get(raw["rule"])
        if rule is None:
            continue
        before = found.get(rule.slug)
        severity = raw["severity"]
        if before and SEVERITY_RANK[before.severity] > SEVERITY_RANK[severity]:
            severity = before.severity
        found[rule.slug] = Finding(
            rule.slug,
            _(rule.title),
            severity,
            True,
            before.from_survey if before else None,
        )
    return sorted(found.values(), key=lambda f: (-SEVERITY_RANK[f.severity], f.slug))


def _policy(campaign: Campaign) -> facts.Assessment | None:
    record = campaign.reference
    if record is None or not record.document:
        return None
    try:
        return record.get_facts()
    except (ValueError, KeyError, TypeError):
        return None


def prefilled(campaign: Campaign) -> tuple[dict[str, dict[str, int]], dict[str, str]]:
    """Parameters taken from the council's assessment of the policy, by clause id,
    and why, by "clause.parameter". A retention the policy states and that is no
    longer than the library's is kept: the council need not ask for less than the
    employer already offers. A longer one gives way to the library's."""
    policy = _policy(campaign)
    values: dict[str, dict[str, int]] = {}
    why: dict[str, str] = {}
    if policy is None:
        return values, why
    stated = [p.retention for p in policy.practices if isinstance(p.retention, int)]
    if stated:
        longest = max(stated)
        key = "retention-deletion.retention_days"
        if 0 < longest <= DETAILED_RETENTION_DAYS:
            values["retention-deletion"] = {"retention_days": longest}
            why[key] = _("The official policy states %(days)s days.") % {
                "days": longest
            }
        else:
            why[key] = _(
                "The official policy states %(days)s days; the draft proposes "
                "%(proposed)s."
            ) % {"days": longest, "proposed": DETAILED_RETENTION_DAYS}
    return values, why


def annex(
    campaign: Campaign,
    figures: CampaignFigures | None = None,
    reported: str = "",
    unnamed: str = "",
) -> list[tuple[str, str, str]]:
    """Annex 1: each practice of the official policy with its data and purposes, then
    what the employees reported (the published figures only), under `reported`; a
    document passes these words in its own language."""
    figures = figures or campaign_figures(campaign)
    data_labels = dict(labels.answers("data"))
    purpose_labels = dict(labels.answers("purposes"))

    def named(values, known) -> str:
        return ", ".join(
            str(known.get(value, value)) for value in values if value != facts.UNKNOWN
        )

    rows = []
    policy = _policy(campaign)
    for practice in policy.practices if policy else ():
        rows.append(
            (
                practice.name or unnamed or _("Practice"),
                named(practice.data, data_labels),
                named(practice.purposes, purpose_labels),
            )
        )
    reported_data = [f.label for f in figures.data if f.key != facts.UNKNOWN]
    reported_purposes = [f.label for f in figures.purposes if f.key != facts.UNKNOWN]
    if reported_data or reported_purposes:
        rows.append(
            (
                reported or _("Reported by employees in the survey"),
                ", ".join(reported_data),
                ", ".join(reported_purposes),
            )
        )
    return rows


def propose(campaign: Campaign) -> Draft:
    """The draft the page starts from, in the active language's labels."""
    figures = campaign_figures(campaign)
    found = findings_of(campaign, figures)
    values, why = prefilled(campaign)
    by_slug = {f.slug: f for f in found}
    proposals = []
    for clause in library.clauses():
        answers = [by_slug[s] for s in clause.answers if s in by_slug]
        proposals.append(
            Proposal(
                clause=clause,
                chosen=clause.essential or bool(answers),
                values={**clause.defaults(), **values.get(clause.id, {})},
                answers=answers,
                why_values={
                    key.split(".", 1)[1]: text
                    for key, text in why.items()
                    if key.startswith(clause.id + ".")
                },
            )
        )
    return Draft(
        campaign=campaign,
        frame=library.frame_for(campaign.country),
        findings=found,
        proposals=proposals,
        annex=annex(campaign, figures),
    )


def legal_bases(frame: library.Frame, lang: str) -> list[str]:
    return [law.cite(ident, lang) for ident in frame.bases]
