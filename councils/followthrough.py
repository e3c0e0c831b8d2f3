"""A council's letters, kept with its campaign: the owner the follow-through pages
of documents show for a council (documents/followthrough.py), registered from
CouncilsConfig.ready()."""

from django.urls import reverse
from django.utils.translation import gettext as _

from assessment.models import Assessment
from councils.forms import CouncilDetailsForm
from councils.letters import council_kinds
from councils.selectors import get_campaign
from documents.followthrough import Owner, audience


@audience("council")
class CampaignLetters(Owner):
    """The council writes as a body to the employer, from the campaign's figures,
    under today's law; a reply may change the council's own assessment of the
    official policy, if it made one."""

    prefix = "documents:campaign_"
    needs_login = True
    collective = True

    @classmethod
    def of(cls, request, public_id) -> Owner:
        campaign, _membership = get_campaign(request.user, public_id)
        return cls(public_id, campaign)

    @property
    def answers(self) -> Assessment | None:
        return self.holder.reference

    def kinds(self) -> list:
        return council_kinds(self.campaign)

    def back(self) -> tuple[str, str]:
        return (
            reverse("councils:campaign", args=[self.public_id]),
            _("Back to the campaign"),
        )

    def writing_url(self) -> str:
        return reverse("councils:campaign_letters", args=[self.public_id])

    def details_form(self, data=None):
        return CouncilDetailsForm(data)
