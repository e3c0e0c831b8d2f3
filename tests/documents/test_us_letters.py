"""The US letters (issue 25): each statute's own request, the union's, a letter sent
by a group of colleagues, the friendly tone, the reminder and follow-up in American
form."""

import datetime
import io

import docx
import pypdf
import pytest

from documents import letter_files
from documents.letters import Details, FirstLetter, NotApplicable, kinds_for
from documents.letters import write_letter as write
from tests.builders import META_LIKE, assessment

DAY = datetime.date(2026, 11, 23)
ME = Details(name="Alex Example", employer="Example Corp.")


def slugs(about, day=DAY) -> set[str]:
    return {kind.slug for kind in kinds_for(about.workplace, day, about)}


def text(slug, about, details=ME, **options) -> str:
    """The letter as plain text, its lines joined."""
    letter = write(slug, about, "en", details, **options)
    return " ".join(letter_files.letter_text(letter).split())


def test_the_union_letter_is_offered_where_a_union_represents_the_workers():
    union = assessment("US", region="US-MI", worker_representation="union")
    neither = assessment("US", region="US-MI", worker_representation="none")
    assert "union-bargaining" in slugs(union)
    assert "union-bargaining" not in slugs(neither)
    with pytest.raises(NotApplicable):
        write("union-bargaining", neither, "en", ME, written=DAY)
    letter = write("union-bargaining", union, "en", Details(), written=DAY)
    body = " ".join(letter_files.letter_text(letter).split())
    for cited in (
        "NLRA §8(a)(5) [29 U.S.C. §158(a)(5)]",
        "NLRA §8(d)",
        "Colgate-Palmolive Co., 323 NLRB 515 [April 23, 1997]",
        "NLRB v. Acme Industrial Co., 385 U.S. 432 [1967]",
    ):
        assert cited in body
    assert letter.salutation == "Dear Management Team:"
    assert letter.signature == "[Name and office, for the union]"
    assert letter.recipient[1] == "Management"
    # The union writes in its own voice, not as a group of colleagues.
    group = Details(name="Pat Steward", colleagues="Sam Doe")
    assert "I write together" not in text("union-bargaining", union, group)


def test_each_states_notice_law_has_its_own_letter():
    new_york = assessment("US", region="US-NY")
    delaware = assessment("US", region="US-DE")
    connecticut = assessment("US", region="US-CT")
    assert {"ny-monitoring-notice"} <= slugs(new_york)
    assert "notice-request" not in slugs(new_york) | slugs(delaware)
    assert "acknowledgment I signed" in text("ny-monitoring-notice", new_york)
    daily = text("de-monitoring-notice", delaware)
    assert "at least once on each day" in daily and "tit. 19 §705" in daily
    # The specific locations are asked for once Public Act 26-73 applies.
    before = text("ct-monitoring-notice", connecticut, written=DAY.replace(month=9))
    after = text("ct-monitoring-notice", connecticut, written=DAY)
    assert "specific locations" not in before
    assert "specific locations" in after and "October 1, 2026" in after


def test_the_biometric_letter_asks_what_bipa_requires_where_biometrics_are_used():
    fingerprints = assessment(
        "US", {"data": ["biometric_id"]}, region="US-IL", worker_representation="none"
    )
    assert "bipa-request" in slugs(fingerprints)
    assert "bipa-request" not in slugs(assessment("US", region="US-IL"))
    body = text("bipa-request", fingerprints)
    for section in ("§15(a)", "§15(b)", "§15(d)"):
        assert section in body
    assert "written release I signed" in body and "retention schedule" in body


def test_california_can_limit_sensitive_data_complain_and_remind():
    california = assessment("US", META_LIKE, region="US-CA")
    offered = slugs(california)
    assert {"ccpa-limit", "ccpa-complaint", "reminder"} <= offered
    assert "Cal. Civ. Code §1798.121" in text("ccpa-limit", california)
    complaint = write("ccpa-complaint", california, "en", ME, written=DAY)
    assert complaint.recipient[0] == "California Privacy Protection Agency"
    assert complaint.deadline is None
    assert "Attorney General" in " ".join(letter_files.letter_text(complaint).split())
    know = FirstLetter(
        "ccpa-know",
        datetime.date(2026, 9, 1),
        "OV-20260901-US-7Q3K",
        datetime.date(2026, 10, 16),
    )
    reminder = text("reminder", california, written=DAY, follows=know)
    assert "The period of 45 days to answer it" in reminder
    assert "October 16, 2026" in reminder
    assert "California Privacy Protection Agency or the Attorney General" in reminder
    # In Texas no authority takes the complaint: the reminder threatens none.
    texas = text(
        "reminder", assessment("US", region="US-TX"), written=DAY, follows=know
    )
    assert "complaint" not in texas and "grateful for a full answer" in texas


