"""A practice is asked only what its workplace makes sense of: where there is no
works council and no union, nobody is asked how they were involved (the question's
`not_asked_when` in assessment/questionnaire.py), on any page; an answer given before
is kept, and the question comes back once the workplace has representatives."""

import json

import pytest
from django.urls import reverse

from assessment import services
from assessment.facts import load_assessment
from assessment.models import Assessment
from tests.conftest import EXAMPLES
from tests.web.conftest import WORKPLACE, practice_data
from tests.web.test_steps import answer_steps, new_step, page, step_data

pytestmark = pytest.mark.django_db

ASKED = "How were the works council or union involved?"
ASKED_US = "How was the union involved?"
FOR_HR = "Were workers&#x27; representatives involved?"
FOR_HR_US = "Was the union involved?"
SLUGS = [
    "collected",
    "where",
    "use",
    "sharing",
    "keeping",
    "basis",
    "choice",
    "told",
    "involved",
]


def start(client, **workplace) -> Assessment:
    client.post(reverse("assessment:start"), {**WORKPLACE, **workplace})
    return Assessment.objects.latest("created")


def imported(client, name: str, **changes) -> Assessment:
    """A worked example imported (its practice's answers changed), opened by its
    link in this browser."""
    document = json.loads((EXAMPLES / f"{name}.json").read_text())
    document["practices"][0].update(changes)
    record, token = services.import_assessment(load_assessment(json.dumps(document)))
    client.get(reverse("assessment:resume", args=[token]))
    return record


def involved_step(client, record, index=None) -> str:
    if index is None:
        return page(client.get(new_step(record, "involved")))
    return page(
        client.get(
            reverse("assessment:step", args=[record.public_id, index, "involved"])
        )
    )


def result_page(client, record) -> str:
    return page(client.get(reverse("assessment:result", args=[record.public_id])))


def test_the_involved_step_asks_only_for_the_impact_assessment_without_representatives(
    client,
):
    record = start(client, worker_representation="none")
    answer_steps(client, record, SLUGS[:-1])
    step = involved_step(client, record)
    assert 'name="dpia"' in step and "Step 9 of 9" in step
    assert 'name="representatives"' not in step and ASKED not in step
    # What the browser posts for the step, the fixtures' answer to the missing
    # question included, saves the impact assessment and nothing about them.
    response = client.post(
        new_step(record, "involved"), step_data("involved", dpia="not_done")
    )
    assert response["Location"] == reverse(
        "assessment:check_new", args=[record.public_id]
    )
    record.refresh_from_db()
    assert record.pending["done"] == SLUGS
    assert record.pending["practice"]["dpia"] == "not_done"
    assert "representatives" not in record.pending["practice"]
    check = page(client.get(response["Location"]))
    assert "Was a data-protection impact assessment carried out?" in check
    assert ASKED not in check and "#div_id_representatives" not in check
    client.post(response["Location"])
    record.refresh_from_db()
    assert record.practices[0]["representatives"] == "unknown"  # as the format has it
    text = result_page(client, record)
    assert FOR_HR not in text and ASKED not in text
    assert "Was an impact assessment carried out?" not in text  # it was answered


def test_a_german_works_council_is_asked_how_it_was_involved_as_before(client):
    record = start(client, country="DE", worker_representation="works_council")
    step = involved_step(client, record)
    assert 'name="dpia"' in step and 'name="representatives"' in step
    assert ASKED in step
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]),
        practice_data(representatives="unknown"),
    )
    record.refresh_from_db()
    check = page(client.get(reverse("assessment:check", args=[record.public_id, 0])))
    assert ASKED in check
    text = result_page(client, record)
    assert FOR_HR in text
    assert "Unclear whether representatives were involved" in text


def test_an_italian_workplace_without_a_union_is_still_asked(client):
    """In Italy the tool needs a union agreement or, without one, the labour
    inspectorate's authorisation: the answer still decides a finding there."""
    record = start(client, country="IT", worker_representation="none")
    step = involved_step(client, record)
    assert 'name="representatives"' in step and ASKED in step
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]),
        practice_data(
            representatives="not_involved", purposes=["performance_evaluation"]
        ),
    )
    record.refresh_from_db()
    text = result_page(client, record)
    assert "Remote monitoring without a union agreement or authorisation" in text


