"""The employee journey in a real browser, on a phone-sized screen and a laptop."""

import json
from urllib.parse import urlparse

import pytest

from assessment import questionnaire
from assessment.models import Assessment
from tests.browser.conftest import PHONE
from tests.conftest import EXAMPLES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The step of a practice that asks each form field.
STEP_OF_FIELD = {
    field: step.slug
    for step, questions in questionnaire.steps()
    for question in questions
    for field in question.fields
}


def choose(page, name: str, *values: str) -> None:
    for value in values:
        page.check(f"input[name='{name}'][value='{value}']")


def answer(page, field: str, value: str | list[str]) -> None:
    if isinstance(value, list):
        choose(page, field, *value)
    elif field == "name" or field.endswith(("_days", "_rate")):
        page.fill(f"#id_{field}", value)
    else:
        choose(page, field, value)


def fill_practice(
    page, name: str, data: list[str], purposes: list[str], **answers
) -> None:
    """Answer the practice on the long page, all questions at once."""
    answers = {"name": name, "data": data, "purposes": purposes, **answers}
    for field, value in answers.items():
        answer(page, field, value)


def answer_steps(
    page, name: str, data: list[str], purposes: list[str], visit=None, **answers
) -> None:
    """Answer the practice in its steps, from the first to "Check your answers";
    with a `visit`, each step is checked as it is shown."""
    answers = {"name": name, "data": data, "purposes": purposes, **answers}
    for step in questionnaire.STEPS:
        for field, value in answers.items():
            if STEP_OF_FIELD[field] == step.slug:
                answer(page, field, value)
        if visit:
            visit.check_page(f"step {step.slug}")
        page.click("text=Save and continue")
    assert page.locator("h1").inner_text().startswith("Check your answers")


@pytest.mark.parametrize(
    "viewport", [PHONE, {"width": 1280, "height": 900}], ids=["phone", "laptop"]
)
def test_the_case_in_the_news_from_start_to_delete(visit, viewport, tmp_path):
    tab = visit(viewport)
    page = tab.page
    tab.open("/")
    tab.check_page("landing")
    page.click("text=Start an assessment")

    # The workplace; a mistake first, which keeps what was typed.
    page.fill("#id_title", "Laptop activity capture")
    page.select_option("#id_country", "US")
    page.select_option("#id_region", "US-NY")
    page.select_option("#id_country", "IE")  # the state stays in view, refused
    page.click("main button[type=submit]")
    assert page.locator(".error-summary").is_visible()
    tab.check_page("workplace error")
    assert page.input_value("#id_title") == "Laptop activity capture"
    page.click(".error-summary a")
    page.select_option("#id_region", "")
    choose(page, "worker_representation", "none")
    page.click("main button[type=submit]")

    # The resume link, shown once.
    resume_url = page.input_value("#resume-url")
    assert "/resume/" in resume_url
    tab.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.click("text=Copy the link")
    # The clipboard answers asynchronously; wait for the status it sets.
    page.locator("#resume-url-status", has_text="Copied.").wait_for(timeout=5000)
    assert page.evaluate("navigator.clipboard.readText()") == resume_url
    tab.check_page("resume link")
    page.click("text=Continue to the practices")
    tab.check_page("overview empty")

    # Two practices, each in steps, then checked and saved.
    page.click("text=Add a practice")
    answer_steps(
        page,
        "Keystroke and mouse capture",
        ["keystroke_dynamics", "mouse_movement", "clicks"],
        ["ai_training"],
        when="work_hours",
        de_identification="anonymised_claimed",
        lawful_basis="consent",
        participation_mode="opt_in",
        participation_incentives="yes",
        participation_enrolment_rate="70",
        notice="vague_written",
        visit=tab,
    )
    tab.check_page("check your answers")
    # Neither a works council nor a union: nobody asks how they were involved.
    assert page.get_by_text("Was a data-protection impact assessment").count()
    assert not page.get_by_text("How were the works council or union").count()
    page.get_by_role("button", name="Save the practice").click()
    page.click("text=Add a practice")
    answer_steps(
        page,
        "Screenshots",
        ["screenshots"],
        ["security"],
        retention_kind="days",
        retention_days="30",
    )
    page.get_by_role("button", name="Save the practice").click()
    tab.check_page("overview two practices")

    # The result explains itself; each fact links back to the step that asks it.
    page.click("text=See the result")
    assert page.locator(".grade").inner_text().split()[-1] == "F"
    assert page.get_by_text(
        "Taking part is presented as voluntary but is rewarded"
    ).count()
    tab.check_page("result")
    assert not page.get_by_text("Were workers' representatives involved?").count()
    # The concerns are folded: open the one that rests on the answer, then follow it.
    fact = "a[href$='#div_id_participation_incentives']"
    page.locator(f"details.concern:has({fact}) > summary").first.click()
    page.locator(fact).first.click()
    choose(page, "participation_incentives", "no")
    # Saved, the step goes back to the result it was opened from.
    page.click("text=Save and go back to the result")
    assert urlparse(page.url).path.endswith("/result/")
    assert not page.get_by_text(
        "Taking part is presented as voluntary but is rewarded"
    ).count()

    # Resume in another browser.
    other = visit(viewport, name=tab.name + "-resumed")
    other.page.goto(resume_url)
    assert other.page.get_by_text("Keystroke and mouse capture").count()

    # Export, then import the file again as a new assessment.
    with page.expect_download() as download:
        page.click("text=Download the assessment (oversight.assessment/1)")
    exported = tmp_path / "exported.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["format"] == "oversight.assessment/1"
    page.click("text=Import a file")
    page.set_input_files("#id_file", str(exported))
    page.click("main button[type=submit]")
    assert page.input_value("#resume-url") != resume_url
    assert Assessment.objects.count() == 2
    assert page.locator(".grade").count()  # an import lands on its result
    tab.check_page("imported result with resume link")

    # Delete, after a confirmation.
    page.click("text=Change or add practices")
    page.click("text=Delete this assessment")
    tab.check_page("delete confirmation")
    page.click("text=Delete for good")
    assert page.get_by_text("The assessment and its result were deleted.").count()
    assert Assessment.objects.count() == 1