def test_a_letter_sent_as_a_group_is_signed_by_each_and_says_acting_together_is_protected():
    group = Details(name="Alex Example", colleagues="Sam Doe\n\nKim Lee\nSam Doe")
    us = write("us-questions", assessment("US", region="US-TX"), "en", group)
    assert us.signature == "Alex Example\nSam Doe\nKim Lee"
    opening = " ".join(us.paragraphs[:2])
    assert "I write together with the colleagues" in opening
    assert "is concerted activity under federal labor law (NLRA §7" in opening
    assert "(NLRA §8(a)(1) [29 U.S.C. §158(a)(1)])" in opening
    assert "Kim Lee" in letter_files.letter_text(us)
    words = docx.Document(io.BytesIO(letter_files.letter_docx(us))).paragraphs
    assert words[-1].text == "Alex Example\nSam Doe\nKim Lee"  # one line each
    pdf = pypdf.PdfReader(io.BytesIO(letter_files.letter_pdf(us)))
    assert "Alex Example\nSam Doe\nKim Lee" in pdf.pages[-1].extract_text()
    with pytest.raises(NotApplicable, match="in the terms of its law"):
        write("ai-questions", assessment("US", region="US-TX"), "en", group)
    european = write("ai-questions", assessment("DE"), "en", group)
    assert "I write together" in european.paragraphs[0]
    assert "NLRA" not in letter_files.letter_text(european)


def test_the_friendly_tone_changes_more_than_the_last_two_lines():
    texas = assessment("US", region="US-TX")
    firm = write("us-questions", texas, "en", ME, "firm", written=DAY)
    gentle = write("us-questions", texas, "en", ME, "gentle", written=DAY)
    assert gentle.paragraphs[0].startswith("I hope you are well")
    assert gentle.paragraphs[1:] == firm.paragraphs
    assert gentle.closing_paragraphs[-1].startswith("Thank you for your time")
    assert (firm.closing, gentle.closing) == ("Sincerely,", "Best regards,")


def test_the_us_questions_claim_no_eu_law_and_skip_the_union_after_neither():
    neither = assessment("US", META_LIKE, region="US-TX", worker_representation="none")
    body = text("us-questions", neither)
    for eu in (
        "legal basis decides",
        "must be stated before",
        "data-protection impact",
        "object to its use",
        "works council",
        "anonymised",
    ):
        assert eu not in body
    assert "union" not in body.split("Why I ask")[0] or "union" not in body
    european = text(
        "ai-questions", assessment("DE", META_LIKE, worker_representation="none")
    )
    assert "works council or union" not in european


def test_the_nyc_and_admt_letters_need_an_automated_tool():
    scoring = {
        "decisions": "automated",
        "purposes": ["performance_evaluation"],
        "inferences": ["productivity_score"],
    }
    tool = assessment("US", scoring, region="US-NY")
    assert "nyc-bias-audit" in slugs(tool)
    assert "nyc-bias-audit" not in slugs(assessment("US", region="US-NY"))
    california = assessment("US", scoring, region="US-CA")
    assert "admt-opt-out" not in slugs(california, DAY)  # from 1 January 2027
    assert "admt-opt-out" in slugs(california, datetime.date(2027, 1, 4))
    calm = assessment("US", region="US-CA")
    assert "admt-opt-out" not in slugs(calm, datetime.date(2027, 1, 4))


@pytest.mark.django_db
def test_a_california_complaint_carries_the_history_in_american_form():
    from assessment import services
    from assessment.models import Assessment
    from documents import followup, followup_letters

    california = assessment("US", META_LIKE, region="US-CA")
    record, _token = services.import_assessment(california)
    record = Assessment.objects.get(pk=record.pk)
    sent, _new = followup.record_sent(
        record, "ccpa-know", "en", datetime.date(2026, 9, 1), "email"
    )
    lines, missing = followup_letters.complaint_addressee(california.workplace)
    assert lines[0] == "California Privacy Protection Agency" and missing == "unknown"
    letter = followup_letters.complaint_with_history(
        [sent], california, "en", ME, written=DAY
    )
    body = " ".join(letter_files.letter_text(letter).split())
    assert letter.kind == "ccpa-complaint" and letter.salutation.endswith(":")
    assert "On September 1, 2026 I sent the employer my letter" in body
    assert "supervisory authority" not in body and "GDPR" not in body
    # In Texas no authority takes a complaint: the page offers none.
    assert (
        followup_letters.complaint_kind(assessment("US", region="US-TX").workplace)
        == ""
    )


def test_the_friendly_words_stay_out_of_the_unions_letter_and_the_reminder():
    union = assessment("US", region="US-MI", worker_representation="union")
    know = FirstLetter(
        "us-questions",
        datetime.date(2026, 9, 1),
        "OV-20260901-US-7Q3K",
        datetime.date(2026, 10, 1),
    )
    for slug, follows in (("union-bargaining", None), ("reminder", know)):
        letter = write(slug, union, "en", ME, "gentle", written=DAY, follows=follows)
        body = letter_files.letter_text(letter)
        assert (
            "I hope you are well" not in body and "Thank you for your time" not in body
        )


@pytest.mark.django_db
def test_the_incomplete_answer_to_a_us_letter_is_an_american_letter():
    from assessment import services
    from documents import followup, followup_letters
    from documents.models import Mark

    texas = assessment("US", META_LIKE, region="US-TX", worker_representation="none")
    record, _token = services.import_assessment(texas)
    sent, _new = followup.record_sent(
        record, "us-questions", "en", datetime.date(2026, 11, 2), "email"
    )
    followup.record_reply(sent, "We do not train AI.", datetime.date(2026, 11, 20))
    followup.confirm_marks(sent, [Mark.NOT_ANSWERED] * len(sent.questions))
    letter = followup_letters.incomplete_answer(sent, texas, ME, written=DAY)
    assert letter.subject == "Incomplete answer to my letter of November 2, 2026"
    assert (letter.salutation, letter.closing) == (
        "Dear Human Resources Team:",
        "Sincerely,",
    )
    assert letter.paper == "Letter" and letter.us
    assert "November 20, 2026" in letter.paragraphs[0]
