"""What the council pages read: a member's councils, memberships and campaigns, and
what is left of an invitation link that no longer works.

Someone outside the council finds nothing (404); a member asking for what only an
administrator may do is refused (403).
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from assessment import services
from councils.models import Campaign, Council, Invitation, Membership, SpentInvitation


def memberships_of(user) -> QuerySet[Membership]:
    """The user's memberships, each with its council."""
    return Membership.objects.select_related("council").filter(user=user)


def get_membership(user, council_id, admin: bool = False) -> Membership:
    """The user's membership of this council, or 404; 403 if an admin is needed."""
    membership = memberships_of(user).filter(council__public_id=council_id).first()
    if membership is None:
        raise Http404
    if admin and not membership.is_admin():
        raise PermissionDenied
    return membership


def get_member(council: Council, membership_id) -> Membership:
    """A membership of this council, or 404."""
    return get_object_or_404(
        Membership.objects.select_related("user"), pk=membership_id, council=council
    )


def get_campaign(user, public_id, admin: bool = False) -> tuple[Campaign, Membership]:
    """The campaign and the user's membership of its council, checked as above."""
    campaign = get_object_or_404(
        Campaign.objects.select_related("council", "reference"), public_id=public_id
    )
    membership = get_membership(user, campaign.council.public_id, admin)
    if campaign.reference is not None:
        # Its grade and gaps sit beside the figures: the policy's result as it stands.
        services.refresh(campaign.reference)
    return campaign, membership


def get_shared_campaign(code: str) -> Campaign:
    """The campaign its share link names, open or closed, or 404."""
    return get_object_or_404(
        Campaign.objects.select_related("council"), share_code=code
    )


def used_invitation(token: str) -> SpentInvitation | None:
    """The record that this invitation link was used, if it was."""
    return (
        SpentInvitation.objects.select_related("council")
        .filter(token_hash=services.hash_token(token))
        .first()
    )


def expired_invitation(token: str) -> Invitation | None:
    """The invitation of this link, if it is still kept: the link expired."""
    return (
        Invitation.objects.select_related("council")
        .filter(token_hash=services.hash_token(token))
        .first()
    )
