"""Councils, invitations, campaigns and submissions: the changes views and commands share."""

import datetime
import secrets

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from assessment import facts, rules
from assessment import services as assessment_services
from assessment.models import Assessment
from assessment.services import hash_token, new_token
from councils.models import (
    Campaign,
    Council,
    FeatureKind,
    Invitation,
    Membership,
    Role,
    SendReceipt,
    SpentInvitation,
    WaitingSubmission,
)
from councils.publication import publish
from oversight.lib.limits import count_attempt, private_cache_key

INVITATION_DAYS = 14
SEND_WINDOW = 3600  # a campaign's sends_per_hour count per clock hour


class CampaignClosed(Exception):
    """The campaign takes no more submissions."""


class InvitationSpent(Exception):
    """The invitation was used or withdrawn meanwhile."""


class OnlyMember(Exception):
    """The council's only member cannot leave it: it would belong to nobody."""


class LastAdministrator(Exception):
    """A council keeps at least one administrator."""


class NameTaken(Exception):
    """Someone took the user name meanwhile (the form checked it was free)."""


def create_council(user, name: str) -> Council:
    with transaction.atomic():
        council = Council.objects.create(name=name)
        Membership.objects.create(council=council, user=user, role=Role.ADMIN)
    return council


def _new_account(username: str, password: str) -> User:
    """A new user; NameTaken if a sign-up at the same moment took the name (its own
    savepoint, so that the caller's transaction is still usable)."""
    try:
        with transaction.atomic():
            return User.objects.create_user(username=username, password=password)
    except IntegrityError:
        raise NameTaken from None


def sign_up(username: str, password: str, council_name: str) -> tuple[User, Council]:
    """A new account with a council of its own, which it administers; NameTaken if
    the user name was taken meanwhile."""
    with transaction.atomic():
        user = _new_account(username, password)
        return user, create_council(user, council_name)


def invite(council: Council, role: str = Role.MEMBER, label: str = "") -> str:
    """A new single-use invitation; returns the token, which is not kept."""
    token = new_token()
    Invitation.objects.create(
        council=council,
        token_hash=hash_token(token),
        role=role,
        label=label,
        expires=timezone.now() + datetime.timedelta(days=INVITATION_DAYS),
    )
    return token


def find_invitation(token: str) -> Invitation | None:
    """A valid invitation for this token; expired ones count as missing."""
    return (
        Invitation.objects.select_related("council")
        .filter(token_hash=hash_token(token), expires__gt=timezone.now())
        .first()
    )


def accept_invitation(invitation: Invitation, user) -> Membership:
    """Join the council (an existing member keeps the higher role); the link is spent.
    InvitationSpent if someone used it, or it was withdrawn, meanwhile."""
    with transaction.atomic():
        if not Invitation.objects.select_for_update().filter(pk=invitation.pk).exists():
            raise InvitationSpent
        membership, created = Membership.objects.get_or_create(
            council=invitation.council, user=user, defaults={"role": invitation.role}
        )
        if not created and invitation.role == Role.ADMIN:
            membership.role = Role.ADMIN
            membership.save(update_fields=["role"])
        # Its hash stays, so that the link opened again says it was used.
        SpentInvitation.objects.get_or_create(
            token_hash=invitation.token_hash, defaults={"council": invitation.council}
        )
        invitation.delete()
    return membership


def join_with_new_account(
    invitation: Invitation, username: str, password: str
) -> Membership:
    """A new account, joining the council by the invitation; neither without the
    other. NameTaken if the user name was taken meanwhile."""
    with transaction.atomic():
        return accept_invitation(invitation, _new_account(username, password))


def revoke_invitation(council: Council, invitation_id) -> None:
    """The invitation's link no longer works (nothing happens if it is gone)."""
    council.invitations.filter(pk=invitation_id).delete()


def open_campaign(council: Council, **fields) -> Campaign:
    return Campaign.objects.create(
        council=council, share_code=secrets.token_urlsafe(12), **fields
    )


def _locked(campaign: Campaign) -> Campaign:
    """The campaign's row, held until the transaction ends."""
    return Campaign.objects.select_for_update().get(pk=campaign.pk)


def toggle_campaign(campaign: Campaign) -> bool:
    """Close an open campaign to new submissions, or open a closed one again; whether
    it is open now."""
    with transaction.atomic():
        locked = _locked(campaign)
        locked.is_open = not locked.is_open
        locked.save(update_fields=["is_open"])
    campaign.is_open = locked.is_open
    return campaign.is_open


