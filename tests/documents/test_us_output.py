"""No EU text in US output (issue 25): every US worked example's result page, report
(HTML and PDF) and each letter offered for it, read back, name no EU-only law, body
or form, and every US PDF is on US Letter (612 x 792 pt), not A4."""

import io
import re

import pypdf
import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from assessment import rules
from assessment.models import Assessment
from documents import letter_files
from documents.letters import Details, kinds_for, write_letter
from documents.summary import text_summary
from tests.conftest import example_names
from tests.councils.fixtures import fill, open_campaign
from tests.documents.test_letters import example

US_EXAMPLES = [name for name in example_names() if "-us-" in name]
# What only EU (or UK) law knows, and the EU's way of writing a letter. The works
# council may be named only where the assessment says there is one.
EU_ONLY = re.compile(
    r"\bGDPR\b|DSGVO|data protection officer|supervisory authority|"
    r"Dear Sir or Madam|Yours faithfully"
)
WORKS_COUNCIL = re.compile(r"works council", re.IGNORECASE)
# British spellings and forms an American letter does not use.
BRITISH = re.compile(
    r"anonymis|pseudonymis|organis|behaviour|labour|enrolment|fulfilment|"
    r"centre\b|postcode|\bBy post\b|\d{1,2} (?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December) \d{4}"
)
US_LETTER = (612, 792)  # 8.5 x 11 in
TYPED = Details(
    name="Alex Example",
    address="1 Main Street\nSpringfield, IL 62701",
    employer="Example Corp.",
    colleagues="Sam Doe\nKim Lee",
)


