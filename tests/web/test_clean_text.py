"""Clean text at the edge: what is typed, imported or in an address loses the
characters no writer takes, every writer copes with what was stored before, dates
stay in reach, `next` stays on the site, and a name taken twice is a form error."""

import datetime
import io
import json
import threading

import docx
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from assessment.models import Assessment
from assessment.views.transfer import _download
from councils import services as council_services
from councils.export import _cell
from councils.forms import CouncilSignupForm
from councils.models import Council
from oversight.lib import text
from tests.councils.fixtures import PASSWORD
from tests.web.conftest import WORKPLACE
from tests.web.test_documents import letter_form
from tests.web.test_followup import send

pytestmark = pytest.mark.django_db

SIGNUP = {
    "username": "ada",
    "password1": PASSWORD,
    "password2": PASSWORD,
    "council_name": "Council",
}
DIRTY = "Door\x01 badges\x0b\x1b\ufffe\uffff"
NOTICE = "Control characters, which cannot be stored, were removed"


def test_control_characters_typed_are_removed_and_the_person_told(client):
    response = client.post(
        reverse("assessment:start"),
        {**WORKPLACE, "title": "Laptop\x00 monitoring\x1b", "employer_name": DIRTY},
        follow=True,
    )
    record = Assessment.objects.get()
    assert record.document["title"] == "Laptop monitoring"
    assert record.document["employer"]["name"] == "Door badges"
    assert NOTICE in response.content.decode()


def test_a_refused_form_keeps_what_was_typed_without_those_characters(client):
    response = client.post(
        reverse("assessment:start"),
        {**WORKPLACE, "title": "Laptop\x00 monitoring", "country": ""},
    )
    page = response.content.decode()
    assert response.status_code == 200 and Assessment.objects.count() == 0
    assert 'value="Laptop monitoring"' in page
    assert NOTICE in page


def test_a_nul_in_a_council_name_is_removed(client, people):
    client.force_login(people["admin"])
    client.post(reverse("councils:create_council"), {"name": "Works\x00 council"})
    assert Council.objects.filter(name="Works council").exists()


