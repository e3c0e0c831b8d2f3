"""The letter asking HR which of the product's optional features are on, citing the
vendor's documentation; read back from its PDF."""

import datetime
import io

import pypdf

from documents import letter_files
from documents.letters import KINDS, Details, kinds_for, write_letter
from tests.builders import assessment

DAY = datetime.date(2026, 12, 8)
ME = Details(name="Alex Example", employer="Example Tech")


def pdf_text(letter) -> str:
    reader = pypdf.PdfReader(io.BytesIO(letter_files.letter_pdf(letter)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_it_is_registered_with_the_employees_letters_everywhere():
    kind = KINDS["product-features"]
    assert kind.procedure == "request"
    workplace = assessment(changes={"name": "Teramind"}).workplace
    assert kind in kinds_for(workplace)


def test_it_asks_about_each_optional_feature_citing_the_documentation():
    about = assessment(changes={"name": "Teramind agent", "data": ["screen_recording"]})
    letter = write_letter("product-features", about, "en", ME, written=DAY)
    assert letter.subject == "Which features of Teramind are switched on"
    questions = dict(letter.questions)
    stealth = (
        "Teramind can run hidden from the person monitored (stealth). Is this switched "
        "on for me, and with what settings (how often, for whom, kept for how long, "
        "seen by whom)?"
    )
    assert "https://www.teramind.co/faq (read on 7 December 2026)" in questions[stealth]
    assert any("keystroke" in question for question in questions)
    assert letter.deadline is not None  # a request, answered in 30 days
    text = pdf_text(letter)
    assert "Which features of Teramind are switched on" in text
    assert "run hidden from the person monitored (stealth)" in text
    assert "Teramind: Cloud and On-Premise editions" in text


def test_a_product_named_only_in_the_policy_text_counts():
    about = assessment(
        changes={"name": "Laptop agent", "policy_excerpt": "Devices run Time Doctor."}
    )
    letter = write_letter("product-features", about, "en", ME, written=DAY)
    assert "Time Doctor can record: Webcam images or video." in " ".join(
        question for question, _why in letter.questions
    )


def test_without_a_product_it_asks_which_one_is_used():
    letter = write_letter("product-features", assessment(), "de", ME, written=DAY)
    questions = [question for question, _why in letter.questions]
    assert len(questions) == 5 and all(why == "" for _q, why in letter.questions)
    english = write_letter("product-features", assessment(), "en", ME, written=DAY)
    assert english.questions[0][0] == (
        "Which monitoring product or products are used, in which version or edition?"
    )


def test_it_is_followed_through_like_the_other_letters(db):
    """Noted as sent with its questions, a reply is read against them and the facts
    it states are proposed as changes."""
    from assessment import services
    from documents import followup

    about = assessment(changes={"name": "Time Doctor"})
    record, _token = services.import_assessment(about)
    sent, created = followup.record_sent(
        record, "product-features", "en", datetime.date(2026, 12, 8), "email"
    )
    assert created and sent.deadline == datetime.date(2027, 1, 7)
    assert sent.questions[0].startswith("Time Doctor can record: Periodic screenshots.")
    reply = (
        "Screenshots are switched on every 9 minutes. Webcam shots are not used. "
        "Recordings are kept for 90 days."
    )
    followup.record_reply(sent, reply, datetime.date(2026, 12, 20))
    marks = followup.suggested_marks(sent)
    assert len(marks.marks) == len(sent.questions)
    changes = followup.changes_in_reply(record, reply)
    assert ("retention", "90") in {(c.path, c.value) for c in changes}
