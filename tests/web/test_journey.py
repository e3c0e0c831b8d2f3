"""The employee journey through the server: forms, resume link, result, delete."""

import pytest
from django.urls import reverse

from assessment.models import Assessment
from assessment.services import hash_token
from tests.web.conftest import WORKPLACE, practice_data

pytestmark = pytest.mark.django_db


def route(name: str) -> str:
    """A page's namespaced URL name: the letters page is the documents app's."""
    return ("documents:" if name == "letters" else "assessment:") + name


def page(response) -> str:
    return response.content.decode()


def test_the_landing_page_leads_to_the_questionnaire(client):
    assert reverse("assessment:start") in page(
        client.get(reverse("assessment:landing"))
    )


def test_starting_creates_a_draft_and_shows_the_resume_link_once(client):
    response = client.post(reverse("assessment:start"), WORKPLACE)
    record = Assessment.objects.get()
    assert response.status_code == 302
    first = client.get(response["Location"])
    assert "Keep this secret link" in page(first)
    # The copy button is hidden until its script shows it: no dead button without it.
    assert 'data-copy="resume-url"' in page(first) and "hidden>Copy the link" in page(
        first
    )
    token = first.context["resume_url"].rstrip("/").rsplit("/", 1)[-1]
    assert len(token) >= 43  # 256 random bits, URL-safe base64
    assert record.token_hash == hash_token(token)
    assert token not in str(Assessment.objects.values_list().get())
    overview = client.get(reverse("assessment:overview", args=[record.public_id]))
    assert "<dt>Country where the monitored people work</dt><dd>Ireland</dd>" in page(
        overview
    )
    again = client.get(response["Location"])
    assert "Keep this secret link" not in page(again)
    assert record.is_draft() and record.result is None


def test_a_workplace_error_keeps_what_was_typed_and_names_the_field(client):
    response = client.post(
        reverse("assessment:start"),
        {**WORKPLACE, "country": "DE", "region": "US-NY", "title": "Mine"},
    )
    text = page(response)
    assert response.status_code == 200
    assert "Please correct the following" in text
    assert 'href="#div_id_region"' in text
    assert "This state or Land is not in the country chosen above" in text
    assert 'value="Mine"' in text
    assert Assessment.objects.count() == 0


def test_a_practice_error_keeps_every_answer(started):
    client, record, _token = started
    data = practice_data(retention_kind="days", retention_days="", name="Keep me")
    response = client.post(
        reverse("assessment:practice_new", args=[record.public_id]), data
    )
    text = page(response)
    assert "Enter the number of days" in text
    assert 'value="Keep me"' in text
    assert response.context["form"]["participation_mode"].value() == "opt_in"
    assert response.context["form"]["participation_enrolment_rate"].value() == "70"
    record.refresh_from_db()
    assert record.practices == []


def test_adding_a_practice_assesses_and_shows_findings_grouped_by_concern(assessed):
    client, record, _token = assessed
    assert record.grade == "F"
    response = client.get(reverse("assessment:result", args=[record.public_id]))
    text = page(response)
    assert "Taking part is presented as voluntary but is rewarded" in text
    assert "Consent and free choice" in text
    assert "information, not legal advice" in text
    step_url = reverse("assessment:step", args=[record.public_id, 0, "basis"])
    assert f'href="{step_url}?next=result#div_id_participation_incentives"' in text
    assert "Not known yet: worth asking HR" in text
    assert "EDPB Guidelines 05/2020 on consent" in text


def test_open_questions_are_listed_under_the_practice_they_belong_to(assessed):
    client, record, _token = assessed
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]),
        practice_data(name="Screenshots", data=["screenshots"], dpia="not_done"),
    )
    text = page(client.get(reverse("assessment:result", args=[record.public_id])))
    section = text[text.index('id="unknowns-title"') :]
    first, second = section.split("<h3 ")[1:3]
    assert ">Activity capture</h3>" in first
    assert ">Screenshots</h3>" in second
    impact = "Was an impact assessment carried out?"
    assert impact in first and impact not in second
    links = [
        reverse("assessment:practice", args=[record.public_id, n]) + "step/"
        for n in (0, 1)
    ]
    assert f'href="{links[0]}' in first and f'href="{links[1]}' not in first
    assert f'href="{links[1]}' in second and f'href="{links[0]}' not in second


def test_changing_an_answer_updates_the_result(assessed):
    client, record, _token = assessed
    before = record.score
    url = reverse("assessment:practice", args=[record.public_id, 0])
    client.cookies["practice_layout"] = "long"  # the one long page, as chosen
    edit = client.get(url)
    assert edit.context["form"].initial["participation_incentives"] == "yes"
    client.post(
        url,
        practice_data(
            participation_incentives="no", retention_kind="days", retention_days="30"
        ),
    )
    record.refresh_from_db()
    assert record.score > before
    text = page(client.get(reverse("assessment:result", args=[record.public_id])))
    assert "Taking part is presented as voluntary but is rewarded" not in text
    assert record.practices[0]["retention"] == 30


