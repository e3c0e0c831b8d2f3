"""Every form the app shows, as served: each posting form carries one CSRF token."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from councils import services
from documents.models import SentLetter
from tests.councils.fixtures import fill
from tests.web.conftest import employee_state, practice_data

pytestmark = pytest.mark.django_db

FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S | re.I)
POSTS = re.compile(r"""method=["']?post""", re.I)


def posting_forms(html: str) -> list[str]:
    return [body for attrs, body in FORM.findall(html) if POSTS.search(attrs)]


def note_a_letter_with_a_reply(client, prefix: str, owner, **fields) -> str:
    """Note a letter as sent and record the employer's reply; the letter's page.
    `prefix`: its pages' URL names', as the owner of letters says it."""
    client.post(reverse(f"{prefix}sent_letters", args=[owner]), fields)
    letter = SentLetter.objects.latest("pk")
    url = reverse(f"{prefix}sent_letter", args=[owner, letter.pk])
    reply = {"text": "The logs are kept for 90 days.", "replied_on": "2026-11-20"}
    client.post(url, reply)
    return url


@pytest.fixture
def employee(client, campaign):
    """A browser that took part in a campaign with one practice, and noted a letter
    to HR with its reply: its result offers to send, its letter to follow up."""
    client.post(reverse("councils:take_part", args=[campaign.share_code]))
    pid = next(iter(employee_state(client)["campaigns"]))  # the assessment it started
    client.post(reverse("assessment:practice_new", args=[pid]), practice_data())
    letter = note_a_letter_with_a_reply(
        client,
        "documents:",
        pid,
        kind="ai-questions",
        lang="en",
        sent_on="2026-11-02",
        channel="post",
    )
    # A practice being added in steps, and the one long page this person chose.
    client.post(
        reverse("assessment:step_new", args=[pid, "collected"]),
        {"name": "Badge reader", "data": ["location"]},
    )
    client.cookies["practice_layout"] = "long"
    return client, [
        reverse("assessment:landing"),
        reverse("assessment:start"),
        reverse("assessment:import"),
        reverse("assessment:examples"),
        reverse("councils:take_part", args=[campaign.share_code]),
        reverse("assessment:overview", args=[pid]),
        reverse("assessment:workplace", args=[pid]),
        reverse("assessment:practice_new", args=[pid]),
        reverse("assessment:practice", args=[pid, 0]),
        reverse("assessment:practice_remove", args=[pid, 0]),
        reverse("assessment:step", args=[pid, 0, "basis"]),
        reverse("assessment:step_new", args=[pid, "where"]),
        reverse("assessment:check", args=[pid, 0]),
        reverse("assessment:check_new", args=[pid]),
        reverse("assessment:policy", args=[pid]),
        reverse("catalogue:choose", args=[pid]),
        reverse("assessment:result", args=[pid]),
        reverse("assessment:delete", args=[pid]),
        reverse("documents:letters", args=[pid]),
        reverse("documents:sent_letters", args=[pid]),
        letter,
        letter + "remove/",  # the confirmation before a letter is removed
    ]


@pytest.fixture
def administrator(client_factory, people, campaign):
    """A council's administrator, signed in, with published figures and a letter to
    the employer noted with its reply."""
    client = client_factory()
    client.force_login(people["admin"])
    fill(campaign, 5)
    council, cid = people["council"].public_id, campaign.public_id
    letter = note_a_letter_with_a_reply(
        client,
        "councils:campaign_",
        cid,
        kind="works-agreement",
        lang="de",
        sent_on="2026-11-02",
        channel="email",
    )
    return client, [
        reverse("councils:councils"),
        reverse("councils:password"),
        reverse("councils:delete_account"),
        reverse("councils:council", args=[council]),
        reverse("councils:members", args=[council]),
        reverse("councils:new_campaign", args=[council]),
        reverse("councils:delete_council", args=[council]),
        reverse("councils:campaign", args=[cid]),
        reverse("councils:campaign_letters", args=[cid]),
        reverse("councils:delete_campaign", args=[cid]),
        reverse("councils:agreement", args=[cid]),
        reverse("councils:agreement_check", args=[cid]),
        reverse("councils:campaign_sent_letters", args=[cid]),
        letter,
    ]


@pytest.fixture
def newcomer(client_factory, people):
    """Someone without an account: signing up, signing in, joining by invitation."""
    token = services.invite(people["council"])
    return client_factory(), [
        reverse("councils:signup"),
        reverse("councils:login"),
        reverse("councils:join", args=[token]),
    ]


@pytest.fixture
def every_form_page(employee, administrator, newcomer):
    return [employee, administrator, newcomer]


def test_every_posting_form_carries_exactly_one_csrf_token(every_form_page):
    wrong = []
    for client, urls in every_form_page:
        for url in urls:
            response = client.get(url, follow=True)
            assert response.status_code == 200, url
            forms = posting_forms(response.content.decode())
            assert forms, f"{url} shows no form"
            counts = [form.count('name="csrfmiddlewaretoken"') for form in forms]
            if any(count != 1 for count in counts):
                wrong.append((url, counts))
    assert not wrong, wrong


def test_the_pages_checked_show_every_template_that_has_a_form(every_form_page):
    """A new page with a form must join the list above."""
    shown = set()
    for client, urls in every_form_page:
        for url in urls:
            shown |= {t.name for t in client.get(url, follow=True).templates if t.name}
    root = Path(settings.BASE_DIR) / "templates"
    with_forms = {
        str(path.relative_to(root))
        for path in root.rglob("*.html")
        if posting_forms(path.read_text())
    }
    assert with_forms - shown == set()
