"""The changes council pages ask for, and the refusals they turn into messages."""

import pytest
from django.contrib.auth.models import User

from assessment import rules
from assessment import services as assessment_services
from assessment.models import Assessment
from councils import services
from councils.models import Role, SendReceipt, WaitingSubmission
from tests.councils.fixtures import PASSWORD, fill, received, variant


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


def test_an_administrators_invitation_promotes_an_existing_member(people):
    token = services.invite(people["council"], role=Role.ADMIN)
    membership = services.accept_invitation(
        services.find_invitation(token), people["member"]
    )
    assert membership.role == Role.ADMIN
    assert people["member"].memberships.get().role == Role.ADMIN
    assert people["council"].memberships.count() == 2  # no second membership


def test_a_members_invitation_keeps_an_administrator_an_administrator(people):
    token = services.invite(people["council"], role=Role.MEMBER)
    services.accept_invitation(services.find_invitation(token), people["admin"])
    assert people["admin"].memberships.get().role == Role.ADMIN


def test_a_token_finds_only_its_own_invitation(people):
    services.invite(people["council"])  # another link, still valid
    assert services.find_invitation("not-a-token-anyone-was-given") is None
    token = services.invite(people["council"], label="for Max")
    found = services.find_invitation(token)
    assert found.label == "for Max" and found.council == people["council"]


def test_joining_with_a_new_account_keeps_the_password_chosen(people):
    token = services.invite(people["council"])
    membership = services.join_with_new_account(
        services.find_invitation(token), "nora", PASSWORD
    )
    assert membership.user.check_password(PASSWORD)


def test_deleting_a_campaign_deletes_the_councils_assessment_of_its_policy(campaign):
    reference = services.assess_policy(campaign)
    services.delete_campaign(campaign)
    assert not Assessment.objects.filter(pk=reference.pk).exists()


def test_a_members_invitation_leaves_an_existing_member_a_member(people):
    token = services.invite(people["council"], role=Role.MEMBER)
    services.accept_invitation(services.find_invitation(token), people["member"])
    assert people["member"].memberships.get().role == Role.MEMBER


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
    assert received(campaign) == 2
    assert not Assessment.objects.filter(public_id=sent.public_id).exists()
    assert Assessment.objects.filter(public_id=kept.public_id).exists()


def test_one_assessment_counts_once_in_a_campaign(campaign):
    kept, _token = assessment_services.import_assessment(variant(1))
    services.send_assessment(campaign, kept, keep=True)
    with pytest.raises(services.AlreadySent):
        services.send_assessment(campaign, kept, keep=True)
    assert received(campaign) == 1


def test_the_send_token_is_bound_to_the_assessment_and_the_campaign(people, campaign):
    first, _token = assessment_services.import_assessment(variant(1))
    second, _token = assessment_services.import_assessment(variant(1))
    other = services.open_campaign(people["council"], title="t", country="DE")
    token = services.send_token(first, campaign)
    assert token == services.send_token(first, campaign)
    assert token != services.send_token(second, campaign)
    assert token != services.send_token(first, other)
    assert len(token) == 64 and str(first.public_id) not in token


def test_a_counted_send_can_be_checked_by_its_token_alone(campaign):
    record, _token = assessment_services.import_assessment(variant(1))
    token = services.send_token(record, campaign)
    assert not services.was_counted(token)
    services.send_assessment(campaign, record)
    assert services.was_counted(token)  # waiting for its batch
    assert not services.was_counted("made-up")
    fill(campaign, 4)
    assert services.was_counted(token)  # published
    # Only a keyed hash of the token is stored, and only with its batch.
    assert not WaitingSubmission.objects.exists()
    assert SendReceipt.objects.get().key == services.receipt_of(token)
    assert token not in str(list(SendReceipt.objects.values()))


def test_the_campaigns_hourly_ceiling_refuses_and_leaves_nothing_behind(people):
    campaign = services.open_campaign(
        people["council"], title="t", country="DE", sends_per_hour=3
    )
    fill(campaign, 3)
    record, _token = assessment_services.import_assessment(variant(1))
    with pytest.raises(services.TooManySends):
        services.send_assessment(campaign, record)
    assert Assessment.objects.filter(pk=record.pk).exists()  # not deleted
    assert received(campaign) == 3
    assert not services.was_counted(services.send_token(record, campaign))


def test_each_campaign_counts_its_own_sends_against_its_ceiling(people):
    full, other = (
        services.open_campaign(
            people["council"], title=title, country="DE", sends_per_hour=3
        )
        for title in ("full", "other")
    )
    fill(full, 3)
    fill(other, 3)  # the other campaign's sends do not fill this one's hour
    with pytest.raises(services.TooManySends):
        services.submit(full, variant(4))
    assert received(other) == 3


def test_a_submission_keeps_its_grade_and_ruleset(campaign):
    waiting = services.submit(campaign, variant(0))
    result = rules.assess(variant(0))
    assert (waiting.grade, waiting.ruleset) == (result.grade, result.ruleset)


def test_sending_without_keeping_drops_the_queued_tasks_that_name_it(campaign):
    from django_tasks_db.models import DBTaskResult

    from documents import tasks

    record, _token = assessment_services.import_assessment(variant(1))
    other, _token = assessment_services.import_assessment(variant(2))
    for each in (record, other):
        tasks.render_report.enqueue(str(each.public_id), each.digest, "en", "", None)
    running = DBTaskResult.objects.get(args_kwargs__args__0=str(record.public_id))
    tasks.render_report.enqueue(str(record.public_id), record.digest, "de", "", None)
    DBTaskResult.objects.filter(pk=running.pk).update(status="RUNNING")
    services.send_assessment(campaign, record)
    stored = str(list(DBTaskResult.objects.values()))
    assert str(record.public_id) not in stored
    assert str(other.public_id) in stored
    assert DBTaskResult.objects.count() == 2  # the other's, and the running one


def test_a_kept_assessment_is_not_written_when_sent(campaign):
    record, _token = assessment_services.import_assessment(variant(1))
    before = Assessment.objects.values().get(pk=record.pk)
    services.send_assessment(campaign, record, keep=True)
    assert Assessment.objects.values().get(pk=record.pk) == before