def campaign_workplace(campaign: Campaign) -> dict:
    """The workplace every assessment of the campaign starts from, as the council set
    it when opening the campaign."""
    workplace = {
        "country": campaign.country,
        "worker_representation": campaign.worker_representation,
    }
    if campaign.region:
        workplace["region"] = campaign.region
    return workplace


def draft_document(campaign: Campaign, title: str) -> dict:
    """A new assessment of the campaign's workplace, with no practice yet."""
    document = {
        "format": facts.FORMAT,
        "title": title,
        "workplace": campaign_workplace(campaign),
        "practices": [],
    }
    if campaign.employer:
        document["employer"] = {"name": campaign.employer}
    return document


def assess_policy(campaign: Campaign) -> Assessment:
    """The council's own assessment of the official policy, started on first use from
    the campaign's workplace. Two administrators starting it at once share one."""
    with transaction.atomic():
        locked = _locked(campaign)
        if locked.reference is None:
            title = _("Official policy: %(title)s") % {"title": locked.title}
            draft = draft_document(locked, title)
            locked.reference, _token = assessment_services.start_draft(draft)
            locked.save(update_fields=["reference"])
    campaign.reference = locked.reference
    return locked.reference


def start_assessment(campaign: Campaign) -> tuple[Assessment, str]:
    """An employee's new assessment of the campaign's workplace, and its resume token.
    CampaignClosed once the campaign takes no more submissions."""
    if not campaign.is_open:
        raise CampaignClosed
    return assessment_services.start_draft(draft_document(campaign, campaign.title))


def is_last_admin(membership: Membership) -> bool:
    """Whether the council would have no administrator without this membership."""
    if not membership.is_admin():
        return False
    others = membership.council.memberships.exclude(pk=membership.pk)
    return not others.filter(role=Role.ADMIN).exists()


def _lock(council_ids) -> None:
    """Hold the councils until the transaction ends, so that two administrators
    leaving or demoted at once cannot both pass the last-administrator check (each
    would see the other still there)."""
    list(Council.objects.select_for_update().filter(pk__in=council_ids).order_by("pk"))


def change_role(membership: Membership, role: str) -> bool:
    """Give a member another role. False, and nothing changed, where that would leave
    the council without an administrator."""
    with transaction.atomic():
        _lock([membership.council_id])
        membership.refresh_from_db()
        if role != Role.ADMIN and is_last_admin(membership):
            return False
        membership.role = role
        membership.save(update_fields=["role"])
    return True


def remove_membership(membership: Membership) -> bool:
    """Remove a member, or a member leaving. False, and nothing changed, where that
    would leave the council without an administrator."""
    with transaction.atomic():
        _lock([membership.council_id])
        if not Membership.objects.filter(pk=membership.pk).exists():
            return True  # already gone
        membership.refresh_from_db()
        if is_last_admin(membership):
            return False
        membership.delete()
    return True


def leave_council(membership: Membership) -> None:
    """A member leaves the council: OnlyMember if nobody else belongs to it, and
    LastAdministrator if no administrator would remain; nothing changes then."""
    with transaction.atomic():
        _lock([membership.council_id])
        if not membership.council.memberships.exclude(pk=membership.pk).exists():
            raise OnlyMember
        if not remove_membership(membership):
            raise LastAdministrator


def account_deletion_plan(user) -> tuple[list[Council], list[Council]]:
    """What deleting this account means: (the councils that go with it, having no
    other member; the councils that prevent it, since the user is their last
    administrator and others remain)."""
    alone, blocking = [], []
    for membership in Membership.objects.select_related("council").filter(user=user):
        if not membership.council.memberships.exclude(user=user).exists():
            alone.append(membership.council)
        elif is_last_admin(membership):
            blocking.append(membership.council)
    return alone, blocking


class AccountStillNeeded(Exception):
    """The user is the last administrator of a council that others belong to."""


def delete_account(user) -> None:
    """The user, their memberships, and the councils nobody else belongs to, with
    those councils' campaigns, submissions and policy assessments."""
    with transaction.atomic():
        _lock(user.memberships.values_list("council_id", flat=True))
        alone, blocking = account_deletion_plan(user)
        if blocking:
            raise AccountStillNeeded(", ".join(council.name for council in blocking))
        for council in alone:
            delete_council(council)
        user.delete()


