"""Oversight's URLs: the root URLconf for every app."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from assessment.views import (
    examples,
    health,
    journey,
    pages,
    policy,
    transfer,
)
from councils.forms import ThrottledLoginForm
from councils.views import campaigns, councils
from councils.views import documents as council_documents
from documents.views import documents, followup


def follow_through(route: str, prefix: str, audience: str) -> list:
    """The pages that follow letters through, for an employee's assessment or a
    council's campaign: the same views, told whose letters they are."""
    audience = {"audience": audience}
    letter = route + "/sent/<int:letter_id>"
    return [
        path(
            route + "/sent/",
            followup.sent_letters,
            audience,
            name=prefix + "sent_letters",
        ),
        path(letter + "/", followup.sent_letter, audience, name=prefix + "sent_letter"),
        path(
            letter + "/marks/",
            followup.confirm_marks,
            audience,
            name=prefix + "confirm_marks",
        ),
        path(
            letter + "/follow-up/",
            followup.follow_up_letter,
            audience,
            name=prefix + "follow_up_letter",
        ),
        path(
            letter + "/deadline.ics",
            followup.deadline_calendar,
            audience,
            name=prefix + "deadline_calendar",
        ),
        path(
            letter + "/apply/",
            followup.apply_changes,
            audience,
            name=prefix + "apply_changes",
        ),
        path(
            letter + "/remove/",
            followup.remove_letter,
            audience,
            name=prefix + "remove_letter",
        ),
    ]


urlpatterns = [
    path("", pages.landing, name="landing"),
    path("healthz", health.healthz, name="healthz"),
    path("assess/", journey.start, name="start"),
    path("import/", transfer.import_file, name="import"),
    path("examples/", examples.examples, name="examples"),
    path("rules/", pages.rules_catalogue, name="rules"),
    path("examples/<slug:name>/", examples.open_example, name="open_example"),
    path("resume/<str:token>/", journey.resume, name="resume"),
    path("assess/<uuid:public_id>/", journey.overview, name="overview"),
    path("assess/<uuid:public_id>/saved/", journey.saved, name="saved"),
    path("assess/<uuid:public_id>/workplace/", journey.workplace, name="workplace"),
    path(
        "assess/<uuid:public_id>/practices/new/", journey.practice, name="practice_new"
    ),
    path(
        "assess/<uuid:public_id>/practices/<int:index>/",
        journey.practice,
        name="practice",
    ),
    path(
        "assess/<uuid:public_id>/practices/<int:index>/duplicate/",
        journey.duplicate_practice,
        name="practice_duplicate",
    ),
    path(
        "assess/<uuid:public_id>/practices/<int:index>/remove/",
        journey.remove_practice,
        name="practice_remove",
    ),
    path("assess/<uuid:public_id>/result/", journey.result, name="result"),
    path("assess/<uuid:public_id>/delete/", journey.delete, name="delete"),
    path("assess/<uuid:public_id>/report/", documents.report, name="report"),
    path("assess/<uuid:public_id>/letters/", documents.letters, name="letters"),
    path("assess/<uuid:public_id>/policy/", policy.check, name="policy"),
    *follow_through("assess/<uuid:public_id>", "", "employee"),
    path(
        "assess/<uuid:public_id>/sent/complaint/",
        followup.complaint,
        name="complaint_with_history",
    ),
    path(
        "assess/<uuid:public_id>/assessment.json",
        transfer.export_assessment,
        name="export_assessment",
    ),
    path(
        "assess/<uuid:public_id>/result.json",
        transfer.export_result,
        name="export_result",
    ),
    path("assess/<uuid:public_id>/send/", campaigns.send, name="send_to_campaign"),
    path("take-part/<str:code>/", campaigns.take_part, name="take_part"),
    path("council/", councils.home, name="councils"),
    path("council/signup/", councils.signup, name="signup"),
    path(
        "council/login/",
        auth_views.LoginView.as_view(
            template_name="councils/login.html",
            authentication_form=ThrottledLoginForm,
            redirect_authenticated_user=True,
        ),
        name="login",
    ),
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
    *follow_through("campaign/<uuid:public_id>", "campaign_", "council"),
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
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