def test_practices_can_be_duplicated_and_removed(assessed):
    client, record, _token = assessed
    client.post(reverse("assessment:practice_duplicate", args=[record.public_id, 0]))
    record.refresh_from_db()
    assert [p["name"] for p in record.practices] == [
        "Activity capture",
        "Activity capture (copy)",
    ]
    confirm = client.get(
        reverse("assessment:practice_remove", args=[record.public_id, 1])
    )
    assert "Remove this practice?" in page(confirm)
    client.post(reverse("assessment:practice_remove", args=[record.public_id, 1]))
    record.refresh_from_db()
    assert len(record.practices) == 1


def test_the_resume_link_opens_the_assessment_in_another_browser(
    started, client_factory
):
    _client, record, token = started
    other = client_factory()
    assert (
        other.get(reverse("assessment:overview", args=[record.public_id])).status_code
        == 404
    )
    response = other.get(reverse("assessment:resume", args=[token]))
    assert response["Location"] == reverse(
        "assessment:overview", args=[record.public_id]
    )
    assert (
        other.get(reverse("assessment:overview", args=[record.public_id])).status_code
        == 200
    )


def test_a_wrong_resume_token_finds_nothing(client):
    assert (
        client.get(reverse("assessment:resume", args=["not-a-token"])).status_code
        == 404
    )


def test_delete_asks_first_then_removes_everything(assessed):
    client, record, token = assessed
    confirm = client.get(reverse("assessment:delete", args=[record.public_id]))
    assert "Delete this assessment?" in page(confirm)
    assert Assessment.objects.count() == 1
    client.post(reverse("assessment:delete", args=[record.public_id]))
    assert Assessment.objects.count() == 0
    assert client.get(reverse("assessment:resume", args=[token])).status_code == 404


@pytest.mark.parametrize(
    "name", ["overview", "workplace", "result", "delete", "export_assessment", "policy"]
)
def test_a_stranger_cannot_open_someone_elses_assessment(
    assessed, client_factory, name
):
    _client, record, _token = assessed
    assert (
        client_factory().get(reverse(route(name), args=[record.public_id])).status_code
        == 404
    )


# One query for the assessment, one for the session (kept in the database).
@pytest.mark.parametrize(
    ("name", "max_queries"),
    [("overview", 2), ("workplace", 2), ("policy", 2), ("delete", 2)],
)
def test_each_page_uses_a_fixed_number_of_queries(
    assessed, django_assert_max_num_queries, name, max_queries
):
    client, record, _token = assessed
    with django_assert_max_num_queries(max_queries):
        assert (
            client.get(reverse(route(name), args=[record.public_id])).status_code == 200
        )


def test_the_result_page_queues_its_report_once_in_a_fixed_number_of_queries(
    assessed, django_assert_max_num_queries
):
    """The assessment and the session; the first time, three looks in the cache (a
    table), the mark that the report's render is queued, and the task itself; shown
    again, one look."""
    client, record, _token = assessed
    url = reverse("assessment:result", args=[record.public_id])
    with django_assert_max_num_queries(11):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get(url).status_code == 200


def test_new_practice_page_uses_one_query_and_the_session(
    assessed, django_assert_max_num_queries
):
    client, record, _token = assessed
    with django_assert_max_num_queries(2):
        client.get(reverse("assessment:practice_new", args=[record.public_id]))
    with django_assert_max_num_queries(2):
        client.get(reverse("assessment:practice", args=[record.public_id, 0]))


def test_a_worked_example_opens_as_an_own_copy(client):
    listing = client.get(reverse("assessment:examples"))
    assert "Facial recognition and fingerprints for attendance" in page(listing)
    response = client.post(
        reverse("assessment:open_example", args=["leisure-biometrics-gb"])
    )
    record = Assessment.objects.get()
    assert response["Location"] == reverse("assessment:saved", args=[record.public_id])
    assert record.country == "GB" and record.token_hash
    assert (
        client.post(
            reverse("assessment:open_example", args=["no-such-case"])
        ).status_code
        == 404
    )


@pytest.mark.parametrize("name", ["landing", "start", "import", "examples"])
def test_pages_without_an_assessment_make_no_queries(
    client, django_assert_num_queries, name
):
    with django_assert_num_queries(0):
        assert client.get(reverse(route(name))).status_code == 200


