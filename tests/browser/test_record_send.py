"""Recording a letter as sent from the letter form, in a real browser: it downloads,
is noted once on Letters sent with the reference printed on it, and is removed only
after the confirmation page."""

import datetime
import io
import json
import re

import pypdf
import pytest

from assessment.models import Assessment
from documents.models import SentLetter
from tests import builders

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_letter_recorded_as_sent_is_followed_and_removed_once_confirmed(
    visit, tmp_path
):
    tab = visit()
    page = tab.page
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(builders.document("IE")))
    tab.open("/import/")
    page.set_input_files("#id_file", str(path))
    page.click("main button[type=submit]")
    record = Assessment.objects.get()
    tab.open(f"/assess/{record.public_id}/letters/")
    page.check("input[name='kind'][value='access-request']")
    page.select_option("#id_lang", "en")
    sent_on = datetime.date.today() - datetime.timedelta(days=3)
    page.fill("#id_sent", sent_on.isoformat())
    page.check("input[name='channel'][value='post']")
    tab.check_page("letter form with sending")
    with page.expect_download() as download:
        page.get_by_role("button", name="Record as sent and download").click()
    letter = tmp_path / "letter.pdf"
    download.value.save_as(letter)
    sent = SentLetter.objects.get()
    assert re.fullmatch(rf"OV-{sent_on:%Y%m%d}-IE-[2-9A-HJ-NP-Z]{{4}}", sent.reference)
    pages = pypdf.PdfReader(io.BytesIO(letter.read_bytes())).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "Our reference: " + sent.reference in text

    page.get_by_role("link", name="Letters sent: deadlines and replies").click()
    assert page.get_by_text(sent.reference).count()
    tab.check_page("letters sent after recording")
    page.get_by_role("link", name="Access request").first.click()
    page.get_by_role("link", name="Remove the letter and its reply…").click()
    assert page.locator("h1").inner_text() == "Remove this letter?"
    tab.check_page("remove confirmation")
    page.get_by_role("link", name="No, keep it").click()
    assert SentLetter.objects.exists()
    page.get_by_role("link", name="Remove the letter and its reply…").click()
    page.get_by_role("button", name="Yes, remove the letter and its reply").click()
    assert not SentLetter.objects.exists()
    assert page.get_by_text("The letter and its reply were removed.").count()
