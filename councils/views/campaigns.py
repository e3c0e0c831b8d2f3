"""A council's campaigns: opening one, its dashboard of figures, its share link and
QR code, the figures as a spreadsheet, closing, deleting, and the council's own
assessment of the official policy. (The employee's side, taking part and sending,
is in take_part.py; the survey report and letters in documents.py.)

Every view finds the campaign through the signed-in user's membership: someone
outside the council gets 404, a member asking for an administrator's action gets 403.
A page is added here with its route in `routes` (councils/urls.py mounts them)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessment.access import grant
from councils import services as council_services
from councils import tasks
from councils.aggregates import campaign_figures
from councils.export import figures_csv
from councils.forms import CampaignForm
from councils.models import Campaign
from councils.qr import qr_svg
from councils.selectors import get_campaign, get_membership
from documents.charts import share_bars
from documents.http import document_language
from oversight.lib.client_address import client_address
from oversight.lib.downloads import as_download, attachment


@login_required
def new_campaign(request, council_id):
    membership = get_membership(request.user, council_id, admin=True)
    form = CampaignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        campaign = council_services.open_campaign(
            membership.council, **form.cleaned_data
        )
        return redirect("councils:campaign", campaign.public_id)
    return render(
        request,
        "councils/campaign_form.html",
        {"form": form, "council": membership.council},
    )


@login_required
def campaign(request, public_id):
    campaign, membership = get_campaign(request.user, public_id)
    figures = campaign_figures(campaign)
    # The survey report is made in the background: ready when the button is pressed,
    # in the page's language as the button says.
    lang = document_language(request)
    client = client_address(request)
    tasks.survey_ahead(campaign, lang, figures.published, client)
    return render(
        request,
        "councils/campaign.html",
        {
            "campaign": campaign,
            "membership": membership,
            "figures": figures,
            "grade_chart": share_bars(
                [(grade.label, grade.share) for grade in figures.grades],
                _("Grades of the submitted assessments"),
                _("hidden"),
            ),
            "share_url": _share_url(request, campaign),
        },
    )


def _share_url(request, campaign: Campaign) -> str:
    return request.build_absolute_uri(
        reverse("councils:take_part", args=[campaign.share_code])
    )


@login_required
def campaign_qr(request, public_id):
    campaign, _membership = get_campaign(request.user, public_id)
    response = HttpResponse(
        qr_svg(_share_url(request, campaign)), content_type="image/svg+xml"
    )
    if request.GET.get("download"):
        as_download(response, f"{slugify(campaign.title) or 'campaign'}-qr.svg")
    return response


@login_required
def campaign_csv(request, public_id):
    """The dashboard's figures as a spreadsheet file (UTF-8 with a byte-order mark,
    which spreadsheet programs need to read accents)."""
    campaign, _membership = get_campaign(request.user, public_id)
    text = figures_csv(campaign_figures(campaign))
    name = slugify(campaign.title) or "campaign"
    return attachment("\ufeff" + text, "text/csv; charset=utf-8", f"{name}-figures.csv")


@login_required
@require_POST
def toggle_campaign(request, public_id):
    campaign, _membership = get_campaign(request.user, public_id, admin=True)
    if council_services.toggle_campaign(campaign):
        messages.success(request, _("The campaign takes submissions again."))
    else:
        messages.success(request, _("The campaign is closed to new submissions."))
    return redirect("councils:campaign", campaign.public_id)


@login_required
def delete_campaign(request, public_id):
    campaign, membership = get_campaign(request.user, public_id, admin=True)
    if request.method == "POST":
        council_services.delete_campaign(campaign)
        messages.success(
            request, _("The campaign and everything in it have been deleted.")
        )
        return redirect("councils:council", membership.council.public_id)
    return render(request, "councils/delete_campaign.html", {"campaign": campaign})


@login_required
@require_POST
def assess_policy(request, public_id):
    """Open the council's own assessment of the official policy in the questionnaire."""
    campaign, _membership = get_campaign(request.user, public_id, admin=True)
    record = council_services.assess_policy(campaign)
    grant(request, record)
    return redirect("assessment:overview", record.public_id)


CAMPAIGN = "campaign/<uuid:public_id>/"
routes = [
    path("council/<uuid:council_id>/campaigns/new/", new_campaign, name="new_campaign"),
    path(CAMPAIGN, campaign, name="campaign"),
    path(CAMPAIGN + "qr.svg", campaign_qr, name="campaign_qr"),
    path(CAMPAIGN + "figures.csv", campaign_csv, name="campaign_csv"),
    path(CAMPAIGN + "open-close/", toggle_campaign, name="toggle_campaign"),
    path(CAMPAIGN + "delete/", delete_campaign, name="delete_campaign"),
    path(CAMPAIGN + "policy/", assess_policy, name="assess_policy"),
]
