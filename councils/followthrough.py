"""A council's letters, kept with its campaign: the owner the follow-through pages
of documents show for a council (documents/followthrough.py), registered from
CouncilsConfig.ready()."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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

    prefix = "councils:campaign_"
    needs_login = True
    details_form_class = CouncilDetailsForm
    words = {
        "reply_title": gettext_lazy("The employer's reply"),
        "reply_help": gettext_lazy(
            "Paste the reply's text, or upload it below. It is kept with this "
            "campaign only, for the council's members, and deleted with it."
        ),
        "extension_announced": gettext_lazy("The employer announced an extension."),
        "ask_again": gettext_lazy(
            "The letter below asks the employer again for exactly these points, in "
            "the language of the council's first letter."
        ),
        "changes_title": gettext_lazy("Apply to the policy assessment"),
        "changes_intro": gettext_lazy(
            "The reply states facts that differ from the council's assessment of "
            "the official policy. Tick those that are right: the answers change and "
            "the policy's result is worked out again."
        ),
        "remove_note": gettext_lazy(
            "Removes the letter and the employer's reply from this campaign for good."
        ),
        "intro": gettext_lazy(
            "Note each letter the council sent to the employer: Oversight works out "
            "when the answer is due, and when it comes, helps you check what it "
            "leaves open. Only the kind of letter, its language, the date, how it "
            "was sent, its questions and the reply are kept, with this campaign, "
            "for the council's members; never a name or address."
        ),
        "letters_title": gettext_lazy("The council's letters"),
        "add_title": gettext_lazy("Note a letter the council sent"),
        "remove_confirm": gettext_lazy(
            "The letter and the employer's reply are removed from this campaign for "
            "good: this cannot be undone."
        ),
    }

    @classmethod
    def of(cls, request, public_id) -> Owner:
        campaign, _membership = get_campaign(request.user, public_id)
        return cls(public_id, campaign)

    @property
    def answers(self) -> Assessment | None:
        return self.holder.reference

    def kinds(self) -> list:
        return council_kinds(self.holder)

    def back(self) -> tuple[str, str]:
        return (
            reverse("councils:campaign", args=[self.public_id]),
            _("Back to the campaign"),
        )

    def writing_url(self) -> str:
        return reverse("councils:campaign_letters", args=[self.public_id])
