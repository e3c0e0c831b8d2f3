"""Council pages: who may see and do what, invitations, campaigns and submissions."""

import csv
import datetime
import io

import pytest
from django.urls import URLResolver, get_resolver, reverse

from assessment.access import STATE_COOKIE, signed_state
from assessment.models import Assessment
from councils import services
from councils.models import (
    Campaign,
    Invitation,
    Membership,
    Role,
    SpentInvitation,
    Submission,
)
from documents import followup
from documents.models import SentLetter
from tests import builders
from tests.councils.fixtures import (
    PASSWORD,
    fill,
    open_campaign,
    received,
    stored_features,
)
from tests.web.conftest import WORKPLACE, employee_state, practice_data

pytestmark = pytest.mark.django_db


def page(response) -> str:
    return response.content.decode()


# Who may use each page of a council or a campaign, and how it is asked for: every
# such route of the URLconf must be here (a new one fails until it is), so that none
# goes without the outsider's and the stranger's checks below. Routes that change
# or remove something come last, in this order, so the others still have their rows.
PAGES = {
    "councils:council": ("member", ("get",)),
    "councils:members": ("admin", ("get", "post")),
    "councils:new_campaign": ("admin", ("get",)),
    "councils:campaign": ("member", ("get",)),
    "councils:campaign_qr": ("member", ("get",)),
    "councils:campaign_csv": ("member", ("get",)),
    "councils:campaign_report": ("member", ("get",)),
    "councils:campaign_letters": ("member", ("get",)),
    "councils:agreement": ("member", ("get", "post")),
    "councils:agreement_check": ("member", ("get", "post")),
    "councils:campaign_sent_letters": ("member", ("get", "post")),
    "councils:campaign_sent_letter": ("member", ("get", "post")),
    "councils:campaign_deadline_calendar": ("member", ("get",)),
    "councils:campaign_confirm_marks": ("member", ("post",)),
    "councils:campaign_follow_up_letter": ("member", ("post",)),
    "councils:campaign_apply_changes": ("member", ("post",)),
    "councils:campaign_extension": ("member", ("post",)),
    "councils:toggle_campaign": ("admin", ("post",)),
    "councils:assess_policy": ("admin", ("post",)),
    "councils:campaign_remove_letter": ("member", ("get", "post")),
    "councils:revoke_invitation": ("admin", ("post",)),
    "councils:change_role": ("admin", ("post",)),
    "councils:remove_member": ("admin", ("post",)),
    "councils:delete_council": ("admin", ("get",)),
    "councils:delete_campaign": ("admin", ("get", "post")),
    "councils:leave_council": ("member", ("post",)),
}
# What a form sends, where a page needs it to go past its own checks.
SENT = {"councils:change_role": {"role": Role.MEMBER}}


def council_routes(
    patterns=None, prefix: str = "", namespace: str = ""
) -> dict[str, tuple[str, ...]]:
    """Every named route of a council's or a campaign's pages in the URLconf (its
    path names a council, or begins with campaign/), with the arguments it takes."""
    found = {}
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = entry.namespace or namespace
            found |= council_routes(entry.url_patterns, route, inner)
        elif "<uuid:council_id>" in route or route.startswith("campaign/"):
            found[f"{namespace}:{entry.name}"] = tuple(entry.pattern.converters)
    return found


def urls(people, campaign) -> list[tuple[str, str, str, dict]]:
    """(method, url, who may: 'member' or 'admin', what is sent) for every council
    page."""
    invitation = Invitation.objects.create(
        council=people["council"], token_hash="x" * 64, expires="2100-01-01T00:00Z"
    )
    services.assess_policy(campaign)  # the answers a reply's facts change
    letter, _new = followup.record_sent(
        campaign, "works-agreement", "de", datetime.date(2026, 11, 2), "email"
    )
    followup.record_reply(
        letter, "Die Protokolle werden 90 Tage gespeichert.", datetime.date(2026, 11, 9)
    )
    arguments = {
        "council_id": people["council"].public_id,
        "public_id": campaign.public_id,
        "membership_id": Membership.objects.get(user=people["member"]).pk,
        "invitation_id": invitation.pk,
        "letter_id": letter.pk,
    }
    routes = council_routes()
    assert set(routes) == set(PAGES), (
        "every council or campaign route needs its line in PAGES (who may use it)"
    )
    pdf = reverse("councils:campaign_report", args=[campaign.public_id])
    return [("get", pdf + "?format=pdf", "member", {})] + [
        (
            method,
            reverse(name, kwargs={a: arguments[a] for a in routes[name]}),
            needs,
            SENT.get(name, {}),
        )
        for name, (needs, methods) in PAGES.items()
        for method in methods
    ]


