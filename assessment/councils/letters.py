"""Council letters to the employer, pre-filled from a campaign's published figures.

They reuse the employee letters' Letter and its files (PDF, DOCX, text). Only figures
the council may see are quoted; the signatory's details are rendered, never stored.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assessment import facts, law
from assessment.choices import place_name
from assessment.councils.aggregates import CampaignFigures, campaign_figures
from assessment.documents import deadlines
from assessment.documents.letters import (
    FIRM,
    Letter,
    NotApplicable,
    gdpr,
    unique_lines,
)
from assessment.law import jurisdiction
from assessment.models import Campaign, FeatureKind
from assessment.rules.jurisdictions import jurisdictions_of

REPLY = ("weeks", 2)  # a date the council asks for, not a statutory period
WHERE = ("EEA", "GB")


@dataclass(frozen=True)
class CouncilDetails:
    council: str = ""
    address: str = ""
    signatory: str = ""
    employer: str = ""
    employer_address: str = ""

    @classmethod
    def from_mapping(cls, values) -> "CouncilDetails":
        return cls(**{name: values[name] for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class CouncilKind:
    slug: str
    label: str
    build: Callable


COUNCIL_KINDS: dict[str, CouncilKind] = {}


def council_kind(slug: str, label: str):
    def register(build):
        COUNCIL_KINDS[slug] = CouncilKind(slug, label, build)
        return build

    return register


@dataclass
class _Context:
    campaign: Campaign
    figures: CampaignFigures
    codes: frozenset[str]
    tone: str
    letter: Letter

    def art(self, article: str) -> str:
        return gdpr(article, self.codes)

    def national(self, key: str) -> str:
        """What the workplace's own representation law says for `key`, in the
        letter's language with its citations; empty where it says nothing."""
        representation = jurisdiction(self.campaign.country).representation
        text = representation.paragraphs.get(key) if representation else None
        return law.cite_in(_(text), self.letter.lang) if text else ""


def write_council_letter(
    slug: str,
    campaign: Campaign,
    lang: str,
    details: CouncilDetails | None = None,
    tone: str = FIRM,
    written: datetime.date | None = None,
) -> Letter:
    """One council letter in `lang`, or NotApplicable with a reason."""
    if slug not in COUNCIL_KINDS:
        raise NotApplicable(_("Unknown kind of letter: %(kind)s") % {"kind": slug})
    workplace = facts.Workplace(country=campaign.country, region=campaign.region)
    codes = jurisdictions_of(workplace)
    with translation.override(lang):
        if not any(code in codes for code in WHERE):
            raise NotApplicable(
                _(
                    "The council letters rest on the GDPR or UK GDPR and on European "
                    "co-determination law, which do not reach a workplace here "
                    "(%(country)s)."
                )
                % {"country": place_name(campaign.country)}
            )
        figures = campaign_figures(campaign)  # labels in the letter's language
        details = details or CouncilDetails()
        written = written or datetime.date.today()
        council = details.council or campaign.council.name
        employer = details.employer or campaign.employer or _("[Employer]")
        letter = Letter(
            kind=slug,
            lang=lang,
            date=written,
            deadline=deadlines.deadline(
                written, REPLY, campaign.region or campaign.country
            ),
            subject="",
            reference=_("Our reference: %(ref)s")
            % {"ref": f"OV-C-{written:%Y%m%d}-{campaign.country}"},
            sender=[council, *details.address.splitlines()],
            recipient=unique_lines(
                [employer, _("Management"), *details.employer_address.splitlines()]
            ),
            salutation=_("Dear Sir or Madam,"),
            paragraphs=[],
            closing=_("Yours faithfully,") if tone == FIRM else _("Kind regards,"),
            signature=details.signatory or _("For the council: [name]"),
        )
        context = _Context(campaign, figures, codes, tone, letter)
        COUNCIL_KINDS[slug].build(context)
        letter.deadline_line = _ask_by(context)  # asked for, not a legal deadline
        return letter


def _ask_by(context: _Context) -> str:
    from django.utils.formats import date_format

    deadline = date_format(context.letter.deadline, "DATE_FORMAT")
    if context.tone == FIRM:
        return _("We ask for your answer by %(date)s.") % {"date": deadline}
    return _("We would be grateful for your answer by %(date)s.") % {"date": deadline}


def evidence(figures: CampaignFigures, limit: int = 4) -> list[str]:
    """What the published figures show, in sentences; hidden figures are never quoted."""
    if not figures.published:
        return [
            _(
                "Our survey of employees is under way; its figures are not yet "
                "published."
            )
        ]
    lines = [
        _(
            "%(count)s employees took part in our anonymous survey on the monitoring "
            "at this workplace. No figure below rests on fewer than %(threshold)s of them."
        )
        % {"count": figures.published, "threshold": figures.threshold}
    ]
    reported = [g for g in figures.gaps if g.kind != FeatureKind.CONCERN]
    for gap in reported[:limit]:
        lines.append(
            _(
                "%(share)s%% of them report “%(label)s” (%(kind)s), which the official "
                "policy does not mention."
            )
            % {"share": gap.share, "label": gap.label, "kind": gap.group}
        )
    for concern in figures.concerns[:limit]:
        lines.append(
            _("%(share)s%% of the assessments raise a concern about “%(label)s”.")
            % {"share": concern.share, "label": concern.label}
        )
    return lines


