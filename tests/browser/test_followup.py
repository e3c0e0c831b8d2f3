"""Following a letter through in a real browser, in German: note it as sent, record
a reply that answers only part of it, download the letter about what is missing,
and apply a fact from the reply to the answers."""

import datetime
import json
from pathlib import Path

import pytest

from assessment.models import Assessment
from documents.models import SentLetter
from tests import builders

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REPLY = (
    "Sehr geehrte Damen und Herren, die Protokolle werden 90 Tage gespeichert und "
    "gelöscht, wenn die Maßnahme endet. Mit freundlichen Grüßen, Personalabteilung"
)


def test_a_letter_is_followed_through_in_german(visit, tmp_path):
    tab = visit(locale="de-DE")
    page = tab.page
    # A German workplace whose retention period is not known: grade B.
    document = builders.document("DE", {"retention": "unknown"})
    document["title"] = "Zutrittskontrolle"
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(document))
    tab.open("/import/")
    page.set_input_files("#id_file", str(path))
    page.click("main button[type=submit]")
    record = Assessment.objects.get()
    tab.open(f"/assess/{record.public_id}/result/")
    assert page.locator(".grade").inner_text().split()[-1] == "B"

    # Note the questions letter as posted ten days ago.
    page.click("text=Gesendete Schreiben: Fristen und Antworten der Personalabteilung")
    assert page.get_by_text("Noch kein Schreiben eingetragen.").count()
    tab.check_page("letters sent empty")
    today = datetime.date.today()
    page.check("input[name='kind'][value='ai-questions']")
    page.select_option("#id_lang", "de")
    page.fill("#id_sent_on", (today - datetime.timedelta(days=10)).isoformat())
    page.check("input[name='channel'][value='post']")
    page.get_by_role("button", name="Schreiben hinzufügen").click()
    sent = SentLetter.objects.get()
    assert page.locator("h1").inner_text() == "Fragen zu Überwachung und KI-Training"
    assert page.locator(".badge").first.inner_text() == "Ausstehend"
    assert page.get_by_text("Ein Brief per Post gilt drei Werktage").count()
    tab.check_page("letter noted")

    # HR's reply answers how long data is kept, and nothing else.
    page.fill("#id_text", REPLY)
    page.fill("#id_replied_on", today.isoformat())
    page.get_by_role("button", name="Antwort speichern").click()
    kept = next(n for n, q in enumerate(sent.questions) if "gespeichert" in q)
    assert page.is_checked(f"input[name='q{kept}'][value='answered']")
    assert page.is_checked("input[name='q0'][value='not_answered']")
    tab.check_page("reply marked")
    page.get_by_role("button", name="Markierungen bestätigen").click()
    assert page.get_by_text("Ihre Markierungen wurden gespeichert.").count()

    # The letter about the incomplete answer asks again for exactly what is missing.
    page.check("input[name='file_format'][value='txt']")
    page.fill("#id_name", "Erika Beispiel")
    with page.expect_download() as download:
        page.get_by_role(
            "button", name="Schreiben zur unvollständigen Antwort herunterladen"
        ).click()
    text = " ".join(Path(download.value.path()).read_text().split())
    assert "Unvollständige Antwort auf mein Schreiben vom" in text
    assert "Erika Beispiel" in text
    for number, question in enumerate(sent.questions):
        assert (" ".join(question.split())[:60] in text) == (number != kept)

    # The reply says the logs are kept for 90 days: applied, the grade improves.
    change = page.locator("input[name='changes'][value='0:retention=90']")
    assert change.is_visible() and not change.is_checked()
    change.check()
    tab.check_page("facts from the reply")
    page.get_by_role("button", name="Antworten ändern").click()
    assert page.get_by_text("vorher Note B, jetzt A").count()
    assert page.locator(".grade").inner_text().split()[-1] == "A"
    tab.check_page("result after the reply")
    record.refresh_from_db()
    assert record.practices[0]["retention"] == 90
    assert "Erika Beispiel" not in json.dumps(record.document)