def british(text: str) -> list[str]:
    """British spellings and dates in a text, leaving aside the rules' ids
    (`monitoring-may-chill-organising` is a name, not prose)."""
    return BRITISH.findall(re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", "", text))


def eu_terms(text: str, council: bool) -> list[str]:
    found = EU_ONLY.findall(text)
    if not council:
        found += WORKS_COUNCIL.findall(text)
    return found


def pdf_pages(content: bytes) -> tuple[set, str]:
    reader = pypdf.PdfReader(io.BytesIO(content))
    sizes = {
        (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        for page in reader.pages
    }
    return sizes, "\n".join(page.extract_text() for page in reader.pages)


def test_there_are_us_examples():
    assert len(US_EXAMPLES) >= 8


@pytest.mark.parametrize("name", US_EXAMPLES)
def test_every_us_letter_is_american_and_names_no_eu_law(name):
    assessment = example(name)
    council = assessment.workplace.worker_representation in ("works_council", "both")
    kinds = kinds_for(assessment.workplace, assessment=assessment)
    assert kinds and "ai-questions" not in {kind.slug for kind in kinds}
    for kind in kinds:
        if kind.slug == "reminder":
            continue  # it needs a letter sent first: tests/documents/test_letters.py
        for tone in ("firm", "gentle"):
            letter = write_letter(kind.slug, assessment, "en", TYPED, tone)
            text = letter_files.letter_text(letter)
            assert eu_terms(text, council) == [], (kind.slug, tone)
            assert BRITISH.findall(text.replace(assessment.employer.name, "")) == []
            assert letter.salutation.endswith(":"), kind.slug
            assert letter.closing in ("Sincerely,", "Best regards,")
            assert re.search(
                r"\b(January|February|March|April|May|June|July|"
                r"August|September|October|November|December) "
                r"\d{1,2}, \d{4}\b",
                text,
            ), kind.slug
        sizes, pdf_text = pdf_pages(letter_files.letter_pdf(letter))
        assert sizes == {US_LETTER}, kind.slug
        assert letter.subject.split(" (")[0] in " ".join(pdf_text.split())


def main_text(html: str) -> str:
    """The page's own content, without the site's navigation (which links to the
    works councils' part of the site on every page)."""
    main = re.search(r"<main\b.*?</main>", html, re.DOTALL)
    return " ".join(strip_tags(main[0] if main else html).split())


def opened(client, name: str) -> tuple[Assessment, bool]:
    """The example opened as the visitor's own copy, and whether it has a council."""
    client.post(reverse("assessment:open_example", args=[name]))
    record = Assessment.objects.get()
    representation = record.get_facts().workplace.worker_representation
    return record, representation in ("works_council", "both")


@pytest.mark.django_db
@pytest.mark.parametrize("name", US_EXAMPLES)
def test_every_us_result_page_report_and_letter_form_names_no_eu_law(client, name):
    record, _council = opened(client, name)
    args = [record.public_id]
    for page in (
        reverse("assessment:result", args=args),
        reverse("documents:report", args=args),
        reverse("documents:letters", args=args),
    ):
        response = client.get(page)
        assert response.status_code == 200
        text = main_text(response.content.decode())
        assert EU_ONLY.findall(text) == [], page
        assert british(text) == [], page
    form = client.get(reverse("documents:letters", args=args)).content.decode()
    assert 'name="has_dpo"' not in form and "ZIP code" in form
    assert "postcode" not in form and 'name="colleagues"' in form
    assert WORKS_COUNCIL.findall(main_text(form)) == []
    pdf = client.get(reverse("documents:report", args=args), {"format": "pdf"})
    sizes, text = pdf_pages(pdf.content)
    assert sizes == {US_LETTER}
    assert EU_ONLY.findall(text) == []
    assert british(" ".join(text.split())) == []


@pytest.mark.django_db
def test_a_us_result_without_a_council_never_names_one(client):
    record, council = opened(client, "keystrokes-ai-training-us-ca")
    assert not council
    for page in ("assessment:result", "documents:report"):
        html = client.get(reverse(page, args=[record.public_id])).content.decode()
        assert WORKS_COUNCIL.findall(main_text(html)) == [], page


def union_campaign(council, **changes):
    """A campaign of a union in Michigan (a state without a monitoring statute)."""
    return open_campaign(
        council,
        **{
            "title": "Monitoring at the Detroit plant",
            "employer": "Example Corp.",
            "country": "US",
            "region": "US-MI",
            "worker_representation": "union",
            "threshold": 3,
            **changes,
        },
    )


@pytest.mark.django_db
def test_a_us_unions_campaign_letter_is_american_and_names_no_eu_law(people):
    campaign = union_campaign(people["council"])
    fill(campaign, 6)
    for tone in ("firm", "gentle"):
        letter = write_letter("council-union-bargaining", campaign, "en", tone=tone)
        text = letter_files.letter_text(letter)
        assert eu_terms(text, council=False) == [] and british(text) == []
        assert "6 employees took part in our anonymous survey" in " ".join(text.split())
        assert "Colgate-Palmolive Co., 323 NLRB 515" in " ".join(text.split())
        assert letter.salutation == "Dear Management Team:"
        assert letter.closing in ("Sincerely,", "Best regards,")
        assert letter.signature == "[Name and office, for the union]"
    sizes, pdf_text = pdf_pages(letter_files.letter_pdf(letter))
    assert sizes == {US_LETTER} and eu_terms(pdf_text, council=False) == []


@pytest.mark.django_db
def test_a_us_campaigns_letters_page_offers_the_union_letter_in_american_terms(
    people, client
):
    campaign = union_campaign(people["council"])
    fill(campaign, 6)
    client.force_login(people["member"])
    url = reverse("councils:campaign_letters", args=[campaign.public_id])
    page = main_text(client.get(url).content.decode())
    assert "request to bargain over monitoring" in page
    assert "By mail" in page and "By post" not in page
    assert eu_terms(page, council=False) == []
    # The aggregate report of a US campaign is on US Letter and names no EU law.
    report = client.get(
        reverse("councils:campaign_report", args=[campaign.public_id]),
        {"format": "pdf"},
    )
    sizes, text = pdf_pages(report.content)
    assert sizes == {US_LETTER}
    assert eu_terms(text, council=False) == [] and british(text) == []
    assert re.search(
        r"Date (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) \d{1,2}, \d{4}",
        text,
    )


def test_the_text_summary_of_a_us_result_reads_in_american_spelling():
    assessment = example("ai-training-activity-capture-us-tx")
    with translation.override("en"):
        text = text_summary(assessment, rules.assess(assessment))
    # Leave aside the codes the terminal shows: rule ids, concerns, answers.
    prose = re.sub(r"\b[a-z0-9_]+(?:[-_][a-z0-9]+)+\b|\([a-z_]+,", "", text)
    assert "anonymized" in text and british(prose) == []