def _ai_training_share(figures: CampaignFigures) -> str:
    for purpose in figures.purposes:
        if purpose.key == "ai_training":
            return _(
                "%(share)s%% of the employees who took part report that monitoring data "
                "is used to train or improve AI models."
            ) % {"share": purpose.share}
    return ""


@council_kind(
    "council-information-request",
    gettext_lazy("Information request on monitoring and AI training"),
)
def information_request(context: _Context) -> None:
    letter = context.letter
    letter.subject = context.national("information_subject") or _(
        "Request for information on the monitoring of employees"
    )
    basis = context.national("information_basis") or _(
        "As the employees' representatives we ask for the information that the "
        "transparency principle requires (%(art)s)."
    ) % {"art": context.art("5(1)(a)")}
    letter.paragraphs = [
        _(
            "We write on behalf of the employees about the monitoring of their work "
            "and its possible use to train artificial intelligence."
        ),
        basis,
        *evidence(context.figures),
        _("We ask for the following, in writing:"),
    ]
    letter.questions = [
        (
            _(
                "a description of each monitoring system and what it records, at what level of detail;"
            ),
            "",
        ),
        (
            _(
                "the purposes of each, including any use to train, test or improve AI models;"
            ),
            "",
        ),
        (
            _("the legal basis for each purpose (%(art)s);")
            % {"art": context.art("6(1)")},
            "",
        ),
        (_("who can see individual data, including AI teams and vendors;"), ""),
        (_("how long each kind of data is kept, and when it is deleted;"), ""),
        (
            _(
                "if data is said to be anonymised: the process used, and how re-identification was tested;"
            ),
            "",
        ),
        (
            _("the data protection impact assessment (%(art)s).")
            % {"art": context.art("35")},
            "",
        ),
    ]


@council_kind(
    "works-agreement",
    gettext_lazy("Request to negotiate an agreement on monitoring"),
)
def works_agreement(context: _Context) -> None:
    letter = context.letter
    letter.subject = context.national("agreement_subject") or _(
        "Request to negotiate an agreement on monitoring"
    )
    basis = context.national("agreement_basis") or _(
        "We ask you to open negotiations on an agreement governing these systems."
    )
    letter.paragraphs = [
        _(
            "The survey we ran among employees shows that the monitoring at this "
            "workplace raises concerns that only a binding agreement can settle."
        ),
        *evidence(context.figures),
        basis,
        _(
            "Collective agreements may set specific rules for employees' data, with "
            "suitable safeguards for their dignity and rights (%(art)s). We propose "
            "that the agreement covers:"
        )
        % {"art": context.art("88")},
    ]
    letter.questions = [
        (
            _(
                "a closed list of the data collected and of the purposes, with no other use;"
            ),
            "",
        ),
        (
            _("no use of monitoring data to train or improve AI models unless agreed;"),
            "",
        ),
        (
            _(
                "no judgement of individual performance from fine-grained activity traces;"
            ),
            "",
        ),
        (
            _(
                "retention limits for each kind of data, and deletion when a system is withdrawn;"
            ),
            "",
        ),
        (_("who may see individual data, with access logged;"), ""),
        (
            _(
                "employees' access to their own data, and a regular review with the council."
            ),
            "",
        ),
    ]


@council_kind(
    "suspend-ai-training",
    gettext_lazy("Demand to suspend AI training on monitoring data"),
)
def suspend_ai_training(context: _Context) -> None:
    letter = context.letter
    letter.subject = _(
        "Suspension of AI training on employees' monitoring data until agreed"
    )
    paragraphs = [
        _(
            "We ask you to stop using data from the monitoring of employees to train, "
            "test or improve AI models until an agreement with us is in place."
        )
    ]
    paragraphs += evidence(context.figures)
    share = _ai_training_share(context.figures)
    if share:
        paragraphs.append(share)
    if national := context.national("suspension_basis"):
        paragraphs.append(national)
    paragraphs.append(
        _(
            "Data collected for one purpose may not be used for another that is not "
            "compatible with it (%(limit)s, %(compat)s), and training models on "
            "behavioural traces calls for an impact assessment first (%(dpia)s)."
        )
        % {
            "limit": context.art("5(1)(b)"),
            "compat": context.art("6(4)"),
            "dpia": context.art("35"),
        }
    )
    letter.paragraphs = paragraphs
    letter.questions = [
        (
            _("confirm in writing that the training has stopped, and from which date;"),
            "",
        ),
        (_("tell us which models were trained with the data, and who holds them;"), ""),
        (
            _("tell us whether the data used for training is kept, and for how long."),
            "",
        ),
    ]