EXPECTED = {
    # who: (status for a member's page, status for an admin's page)
    "anonymous": (302, 302),
    "outsider": (404, 404),
    "member": (200, 403),
    "admin": (200, 200),
}


@pytest.mark.parametrize("who", list(EXPECTED))
def test_every_council_page_checks_membership_and_role(people, campaign, client, who):
    fill(campaign, 5)
    if who != "anonymous":
        client.force_login(people[who])
    for method, url, needs, sent in urls(people, campaign):
        response = getattr(client, method)(url, sent)
        status = response.status_code
        expected = EXPECTED[who][needs == "admin"]
        if expected == 200 and method == "post":
            assert status in (200, 302), (method, url, status)
        else:
            assert status == expected, (who, method, url, status)
        if who == "anonymous":
            assert response["Location"].startswith(reverse("councils:login"))
        if who == "outsider":
            assert "Leipzig" not in page(response)
        if status == 403:  # our page, in words
            assert "only administrators invite people" in page(response)
    if who == "outsider":
        assert Campaign.objects.filter(pk=campaign.pk).exists()
        assert Membership.objects.filter(user=people["member"]).exists()
        assert SentLetter.objects.filter(campaign=campaign).exists()


def test_signing_up_creates_a_council_with_its_first_admin(client, db):
    response = client.post(
        reverse("councils:signup"),
        {
            "username": "rita",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "council_name": "CSE Lyon",
        },
    )
    membership = Membership.objects.get(user__username="rita")
    assert membership.role == Role.ADMIN
    assert response["Location"] == reverse(
        "councils:council", args=[membership.council.public_id]
    )


def test_a_signup_error_keeps_what_was_typed(client, db):
    response = client.post(
        reverse("councils:signup"),
        {"username": "rita", "password1": "x", "password2": "y", "council_name": "CSE"},
    )
    assert response.status_code == 200
    assert "Please correct the following" in page(response)
    assert 'value="rita"' in page(response) and 'value="CSE"' in page(response)
    assert not Membership.objects.exists()


def test_an_invitation_link_works_once_and_makes_a_member(
    people, client, client_factory
):
    client.force_login(people["admin"])
    council = people["council"]
    response = client.post(
        reverse("councils:members", args=[council.public_id]),
        {"role": "member", "label": "Jo"},
    )
    link = response.context["link"]
    token = link.rstrip("/").rsplit("/", 1)[-1]
    assert token not in str(list(Invitation.objects.values()))

    newcomer = client_factory()
    joined = newcomer.post(
        link, {"username": "jo", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert joined.status_code == 302
    membership = Membership.objects.get(user__username="jo")
    assert membership.council == council and membership.role == Role.MEMBER
    again = client_factory().get(link)
    assert again.status_code == 410
    assert "<h1>This invitation was already used</h1>" in page(again)


def test_an_existing_user_joins_after_signing_in(people, client):
    token = services.invite(people["other"], role=Role.MEMBER)
    client.force_login(people["member"])
    client.post(reverse("councils:join", args=[token]))
    assert Membership.objects.filter(
        user=people["member"], council=people["other"]
    ).exists()


def test_the_last_admin_cannot_be_removed(people, client):
    client.force_login(people["admin"])
    own = Membership.objects.get(user=people["admin"])
    client.post(
        reverse("councils:remove_member", args=[people["council"].public_id, own.pk])
    )
    assert Membership.objects.filter(pk=own.pk).exists()


def test_logins_are_throttled_after_repeated_failures(people, client, settings):
    settings.RATE_LIMITS_ENABLED = True
    for _ in range(5):
        client.post(reverse("councils:login"), {"username": "ada", "password": "wrong"})
    response = client.post(
        reverse("councils:login"), {"username": "ada", "password": PASSWORD}
    )
    assert "Too many failed attempts" in page(response)
    assert "_auth_user_id" not in client.session


def test_a_campaign_form_error_keeps_what_was_typed(people, client):
    client.force_login(people["admin"])
    response = client.post(
        reverse("councils:new_campaign", args=[people["council"].public_id]),
        {"title": "Leipzig", "country": "DE", "threshold": "2"},
    )
    assert response.status_code == 200
    assert 'value="Leipzig"' in page(response)
    assert "greater than or equal to 3" in page(response)
    assert not Campaign.objects.exists()


def test_an_admin_opens_a_campaign_with_a_share_link_and_qr_code(people, client):
    client.force_login(people["admin"])
    response = client.post(
        reverse("councils:new_campaign", args=[people["council"].public_id]),
        {
            "title": "Leipzig",
            "employer": "",
            "country": "DE",
            "region": "DE-SN",
            "worker_representation": "works_council",
            "threshold": "5",
        },
    )
    campaign = Campaign.objects.get()
    dashboard = client.get(response["Location"])
    share = reverse("councils:take_part", args=[campaign.share_code])
    assert share in page(dashboard)
    qr = client.get(reverse("councils:campaign_qr", args=[campaign.public_id]))
    assert qr["Content-Type"] == "image/svg+xml"
    assert qr.content.lstrip().startswith(b"<?xml") and b"<svg" in qr.content


def take_part(client, campaign, **changes):
    """An employee opens the share link, describes one practice and sends it."""
    start = client.post(reverse("councils:take_part", args=[campaign.share_code]))
    assert start.status_code == 302
    record = campaign_record(client)
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]),
        practice_data(**changes),
    )
    result = client.get(reverse("assessment:result", args=[record.public_id]))
    assert "Send anonymously" in page(result)
    response = client.post(
        reverse("councils:send_to_campaign", args=[record.public_id])
    )
    response.public_id = record.public_id
    return response


