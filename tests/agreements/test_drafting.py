"""Drafting from a campaign's findings, and the draft read back from its files."""

import io

import pytest
from docx import Document
from pypdf import PdfReader

from councils.agreements import drafting, files, library
from tests.agreements.fixtures import meta_like_campaign

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(io.BytesIO(content)).pages
    )


def docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return " ".join([p.text for p in document.paragraphs] + cells)


def chosen_of(draft) -> list[str]:
    return [p.clause.id for p in draft.proposals if p.chosen]


def test_every_critical_and_high_finding_of_the_meta_like_campaign_is_answered(people):
    campaign = meta_like_campaign(people["council"])
    draft = drafting.propose(campaign)
    serious = {f.slug for f in draft.findings if f.serious}
    assert {"keystroke-logging", "ai-training-on-behavioural-traces"} <= serious
    assert draft.open_findings() == []
    answered = {s for p in draft.proposals if p.chosen for s in p.clause.answers}
    assert serious <= answered
    assert "ai-training-opt-in" in chosen_of(draft)
    # Unticking the only clause that answers a finding leaves it open, by name.
    rest = set(chosen_of(draft)) - {"data-categories"}
    assert "keystroke-logging" in {f.slug for f in draft.open_findings(rest)}


def test_the_retention_the_policy_states_is_prefilled(people):
    campaign = meta_like_campaign(people["council"])
    proposal = next(
        p
        for p in drafting.propose(campaign).proposals
        if p.clause.id == "retention-deletion"
    )
    assert proposal.values["retention_days"] == 14
    assert "14" in proposal.why_values["retention_days"]


def test_the_german_draft_is_a_betriebsvereinbarung_in_docx_and_pdf(people):
    campaign = meta_like_campaign(people["council"])
    draft = drafting.propose(campaign)
    agreement = files.build(
        campaign,
        "de",
        chosen_of(draft),
        {"retention-deletion": {"retention_days": 10}},
        notes="Frist prüfen",
    )
    ai_training = library.clause("ai-training-opt-in").title["de"]
    for text in (
        docx_text(files.agreement_docx(agreement)),
        pdf_text(files.agreement_pdf(agreement)),
    ):
        assert "Betriebsvereinbarung" in text
        assert "§ 87 Abs. 1 Nr. 6 BetrVG" in text
        assert ai_training in text
        assert "Opt-in" in text
        assert "10 Tage" in text
        assert "Frist prüfen" in text
        assert "Betriebsrat Leipzig" in text
        assert "Für den Arbeitgeber" in text
        assert "Von Beschäftigten in der Umfrage angegeben" in text  # the annex


@pytest.mark.parametrize(
    ("country", "lang", "title", "basis"),
    [
        ("FR", "fr", "Accord d'entreprise", "L. 2312-38"),
        ("AT", "de", "Betriebsvereinbarung", "ArbVG"),
        ("NL", "en", "works council (ondernemingsraad)", "WOR"),
        ("ES", "en", "Protocol on digital monitoring", "LOPDGDD"),
        ("IT", "en", "Art. 4, Law no. 300/1970", "Statuto"),
        ("US", "en", "Union proposal", "Colgate-Palmolive"),
    ],
)
def test_each_jurisdiction_gets_its_frame(people, country, lang, title, basis):
    region = "US-CA" if country == "US" else ""
    campaign = meta_like_campaign(people["council"], country, region)
    draft = drafting.propose(campaign)
    assert draft.open_findings() == [], [f.slug for f in draft.open_findings()]
    agreement = files.build(campaign, lang, chosen_of(draft))
    ai_training = library.clause("ai-training-opt-in").title[lang]
    docx = docx_text(files.agreement_docx(agreement))
    assert title in docx and basis in docx and ai_training in docx
    if country == "US":  # a union proposal speaks of the Union, not a council
        assert "the Union" in docx and "council" not in docx.replace("Leipzig", "")
    if country in ("FR", "US"):  # the PDF path is the same for every frame
        pdf = pdf_text(files.agreement_pdf(agreement))
        assert title in pdf and ai_training in pdf
