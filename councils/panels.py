"""The councils' panels on the employee's result page (assessment/panels.py),
registered in CouncilsConfig.ready()."""

from councils.access import campaign_for, was_submitted
from councils.services import send_token


def campaign_send(request, record) -> dict | None:
    """Send the result to the campaign whose link the assessment was started from."""
    campaign = campaign_for(request, record)
    if campaign is None:
        return None
    return {
        "template": "campaigns/result_send.html",
        "campaign": campaign,
        "submitted": was_submitted(request, record),
        # Bound to the assessment and its campaign: it counts once, and a send
        # whose answer was lost can be checked with it (see councils.services).
        "send_token": send_token(record, campaign),
    }


def council_policy(request, record) -> dict | None:
    """A council's own assessment of a campaign's official policy leads back to it."""
    campaign = getattr(record, "campaign", None)
    if campaign is None:
        return None
    return {"template": "campaigns/result_policy.html", "campaign": campaign}
