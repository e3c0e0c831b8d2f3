"""The state or Land in a real browser: the question lists the chosen country's
regions only, and is out of the way where the country has none; a Munich workplace's
complaint goes to the Bavarian authority."""

import datetime
import json

import pypdf
import pytest
from django.urls import reverse

from assessment.models import Assessment
from documents import followup
from tests import builders

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def shown_groups(page) -> list[str]:
    return page.locator("#id_region optgroup").evaluate_all(
        "groups => groups.filter(g => !g.hidden).map(g => g.label)"
    )


def test_the_region_question_follows_the_country_chosen(visit):
    tab = visit()
    page = tab.page
    tab.open(reverse("assessment:start"))
    region = page.locator("#div_id_region")
    assert region.is_hidden()  # no country yet
    page.select_option("#id_country", "IE")
    assert region.is_hidden()
    page.select_option("#id_country", "US")
    assert region.is_visible() and shown_groups(page) == ["United States"]
    page.select_option("#id_country", "DE")
    assert region.is_visible() and shown_groups(page) == ["Germany"]
    page.select_option("#id_region", "DE-BY")
    tab.check_page("workplace with a Land")
    page.check("input[name='worker_representation'][value='works_council']")
    page.click("main button[type=submit]")
    page.wait_for_url("**/saved/")
    assert Assessment.objects.get().document["workplace"]["region"] == "DE-BY"


def test_a_munich_complaint_is_addressed_to_the_bavarian_authority(visit, tmp_path):
    tab = visit(locale="de-DE")
    page = tab.page
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(builders.document("DE", region="DE-BY")))
    tab.open(reverse("assessment:import"))
    page.set_input_files("#id_file", str(path))
    page.click("main button[type=submit]")
    record = Assessment.objects.get()
    sent, _new = followup.record_sent(
        record, "access-request", "de", datetime.date(2026, 11, 16), "post"
    )
    tab.open(reverse("documents:sent_letters", args=[record.public_id]))
    notice = page.locator("#complaint-addressee").inner_text()
    assert "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)" in notice
    tab.check_page("complaint addressed")
    page.select_option("#id_complaint-lang", "de")
    page.fill("#id_complaint-employer", "Beispiel Logistik GmbH")
    page.fill("#id_complaint-employer_address", "Leopoldstraße 12\n80802 München")
    with page.expect_download() as download:
        page.locator("#complaint-title ~ form button[type=submit]").click()
    reader = pypdf.PdfReader(download.value.path())
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Promenade 18 91522 Ansbach" in text
    assert "Beispiel Logistik GmbH, Leopoldstraße 12, 80802 München" in text
    assert sent.reference in text
    assert "Leopoldstraße" not in json.dumps(Assessment.objects.get().document)
