"""A council's campaign in a real browser: invitation, share link, five employees,
dashboard and aggregate PDF, without the command line."""

import re

import pytest
from pypdf import PdfReader

from assessment.navigation import LAYOUT_COOKIE
from councils.models import Membership, Submission
from tests.browser.test_employee_journey import fill_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1280, "height": 900}
PASSWORD = "correct horse battery staple"
ALL_BUT_THE_LAYOUT = re.compile(f"^(?!{LAYOUT_COOKIE}$)")


def sign_up(page, username: str) -> None:
    page.fill("#id_username", username)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)


def test_a_council_runs_a_campaign_from_invitation_to_aggregate_pdf(visit, tmp_path):
    admin = visit(LAPTOP, name="council-admin")
    page = admin.page
    admin.open("/council/")
    admin.check_page("council home")
    page.click("main >> text=Set up your council")
    sign_up(page, "ada")
    page.fill("#id_council_name", "Betriebsrat Leipzig")
    page.click("main button[type=submit]")
    admin.check_page("council")

    # Invite a member; the link is shown once.
    page.click("text=Members and invitations")
    page.check("input[type=radio][name='role'][value='member']")
    page.fill("#id_label", "Max")
    page.click("text=Create an invitation link")
    link = page.input_value("#invitation-link")
    admin.check_page("invitation")
    member = visit(LAPTOP, name="council-member")
    member.page.goto(link)
    member.check_page("join")
    sign_up(member.page, "max")
    member.page.click("main button[type=submit]")
    assert member.page.locator("h1").inner_text() == "Betriebsrat Leipzig"
    assert Membership.objects.filter(user__username="max").exists()

    # Open a campaign.
    page.click("text=Betriebsrat Leipzig")
    page.click("text=Open a campaign")
    page.fill("#id_title", "Monitoring in Leipzig")
    page.fill("#id_employer", "Example GmbH")
    page.select_option("#id_country", "DE")
    page.select_option("#id_region", "DE-SN")  # Leipzig is in Saxony
    page.fill("#id_threshold", "5")
    page.click("main button[type=submit]")
    share = page.input_value("#share-link")
    loaded_width = page.locator("img.qr").evaluate(
        "img => img.complete ? img.naturalWidth"
        " : new Promise(done => { img.onload = () => done(img.naturalWidth); })"
    )
    assert loaded_width > 0
    admin.check_page("campaign empty")

    # Five employees take part from the share link, one after the other at the same
    # computer: each starts with none of the cookies the last one left, but the
    # choice the first made of one long page instead of the steps.
    employee = visit(LAPTOP, name="employee")
    tab = employee.page
    for number in range(5):
        employee.context.clear_cookies(name=ALL_BUT_THE_LAYOUT)
        tab.goto(share)
        if number == 0:
            employee.check_page("take part")
        tab.click("main button[type=submit]")
        tab.click("text=Continue to the practices")
        tab.click("text=Add a practice")
        if number == 0:
            tab.click("text=Show all questions on one page instead")
        fill_practice(
            tab,
            "Activity capture",
            ["keystroke_dynamics", "mouse_movement"],
            ["ai_training", "performance_evaluation"] if number % 2 else ["security"],
            lawful_basis="consent",
        )
        tab.click("text=Save the practice")
        tab.click("text=See the result")
        if number == 0:
            employee.check_page("result with send")
        tab.click("text=Send anonymously")
        assert "Thank you" in tab.locator(".messages").inner_text()
    assert Submission.objects.count() == 5

    # The member sees figures; small groups are hidden.
    member.page.reload()
    member.page.click("text=Monitoring in Leipzig")
    text = member.page.locator("main").inner_text()
    assert "5 submissions counted" in text
    assert "Typing rhythm, speed and corrections (not the text)" in text
    assert "are left out" in text
    assert "Training or improving AI models" not in text  # 2 of 5: left out
    member.check_page("dashboard")

    with member.page.expect_download() as download:
        member.page.click("a[hreflang=en]")  # the default is the workplace's German
    path = tmp_path / "survey.pdf"
    download.value.save_as(path)
    pdf_text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Monitoring in Leipzig" in pdf_text
    assert "Betriebsrat Leipzig" in pdf_text
    assert "are left out" in pdf_text
    assert "Training or improving AI models" not in pdf_text

    # The member changes the password, then signs out from the header.
    member.open("/council/")
    member.page.click("text=Change your password")
    member.page.fill("#id_old_password", PASSWORD)
    member.page.fill("#id_new_password1", "another long passphrase")
    member.page.fill("#id_new_password2", "another long passphrase")
    member.check_page("password")
    member.page.click("main button[type=submit]")
    assert "Your password was changed." in member.page.locator(".messages").inner_text()
    member.page.click("text=Sign out (max)")
    assert not member.page.get_by_text("Sign out").count()
