"""A council's own pages: its campaigns, members, figures, report and letters.

Every view finds the council through the signed-in user's membership: someone outside
the council gets 404, a member asking for an administrator's action gets 403.
"""

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.messages.views import SuccessMessageMixin
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from assessment.access import grant, rate_limited
from assessment.client_address import client_address
from assessment.downloads import as_download, attachment
from councils import services as council_services
from councils import tasks
from councils.aggregates import campaign_figures
from councils.export import figures_csv
from councils.forms import (
    CampaignForm,
    CouncilSignupForm,
    DeleteAccountForm,
    InvitationForm,
    SignupForm,
    ThrottledLoginForm,
)
from councils.models import Campaign, Role
from councils.qr import qr_svg
from councils.selectors import (
    expired_invitation,
    get_campaign,
    get_member,
    get_membership,
    memberships_of,
    used_invitation,
)
from documents.charts import share_bars
from documents.http import document_language


def home(request):
    memberships = []
    if request.user.is_authenticated:
        memberships = memberships_of(request.user)
    return render(request, "councils/home.html", {"memberships": memberships})


@rate_limited("signup", limit=10)
def signup(request):
    form = CouncilSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user, council = council_services.sign_up(
                form.cleaned_data["username"],
                form.cleaned_data["password1"],
                form.cleaned_data["council_name"],
            )
        except council_services.NameTaken:
            form.name_taken()
        else:
            login(request, user)
            messages.success(request, _("Your council's workspace is ready."))
            return redirect("councils:council", council.public_id)
    return render(request, "councils/signup.html", {"form": form})


class SignIn(auth_views.LoginView):
    """Django's sign-in, throttled, on our page. It returns to `next` only when that
    is a path of this site: Django takes "overview" for a page relative to this one."""

    template_name = "councils/login.html"
    authentication_form = ThrottledLoginForm
    redirect_authenticated_user = True

    def get_redirect_url(self):
        target = super().get_redirect_url()
        return target if target.startswith("/") else ""


class PasswordChange(SuccessMessageMixin, auth_views.PasswordChangeView):
    """Django's password change (it asks for the old password and keeps the user
    signed in), on our page and with a confirmation."""

    template_name = "councils/password.html"
    success_url = reverse_lazy("councils:councils")
    success_message = gettext_lazy("Your password was changed.")


@login_required
@require_POST
def create_council(request):
    name = request.POST.get("name", "").strip()[:120]
    if not name:
        messages.error(request, _("Give the council a name."))
        return redirect("councils:councils")
    council = council_services.create_council(request.user, name)
    return redirect("councils:council", council.public_id)


@login_required
def council(request, council_id):
    membership = get_membership(request.user, council_id)
    return render(
        request,
        "councils/council.html",
        {
            "membership": membership,
            "council": membership.council,
            "campaigns": membership.council.campaigns.all(),
        },
    )


@login_required
@never_cache
def members(request, council_id):
    membership = get_membership(request.user, council_id, admin=True)
    council = membership.council
    form = InvitationForm(request.POST or None)
    link = ""
    if request.method == "POST" and form.is_valid():
        token = council_services.invite(council, **form.cleaned_data)
        link = request.build_absolute_uri(reverse("councils:join", args=[token]))
        form = InvitationForm()  # ready for the next one
    return render(
        request,
        "councils/members.html",
        {
            "membership": membership,
            "council": council,
            "form": form,
            "link": link,
            "members": council.memberships.select_related("user"),
            "invitations": council.invitations.all(),
        },
    )


@login_required
@require_POST
def remove_member(request, council_id, membership_id):
    membership = get_membership(request.user, council_id, admin=True)
    other = get_member(membership.council, membership_id)
    if not council_services.remove_membership(other):
        messages.error(request, _("A council keeps at least one administrator."))
    else:
        messages.success(request, _("%(name)s was removed.") % {"name": other.user})
        if other == membership:
            return redirect("councils:councils")
    return redirect("councils:members", council_id)


