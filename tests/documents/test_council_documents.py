"""The aggregate report and the council letters, read back from the files."""

import io

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from assessment.labels import CONCERN_LABELS
from assessment.rules import RULESET_VERSION
from councils import services
from councils.aggregates import published_counts
from councils.letters import council_kinds
from councils.report import aggregate_pdf
from documents.letter_files import letter_docx, letter_pdf, letter_text
from documents.letters import NotApplicable, write_letter
from tests.councils.fixtures import fill
from tests.documents.test_us_output import union_campaign

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    return "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(content)).pages
    )


def test_the_aggregate_pdf_shows_figures_and_hides_small_groups(campaign):
    fill(campaign, 10)
    text = pdf_text(aggregate_pdf(campaign, "en"))
    assert "Monitoring in Leipzig" in text and "Betriebsrat Leipzig" in text
    assert "Germany" in text
    assert "are left out" in text
    assert "information, not legal advice" in text.lower()
    german = aggregate_pdf(campaign, "de")
    assert "Deutschland" in pdf_text(german)
    reader = PdfReader(io.BytesIO(german))
    assert reader.outline  # bookmarks from the headings


def test_the_aggregate_pdf_before_the_threshold_shows_no_figure(campaign):
    fill(campaign, 3)
    text = pdf_text(aggregate_pdf(campaign, "en"))
    assert "Figures appear once 5 submissions have arrived" in text
    assert "Kinds of data reported" not in text


@pytest.mark.parametrize("slug", [k.slug for k in council_kinds() if "EEA" in k.where])
@pytest.mark.parametrize(
    ("country", "lang", "citation"),
    [
        ("DE", "de", "BetrVG"),
        ("FR", "fr", "L. 2312-38"),
        ("GB", "en", "UK GDPR"),
        ("NL", "en", "GDPR"),
    ],
)
def test_every_council_letter_renders_in_every_format(
    people, slug, country, lang, citation
):
    campaign = services.open_campaign(
        people["council"], title="Site", country=country, threshold=3
    )
    fill(campaign, 6)
    letter = write_letter(slug, campaign, lang)
    text = letter_text(letter)
    assert citation in text
    assert "6" in text  # the number of employees who took part
    assert letter.deadline > letter.date
    assert letter.sender[0] == "Betriebsrat Leipzig"
    assert pdf_text(letter_pdf(letter)).strip()
    paragraphs = [p.text for p in Document(io.BytesIO(letter_docx(letter))).paragraphs]
    assert letter.subject in paragraphs


def test_council_letters_quote_no_small_group(campaign):
    fill(campaign, 5)
    text = letter_text(write_letter("works-agreement", campaign, "en"))
    counts = published_counts(campaign)
    labels = {key: str(label) for key, label in CONCERN_LABELS.items()}
    small = [key for key, n in counts["concern"].items() if 0 < n < 5]
    assert small  # the five assessments differ
    for key in small:
        assert f"“{labels[key]}”" not in text


def test_a_us_campaign_is_offered_only_the_unions_letter_and_only_with_a_union(
    people,
):
    union = union_campaign(people["council"])
    none = union_campaign(people["council"], worker_representation="none")
    german = services.open_campaign(people["council"], title="Werk", country="DE")
    assert [k.slug for k in council_kinds(union)] == ["council-union-bargaining"]
    assert council_kinds(none) == []
    assert "council-union-bargaining" not in {k.slug for k in council_kinds(german)}
    with pytest.raises(
        NotApplicable, match=r"does not reach a workplace here \(United States\)"
    ):
        write_letter("works-agreement", union, "en")
    with pytest.raises(NotApplicable, match="a union that represents"):
        write_letter("council-union-bargaining", none, "en")


def test_a_member_downloads_a_council_letter_and_nothing_typed_is_kept(
    people, campaign, client, caplog
):
    fill(campaign, 5)
    client.force_login(people["member"])
    response = client.post(
        reverse("councils:campaign_letters", args=[campaign.public_id]),
        {
            "kind": "suspend-ai-training",
            "lang": "de",
            "file_format": "docx",
            "tone": "firm",
            "council": "Betriebsrat Leipzig",
            "address": "Hauptstraße 1",
            "signatory": "Erika Mustermann",
            "employer": "Example GmbH",
            "employer_address": "Werkstraße 2",
        },
    )
    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "Erika Mustermann" in text and "Hauptstraße 1" in text
    assert "Beschäftigte haben an unserer anonymen Umfrage" in text
    assert "Information given" not in text  # figures' labels in German too
    from django.db import connection

    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            assert "Mustermann" not in str(cursor.fetchall())
    assert "Mustermann" not in caplog.text


def test_the_aggregate_pdf_names_the_rules_versions_it_spans(campaign):
    fill(campaign, 1, ruleset="2026.1.0")
    fill(campaign, 4)
    text = pdf_text(aggregate_pdf(campaign, "en"))
    assert f"Rules versions 2026.1.0, {RULESET_VERSION}" in " ".join(text.split())
