"""The complaint goes to the authority of the workplace's Land, with its address; it
names the employer as typed at download, and the letters sent by reference and date."""

import datetime
import io

import pypdf
import pytest

from assessment import services
from documents import followup, followup_letters, letter_files
from documents.letters import Details, write_letter
from tests import builders

D = datetime.date
MUNICH = Details(
    name="Zelda Quibbleworth",
    employer="Beispiel Logistik GmbH",
    employer_address="Leopoldstraße 12\n80802 München",
)


def pdf_text(letter) -> str:
    reader = pypdf.PdfReader(io.BytesIO(letter_files.letter_pdf(letter)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def munich(db):
    """A Munich (Bavarian) workplace with a works council, and one letter sent."""
    record = services.save_assessment(builders.assessment("DE", region="DE-BY"))
    sent, _new = followup.record_sent(
        record, "access-request", "de", D(2026, 11, 16), "post"
    )
    return record, sent


def test_a_bavarian_complaint_goes_to_the_baylda_and_names_the_employer(munich):
    record, sent = munich
    letter = followup_letters.complaint_with_history(
        [sent], record.get_facts(), "de", MUNICH, written=D(2026, 12, 7)
    )
    assert letter.recipient == [
        "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
        "Promenade 18",
        "91522 Ansbach",
    ]
    text = pdf_text(letter)
    assert "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)" in text
    assert "Promenade 18 91522 Ansbach" in text
    assert "Beispiel Logistik GmbH, Leopoldstraße 12, 80802 München" in text
    # The letter sent, cited by its date and its reference.
    reference = sent.reference
    assert reference in text
    assert "16. November 2026" in text


def test_the_history_line_gives_each_letter_its_date_and_reference(munich):
    _record, sent = munich
    line = followup_letters.history_line(sent)
    assert line.startswith("On 16 November 2026 I sent the employer my letter")
    assert sent.reference.startswith("OV-20261116-DE-")
    assert f"(reference {sent.reference}, by post)" in line


def test_a_complaint_without_the_employer_says_where_it_goes(db):
    record = services.save_assessment(builders.assessment("DE", region="DE-BY"))
    letter = write_letter("complaint", record.get_facts(), "en")
    assert "The controller is my employer: [Employer's name and address]." in (
        letter.paragraphs
    )


def test_a_german_complaint_without_the_land_says_so_and_guesses_no_address(db):
    record = services.save_assessment(builders.assessment("DE"))
    letter = write_letter("complaint", record.get_facts(), "en", MUNICH)
    assert letter.recipient == [
        "[The data-protection authority of the Land where the employer is established]",
        "[Address not known: the Land of the workplace was not given]",
    ]
    _lines, missing = followup_letters.complaint_addressee(record.get_facts().workplace)
    assert missing == "region"
    assert (
        "The controller is my employer: Beispiel Logistik GmbH, Leopoldstraße 12, "
        "80802 München." in letter.paragraphs
    )


def test_a_berlin_complaint_goes_to_the_berlin_authority(db):
    record = services.save_assessment(builders.assessment("DE", region="DE-BE"))
    letter = write_letter("complaint", record.get_facts(), "de")
    assert letter.recipient == [
        "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
        "Alt-Moabit 59-61",
        "10555 Berlin",
    ]


@pytest.mark.parametrize(
    ("region", "due"),
    [
        # One month from Sunday 6 December ends on Wednesday 6 January 2027:
        # Epiphany, a public holiday in Bavaria, so the 7th; not one in Berlin.
        ("DE-BY", D(2027, 1, 7)),
        ("DE-BE", D(2027, 1, 6)),
    ],
)
def test_a_letter_for_a_bavarian_employer_skips_epiphany(db, region, due):
    workplace = builders.assessment("DE", region=region)
    letter = write_letter("access-request", workplace, "de", written=D(2026, 12, 6))
    assert letter.deadline == due
