"""The councils' URLs (namespace "councils"): accounts, councils, campaigns, taking
part and sending, and the council's documents."""

from django.contrib.auth import views as auth_views
from django.urls import path

from councils.views import agreements, councils, take_part
from councils.views import documents as council_documents

app_name = "councils"

urlpatterns = [
    path("assess/<uuid:public_id>/send/", take_part.send, name="send_to_campaign"),
    path("take-part/<str:code>/", take_part.take_part, name="take_part"),
    path("council/", councils.home, name="councils"),
    path("council/signup/", councils.signup, name="signup"),
    path("council/login/", councils.SignIn.as_view(), name="login"),
    path("council/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("council/password/", councils.PasswordChange.as_view(), name="password"),
    path("council/account/delete/", councils.delete_account, name="delete_account"),
    path("council/new/", councils.create_council, name="create_council"),
    path("council/join/<str:token>/", councils.join, name="join"),
    path("council/<uuid:council_id>/", councils.council, name="council"),
    path("council/<uuid:council_id>/members/", councils.members, name="members"),
    path(
        "council/<uuid:council_id>/leave/",
        councils.leave_council,
        name="leave_council",
    ),
    path(
        "council/<uuid:council_id>/delete/",
        councils.delete_council,
        name="delete_council",
    ),
    path(
        "council/<uuid:council_id>/members/<int:membership_id>/remove/",
        councils.remove_member,
        name="remove_member",
    ),
    path(
        "council/<uuid:council_id>/members/<int:membership_id>/role/",
        councils.change_role,
        name="change_role",
    ),
    path(
        "council/<uuid:council_id>/invitations/<int:invitation_id>/revoke/",
        councils.revoke_invitation,
        name="revoke_invitation",
    ),
    path(
        "council/<uuid:council_id>/campaigns/new/",
        councils.new_campaign,
        name="new_campaign",
    ),
    path("campaign/<uuid:public_id>/", councils.campaign, name="campaign"),
    path("campaign/<uuid:public_id>/qr.svg", councils.campaign_qr, name="campaign_qr"),
    path(
        "campaign/<uuid:public_id>/figures.csv",
        councils.campaign_csv,
        name="campaign_csv",
    ),
    path(
        "campaign/<uuid:public_id>/open-close/",
        councils.toggle_campaign,
        name="toggle_campaign",
    ),
    path(
        "campaign/<uuid:public_id>/delete/",
        councils.delete_campaign,
        name="delete_campaign",
    ),
    path(
        "campaign/<uuid:public_id>/policy/",
        councils.assess_policy,
        name="assess_policy",
    ),
    path(
        "campaign/<uuid:public_id>/report/",
        council_documents.report,
        name="campaign_report",
    ),
    path(
        "campaign/<uuid:public_id>/letters/",
        council_documents.letters,
        name="campaign_letters",
    ),
    path(
        "campaign/<uuid:public_id>/agreement/",
        agreements.draft,
        name="agreement",
    ),
    path(
        "campaign/<uuid:public_id>/agreement/check/",
        agreements.check,
        name="agreement_check",
    ),
]