def campaign_record(client):
    from assessment.models import Assessment

    public_id = next(iter(employee_state(client)["campaigns"]))
    return Assessment.objects.get(public_id=public_id)


def test_an_employee_takes_part_once_without_an_account(
    people, campaign, client, settings
):
    response = take_part(client, campaign)
    assert received(campaign) == 1
    # Not kept: the employee's own assessment is gone, and a retry finds nothing.
    public_id = response.public_id
    assert "campaigns" not in employee_state(client)  # nor does the browser
    assert response["Location"] == reverse(
        "councils:take_part", args=[campaign.share_code]
    )
    from assessment.models import Assessment

    assert not Assessment.objects.filter(public_id=public_id).exists()
    again = client.post(reverse("councils:send_to_campaign", args=[public_id]))
    assert again.status_code == 404
    assert received(campaign) == 1


def test_an_employee_may_keep_the_assessment_which_sending_leaves_untouched(
    people, campaign, client
):
    start = client.post(reverse("councils:take_part", args=[campaign.share_code]))
    assert start.status_code == 302
    record = campaign_record(client)
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]), practice_data()
    )
    record.refresh_from_db()
    response = client.post(
        reverse("councils:send_to_campaign", args=[record.public_id]), {"keep": "yes"}
    )
    assert response["Location"] == reverse("assessment:result", args=[record.public_id])
    kept = Assessment.objects.get(pk=record.pk)
    # Not written at the send: nothing in it dates the submission.
    assert (kept.created, kept.updated, kept.digest) == (
        record.created,
        record.updated,
        record.digest,
    )
    again = client.post(reverse("councils:send_to_campaign", args=[record.public_id]))
    assert received(campaign) == 1
    assert again["Location"] == response["Location"]


def test_a_closed_campaign_takes_no_submission(people, campaign, client):
    campaign.is_open = False
    campaign.save()
    response = client.get(reverse("councils:take_part", args=[campaign.share_code]))
    assert "closed" in page(response)
    client.post(reverse("councils:take_part", args=[campaign.share_code]))
    assert "campaigns" not in employee_state(client)


def test_the_dashboard_hides_small_groups(people, campaign, client):
    fill(campaign, 5)  # five different assessments: most findings are rare
    client.force_login(people["member"])
    response = client.get(reverse("councils:campaign", args=[campaign.public_id]))
    figures = response.context["figures"]
    assert figures.published == 5
    assert figures.some_hidden
    assert "are left out" in page(response)
    for figure in figures.rules + figures.concerns + figures.data + figures.purposes:
        assert figure.count in (0, 5)  # a group of 1 to 4, or its rest, is left out


