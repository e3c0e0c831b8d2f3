"""The changes council pages ask for, and the refusals they turn into messages."""

import pytest
from django.contrib.auth.models import User

from assessment import services as assessment_services
from assessment.models import Assessment
from councils import services
from councils.models import Role
from tests.councils.fixtures import PASSWORD, variant


def test_signing_up_makes_an_account_that_administers_its_own_council(db):
    user, council = services.sign_up("nora", PASSWORD, "Personalrat Kassel")
    assert user.check_password(PASSWORD)
    assert council.memberships.get().role == Role.ADMIN
    assert council.memberships.get().user == user


def test_an_invitation_used_meanwhile_lets_nobody_else_in(people):
    token = services.invite(people["council"])
    invitation = services.find_invitation(token)
    services.accept_invitation(invitation, people["outsider"])
    with pytest.raises(services.InvitationSpent):
        services.join_with_new_account(invitation, "late", PASSWORD)
    assert not User.objects.filter(username="late").exists()


def test_joining_with_a_new_account_makes_it_a_member_and_spends_the_link(people):
    token = services.invite(people["council"], role=Role.ADMIN)
    membership = services.join_with_new_account(
        services.find_invitation(token), "nora", PASSWORD
    )
    assert membership.council == people["council"]
    assert membership.role == Role.ADMIN
    assert services.find_invitation(token) is None


def test_the_only_member_cannot_leave(people):
    alone = people["other"].memberships.get()
    with pytest.raises(services.OnlyMember):
        services.leave_council(alone)
    assert people["other"].memberships.count() == 1


def test_the_last_administrator_cannot_leave_while_others_remain(people):
    admin = people["council"].memberships.get(user=people["admin"])
    with pytest.raises(services.LastAdministrator):
        services.leave_council(admin)
    assert people["council"].memberships.filter(role=Role.ADMIN).exists()


def test_a_member_leaves(people):
    member = people["council"].memberships.get(user=people["member"])
    services.leave_council(member)
    assert not people["council"].memberships.filter(user=people["member"]).exists()


def test_a_withdrawn_invitation_no_longer_works(people):
    token = services.invite(people["council"])
    services.revoke_invitation(people["council"], services.find_invitation(token).pk)
    assert services.find_invitation(token) is None


def test_toggling_closes_an_open_campaign_and_opens_it_again(campaign):
    assert services.toggle_campaign(campaign) is False
    campaign.refresh_from_db()
    assert not campaign.is_open
    assert services.toggle_campaign(campaign) is True
    campaign.refresh_from_db()
    assert campaign.is_open


def test_the_policy_assessment_is_started_once(campaign):
    first = services.assess_policy(campaign)
    again = services.assess_policy(campaign)
    assert again == first
    assert first.document["title"] == "Official policy: Monitoring in Leipzig"
    assert first.document["workplace"]["country"] == "DE"
    campaign.refresh_from_db()
    assert campaign.reference == first


def test_a_closed_campaign_starts_no_assessment(campaign):
    services.toggle_campaign(campaign)
    with pytest.raises(services.CampaignClosed):
        services.start_assessment(campaign)


def test_a_sent_assessment_is_deleted_unless_kept(campaign):
    sent, _token = assessment_services.import_assessment(variant(1))
    kept, _token = assessment_services.import_assessment(variant(2))
    services.send_assessment(campaign, sent)
    services.send_assessment(campaign, kept, keep=True)
    assert campaign.submissions.count() == 2
    assert not Assessment.objects.filter(public_id=sent.public_id).exists()
    assert Assessment.objects.filter(public_id=kept.public_id).exists()