def test_a_workplace_is_named_in_the_language_shown():
    from django.utils import translation

    from assessment.labels import place_name

    with translation.override("fr"):
        assert place_name("US", "US-NY") == "États-Unis (New York)"
        assert place_name("DE") == "Allemagne"
    assert place_name("XK") == "XK"  # a country we do not list keeps its code


@pytest.mark.parametrize(
    "name", ["overview", "workplace", "practice_new", "letters", "policy", "delete"]
)
def test_every_form_carries_one_csrf_token(assessed, name):
    import re

    client, record, _token = assessed
    url = reverse(route(name), args=[record.public_id])
    html = client.get(url, follow=True).content.decode()
    forms = re.findall(r"<form[^>]*method=\"post\".*?</form>", html, re.S | re.I)
    assert forms
    for form in forms:
        assert form.count('name="csrfmiddlewaretoken"') == 1


def test_the_overview_shows_every_workplace_answer(client):
    response = client.post(
        reverse("assessment:start"),
        {
            **WORKPLACE,
            "employer_name": "Example Corp",
            "employer_sector": "Logistics",
            "country": "US",
            "region": "US-NY",
            "worker_representation": "union",
            "digital_labour_platform": "no",
        },
    )
    record = Assessment.objects.get()
    assert response.status_code == 302
    html = page(client.get(reverse("assessment:overview", args=[record.public_id])))
    for question, answer in [
        ("Employer (optional)", "Example Corp"),
        ("Sector (optional)", "Logistics"),
        ("Country where the monitored people work", "United States"),
        ("State or Land (United States and Germany only)", "New York"),
        # Asked as a US workplace is asked: a union, in American spelling.
        ("Is there a union at this workplace?", "A union"),
        ("Is the employer a digital labor platform (work through an app)?", "No"),
    ]:
        assert f"<dt>{question}</dt><dd>{answer}</dd>" in html


def test_the_overview_says_which_workplace_answers_were_left_open(assessed):
    client, record, _token = assessed  # Ireland, no employer, platform not answered
    html = page(client.get(reverse("assessment:overview", args=[record.public_id])))
    assert "<dt>Employer (optional)</dt><dd>Not answered</dd>" in html
    assert "State or Land" not in html  # Ireland has no regions to ask for
    assert (
        "<dt>Is the employer a digital labour platform (work through an app)?</dt>"
        "<dd>I don&#x27;t know</dd>"
    ) in html


def test_a_fifty_first_practice_is_refused_with_a_message(assessed):
    from assessment import services

    client, record, _token = assessed
    full = {**record.document, "practices": record.practices * 50}
    services.save_document(full, record)
    new = reverse("assessment:practice_new", args=[record.public_id])
    response = client.post(new, practice_data(name="One more"))
    assert response.status_code == 200
    assert "An assessment holds at most 50 practices." in page(response)
    assert 'value="One more"' in page(response)  # nothing typed is lost
    duplicate = reverse("assessment:practice_duplicate", args=[record.public_id, 0])
    text = page(client.post(duplicate, follow=True))
    assert "An assessment holds at most 50 practices." in text
    record.refresh_from_db()
    assert len(record.practices) == 50


def test_the_workplace_step_asks_the_german_land_and_keeps_it_on_error(client):
    form = page(client.get(reverse("assessment:start")))
    assert '<optgroup label="Germany">' in form
    assert '<option value="DE-BY">Bavaria</option>' in form
    assert "Not applicable, or I don&#x27;t know" in form
    data = {**WORKPLACE, "country": "DE", "region": "DE-BY", "title": "München"}
    response = client.post(reverse("assessment:start"), {**data, "title": "x" * 999})
    assert response.status_code == 200 and Assessment.objects.count() == 0
    assert response.context["form"]["region"].value() == "DE-BY"
    assert '<option value="DE-BY" selected>Bavaria</option>' in page(response)
    client.post(reverse("assessment:start"), data)
    record = Assessment.objects.get()
    assert record.document["workplace"]["region"] == "DE-BY"
    overview = page(client.get(reverse("assessment:overview", args=[record.public_id])))
    assert (
        "<dt>State or Land (United States and Germany only)</dt><dd>Bavaria</dd>"
        in (overview)
    )


def test_a_german_workplace_may_leave_its_land_unknown(client):
    client.post(reverse("assessment:start"), {**WORKPLACE, "country": "DE"})
    record = Assessment.objects.get()
    assert "region" not in record.document["workplace"]
    overview = page(client.get(reverse("assessment:overview", args=[record.public_id])))
    assert "<dd>Not applicable, or I don&#x27;t know</dd>" in overview


def test_a_land_for_another_country_is_refused(client):
    response = client.post(
        reverse("assessment:start"), {**WORKPLACE, "country": "US", "region": "DE-BY"}
    )
    assert "This state or Land is not in the country chosen above" in page(response)
    assert Assessment.objects.count() == 0
