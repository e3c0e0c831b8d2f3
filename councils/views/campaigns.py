"""Employees take part in a council's campaign from its share link, without an account.

The browser remembers which of its assessments belong to which campaign; the server
keeps no link between an employee's own assessment and the anonymous submission.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessment.access import (
    CAMPAIGNS,
    SUBMITTED,
    campaign_for,
    get_assessment_for_session,
    rate_limited,
    remember_new_assessment,
    revoke,
    was_submitted,
)
from councils.selectors import get_shared_campaign
from councils.services import (
    AlreadySent,
    CampaignClosed,
    send_assessment,
    start_assessment,
)


@rate_limited("create", limit=30)
def take_part(request, code):
    campaign = get_shared_campaign(code)
    if request.method == "POST":
        try:
            record, token = start_assessment(campaign)
        except CampaignClosed:
            pass  # the page says the campaign is closed
        else:
            remembered = list(request.session.get(CAMPAIGNS, {}).items())[-19:]
            request.session[CAMPAIGNS] = dict(
                [*remembered, (str(record.public_id), campaign.share_code)]
            )
            return remember_new_assessment(request, record, token)
    return render(request, "campaigns/take_part.html", {"campaign": campaign})


@require_POST
@rate_limited("submit", limit=20)
def send(request, public_id):
    record = get_assessment_for_session(request, public_id)
    campaign = campaign_for(request, record)
    if campaign is None or record.is_draft():
        return redirect("assessment:result", record.public_id)
    if was_submitted(request, record):
        messages.info(request, _("You have already sent this assessment."))
        return redirect("assessment:result", record.public_id)
    keep = request.POST.get("keep") == "yes"
    try:
        send_assessment(
            campaign, record, token=request.POST.get("send_token", ""), keep=keep
        )
    except AlreadySent:
        messages.info(request, _("You have already sent this assessment."))
        return redirect("assessment:result", record.public_id)
    except CampaignClosed:
        messages.error(
            request, _("This campaign is closed and takes no more submissions.")
        )
        return redirect("assessment:result", record.public_id)
    messages.success(
        request,
        _("Thank you. Your anonymous figures were added to “%(title)s”.")
        % {"title": campaign.title},
    )
    if not keep:
        revoke(request, record)
        messages.info(
            request,
            _("Your own assessment was deleted; only the anonymous figures remain."),
        )
        return redirect("councils:take_part", campaign.share_code)
    request.session[SUBMITTED] = [
        *request.session.get(SUBMITTED, []),
        str(record.public_id),
    ][-50:]
    return redirect("assessment:result", record.public_id)