def test_the_workplace_form_is_not_used_for_a_campaign(people, campaign, client):
    # The campaign fills in the workplace; employees go straight to their practices.
    client.post(reverse("councils:take_part", args=[campaign.share_code]))
    record = campaign_record(client)
    assert record.document["title"] == campaign.title
    assert WORKPLACE["country"] != record.document["workplace"]["country"]


def test_a_campaign_assessment_starts_from_the_campaigns_workplace(
    people, campaign, client
):
    invitation = page(
        client.get(reverse("councils:take_part", args=[campaign.share_code]))
    )
    assert "has filled in the workplace for you: Germany" in invitation
    client.post(reverse("councils:take_part", args=[campaign.share_code]))
    record = campaign_record(client)
    assert record.document["workplace"] == {
        "country": "DE",
        "worker_representation": "works_council",
    }
    # Employees are not asked again; if they open the workplace, it is filled in.
    form = client.get(reverse("assessment:workplace", args=[record.public_id])).context[
        "form"
    ]
    assert form.initial["country"] == "DE"
    assert form.initial["worker_representation"] == "works_council"


def test_a_new_campaign_has_a_works_council_unless_the_council_says_otherwise(
    people, client
):
    client.force_login(people["admin"])
    url = reverse("councils:new_campaign", args=[people["council"].public_id])
    form = client.get(url).context["form"]
    assert form["worker_representation"].value() == "works_council"
    client.post(
        url,
        {
            "title": "Depot",
            "country": "GB",
            "worker_representation": "union",
            "threshold": "5",
        },
    )
    campaign = Campaign.objects.get()
    client.logout()
    client.post(reverse("councils:take_part", args=[campaign.share_code]))
    workplace = campaign_record(client).document["workplace"]
    assert workplace["worker_representation"] == "union"


def test_the_campaign_form_shows_what_a_small_campaign_will_show(people, client):
    client.force_login(people["admin"])
    url = reverse("councils:new_campaign", args=[people["council"].public_id])
    form = page(client.get(url))
    assert "It is fixed once the campaign is created" in form
    assert "with a threshold of 5 and 7 submissions, the figures count 5" in form
    # The example holds: seven submissions at a threshold of 5 show almost nothing.
    campaign = open_campaign(people["council"], threshold=5)
    fill(campaign, 7)
    dashboard = page(
        client.get(reverse("councils:campaign", args=[campaign.public_id]))
    )
    figures = dashboard[dashboard.index('id="figures-title"') :]
    assert "5 submissions counted." in figures
    for section in ("Kinds of data reported", "Purposes reported", "Findings"):
        table = figures[figures.index(f"<h3>{section}</h3>") :].split("</table>")[0]
        assert "Nothing to show." in table
    grades = figures[figures.index("<h3>Grades</h3>") :].split("</figure>")[0]
    assert grades.count("hidden") == 6  # A to F
    # How many wait for the next batch would date each sender: never shown.
    assert "7 submissions" not in dashboard and "2 submissions" not in dashboard


def test_a_us_campaign_assessment_starts_in_the_campaigns_state(people, client):
    campaign = open_campaign(people["council"], country="US", region="US-NY")
    client.post(reverse("councils:take_part", args=[campaign.share_code]))
    workplace = campaign_record(client).document["workplace"]
    assert (workplace["country"], workplace["region"]) == ("US", "US-NY")


@pytest.mark.parametrize("representatives", ["informed", "not_involved"])
@pytest.mark.parametrize("data", ["keystroke_dynamics", "screenshots"])
def test_a_device_the_works_council_did_not_agree_to_reaches_the_council(
    people, campaign, client, data, representatives
):
    take_part(client, campaign, data=[data], representatives=representatives)
    [features] = stored_features(campaign)
    assert ("rule", "codetermination-bypassed") in features
    assert ("concern", "worker_voice") in features