def test_the_long_page_leaves_the_question_out_and_keeps_an_answer_given_before(
    client,
):
    record = imported(client, "ai-training-keystrokes-ie", representatives="agreement")
    assert record.workplace["worker_representation"] == "none"
    client.post(
        reverse("assessment:choose_layout"),
        {"layout": "long", "next": reverse("assessment:landing")},
    )
    url = reverse("assessment:practice", args=[record.public_id, 0])
    form = page(client.get(url))
    assert 'name="dpia"' in form and 'name="representatives"' not in form
    assert ASKED not in form
    response = client.post(url, practice_data(representatives="not_involved"))
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.practices[0]["name"] == "Activity capture"  # the page's answers
    assert record.practices[0]["representatives"] == "agreement"  # kept, not asked


def test_a_texas_import_without_a_union_keeps_its_answer_and_does_not_ask_it(client):
    record = imported(client, "face-scan-time-clock-us-tx", representatives="informed")
    step = involved_step(client, record, 0)
    assert 'name="dpia"' in step
    assert 'name="representatives"' not in step and ASKED_US not in step
    client.post(
        reverse("assessment:step", args=[record.public_id, 0, "involved"]),
        {"dpia": "not_done"},
    )
    record.refresh_from_db()
    assert record.practices[0]["dpia"] == "not_done"
    assert record.practices[0]["representatives"] == "informed"
    check = page(client.get(reverse("assessment:check", args=[record.public_id, 0])))
    assert ASKED_US not in check and "They were merely informed" not in check


def test_a_texas_result_without_a_union_asks_hr_nothing_about_it(client):
    record = imported(client, "face-scan-time-clock-us-tx")
    assert record.practices[0]["representatives"] == "unknown"
    text = result_page(client, record)
    assert "Can workers see the data collected about them?" in text  # asked of HR
    assert FOR_HR_US not in text and ASKED_US not in text
    assert all(
        u["fact"] != "practices[0].representatives" for u in record.result["unknowns"]
    )
    report = page(client.get(reverse("documents:report", args=[record.public_id])))
    assert "Annex" in report
    assert FOR_HR_US not in report and ASKED_US not in report


def test_a_union_later_brings_the_question_back(client):
    record = start(client, worker_representation="none")
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]), practice_data()
    )
    answer_steps(client, record, SLUGS)  # a second practice, being added
    response = client.post(
        reverse("assessment:workplace", args=[record.public_id]),
        {**WORKPLACE, "worker_representation": "union"},
        follow=True,
    )
    assert (
        "The practices are now also asked “How were the works council or union "
        "involved?”. Answer it in each practice&#x27;s step “Who was involved”."
    ) in page(response)
    record.refresh_from_db()
    # Never answered: the saved practice now asks it and HR is asked it ...
    assert record.practices[0]["representatives"] == "unknown"
    assert 'name="representatives"' in involved_step(client, record, 0)
    assert FOR_HR in result_page(client, record)
    # ... and the practice being added goes back to its step.
    assert record.pending["done"] == SLUGS[:-1]
    assert 'name="representatives"' in involved_step(client, record)
    check = reverse("assessment:check_new", args=[record.public_id])
    assert "Continue answering" in page(client.get(check))


def test_no_message_when_the_workplace_asks_nothing_new(client):
    record = start(client, worker_representation="union")
    client.post(
        reverse("assessment:practice_new", args=[record.public_id]), practice_data()
    )
    response = client.post(
        reverse("assessment:workplace", args=[record.public_id]),
        {**WORKPLACE, "worker_representation": "none"},
        follow=True,
    )
    assert "are now also asked" not in page(response)
    record.refresh_from_db()
    assert record.practices[0]["representatives"] == "not_involved"  # kept


def test_the_policy_check_suggests_no_answer_about_absent_representatives(client):
    text = {"text": "The works council was consulted before the rollout."}
    for representation, offered in (("none", False), ("works_council", True)):
        record = start(client, worker_representation=representation)
        checked = page(
            client.post(reverse("assessment:policy", args=[record.public_id]), text)
        )
        assert ('value="representatives=consulted"' in checked) is offered
