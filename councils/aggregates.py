"""A campaign's figures, counted by the database and suppressed before anyone sees them."""

from dataclasses import dataclass, field, replace

from assessment import facts, labels, rules
from assessment.labels import CONCERN_LABELS, FORMER_RULES
from assessment.models import Assessment, Grade
from councils import suppression
from councils.models import Campaign, FeatureKind, WaitingSubmission
from councils.services import features_of

KINDS = (FeatureKind.DATA, FeatureKind.PURPOSE, FeatureKind.CONCERN, FeatureKind.RULE)


@dataclass(frozen=True)
class Figure:
    """How many published submissions report or trigger something; None when hidden."""

    key: str
    label: str
    count: int | None
    share: int | None  # whole percent of the published submissions
    group: str = ""  # a rule's concern, or a gap's kind, in words
    kind: str = ""  # for a gap: FeatureKind of the figure

    @property
    def hidden(self) -> bool:
        return self.count is None


@dataclass
class CampaignFigures:
    threshold: int
    received: int
    published: int
    grades: list[Figure] = field(default_factory=list)
    by_kind: dict[str, list[Figure]] = field(default_factory=dict)
    gaps: list[Figure] = field(default_factory=list)
    has_reference: bool = False
    rulesets: list[str] = field(default_factory=list)  # of the published submissions

    @property
    def data(self) -> list[Figure]:
        return self.by_kind.get(FeatureKind.DATA, [])

    @property
    def purposes(self) -> list[Figure]:
        return self.by_kind.get(FeatureKind.PURPOSE, [])

    @property
    def concerns(self) -> list[Figure]:
        return self.by_kind.get(FeatureKind.CONCERN, [])

    @property
    def rules(self) -> list[Figure]:
        return self.by_kind.get(FeatureKind.RULE, [])

    some_hidden: bool = False


def _labels(country: str) -> dict[str, dict[str, str]]:
    """Each figure's label, as it is said for a workplace in the campaign's country
    (American spelling and a union's concern in the United States)."""
    return {
        FeatureKind.DATA: {
            key: str(label) for key, label in labels.answers("data", country)
        },
        FeatureKind.PURPOSE: {
            key: str(label) for key, label in labels.answers("purposes", country)
        },
        FeatureKind.CONCERN: {
            key: labels.concern_label(key, country) for key in CONCERN_LABELS
        },
        FeatureKind.RULE: {
            **{slug: str(title) for slug, (_concern, title) in FORMER_RULES.items()},
            **{
                rule.slug: str(labels.said(rule.title, country))
                for rule in rules.CATALOGUE.rules
            },
        },
    }


def published_counts(campaign: Campaign) -> dict[str, dict[str, int]]:
    """The published counts by kind and key, as publication left them."""
    counts: dict[str, dict[str, int]] = {kind: {} for kind in FeatureKind.values}
    rows = campaign.counts.values_list("feature__kind", "feature__key", "count")
    for kind, key, count in rows:
        counts[kind][key] = count
    return counts


def campaign_figures(campaign: Campaign) -> CampaignFigures:
    """Everything the dashboard and the aggregate report may show, already suppressed."""
    k = campaign.threshold
    published = campaign.published
    received = published + WaitingSubmission.objects.filter(campaign=campaign).count()
    figures = CampaignFigures(threshold=k, received=received, published=published)
    if not published:
        return figures
    figures.rulesets = campaign.published_rulesets

    features = published_counts(campaign)
    grades = features[FeatureKind.GRADE]
    all_grades = {grade: grades.get(grade, 0) for grade in Grade.values}
    shown_grades = suppression.partition(all_grades, k)
    if None in shown_grades.values():
        # A hidden grade is never empty; hiding empty ones too keeps that unsaid.
        shown_grades = {g: None if n == 0 else n for g, n in shown_grades.items()}
        figures.some_hidden = True
    figures.grades = [
        _figure(grade, grade, shown_grades[grade], published) for grade in Grade.values
    ]

    labels = _labels(campaign.country)
    concern_of = {
        **{slug: concern for slug, (concern, _title) in FORMER_RULES.items()},
        **{rule.slug: rule.concern for rule in rules.CATALOGUE.rules},
    }
    for kind in KINDS:
        counts = features[kind]
        shown = suppression.independent(counts, published, k)
        if kind == FeatureKind.RULE:
            shown = suppression.nested(
                shown, counts, features[FeatureKind.CONCERN], concern_of, k
            )
        items = [
            _figure(
                key,
                labels[kind].get(key, key),
                shown[key],
                published,
                group=labels[FeatureKind.CONCERN].get(concern_of.get(key), ""),
            )
            for key in counts
        ]
        # A hidden figure is left out, not marked: a row saying "hidden" would tell
        # that somebody reported it. Left out, it reads like nothing reported.
        figures.some_hidden |= any(f.hidden for f in items)
        figures.by_kind[kind] = sorted(
            (f for f in items if not f.hidden), key=_most_first(labels[kind])
        )

    if campaign.reference_id and campaign.reference.result:
        figures.has_reference = True
        figures.gaps = _gaps(figures, campaign.reference)
    return figures


def _most_first(listed: dict[str, str]):
    """Most reported first, ties in the order the questionnaire or the catalogue
    lists them, never by label: every language then lists the same figures, and
    a letter that quotes the first few quotes the same ones."""
    order = {key: index for index, key in enumerate(listed)}
    return lambda figure: (-figure.count, order.get(figure.key, len(order)), figure.key)


def _figure(key, label, count, published, group="") -> Figure:
    share = None if count is None else round(100 * count / published)
    return Figure(key, label, count, share, group)


def _gaps(figures: CampaignFigures, reference: Assessment) -> list[Figure]:
    """What workers report that the official policy does not name or trigger, by
    the policy assessment's stored result (its rules, as of its day)."""
    policy = reference.get_facts()
    named = features_of(policy, rules.assess(policy, reference.as_of))
    gaps = [
        replace(figure, group=str(FeatureKind(kind).label), kind=kind)
        for kind in (FeatureKind.DATA, FeatureKind.PURPOSE, FeatureKind.CONCERN)
        for figure in figures.by_kind.get(kind, [])
        if (str(kind), figure.key) not in named and figure.key != facts.UNKNOWN
    ]
    return sorted(gaps, key=lambda f: -f.count)  # stable: ties keep their order