@login_required
@require_POST
def change_role(request, council_id, membership_id):
    membership = get_membership(request.user, council_id, admin=True)
    other = get_member(membership.council, membership_id)
    role = request.POST.get("role")
    if role not in Role.values:
        raise Http404
    if council_services.change_role(other, role):
        messages.success(
            request,
            _("%(name)s is now: %(role)s.")
            % {"name": other.user, "role": other.get_role_display()},
        )
    else:
        messages.error(request, _("A council keeps at least one administrator."))
    if other == membership and role != Role.ADMIN:
        return redirect("councils:council", council_id)
    return redirect("councils:members", council_id)


@login_required
@never_cache
def delete_account(request):
    alone, blocking = council_services.account_deletion_plan(request.user)
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and not blocking and form.is_valid():
        try:
            council_services.delete_account(request.user)
        except council_services.AccountStillNeeded:
            return redirect("councils:delete_account")  # the councils changed meanwhile
        logout(request)
        messages.success(request, _("Your account was deleted."))
        return redirect("assessment:landing")
    return render(
        request,
        "councils/delete_account.html",
        {"form": form, "alone": alone, "blocking": blocking},
    )


@login_required
@require_POST
def leave_council(request, council_id):
    membership = get_membership(request.user, council_id)
    try:
        council_services.leave_council(membership)
    except council_services.OnlyMember:
        messages.error(
            request,
            _(
                "You are its only member: delete the council instead, if you want it gone."
            ),
        )
        return redirect("councils:council", council_id)
    except council_services.LastAdministrator:
        messages.error(
            request,
            _(
                "Make another member an administrator first; a council keeps at least one."
            ),
        )
        return redirect("councils:council", council_id)
    messages.success(request, _("You left %(name)s.") % {"name": membership.council})
    return redirect("councils:councils")


@login_required
def delete_council(request, council_id):
    membership = get_membership(request.user, council_id, admin=True)
    council = membership.council
    if request.method == "POST":
        council_services.delete_council(council)
        messages.success(
            request,
            _("%(name)s and everything in it have been deleted.") % {"name": council},
        )
        return redirect("councils:councils")
    return render(
        request,
        "councils/delete_council.html",
        {"council": council, "campaigns": council.campaigns.count()},
    )


@login_required
@require_POST
def revoke_invitation(request, council_id, invitation_id):
    membership = get_membership(request.user, council_id, admin=True)
    council_services.revoke_invitation(membership.council, invitation_id)
    messages.success(request, _("The invitation link no longer works."))
    return redirect("councils:members", council_id)


def _invitation_gone(request, token):
    """What happened to a link that no longer works and what to do: 410 Gone for a
    used or expired invitation, 404 for one never made, withdrawn or mistyped."""
    used = used_invitation(token)
    expired = None if used else expired_invitation(token)
    return render(
        request,
        "councils/invitation_gone.html",
        {"used": used, "expired": expired},
        status=410 if used or expired else 404,
    )


@rate_limited("join", limit=20)
def join(request, token):
    invitation = council_services.find_invitation(token)
    if invitation is None:
        return _invitation_gone(request, token)
    form = None
    try:
        if request.user.is_authenticated:
            if request.method == "POST":
                council_services.accept_invitation(invitation, request.user)
                return redirect("councils:council", invitation.council.public_id)
        else:
            form = SignupForm(request.POST or None)
            if request.method == "POST" and form.is_valid():
                membership = council_services.join_with_new_account(
                    invitation,
                    form.cleaned_data["username"],
                    form.cleaned_data["password1"],
                )
                login(request, membership.user)
                messages.success(
                    request,
                    _("Welcome to %(council)s.") % {"council": invitation.council},
                )
                return redirect("councils:council", invitation.council.public_id)
    except council_services.InvitationSpent:
        return _invitation_gone(request, token)  # used by someone else meanwhile
    except council_services.NameTaken:
        form.name_taken()  # by a sign-up at the same moment
    return render(
        request,
        "councils/join.html",
        {"invitation": invitation, "form": form, "token": token},
    )


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