@pytest.mark.parametrize(
    "path",
    ["/take-part/%00/", "/resume/abc%01def/", "/council/join/%1b/", "/take-part/%0b/"],
)
def test_an_address_with_control_characters_is_refused_with_a_message(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "control characters" in response.content.decode()


def test_query_values_are_cleaned_too(client):
    response = client.get(reverse("assessment:landing"), {"lang": "de\x00"})
    assert response.status_code == 200
    assert response.wsgi_request.GET["lang"] == "de"


def test_a_session_cookie_holding_a_nul_is_dropped(client):
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    response = client.get(reverse("councils:councils"))
    assert response.status_code == 200
    assert "sessionid" not in response.wsgi_request.COOKIES


def test_an_import_names_each_text_holding_a_control_character(client):
    document = {
        "format": "oversight.assessment/1",
        "title": "Laptop\u001b monitoring",
        "workplace": {"country": "DE"},
        "practices": [
            {"name": DIRTY, "data": ["keystroke_dynamics"], "purposes": ["security"]}
        ],
    }
    upload = SimpleUploadedFile("a.json", json.dumps(document).encode())
    response = client.post(reverse("assessment:import"), {"file": upload})
    page = response.content.decode()
    assert response.status_code == 400 and Assessment.objects.count() == 0
    assert "title: contains a control character" in page
    assert "practices[0].name: contains a control character" in page


def test_a_document_stored_with_control_characters_still_reads_clean(stored_dirty):
    _client, record = stored_dirty
    facts = record.get_facts()
    assert facts.title == "Door badges"
    assert facts.practices[0].name == "Door badges"


@pytest.fixture
def stored_dirty(assessed):
    """An assessment whose answers were stored before text was cleaned at the edge."""
    client, record, _token = assessed
    record.document["title"] = DIRTY
    record.document["practices"][0]["name"] = DIRTY
    record.document["employer"] = {"name": DIRTY}
    record.save()
    return client, record


@pytest.mark.parametrize("file_format", ["pdf", "docx", "txt", "ics", "mailto"])
def test_every_letter_format_copes_with_control_characters_stored(
    stored_dirty, file_format
):
    client, record = stored_dirty
    response = client.post(
        reverse("documents:letters", args=[record.public_id]),
        letter_form(kind="ai-questions", file_format=file_format),
    )
    assert response.status_code == 200
    if file_format == "docx":
        paragraphs = docx.Document(io.BytesIO(response.content)).paragraphs
        written = "\n".join(paragraph.text for paragraph in paragraphs)
        assert "Door badges" in written and text.is_safe(written)
    elif file_format in ("txt", "ics"):
        assert text.is_safe(response.content.decode())


def test_the_report_and_the_download_cope_with_control_characters_stored(
    stored_dirty,
):
    client, record = stored_dirty
    report = client.get(
        reverse("documents:report", args=[record.public_id]), {"format": "pdf"}
    )
    assert report["Content-Type"] == "application/pdf"
    exported = client.get(
        reverse("assessment:export_assessment", args=[record.public_id])
    )
    assert json.loads(exported.content)["title"] == "Door badges"


def test_the_download_holds_no_lone_surrogate():
    # SQLite keeps one escaped in JSON; the file must still be UTF-8.
    response = _download({"title": "a\ud800b\x00"}, "x.json")
    assert json.loads(response.content.decode("utf-8")) == {"title": "ab"}


def test_a_spreadsheet_cell_holds_no_control_character_nor_formula():
    assert _cell("Door\x01 badges") == "Door badges"
    assert _cell("\x00=SUM(A1)") == "'=SUM(A1)"


@pytest.mark.parametrize("day", ["9999-12-31", "1999-12-31", "0001-01-01"])
def test_a_send_date_out_of_reach_gets_a_message(assessed, day):
    client, record, _token = assessed
    response = client.post(
        reverse("documents:letters", args=[record.public_id]),
        letter_form(file_format="txt", sent=day),
    )
    assert response.status_code == 200
    assert "Enter a day from 1 January 2000 to" in response.content.decode()


def test_a_send_date_within_the_year_ahead_is_taken(assessed):
    client, record, _token = assessed
    day = datetime.date.today() + datetime.timedelta(days=300)
    response = client.post(
        reverse("documents:letters", args=[record.public_id]),
        letter_form(file_format="txt", sent=day.isoformat()),
    )
    assert response["Content-Type"].startswith("text/plain")


def test_a_letter_noted_as_sent_before_2000_gets_a_message(assessed):
    client, record, _token = assessed
    response = send(client, record, sent_on="1999-12-31")
    assert "Enter a day from 1 January 2000 to" in response.content.decode()
    assert record.sent_letters.count() == 0


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("overview", "/"),
        ("https://evil.example/", "/"),
        ("//evil.example/x", "/"),
        ("/\\evil.example", "/"),
        ("/examples/", "/examples/"),
    ],
)
def test_the_layout_choice_returns_only_to_a_page_of_this_site(client, given, expected):
    response = client.post(
        reverse("assessment:choose_layout"), {"layout": "long", "next": given}
    )
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("given", ["overview", "https://evil.example/", "/\\x"])
def test_signing_in_returns_only_to_a_page_of_this_site(client, people, given):
    response = client.post(
        reverse("councils:login"),
        {"username": "ada", "password": PASSWORD, "next": given},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("councils:councils")


def test_a_name_already_taken_is_a_form_error(client, people):
    response = client.post(reverse("councils:signup"), SIGNUP)
    assert response.status_code == 200
    assert "A user with that username already exists." in response.content.decode()


def test_joining_with_a_name_taken_meanwhile_leaves_the_invitation_unspent(people):
    """The page's check found the name free; by the time of saving, it was taken."""
    token = council_services.invite(people["council"])
    invitation = council_services.find_invitation(token)
    with pytest.raises(council_services.NameTaken):
        council_services.join_with_new_account(invitation, "ada", PASSWORD)
    assert council_services.find_invitation(token) is not None
    assert people["council"].memberships.count() == 2


needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"
)


def _at_once(count: int, work) -> list:
    """Run `work(index)` in `count` threads released together; their results, or
    the exceptions they raised."""
    start = threading.Barrier(count)
    outcomes = [None] * count

    def run(index):
        try:
            start.wait()
            outcomes[index] = work(index)
        except Exception as exc:
            outcomes[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_two_sign_ups_with_one_name_at_once_make_one_account():
    """Both forms find the name free; one sign-up wins, the other is told."""
    forms = [CouncilSignupForm(SIGNUP | {"username": "twin"}) for _ in range(2)]
    assert all(form.is_valid() for form in forms)

    def sign_up(index):
        return council_services.sign_up("twin", PASSWORD, f"Council {index}")

    outcomes = _at_once(2, sign_up)
    assert sorted(type(o).__name__ for o in outcomes) == ["NameTaken", "tuple"]
    assert User.objects.filter(username="twin").count() == 1
    assert Council.objects.count() == 1  # the loser's council went with it


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_sign_up_pages_posted_at_once_answer_without_a_server_error():
    def post(index):
        return (
            Client()
            .post(
                reverse("councils:signup"), SIGNUP | {"username": f"name{index // 4}"}
            )
            .status_code
        )

    statuses = _at_once(8, post)
    assert (statuses.count(302), statuses.count(200)) == (2, 6), statuses
    assert User.objects.count() == 2
