"""A practice in short steps: each saved as completed, a task list on return, "Check
your answers" before it joins the assessment, and the long page for those who ask."""

import re

from django.urls import reverse

from assessment import questionnaire
from assessment.forms import STEP_FORMS
from assessment.models import Assessment
from tests.web.conftest import PRACTICE_DEFAULTS

SLUGS = [step.slug for step in questionnaire.STEPS]


def page(response) -> str:
    return response.content.decode()


def step_data(slug: str, **changes) -> dict:
    """What the step's page posts for the Meta-like practice of the fixtures."""
    names = STEP_FORMS[slug].base_fields
    return {
        name: value
        for name, value in {**PRACTICE_DEFAULTS, **changes}.items()
        if name in names
    }


def new_step(record, slug: str) -> str:
    return reverse("assessment:step_new", args=[record.public_id, slug])


def answer_steps(client, record, slugs) -> None:
    for slug in slugs:
        response = client.post(new_step(record, slug), step_data(slug))
        assert response.status_code == 302, page(response)


def test_adding_a_practice_starts_at_its_first_step(started):
    client, record, _token = started
    response = client.get(reverse("assessment:practice_new", args=[record.public_id]))
    assert response["Location"] == new_step(record, "collected")
    first = page(client.get(response["Location"]))
    assert (
        f"Step 1 of {len(SLUGS)}" in first
        and "<h1" in first
        and "What is collected" in first
    )
    assert (
        f'class="back-link" href="{reverse("assessment:overview", args=[record.public_id])}"'
        in first
    )
    assert "Save and continue" in first
    assert 'name="purposes"' not in first  # a later step's question


def test_each_step_is_saved_as_it_is_completed(started):
    client, record, _token = started
    response = client.post(new_step(record, "collected"), step_data("collected"))
    assert response["Location"] == new_step(record, "where")
    record.refresh_from_db()
    assert record.pending == {
        "practice": {
            "name": "Activity capture",
            "data": ["keystroke_dynamics", "mouse_movement", "clicks"],
        },
        "done": ["collected"],
    }
    assert record.practices == []  # not part of the assessment until checked
    second = page(client.get(new_step(record, "where")))
    assert f"Step 2 of {len(SLUGS)}" in second
    assert f'href="{new_step(record, "collected")}"' in second  # back, as the browser


def test_a_step_with_a_mistake_keeps_what_was_typed_and_saves_nothing(started):
    client, record, _token = started
    response = client.post(
        new_step(record, "collected"), {"name": "Keystroke agent", "data": []}
    )
    assert response.status_code == 200
    assert 'value="Keystroke agent"' in page(response)
    assert "There is a problem" in page(response) or "error" in page(response)
    record.refresh_from_db()
    assert record.pending is None


def test_check_your_answers_then_save_makes_the_result(started):
    client, record, _token = started
    answer_steps(client, record, SLUGS[:-1])
    last = client.post(new_step(record, SLUGS[-1]), step_data(SLUGS[-1]))
    check = reverse("assessment:check_new", args=[record.public_id])
    assert last["Location"] == check
    summary = page(client.get(check))
    assert "Check your answers" in summary
    assert "Typing rhythm, speed and corrections (not the text)" in summary
    assert "Training or improving AI models" in summary
    # A list left empty reads as the form says: "I don't know", or none ticked.
    assert re.search(
        r"Who receives individual-level data\?</dt>\s*<dd>I don(&#x27;|')t know",
        summary,
    )
    assert re.search(r"Where does it run\?</dt>\s*<dd>None ticked", summary)
    change = new_step(record, "basis") + "?next=check#div_id_participation_incentives"
    assert f'href="{change}"' in summary.replace("&amp;", "&")
    saved = client.post(check)
    assert saved["Location"] == reverse("assessment:overview", args=[record.public_id])
    record.refresh_from_db()
    assert record.pending is None
    assert [p["name"] for p in record.practices] == ["Activity capture"]
    assert record.practices[0]["participation"]["enrolment_rate"] == 0.7
    assert record.grade == "F"  # assessed, as with the long page


def test_a_change_from_the_check_page_goes_back_to_it(started):
    client, record, _token = started
    answer_steps(client, record, SLUGS)
    url = new_step(record, "sharing") + "?next=check"
    step_page = page(client.get(url))
    check = reverse("assessment:check_new", args=[record.public_id])
    assert f'class="back-link" href="{check}"' in step_page
    assert "Save and go back to your answers" in step_page
    response = client.post(url, step_data("sharing", access="restricted"))
    assert response["Location"] == check
    record.refresh_from_db()
    assert record.pending["practice"]["access"] == "restricted"