def test_a_worked_example_opens_from_its_page(visit):
    tab = visit()
    tab.open("/examples/")
    tab.check_page("examples")
    tab.page.click("text=Open a copy: Keylogger with regular screenshots")
    tab.page.click("text=Continue to the practices")
    tab.page.click("text=See the result")
    assert tab.page.get_by_text("Everything typed is recorded").count()

    # Each finding's rule id opens the published catalogue at that rule.
    tab.page.locator("details.concern > summary").first.click()
    rule = tab.page.locator("a.rule-id").first
    slug = rule.inner_text()
    rule.click()
    assert tab.page.url.endswith(f"/rules/#{slug}")
    assert tab.page.locator(f"[id='{slug}']").is_visible()
    tab.check_page("rules")


def test_an_invalid_import_lists_what_is_wrong(visit, tmp_path):
    tab = visit()
    document = json.loads((EXAMPLES / "hm-service-centre-de.json").read_text())
    document["practices"][0]["when"] = "sometimes"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document))
    tab.open("/import/")
    tab.page.set_input_files("#id_file", str(path))
    tab.page.click("main button[type=submit]")
    assert tab.page.get_by_text('practices[0].when: "sometimes" is not allowed').count()
    tab.check_page("import errors")
    assert Assessment.objects.count() == 0


def test_the_policy_check_marks_phrases_and_fills_the_form(visit):
    tab = visit()
    page = tab.page
    tab.open("/assess/")
    page.select_option("#id_country", "DE")
    page.click("main button[type=submit]")
    page.click("text=Continue to the practices")
    page.click("text=Check a policy text")
    page.fill(
        "#id_text",
        "Zur Verbesserung unserer Dienste und zum Training unserer KI-Modelle erfassen wir "
        "Tastenanschläge und Mausbewegungen. Die Teilnahme ist freiwillig. Die Daten werden "
        "anonymisiert und 6 Monate gespeichert.",
    )
    page.click("button[name=check]")
    assert page.locator("mark").count() >= 5
    tab.check_page("policy marked")
    page.click("button[name=apply]")
    assert page.is_checked("input[name='purposes'][value='ai_training']")
    assert page.is_checked("input[name='data'][value='keystroke_content']")
    assert page.input_value("#id_retention_days") == "180"
    page.fill("#id_name", "Typing analytics")
    page.click("text=Save the practice")
    record = Assessment.objects.get()
    assert record.practices[0]["retention"] == 180


def test_the_questionnaire_works_with_the_keyboard_alone(visit):
    tab = visit({"width": 320, "height": 700})
    page = tab.page
    tab.open("/assess/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.focus("#id_title")
    page.keyboard.type("Keyboard only")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_country"
    page.keyboard.type("Ireland")
    page.focus("#id_title")
    page.keyboard.press("Enter")
    assert page.input_value("#resume-url")
    tab.check_page("keyboard resume link at 320px")


def test_the_report_and_a_letter_download_from_the_result_page(visit, tmp_path):
    tab = visit()
    page = tab.page
    tab.open("/examples/")
    page.click("text=Open a copy: Records of employees' private lives")
    page.click("text=Continue to the practices")
    page.click("text=See the result")
    with page.expect_download() as report:
        page.click("text=Download the report (PDF)")
    path = tmp_path / "report.pdf"
    report.value.save_as(path)
    assert path.read_bytes().startswith(b"%PDF")
    page.click("text=Write a letter to HR")
    tab.check_page("letters form")
    choose(page, "kind", "council-information")
    page.select_option("#id_lang", "de")
    choose(page, "file_format", "docx")
    page.fill("#id_name", "Alex Beispiel")
    with page.expect_download() as letter:
        page.click("text=Download the letter")
    assert letter.value.suggested_filename == "council-information-de.docx"
    import docx

    letter.value.save_as(tmp_path / "letter.docx")
    text = "\n".join(
        p.text for p in docx.Document(str(tmp_path / "letter.docx")).paragraphs
    )
    assert "§ 87 Abs. 1 Nr. 6 BetrVG" in text and "Alex Beispiel" in text


def test_the_journey_in_german(visit):
    tab = visit(locale="de-DE")
    page = tab.page
    tab.open("/")
    assert page.locator("html").get_attribute("lang") == "de"
    tab.check_page("landing de")
    page.click("text=Beispiele ansehen")
    page.click(
        "text=Open a copy: Door badges under a works agreement".replace(
            "Open a copy", "Kopie öffnen"
        )
    )
    page.click("text=Weiter zu den Maßnahmen")
    page.click("text=Ergebnis ansehen")
    assert page.get_by_text(
        "Eine Betriebsvereinbarung braucht echte Schutzmaßnahmen"
    ).count()
    tab.check_page("result de")
