"""The council's own letters to the employer, from a campaign's published figures.

Only figures the council may see are quoted; the signatory's details are rendered,
never stored. Each kind's prose is in `templates/letters/<slug>.txt`, the survey's
evidence in `templates/letters/includes/evidence.txt`.
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from assessment import facts
from assessment.labels import place_name
from assessment.law import jurisdiction
from assessment.rules.jurisdictions import jurisdictions_of
from councils.aggregates import CampaignFigures, campaign_figures
from councils.models import Campaign, FeatureKind
from documents.correspondents import Correspondent, correspondent, follow_up_voice
from documents.letters.employee import is_us
from documents.letters.engine import (
    COUNCIL,
    FIRM,
    KINDS,
    REQUEST,
    Context,
    Kind,
    Letter,
    NotApplicable,
    Typed,
    addressee,
    kind,
    starter,
)

REPLY = ("weeks", 2)  # a date the council asks for, not a statutory period
WHERE = ("EEA", "GB")
EVIDENCE_LIMIT = 4  # figures of each sort quoted in a letter


@dataclass(frozen=True)
class CouncilDetails(Typed):
    """What the council types at download: used to render, then dropped."""

    council: str = ""
    address: str = ""
    signatory: str = ""
    employer: str = ""
    employer_address: str = ""


@dataclass
class CouncilContext(Context):
    campaign: Campaign = None
    figures: CampaignFigures = None

    def variables(self) -> dict:
        figures = self.figures
        return {
            **super().variables(),
            "figures": figures,
            "reported": [g for g in figures.gaps if g.kind != FeatureKind.CONCERN][
                :EVIDENCE_LIMIT
            ],
            "concerns": figures.concerns[:EVIDENCE_LIMIT],
        }


# Who the employees' representatives are where the union letter is offered, and
# the letters the union writes in its own name.
UNION = ("union", "both")
UNION_KINDS = frozenset({"council-union-bargaining"})


def council_kinds(campaign: Campaign | None = None) -> list[Kind]:
    """The council's kinds of letter; for a campaign, those that fit its place (and,
    for the union's letter, a union that represents the employees)."""
    kinds = [k for k in KINDS.values() if k.audience == COUNCIL]
    if campaign is None:
        return kinds
    codes = jurisdictions_of(_workplace(campaign))
    return [
        k
        for k in kinds
        if any(code in codes for code in k.where)
        and (k.slug not in UNION_KINDS or campaign.worker_representation in UNION)
    ]


def _workplace(campaign: Campaign) -> facts.Workplace:
    return facts.Workplace(country=campaign.country, region=campaign.region)


def in_american_form(campaign: Campaign) -> bool:
    """Whether the campaign's letters are written as American letters are."""
    return is_us(_workplace(campaign))


def addressed(
    campaign: Campaign, details: CouncilDetails | None, union: bool = False
) -> dict:
    """Sender, recipient and signature of the council's letters to the management
    (the union's, where the union writes)."""
    details = details or CouncilDetails()
    employer = details.employer or campaign.employer or _("[Employer]")
    return {
        "sender": [
            details.council or campaign.council.name,
            *details.address.splitlines(),
        ],
        "recipient": addressee(
            employer, _("Management"), details.employer_address.splitlines()
        ),
        "signature": details.signatory
        or (
            _("[Name and office, for the union]")
            if union
            else _("For the council: [name]")
        ),
    }


def closing(tone: str, us: bool = False) -> str:
    """The council's closing formula: a body writes in the plural, which French
    closings say ("nos salutations"); a US letter closes as American letters do."""
    if us:
        return _("Sincerely,") if tone == FIRM else _("Best regards,")
    if tone == FIRM:
        return pgettext("a council's letter", "Yours faithfully,")
    return pgettext("a council's letter", "Kind regards,")