def test_the_dashboard_shows_how_many_report_a_bypassed_works_council(
    people, campaign, client
):
    for _ in range(campaign.threshold):
        client.cookies.clear()
        take_part(client, campaign, data=["screenshots"], representatives="informed")
    client.force_login(people["member"])
    response = client.get(reverse("councils:campaign", args=[campaign.public_id]))
    figures = response.context["figures"]
    rules = {figure.key: figure.count for figure in figures.rules}
    concerns = {figure.key: figure.count for figure in figures.concerns}
    assert rules["codetermination-bypassed"] == campaign.threshold
    assert concerns["worker_voice"] == campaign.threshold


def test_the_dashboard_speaks_german(people, campaign, client):
    fill(campaign, 5)
    client.force_login(people["member"])
    response = client.get(
        reverse("councils:campaign", args=[campaign.public_id]),
        HTTP_ACCEPT_LANGUAGE="de",
    )
    text = page(response)
    assert "Mit Beschäftigten teilen" in text
    assert "weggelassen" in text
    assert "5 Einsendungen gezählt." in text


def test_a_signed_in_person_can_sign_out_from_any_page(people, client):
    client.force_login(people["member"])
    text = page(
        client.get(reverse("councils:council", args=[people["council"].public_id]))
    )
    assert f'action="{reverse("councils:logout")}"' in text and "Sign out (max)" in text
    client.post(reverse("councils:logout"))
    assert "_auth_user_id" not in client.session
    assert "Sign out" not in page(client.get(reverse("assessment:landing")))