def test_a_saved_practice_is_changed_step_by_step_and_reassessed(assessed):
    client, record, _token = assessed
    before = record.score
    edit = client.get(reverse("assessment:practice", args=[record.public_id, 0]))
    assert edit["Location"] == reverse("assessment:check", args=[record.public_id, 0])
    url = reverse("assessment:step", args=[record.public_id, 0, "basis"])
    response = client.post(
        url + "?next=check",
        step_data(
            "basis", lawful_basis="collective_agreement", participation_incentives="no"
        ),
    )
    assert response["Location"] == edit["Location"]
    choice = reverse("assessment:step", args=[record.public_id, 0, "choice"])
    client.post(choice, step_data("choice", participation_enrolment_rate=""))
    record.refresh_from_db()
    assert record.practices[0]["participation"]["incentives"] == "no"
    assert "enrolment_rate" not in record.practices[0]["participation"]
    assert record.score > before


def test_unticking_every_box_of_a_list_forgets_it(assessed):
    client, record, _token = assessed
    url = reverse("assessment:step", args=[record.public_id, 0, "use"])
    client.post(url, step_data("use", inferences=["stress_or_cognitive_load"]))
    record.refresh_from_db()
    assert record.practices[0]["inferences"] == ["stress_or_cognitive_load"]
    client.post(url, step_data("use"))
    record.refresh_from_db()
    assert record.practices[0].get("inferences", []) == []


def test_coming_back_by_the_link_shows_the_task_list(started, client):
    first, record, token = started
    answer_steps(first, record, SLUGS[:2])
    client.cookies.clear()  # the browser was closed
    overview = client.get(reverse("assessment:resume", args=[token]), follow=True)
    text = page(overview)
    assert "Being added" in text
    assert (
        text.count(">Done</strong>") == 2
        and text.count(">To do</strong>") == len(SLUGS) - 2
    )
    assert f'href="{new_step(record, "use")}"' in text  # continue where it stopped
    # Nothing already answered is asked again: its step shows the answers given.
    assert 'value="Activity capture"' in page(client.get(new_step(record, "collected")))


def test_saving_before_every_step_is_done_is_refused(started):
    client, record, _token = started
    answer_steps(client, record, SLUGS[:2])  # no purposes yet
    check = reverse("assessment:check_new", args=[record.public_id])
    assert "Continue answering" in page(client.get(check))
    response = client.post(check, follow=True)
    assert "Some answers are still needed" in page(response)
    record.refresh_from_db()
    assert record.practices == [] and record.pending["done"] == SLUGS[:2]


def test_a_practice_being_added_can_be_discarded(started):
    client, record, _token = started
    answer_steps(client, record, SLUGS[:1])
    client.post(reverse("assessment:discard_pending", args=[record.public_id]))
    record.refresh_from_db()
    assert record.pending is None


def test_the_long_page_is_a_choice_that_is_remembered(started):
    client, record, _token = started
    new = reverse("assessment:practice_new", args=[record.public_id])
    response = client.post(
        reverse("assessment:choose_layout"), {"layout": "long", "next": new}
    )
    assert response["Location"] == new
    assert response.cookies["practice_layout"].value == "long"
    long_page = client.get(new)
    assert long_page.status_code == 200
    assert 'name="purposes"' in page(long_page) and 'name="dpia"' in page(long_page)
    assert "Answer in short steps instead" in page(long_page)
    client.post(reverse("assessment:choose_layout"), {"layout": "steps", "next": new})
    assert client.get(new)["Location"] == new_step(record, "collected")


def test_the_layout_choice_only_returns_to_this_site(client, db):
    response = client.post(
        reverse("assessment:choose_layout"),
        {"layout": "long", "next": "https://example.org/"},
    )
    assert response["Location"] == reverse("assessment:landing")


def test_an_unknown_step_is_not_found(started):
    client, record, _token = started
    assert client.get(new_step(record, "nowhere")).status_code == 404
    assert Assessment.objects.get().pending is None


def test_an_answer_changed_from_the_result_goes_back_to_the_result(assessed):
    client, record, _token = assessed
    result = reverse("assessment:result", args=[record.public_id])
    url = reverse("assessment:step", args=[record.public_id, 0, "basis"])
    assert f'href="{url}?next=result#div_id_' in page(client.get(result))
    step_page = page(client.get(url + "?next=result"))
    assert "Save and go back to the result" in step_page
    assert f'class="back-link" href="{result}"' in step_page
    response = client.post(
        url + "?next=result", step_data("basis", participation_incentives="no")
    )
    assert response["Location"] == result
    # Only a saved practice has a result to go back to.
    new = new_step(record, "basis") + "?next=result"
    assert "Save and continue" in page(client.get(new))