def delete_council(council: Council) -> None:
    """The council, its memberships, invitations and campaigns with everything in them."""
    with transaction.atomic():
        for campaign in council.campaigns.select_related("reference"):
            delete_campaign(campaign)
        council.delete()


def delete_campaign(campaign: Campaign) -> None:
    """The campaign, its submissions and the council's own assessment, at once; the
    stored reports and queued tasks of that assessment go too."""
    with transaction.atomic():
        reference = campaign.reference
        campaign.delete()
        if reference is not None:
            reference.delete()  # its stored reports go too (documents.report)


def features_of(
    assessment: facts.Assessment, result: rules.Result
) -> set[tuple[str, str]]:
    """What a submission reports or triggers, as (kind, key) pairs."""
    found = {(FeatureKind.GRADE, result.grade)}
    found |= {(FeatureKind.CONCERN, f.concern) for f in result.findings}
    found |= {(FeatureKind.RULE, f.rule.slug) for f in result.findings}
    for practice in assessment.practices:
        found |= {(FeatureKind.DATA, key) for key in practice.data}
        found |= {(FeatureKind.PURPOSE, key) for key in practice.purposes}
    return {(str(kind), key) for kind, key in found}


class AlreadySent(Exception):
    """This assessment was counted in this campaign already: not counted again."""


class TooManySends(Exception):
    """The campaign took as many submissions this hour as its administrators allow."""


def send_token(record: Assessment, campaign: Campaign) -> str:
    """The token of an assessment's send form: a keyed hash of the assessment and
    the campaign, so the server knows it without storing it, and every form, retry
    or browser of one assessment carries the same."""
    value = f"{record.public_id}|{campaign.public_id}"
    return salted_hmac("councils.send", value, algorithm="sha256").hexdigest()


def receipt_of(token: str) -> str:
    """What is stored of a counted send: a keyed hash of its token."""
    return salted_hmac("councils.receipt", token, algorithm="sha256").hexdigest()


def was_counted(token: str) -> bool:
    """Whether the send of this form's token was counted (waiting or published).
    Reads only: checking creates nothing that could link a browser to a send."""
    return _has_receipt(receipt_of(token))


def _has_receipt(receipt: str) -> bool:
    return (
        SendReceipt.objects.filter(key=receipt).exists()
        or WaitingSubmission.objects.filter(receipt=receipt).exists()
    )


def submit(
    campaign: Campaign,
    assessment: facts.Assessment,
    receipt: str | None = None,
    catalogue: rules.Catalogue | None = None,
) -> WaitingSubmission:
    """Add one anonymous submission to the campaign's pool: its grade and features,
    nothing of the answers, and publish the batch it completes.

    The campaign's row is held from the start, so that sends of one campaign take
    turns: a `receipt` seen before raises AlreadySent, however many requests carry
    it at once, and the hourly ceiling (TooManySends) counts exactly; a refused send
    leaves nothing behind. The rules are the current catalogue's unless `catalogue`
    names others (as submissions made under an older ruleset were)."""
    if not campaign.is_open:
        raise CampaignClosed
    result = (catalogue or rules.CATALOGUE).evaluate(assessment)
    features = sorted(features_of(assessment, result))
    with transaction.atomic():
        locked = _locked(campaign)
        if not locked.is_open:
            raise CampaignClosed
        if receipt and _has_receipt(receipt):
            raise AlreadySent
        key = private_cache_key("sends", locked.pk)
        if count_attempt(key, SEND_WINDOW) > locked.sends_per_hour:
            raise TooManySends  # the count is rolled back with the rest
        waiting = WaitingSubmission.objects.create(
            campaign=locked,
            ruleset=result.ruleset,
            score=result.score,
            grade=result.grade,
            features=features,
            receipt=receipt,
        )
        publish(campaign)  # the row is held already; this brings the figures up to date
    return waiting


def send_assessment(campaign: Campaign, record: Assessment, keep: bool = False) -> None:
    """Send an employee's assessment to the campaign (see submit); it counts once,
    whatever token a request carries. Unless the person keeps it, the assessment,
    its reports and its queued tasks go in the same transaction: nothing on the
    server then sits beside the submission that could link the two. A kept one is
    not written at all, so nothing in it dates the send."""
    receipt = receipt_of(send_token(record, campaign))
    with transaction.atomic():
        submit(campaign, record.get_facts(), receipt=receipt)
        if not keep:
            record.delete()  # its stored reports go too (documents.report)
