"""A council and its members: the council's page, inviting and joining, roles,
leaving, removing, deleting the council.

Every view finds the council through the signed-in user's membership: someone outside
the council gets 404, a member asking for an administrator's action gets 403. A page
is added here with its route in `routes` (councils/urls.py mounts them)."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from councils import services as council_services
from councils.forms import InvitationForm, SignupForm
from councils.models import Role
from councils.selectors import (
    expired_invitation,
    get_member,
    get_membership,
    used_invitation,
)
from oversight.lib.limits import rate_limited


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


COUNCIL = "council/<uuid:council_id>/"
routes = [
    path("council/new/", create_council, name="create_council"),
    path("council/join/<str:token>/", join, name="join"),
    path(COUNCIL, council, name="council"),
    path(COUNCIL + "members/", members, name="members"),
    path(COUNCIL + "leave/", leave_council, name="leave_council"),
    path(COUNCIL + "delete/", delete_council, name="delete_council"),
    path(
        COUNCIL + "members/<int:membership_id>/remove/",
        remove_member,
        name="remove_member",
    ),
    path(
        COUNCIL + "members/<int:membership_id>/role/", change_role, name="change_role"
    ),
    path(
        COUNCIL + "invitations/<int:invitation_id>/revoke/",
        revoke_invitation,
        name="revoke_invitation",
    ),
]
