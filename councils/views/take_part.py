"""Employees take part in a council's campaign from its share link, without an account.

The browser remembers which of its assessments belong to which campaign; the server
keeps no link between an employee's own assessment and the anonymous submission.
"""

import math

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from assessment.access import (
    get_assessment_for_session,
    remember_new_assessment,
    revoke,
)
from councils.access import (
    campaign_code_for,
    campaign_for,
    remember_campaign,
    remember_sent,
    was_submitted,
)
from councils.models import Campaign
from councils.selectors import get_shared_campaign
from councils.services import (
    SEND_WINDOW,
    AlreadySent,
    CampaignClosed,
    TooManySends,
    send_assessment,
    start_assessment,
    was_counted,
)
from oversight.lib.limits import rate_limited, window_of


@rate_limited("create", limit=30)
def take_part(request, code):
    campaign = get_shared_campaign(code)
    if request.method == "POST":
        try:
            record, token = start_assessment(campaign)
        except CampaignClosed:
            pass  # the page says the campaign is closed
        else:
            remember_campaign(request, record, campaign)
            return remember_new_assessment(request, record, token)
    return render(request, "campaigns/take_part.html", {"campaign": campaign})


@require_POST
@rate_limited("submit", limit=20)
def send(request, public_id):
    try:
        record = get_assessment_for_session(request, public_id)
    except Http404:
        return _counted_before(request, public_id)
    campaign = campaign_for(request, record)
    if campaign is None or record.is_draft():
        return redirect("assessment:result", record.public_id)
    if was_submitted(request, record):
        messages.info(request, _("You have already sent this assessment."))
        return redirect("assessment:result", record.public_id)
    keep = request.POST.get("keep") == "yes"
    try:
        send_assessment(campaign, record, keep=keep)
    except AlreadySent:
        remember_sent(request, record)
        messages.info(request, _("You have already sent this assessment."))
        return redirect("assessment:result", record.public_id)
    except CampaignClosed:
        messages.error(
            request, _("This campaign is closed and takes no more submissions.")
        )
        return redirect("assessment:result", record.public_id)
    except TooManySends:
        messages.error(request, _ceiling_message(campaign))
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
    remember_sent(request, record)
    return redirect("assessment:result", record.public_id)


def _counted_before(request, public_id):
    """A send repeated after its answer was lost, with its assessment deleted since:
    the form's token tells whether it counted. Only reads, so the check links
    nothing to anyone."""
    token = request.POST.get("send_token", "")
    if not token or not was_counted(token):
        raise Http404
    code = campaign_code_for(request, public_id)
    return render(
        request,
        "campaigns/counted.html",
        {
            "campaign": Campaign.objects.filter(share_code=code).first()
            if code
            else None
        },
    )


def _ceiling_message(campaign: Campaign) -> str:
    left = window_of(SEND_WINDOW)[1] - timezone.now()
    minutes = max(1, math.ceil(left.total_seconds() / 60))
    return ngettext(
        "This campaign takes only so many submissions an hour (%(limit)s), and this "
        "hour's have arrived. Nothing was sent and your assessment is unchanged: "
        "please send it again in %(minutes)s minute.",
        "This campaign takes only so many submissions an hour (%(limit)s), and this "
        "hour's have arrived. Nothing was sent and your assessment is unchanged: "
        "please send it again in %(minutes)s minutes.",
        minutes,
    ) % {"limit": campaign.sends_per_hour, "minutes": minutes}


routes = [
    path("assess/<uuid:public_id>/send/", send, name="send_to_campaign"),
    path("take-part/<str:code>/", take_part, name="take_part"),
]