def test_a_member_changes_their_password_and_other_devices_are_signed_out(
    people, client, client_factory
):
    elsewhere = client_factory()
    for browser in (client, elsewhere):
        browser.post(
            reverse("councils:login"), {"username": "max", "password": PASSWORD}
        )
    council_url = reverse("councils:council", args=[people["council"].public_id])
    assert elsewhere.get(council_url).status_code == 200
    assert "Change your password" in page(client.get(reverse("councils:councils")))
    new = "a longer passphrase for the council"
    wrong = client.post(
        reverse("councils:password"),
        {"old_password": "nope", "new_password1": new, "new_password2": new},
    )
    assert wrong.status_code == 200 and "Please correct the following" in page(wrong)
    response = client.post(
        reverse("councils:password"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
        follow=True,
    )
    assert "Your password was changed." in page(response)
    assert "_auth_user_id" in client.session  # still signed in here
    assert elsewhere.get(council_url).status_code == 302  # signed out there
    people["member"].refresh_from_db()
    assert people["member"].check_password(new)


def test_an_admin_makes_a_member_administrator_but_never_leaves_none(people, client):
    council = people["council"]
    max_ = Membership.objects.get(user=people["member"])
    ada = Membership.objects.get(user=people["admin"])
    url = reverse("councils:change_role", args=[council.public_id, max_.pk])
    client.force_login(people["outsider"])
    assert client.post(url, {"role": "admin"}).status_code == 404
    client.force_login(people["member"])
    assert client.post(url, {"role": "admin"}).status_code == 403
    client.force_login(people["admin"])
    response = client.post(url, {"role": "admin"}, follow=True)
    assert "max is now: Administrator." in page(response)
    max_.refresh_from_db()
    assert max_.is_admin()
    # Two administrators: ada may step down; then max is the last and may not.
    client.post(
        reverse("councils:change_role", args=[council.public_id, ada.pk]),
        {"role": "member"},
    )
    ada.refresh_from_db()
    assert not ada.is_admin()
    client.force_login(people["member"])
    response = client.post(url, {"role": "member"}, follow=True)
    assert "A council keeps at least one administrator." in page(response)
    max_.refresh_from_db()
    assert max_.is_admin()


def test_deleting_an_account_takes_its_lone_councils_and_needs_the_password(
    people, client
):
    outsider = people["outsider"]  # alone in "Another council"
    campaign = open_campaign(people["other"], title="Alone")
    fill(campaign, 3)
    client.force_login(outsider)
    form = client.get(reverse("councils:delete_account"))
    assert "Another council" in page(form)  # named before it goes
    wrong = client.post(reverse("councils:delete_account"), {"password": "nope"})
    assert "That is not your password." in page(wrong)
    assert Campaign.objects.filter(pk=campaign.pk).exists()
    response = client.post(
        reverse("councils:delete_account"), {"password": PASSWORD}, follow=True
    )
    assert "Your account was deleted." in page(response)
    assert not type(outsider).objects.filter(pk=outsider.pk).exists()
    assert not Campaign.objects.filter(pk=campaign.pk).exists()
    assert not Submission.objects.filter(campaign_id=campaign.pk).exists()
    assert "_auth_user_id" not in client.session


def test_the_last_admin_of_a_shared_council_cannot_delete_the_account(people, client):
    client.force_login(people["admin"])
    response = client.post(reverse("councils:delete_account"), {"password": PASSWORD})
    assert "You are the last administrator" in page(response)
    assert "Betriebsrat Leipzig" in page(response)
    assert type(people["admin"]).objects.filter(pk=people["admin"].pk).exists()
    # A plain member leaves the council behind, intact.
    client.force_login(people["member"])
    client.post(reverse("councils:delete_account"), {"password": PASSWORD})
    assert not Membership.objects.filter(user_id=people["member"].pk).exists()
    assert people["council"].memberships.count() == 1


def test_a_member_downloads_the_published_figures_as_csv(people, campaign, client):
    import csv
    import io

    fill(campaign, 30)
    client.force_login(people["member"])
    dashboard = page(
        client.get(reverse("councils:campaign", args=[campaign.public_id]))
    )
    assert reverse("councils:campaign_csv", args=[campaign.public_id]) in dashboard
    response = client.get(reverse("councils:campaign_csv", args=[campaign.public_id]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "monitoring-in-leipzig-figures.csv" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0] == ["Section", "What", "Under", "Submissions", "Share (%)"]
    sections = {row[0] for row in rows[1:]}
    assert {"Grades", "Concerns raised", "Findings"} <= sections
    # Exactly the dashboard's rows: every label shown there, nothing it leaves out.
    for row in rows[1:]:
        if row[3] != "hidden":
            assert int(row[3]) == 0 or int(row[3]) >= campaign.threshold
            assert row[1] in dashboard or row[0] == "Grades"


def test_an_admin_deletes_the_council_with_everything_in_it(people, campaign, client):
    fill(campaign, 5)
    council = people["council"]
    client.force_login(people["member"])
    assert (
        client.post(
            reverse("councils:delete_council", args=[council.public_id])
        ).status_code
        == 403
    )
    client.force_login(people["admin"])
    confirm = page(
        client.get(reverse("councils:delete_council", args=[council.public_id]))
    )
    assert "its 1 campaign with" in confirm
    response = client.post(
        reverse("councils:delete_council", args=[council.public_id]), follow=True
    )
    assert "Betriebsrat Leipzig and everything in it have been deleted." in page(
        response
    )
    assert not type(council).objects.filter(pk=council.pk).exists()
    assert not Campaign.objects.filter(pk=campaign.pk).exists()
    assert not Submission.objects.filter(campaign_id=campaign.pk).exists()
    assert type(people["member"]).objects.filter(pk=people["member"].pk).exists()


def test_members_leave_a_council_but_never_strand_it(people, client):
    council = people["council"]
    url = reverse("councils:leave_council", args=[council.public_id])
    client.force_login(people["admin"])  # the only admin, with a member left behind
    response = client.post(url, follow=True)
    assert "Make another member an administrator first" in page(response)
    client.force_login(people["outsider"])  # alone in "Another council"
    alone = reverse("councils:leave_council", args=[people["other"].public_id])
    assert "delete the council instead" in page(client.post(alone, follow=True))
    assert client.post(url).status_code == 404  # not a member here
    client.force_login(people["member"])
    response = client.post(url, follow=True)
    assert "You left Betriebsrat Leipzig." in page(response)
    assert list(council.memberships.values_list("user__username", flat=True)) == ["ada"]


def test_a_session_cookie_replayed_after_signing_out_is_refused(client, people):
    client.force_login(people["member"])
    cookie = client.cookies["sessionid"].value
    before = type(client)()
    before.cookies["sessionid"] = cookie
    assert before.get(reverse("councils:councils")).wsgi_request.user.is_authenticated
    client.post(reverse("councils:logout"))
    replay = type(client)()
    replay.cookies["sessionid"] = cookie
    assert (
        replay.get(reverse("councils:councils")).wsgi_request.user.is_authenticated
        is False
    )
    # Before the sign-out the same cookie was a signed-in session.
    assert (
        client.get(reverse("councils:councils")).wsgi_request.user.is_authenticated
        is False
    )


def used_link(people, client) -> str:
    token = services.invite(people["council"])
    client.post(
        reverse("councils:join", args=[token]),
        {"username": "jo", "password1": PASSWORD, "password2": PASSWORD},
    )
    return token


def expired_link(people, client) -> str:
    token = services.invite(people["council"])
    Invitation.objects.update(expires="2026-11-20T12:00Z")
    return token


def unknown_link(people, client) -> str:
    return "A" * 43


@pytest.mark.parametrize(
    ("make_link", "status", "heading", "what_happened"),
    [
        (
            used_link,
            410,
            "This invitation was already used",
            "already been used to join Betriebsrat Leipzig",
        ),
        (
            expired_link,
            410,
            "This invitation has expired",
            "expired on 20 November 2026",
        ),
        (
            unknown_link,
            404,
            "This invitation link is not recognised",
            "check that you copied all of it",
        ),
    ],
)
def test_a_link_that_no_longer_works_says_what_happened_and_what_to_do(
    people, client_factory, make_link, status, heading, what_happened
):
    token = make_link(people, client_factory())
    response = client_factory().get(reverse("councils:join", args=[token]))
    html = page(response)
    assert response.status_code == status
    assert f"<h1>{heading}</h1>" in html
    assert what_happened in html
    assert "ask the council's administrator for a new invitation" in html
    assert "Something went wrong" not in html


def test_a_used_link_leaves_only_its_hash_and_goes_with_its_council(
    people, client_factory
):
    token = used_link(people, client_factory())
    assert token not in str(list(SpentInvitation.objects.values()))
    services.delete_council(people["council"])
    assert not SpentInvitation.objects.exists()
    again = client_factory().get(reverse("councils:join", args=[token]))
    assert again.status_code == 404


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8").lstrip("\ufeff")
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("lang", "header", "data", "purpose"),
    [
        (
            "en",
            ["Section", "What", "Under", "Submissions", "Share (%)"],
            ["Kinds of data reported", "Video surveillance (CCTV)"],
            ["Purposes reported", "Security"],
        ),
        (
            "de",
            ["Abschnitt", "Was", "Bereich", "Einsendungen", "Anteil (%)"],
            ["Genannte Datenarten", "Videoüberwachung"],
            ["Genannte Zwecke", "Sicherheit"],
        ),
        (
            "fr",
            ["Section", "Quoi", "Rubrique", "Envois", "Part (%)"],
            ["Types de données signalés", "Vidéosurveillance"],
            ["Finalités signalées", "Sécurité"],
        ),
    ],
)
def test_the_figures_csv_is_in_the_language_chosen_in_the_header(
    people, campaign, client, lang, header, data, purpose
):
    for _index in range(5):  # five alike, so that every figure is shown
        services.submit(campaign, builders.assessment("DE"))
    client.force_login(people["member"])
    client.post(reverse("set_language"), {"language": lang})
    url = reverse("councils:campaign_csv", args=[campaign.public_id])
    rows = csv_rows(client.get(url))
    assert rows[0] == header
    assert [*data, "", "5", "100"] in rows
    assert [*purpose, "", "5", "100"] in rows


def test_the_figures_csv_follows_the_browsers_language(people, campaign, client):
    fill(campaign, 10)
    client.force_login(people["member"])
    url = reverse("councils:campaign_csv", args=[campaign.public_id])
    german = csv_rows(client.get(url, HTTP_ACCEPT_LANGUAGE="de"))
    assert german[0][0] == "Abschnitt" and german[1][0] == "Noten"


def send_form(client, campaign) -> tuple[str, dict]:
    """An employee's assessment of the campaign, ready to send: the send URL and
    the form as the result page gives it."""
    import re

    start = client.post(reverse("councils:take_part", args=[campaign.share_code]))
    assert start.status_code == 302
    record = campaign_record(client)
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]), practice_data()
    )
    result = page(client.get(reverse("assessment:result", args=[record.public_id])))
    token = re.search(r'name="send_token" value="([^"]+)"', result)[1]
    url = reverse("councils:send_to_campaign", args=[record.public_id])
    return url, {"send_token": token}