@starter(COUNCIL)
def start(
    chosen: Kind,
    campaign: Campaign,
    *,
    lang: str,
    details: CouncilDetails | None,
    tone: str,
    written: datetime.date,
    **_unused,
) -> CouncilContext:
    if not isinstance(campaign, Campaign):
        raise NotApplicable(_("A council writes this letter, from a campaign."))
    workplace = _workplace(campaign)
    codes = jurisdictions_of(workplace)
    if not any(code in codes for code in chosen.where):
        raise NotApplicable(
            _(
                "This letter rests on law that does not reach a workplace here "
                "(%(country)s): the letters page offers those that do."
            )
            % {"country": place_name(campaign.country)}
        )
    us = in_american_form(campaign)
    letter = Letter(
        kind=chosen.slug,
        lang=lang,
        date=written,
        deadline=None,
        subject="",
        reference="",  # the engine's, once the day sent is known
        salutation=_("Dear Management Team:") if us else _("Dear Sir or Madam,"),
        paragraphs=[],
        closing=closing(tone, us),
        paper=jurisdiction(campaign.country).paper,
        us=us,
        **addressed(campaign, details, union=chosen.slug in UNION_KINDS),
    )
    return CouncilContext(
        letter=letter,
        codes=codes,
        tone=tone,
        country=campaign.country,
        place=campaign.region or campaign.country,
        campaign=campaign,
        figures=campaign_figures(campaign),  # labels in the letter's language
    )


COUNCIL_LETTER = {"audience": COUNCIL, "period": REPLY}


@kind(
    "council-information-request",
    gettext_lazy("Information request on monitoring and AI training"),
    WHERE,
    gettext_lazy(
        "Ask the employer, as the employees' representatives, for a description of "
        "each system, its purposes, recipients, retention and impact assessment."
    ),
    REQUEST,
    **COUNCIL_LETTER,
)
def information_request(context: CouncilContext) -> dict:
    return {
        "subject": context.national("information_subject"),
        "basis": context.national("information_basis"),
    }


@kind(
    "works-agreement",
    gettext_lazy("Request to negotiate an agreement on monitoring"),
    WHERE,
    gettext_lazy(
        "Ask the employer to negotiate a binding agreement on the data collected, "
        "its purposes, AI training, retention and access."
    ),
    REQUEST,
    **COUNCIL_LETTER,
)
def works_agreement(context: CouncilContext) -> dict:
    return {
        "subject": context.national("agreement_subject"),
        "basis": context.national("agreement_basis"),
    }


@kind(
    "suspend-ai-training",
    gettext_lazy("Demand to suspend AI training on monitoring data"),
    WHERE,
    gettext_lazy(
        "Ask the employer to stop training AI on monitoring data until an agreement "
        "is in place, and to say which models were trained."
    ),
    REQUEST,
    **COUNCIL_LETTER,
)
def suspend_ai_training(context: CouncilContext) -> dict:
    training = next(
        (p for p in context.figures.purposes if p.key == "ai_training"), None
    )
    return {
        "ai_training": training,
        "basis": context.national("suspension_basis"),
    }


@kind(
    "council-union-bargaining",
    gettext_lazy("The union's request to bargain over monitoring (United States)"),
    ("US",),
    gettext_lazy(
        "Ask the employer to bargain over the monitoring and for the information "
        "the union needs to do so, with the survey's figures."
    ),
    REQUEST,
    **COUNCIL_LETTER,
)
def council_union_bargaining(context: CouncilContext) -> dict:
    if context.campaign.worker_representation not in UNION:
        raise NotApplicable(
            _("This letter is for a union that represents the employees.")
        )
    return {
        "practices": context.campaign.title,
        "refuse": context.cite("nlra-8-a-5"),
        "duty": context.cite("nlra-8-d"),
        "case": context.cite("nlrb-colgate-palmolive-1997"),
        "information": context.cite("scotus-acme-industrial-1967"),
    }


@follow_up_voice(Campaign)
def council_voice(campaign: Campaign, details: CouncilDetails | None) -> dict:
    """The council's follow-up, to the management, addressed as its first letters
    were; it rests on no data subject's request, so names no GDPR period."""
    return {
        **addressed(campaign, details),
        "opening": _(
            "On %(sent)s we sent you our letter “%(kind)s”. Thank you for your "
            "reply of %(replied)s. It does not answer everything we asked."
        ),
        "closing": closing(FIRM),
        "salutation": _("Dear Sir or Madam,"),
        "us": False,
        "subject": _("Incomplete answer to our letter of %(date)s"),
        "place": campaign.region or campaign.country,
        "country": campaign.country,
        "gdpr_period": None,
    }


@correspondent(Campaign)
def council_writes(campaign: Campaign) -> Correspondent:
    """A council records its letters about a campaign, read as of today."""
    return Correspondent(
        about=campaign,
        country=campaign.country,
        place=campaign.region or campaign.country,
        as_of=None,
        stored_as="campaign",
    )
