"""Employees take part in a council's campaign from its share link, without an account.

The browser remembers which of its assessments belong to which campaign; the server
keeps no link between an employee's own assessment and the anonymous submission.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessment import services
from assessment.views.access import (
    CAMPAIGNS,
    SUBMITTED,
    campaign_for,
    get_assessment_for_session,
    rate_limited,
    revoke,
    was_submitted,
)
from assessment.views.journey import remember_new_assessment
from councils.models import Campaign
from councils.services import (
    AlreadySent,
    CampaignClosed,
    draft_document,
    submit,
)
from documents.report import forget_reports


@rate_limited("create", limit=30)
def take_part(request, code):
    campaign = get_object_or_404(
        Campaign.objects.select_related("council"), share_code=code
    )
    if request.method == "POST" and campaign.is_open:
        document = draft_document(campaign, campaign.title)
        record, token = services.start_draft(document)
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
    try:
        submit(campaign, record.get_facts(), token=request.POST.get("send_token", ""))
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
    if request.POST.get("keep") != "yes":
        # Unless the person keeps it, the assessment goes: nothing on the server then
        # sits beside the submission that could link the two.
        revoke(request, record)
        record.delete()
        forget_reports(record.document, record.as_of)
        messages.info(
            request,
            _("Your own assessment was deleted; only the anonymous figures remain."),
        )
        return redirect("councils:take_part", campaign.share_code)
    services.blur_times(record)
    request.session[SUBMITTED] = [
        *request.session.get(SUBMITTED, []),
        str(record.public_id),
    ][-50:]
    return redirect("assessment:result", record.public_id)