def test_a_retried_send_counts_once_even_from_another_browser(people, campaign, client):
    url, form = send_form(client, campaign)
    client.post(url, {**form, "keep": "yes"})
    assert received(campaign) == 1
    # The response was lost; the same form is sent again from a fresh browser that
    # reached the assessment by its resume link, so the browser's own record of
    # sending cannot help.
    retry = type(client)()
    retry.cookies[STATE_COOKIE] = client.cookies[STATE_COOKIE].value
    state = employee_state(retry)
    state.pop("submitted")
    retry.cookies[STATE_COOKIE] = signed_state(state)
    response = retry.post(url, {**form, "keep": "yes"}, follow=True)
    assert "You have already sent this assessment." in page(response)
    assert received(campaign) == 1


def test_a_made_up_token_does_not_count_an_assessment_twice(people, campaign, client):
    url, _form = send_form(client, campaign)
    retry = type(client)()
    retry.cookies[STATE_COOKIE] = client.cookies[STATE_COOKIE].value
    client.post(url, {"send_token": "made-up", "keep": "yes"})
    retry.post(url, {"send_token": "another", "keep": "yes"})
    assert received(campaign) == 1


def test_an_interrupted_send_can_be_checked_and_says_it_counted(
    people, campaign, client
):
    url, form = send_form(client, campaign)
    lost = client.cookies[STATE_COOKIE].value  # the browser before the answer
    client.post(url, form)  # counted, and the assessment deleted; the answer is lost
    retry = type(client)()
    retry.cookies[STATE_COOKIE] = lost
    response = retry.post(url, form)
    assert response.status_code == 200
    assert "Your submission was counted" in page(response)
    assert campaign.title in page(response)  # a link back to the campaign
    assert received(campaign) == 1
    # Without the form's token, or with another, the deleted assessment is unknown.
    assert retry.post(url, {"send_token": "made-up"}).status_code == 404
    assert retry.post(url).status_code == 404


def test_the_hourly_ceiling_asks_to_try_again_and_keeps_the_assessment(people, client):
    campaign = open_campaign(people["council"], sends_per_hour=1)
    fill(campaign, 1)
    url, form = send_form(client, campaign)
    response = client.post(url, form, follow=True)
    text = page(response)
    assert "takes only so many submissions an hour (1)" in text
    assert "Nothing was sent and your assessment is unchanged" in text
    assert "send it again in" in text
    assert received(campaign) == 1
    assert campaign_record(client)  # still there, and still granted
    assert "Send anonymously" in text


def test_administrators_set_the_ceiling_and_see_it(people, client):
    client.force_login(people["admin"])
    council = people["council"]
    form = {
        "title": "Ceiling",
        "employer": "",
        "country": "DE",
        "region": "DE-BE",
        "worker_representation": "works_council",
        "threshold": "5",
        "sends_per_hour": "40",
    }
    url = reverse("councils:new_campaign", args=[council.public_id])
    response = client.post(url, form)
    campaign = council.campaigns.get(title="Ceiling")
    assert campaign.sends_per_hour == 40
    shown = page(client.get(response["Location"]))
    assert "At most 40 submissions an hour are taken" in shown
    client.post(url, {**form, "title": "Default", "sends_per_hour": ""})
    assert council.campaigns.get(title="Default").sends_per_hour == 200
    client.force_login(people["member"])
    assert "submissions an hour" not in page(client.get(response["Location"]))


def test_taking_part_and_sending_write_no_session_row(people, campaign, client):
    from django.contrib.sessions.models import Session

    url, form = send_form(client, campaign)
    client.post(url, form, follow=True)  # with its messages, in a cookie too
    assert not Session.objects.exists()


def test_a_german_campaign_names_its_land(people, client):
    client.force_login(people["admin"])
    url = reverse("councils:new_campaign", args=[people["council"].public_id])
    fields = {"title": "Leipzig", "country": "DE", "threshold": "5"}
    assert '<option value="DE-SN">Saxony</option>' in page(client.get(url))
    missing = client.post(url, {**fields, "worker_representation": "works_council"})
    assert "Choose the state or Land of the workplace." in page(missing)
    wrong = client.post(url, {**fields, "region": "US-NY"})
    assert "This state or Land is not in the country chosen above." in page(wrong)
    assert 'value="Leipzig"' in page(wrong)
    client.post(url, {**fields, "region": "DE-SN", "worker_representation": "none"})
    assert Campaign.objects.get().region == "DE-SN"
