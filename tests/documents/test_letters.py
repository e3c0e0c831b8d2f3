"""Letters: each kind where it applies, read back from PDF, DOCX and text."""

import datetime
import io
from urllib.parse import unquote

import docx
import pypdf
import pytest
import time_machine

from assessment.facts import load_assessment
from documents import letter_files
from documents.letters import (
    COMPLAINT,
    KINDS,
    Details,
    FirstLetter,
    NotApplicable,
    kinds_for,
    write_letter,
)
from documents.letters.employee import TOPICS
from tests.builders import META_LIKE, assessment
from tests.conftest import EXAMPLES, example_names, run_manage

DAY = datetime.date(2026, 11, 22)
ME = Details(
    name="Alex Example",
    address="1 Main Street\nDublin",
    employee_number="4711",
    employer="Example Tech",
    has_dpo=True,
)


# The access request a reminder follows: sent 1 October, due 2 November 2026.
FIRST = FirstLetter(
    "access-request",
    datetime.date(2026, 10, 1),
    "OV-20261001-DE-7Q3K",
    datetime.date(2026, 11, 2),
)


def example(name: str):
    return load_assessment((EXAMPLES / f"{name}.json").read_text())


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.mark.parametrize(
    ("written", "channel", "deadline"),
    [
        (datetime.date(2026, 11, 22), "email", datetime.date(2026, 12, 22)),
        # 28 February 2026 is a Saturday: the period ends on Monday 2 March.
        (datetime.date(2026, 1, 31), "email", datetime.date(2026, 3, 2)),
        (datetime.date(2028, 1, 31), "email", datetime.date(2028, 2, 29)),
        (datetime.date(2026, 12, 15), "email", datetime.date(2027, 1, 15)),
        # Posted on Tuesday 1 December 2026, received on Friday 4 December.
        (datetime.date(2026, 12, 1), "post", datetime.date(2027, 1, 4)),
    ],
)
def test_one_month_to_answer_from_receipt(written, channel, deadline):
    letter = write_letter(
        "access-request",
        example("ai-training-keystrokes-ie"),
        "en",
        written=written,
        channel=channel,
    )
    assert letter.deadline == deadline


def test_a_reminder_asks_for_two_weeks_and_says_it_is_a_request():
    letter = write_letter(
        "reminder",
        example("ai-training-keystrokes-ie"),
        "en",
        written=DAY,
        follows=FIRST,
    )
    assert letter.deadline == datetime.date(2026, 12, 7)  # 6 December is a Sunday
    assert "not a legal deadline" in letter.deadline_text()


@time_machine.travel(datetime.datetime(2026, 3, 31, 9, tzinfo=datetime.UTC), tick=False)
def test_the_letter_is_dated_today_with_the_deadline_as_a_date():
    letter = write_letter(
        "access-request", example("ai-training-keystrokes-ie"), "en", ME
    )
    text = pdf_text(letter_files.letter_pdf(letter))
    assert "31 March 2026" in text
    assert "Please answer in full by 30 April 2026, one month from receipt" in text


def test_the_letter_is_dated_the_day_sent_with_a_reference_of_its_own():
    sent = datetime.date(2026, 11, 16)
    ireland = example("ai-training-keystrokes-ie")
    letter = write_letter("access-request", ireland, "en", ME, sent=sent, code="7Q3K")
    text = pdf_text(letter_files.letter_pdf(letter))
    assert "16 November 2026" in text
    assert "Our reference: OV-20261116-IE-7Q3K" in text
    other = write_letter("access-request", ireland, "en", ME, sent=sent)
    assert other.reference.startswith("Our reference: OV-20261116-IE-")
    assert other.reference != letter.reference  # a random code of its own


def test_the_access_request_asks_for_a_copy_and_the_monitoring_specifics():
    letter = write_letter(
        "access-request", example("ai-training-keystrokes-ie"), "en", ME, written=DAY
    )
    text = pdf_text(letter_files.letter_pdf(letter))
    for expected in [
        "Art. 15 GDPR",
        "Art. 15(3) GDPR",
        "raw monitoring records",
        "score, rating, profile",
        "internal AI teams",
        "For the attention of the data protection officer",
        "Employee number: 4711",
        "ask only for what is necessary",
        "22 December 2026",
    ]:
        assert expected in text


def test_the_ai_letter_asks_how_data_was_anonymised_not_for_the_data():
    letter = write_letter(
        "ai-questions", example("ai-training-keystrokes-ie"), "en", ME, written=DAY
    )
    questions = [question for question, _why in letter.questions]
    assert any(
        "anonymised: how exactly" in q and "not for the data" in q for q in questions
    )
    assert any("legal basis" in q for q in questions)
    assert all(why for _question, why in letter.questions)
    assert any("Is it rewarded" in q for q in questions)


@pytest.mark.parametrize("name", example_names())
def test_the_ai_letter_asks_at_most_15_questions_none_twice(name):
    about = example(name)
    # The US has the same questions in its own terms.
    slug = "us-questions" if about.workplace.country == "US" else "ai-questions"
    letter = write_letter(slug, about, "en", ME, written=DAY)
    questions = [question for question, _why in letter.questions]
    assert 1 <= len(questions) <= 15
    assert len(set(questions)) == len(questions)
    for _question, why in letter.questions:
        sentences = [part for part in why.split(". ") if part]
        assert why.endswith((".", "?"))
        assert len(set(sentences)) == len(sentences)  # no reason given twice


def test_the_ai_letter_asks_each_thing_once_and_gives_every_reason():
    letter = write_letter(
        "ai-questions", example("hm-service-centre-de"), "en", ME, written=DAY
    )
    reasons = dict(letter.questions)
    basis = "On which legal basis is the data processed, for each purpose?"
    kept = (
        "How long is each kind of data kept, and is it deleted when the practice ends?"
    )
    # A rule's narrower question is folded into its topic's, with its reason.
    assert "On which legal basis do you process this data?" not in reasons
    assert "No legal basis is stated." in reasons[basis]
    assert "Will you delete all data collected when the practice stops?" not in reasons
    assert reasons[kept].startswith("Data may be kept only as long as")
    assert all(why.endswith((".", "?")) for why in reasons.values())
    # Nobody's typing is recorded here, so the reason does not speak of typing.
    anonymised = next(q for q in reasons if "anonymised: how exactly" in q)
    assert "Typing rhythm" not in reasons[anonymised]
    keystrokes = write_letter(
        "ai-questions", example("ai-training-keystrokes-ie"), "en", ME, written=DAY
    )
    assert "Typing rhythm" in dict(keystrokes.questions)[anonymised]


def test_the_ai_letter_says_why_it_asks_and_names_only_what_is_unanswered():
    # The walkthrough: rewarded (yes) and no alternative (no) were answered; how to
    # stop taking part was not.
    changes = {
        **META_LIKE,
        "participation.mode": "opt_in",
        "participation.withdrawal": "unknown",
    }
    letter = write_letter("ai-questions", assessment("DE", changes), "en", ME)
    reasons = dict(letter.questions)
    why = reasons[str(TOPICS["participation"])]
    assert why == (
        "Consent at work counts only where saying no is a real and free choice. "
        "What I know so far points to a problem: No genuine alternative is offered. "
        "Not answered so far: How can a worker stop taking part?"
    )
    for reason in reasons.values():
        assert "This was not disclosed" not in reason
        # One problem at most, never a finding that only repeats an unknown answer.
        assert reason.count("points to a problem") <= 1
        assert "It is not known" not in reason and "Unclear" not in reason
    # Every answer the letter calls unanswered is unknown in the assessment.
    kept = reasons[str(TOPICS["retention"])]
    assert "Not answered so far: How long is the data kept?" in kept
    answered = write_letter(
        "ai-questions",
        assessment("DE", {**changes, "retention": 30, "deletion_when_stopped": "yes"}),
        "en",
        ME,
    )
    assert "Not answered" not in dict(answered.questions)[str(TOPICS["retention"])]


def test_an_objection_to_consent_based_monitoring_also_withdraws_the_consent():
    consent = write_letter(
        "objection", example("ai-training-keystrokes-ie"), "en", ME, written=DAY
    )
    withdrawal = "I withdraw that consent with effect from today (Art. 7(3) GDPR)."
    assert any(withdrawal in paragraph for paragraph in consent.paragraphs)
    interests = write_letter(
        "objection", example("keylogger-dismissal-de"), "en", ME, written=DAY
    )
    assert not any("withdraw" in paragraph for paragraph in interests.paragraphs)


def test_the_objection_prompts_for_the_persons_own_grounds():
    letter = write_letter(
        "objection", example("keylogger-dismissal-de"), "en", ME, written=DAY
    )
    assert any("[describe your own situation" in p for p in letter.paragraphs)
    assert "Art. 21(1) GDPR" in letter.subject


def test_great_britain_gets_uk_gdpr_wording_and_the_ico():
    letter = write_letter(
        "complaint", example("leisure-biometrics-gb"), "en", ME, written=DAY
    )
    assert "s. 165 Data Protection Act 2018" in letter.subject
    assert letter.recipient[0] == "Information Commissioner's Office"
    text = letter_files.letter_text(letter)
    assert "GDPR" not in text.replace("UK GDPR", "")
    # s. 166 DPA 2018 holds the three months, whatever became of Art. 78(2).
    assert "s. 166 Data Protection Act 2018" in text and "Art. 78" not in text
    # The ICO's announced move to Manchester is unconfirmed: no postal address.
    assert "Wycliffe" not in text
    assert (
        letter.recipient[1]
        == "[Postal address: check https://ico.org.uk/ before sending]"
    )
    # s. 164A creates a complaints procedure; it does not bar a direct complaint.
    assert "as the law now expects" not in text


def test_a_british_request_counts_its_month_under_article_12a():
    letter = write_letter(
        "access-request", example("leisure-biometrics-gb"), "en", ME, written=DAY
    )
    assert "Art. 12A UK GDPR" in letter.deadline_text()
    assert "12(3)" not in letter_files.letter_text(letter)


def test_a_letter_for_another_country_is_refused_with_the_country_named():
    with pytest.raises(NotApplicable, match="does not apply to a workplace in Ireland"):
        write_letter(
            "council-information", example("ai-training-keystrokes-ie"), "en", ME
        )


def test_a_us_workplace_gets_no_gdpr_letter_but_a_state_notice_request():
    new_york = example("email-monitoring-us-ny")
    with pytest.raises(
        NotApplicable, match=r"does not reach a workplace here \(United States\)"
    ):
        write_letter("access-request", new_york, "en", ME)
    slugs = {kind.slug for kind in kinds_for(new_york.workplace)}
    assert slugs == {
        "us-questions",
        "ny-monitoring-notice",
        "nyc-bias-audit",
        "reminder",
        "union-bargaining",
        "product-features",  # the catalogue's, wherever the workplace is
    }
    # For this assessment: no automated tool, no union.
    slugs = {kind.slug for kind in kinds_for(new_york.workplace, DAY, new_york)}
    assert slugs == {
        "us-questions",
        "ny-monitoring-notice",
        "reminder",
        "product-features",
    }
    with pytest.raises(NotApplicable, match="does not fit the practices"):
        write_letter("nyc-bias-audit", new_york, "en", ME, written=DAY)
    letter = write_letter("ny-monitoring-notice", new_york, "en", ME, written=DAY)
    text = letter_files.letter_text(letter)
    assert "New York Civil Rights Law §52-c" in text
    assert "acknowledgment I signed" in text and "where the notice is posted" in text
    assert "GDPR" not in letter_files.letter_text(
        write_letter("us-questions", new_york, "en", ME)
    )


def test_the_council_letter_cites_betrvg_in_germany_and_the_cse_in_france():
    german = write_letter(
        "council-information", example("hm-service-centre-de"), "en", ME, written=DAY
    )
    french = write_letter(
        "council-information", example("warehouse-scanners-fr"), "en", ME, written=DAY
    )
    assert "§ 80(2) BetrVG" in german.subject
    assert "§ 87(1) no. 6 BetrVG" in german.subject
    assert "L. 2312-38" in french.subject
    assert german.recipient[0] == "Works council"  # written to the council
    assert french.recipient[0] == "Social and economic committee (CSE)"
    for letter in (german, french):  # the list of documents is introduced
        assert letter.paragraphs[-1] == "In particular, please ask the employer for:"
        assert "confirm my identity" not in " ".join(letter.closing_paragraphs)
        assert len(letter.questions) == 4


def test_the_docx_is_editable_and_holds_the_same_letter():
    letter = write_letter(
        "dpia-request", example("call-centre-emotion-nl"), "en", ME, written=DAY
    )
    document = docx.Document(io.BytesIO(letter_files.letter_docx(letter)))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert letter.subject in text
    assert "Art. 35(9) GDPR" in text
    assert "Please answer by 22 December 2026. This is a request" in text
    section = document.sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx(
        (210, 297), abs=0.1
    )


def test_a_us_letter_is_on_us_letter_paper():
    letter = write_letter(
        "ny-monitoring-notice", example("email-monitoring-us-ny"), "en", ME, written=DAY
    )
    section = docx.Document(io.BytesIO(letter_files.letter_docx(letter))).sections[0]
    assert (section.page_width.inches, section.page_height.inches) == pytest.approx(
        (8.5, 11), abs=0.01
    )


def test_mailto_and_calendar():
    letter = write_letter(
        "reminder",
        example("hm-service-centre-de"),
        "en",
        ME,
        written=DAY,
        follows=FIRST,
    )
    url = letter_files.mailto_url(letter, "hr@example.org")
    assert url.startswith("mailto:hr%40example.org?subject=Reminder")
    assert "Art. 12(3) GDPR" in unquote(url)  # the statutory month has passed
    ics = letter_files.letter_ics(letter).decode()
    # Two weeks from 22 November end on Sunday 6 December: the next working day.
    assert "DTSTART;VALUE=DATE:20261207" in ics and ics.startswith("BEGIN:VCALENDAR")


def test_a_reminder_after_a_request_says_it_went_unanswered():
    request = FirstLetter(
        "ai-questions", FIRST.sent_on, FIRST.reference, FIRST.deadline
    )
    letter = write_letter(
        "reminder",
        example("hm-service-centre-de"),
        "en",
        ME,
        written=DAY,
        follows=request,
    )
    text = " ".join(letter.paragraphs)
    assert "I asked for your answer by 2 November 2026" in text
    assert "Art. 12(3)" not in text and "longer to answer" not in text
    extended = FirstLetter(
        FIRST.kind,
        FIRST.sent_on,
        FIRST.reference,
        FIRST.deadline,
        datetime.date(2026, 11, 20),
    )
    text = " ".join(
        write_letter(
            "reminder",
            example("hm-service-centre-de"),
            "en",
            ME,
            written=DAY,
            follows=extended,
        ).paragraphs
    )
    assert "until 20 November 2026. That date has passed" in text
    assert "OV-20261001-DE-7Q3K" in text and "1 October 2026" in text


def test_a_reminder_before_the_deadline_is_not_written():
    waiting = FirstLetter(
        FIRST.kind, FIRST.sent_on, FIRST.reference, datetime.date(2026, 11, 23)
    )
    with pytest.raises(NotApplicable, match="is due by 23 November 2026"):
        write_letter(
            "reminder",
            example("hm-service-centre-de"),
            "en",
            written=DAY,
            follows=waiting,
        )


def test_a_complaint_demands_no_deadline_and_asks_for_progress_in_three_months():
    letter = write_letter("complaint", example("hm-service-centre-de"), "en", ME)
    text = letter_files.letter_text(letter)
    assert letter.deadline is None
    assert "Please answer" not in text and "Deadline" not in text
    assert "Why I ask" not in text and "Law: Art." in text
    assert "within three months" in text and "Art. 78(2) GDPR" in text
    assert "confirm my identity" not in text


def test_tone_changes_the_wording():
    firm = write_letter(
        "access-request", example("hm-service-centre-de"), "en", ME, "firm", DAY
    )
    gentle = write_letter(
        "access-request", example("hm-service-centre-de"), "en", ME, "gentle", DAY
    )
    assert firm.closing == "Yours faithfully," and gentle.closing == "Kind regards,"
    assert firm.deadline_text().startswith("Please answer in full by")
    assert gentle.deadline_text().startswith("I would be grateful for your answer by")


@pytest.mark.parametrize("name", example_names())
@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_every_kind_renders_in_every_language_for_every_example(name, lang):
    assessment = example(name)
    # Offered for this assessment: of the kinds for its place, those its facts fit.
    applicable = {
        kind.slug for kind in kinds_for(assessment.workplace, DAY, assessment)
    }
    for slug in KINDS:
        if slug not in applicable:
            with pytest.raises(NotApplicable):
                write_letter(slug, assessment, lang, ME, written=DAY, follows=FIRST)
            continue
        letter = write_letter(slug, assessment, lang, ME, written=DAY, follows=FIRST)
        text = letter_files.letter_text(letter)
        assert letter.subject in text and "Alex Example" in text
        assert letter.deadline is None or letter.deadline > DAY
        assert (letter.deadline is None) == (KINDS[slug].procedure == COMPLAINT)
    assert applicable


def test_every_kind_makes_a_pdf(tmp_path):
    assessment = example("hm-service-centre-de")
    for kind in kinds_for(assessment.workplace):
        letter = write_letter(
            kind.slug, assessment, "en", ME, written=DAY, follows=FIRST
        )
        assert letter.subject in pdf_text(letter_files.letter_pdf(letter))


def test_a_letter_page_is_numbered_without_the_reports_disclaimer():
    letter = write_letter("objection", example("hm-service-centre-de"), "en", ME)
    reader = pypdf.PdfReader(io.BytesIO(letter_files.letter_pdf(letter)))
    pages = len(reader.pages)
    footer = reader.pages[-1].extract_text().splitlines()[-1]
    assert footer == f"{pages} / {pages}"


def test_the_letter_command(tmp_path):
    out = tmp_path / "letter.docx"
    args = [
        "letter",
        "withdraw-erasure",
        "--assessment",
        str(EXAMPLES / "ai-training-keystrokes-ie.json"),
        "--output",
        str(out),
        "--name",
        "Alex Example",
    ]
    completed = run_manage(*args)
    assert completed.returncode == 0, completed.stderr
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Art. 17(1) GDPR" in text and "Alex Example" in text
    refused = run_manage(
        *args[:3], str(EXAMPLES / "email-monitoring-us-ny.json"), "--output", str(out)
    )
    assert refused.returncode == 2
    assert "does not reach a workplace here (United States)" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_the_letter_command_writes_a_reminder_after_the_letter_it_names(tmp_path):
    out = tmp_path / "reminder.txt"
    args = [
        "letter",
        "reminder",
        "--assessment",
        str(EXAMPLES / "ai-training-keystrokes-ie.json"),
        "--output",
        str(out),
        "--sent",
        "2026-11-20",
        "--follows",
        "access-request",
    ]
    refused = run_manage(*args)
    assert refused.returncode == 2 and "names the letter it follows" in refused.stderr
    named = [
        "--follows-sent",
        "2026-10-01",
        "--follows-reference",
        "OV-20261001-IE-7Q3K",
    ]
    completed = run_manage(*args, *named)
    assert completed.returncode == 0, completed.stderr
    text = " ".join(out.read_text().split())
    assert "On 1 October 2026 I sent you my letter" in text
    assert "OV-20261001-IE-7Q3K" in text and "ended on 2 November 2026" in text


@pytest.mark.parametrize("name", example_names())
@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_every_letter_reads_back_clean(name, lang):
    """For each kind, language and worked example: no question twice, the GDPR
    identity paragraph only in GDPR data-subject requests, no answer due on a
    weekend or public holiday, no recipient line twice, the right paper."""
    from assessment.law import jurisdiction
    from documents import deadlines
    from documents.letters import STATUTORY

    assessment = example(name)
    workplace = assessment.workplace
    place = workplace.region or workplace.country
    typed = Details(
        name="Alex Example",
        employer="Example Tech",
        employer_address="Example Tech\nHuman Resources\n1 Main Street",
    )
    for kind in kinds_for(workplace, DAY, assessment):
        letter = write_letter(
            kind.slug, assessment, lang, typed, written=DAY, follows=FIRST
        )
        questions = [question for question, _why in letter.questions]
        assert len(set(questions)) == len(questions), kind.slug
        lines = [line.casefold() for line in letter.recipient]
        assert len(set(lines)) == len(lines), (kind.slug, letter.recipient)
        identity = "Art. 12(6)" in letter_files.letter_text(letter) or any(
            "12 Abs. 6" in p or "paragraphe 6" in p for p in letter.closing_paragraphs
        )
        gdpr_request = (
            kind.procedure == STATUTORY and jurisdiction(workplace.country).gdpr_reaches
        )
        assert identity == gdpr_request, kind.slug
        if letter.deadline:
            assert deadlines.deadline(letter.deadline, ("days", 0), place) == (
                letter.deadline
            ), kind.slug  # a working day: nothing to roll forward
        section = docx.Document(io.BytesIO(letter_files.letter_docx(letter))).sections[
            0
        ]
        width = 215.9 if workplace.country == "US" else 210
        assert section.page_width.mm == pytest.approx(width, abs=0.1)


def test_californian_requests_give_45_days_and_admt_waits_for_2027():
    californian = example("keystrokes-ai-training-us-ca")
    letter = write_letter("ccpa-delete", californian, "en", ME, written=DAY)
    # 45 days with 22 November, the day of receipt, as the first (11 CCR §7021(b)).
    assert letter.deadline == datetime.date(2027, 1, 5)
    assert "§1798.130" in letter.deadline_text()
    assert "admt-opt-out" not in {k.slug for k in kinds_for(californian.workplace, DAY)}
    later = datetime.date(2027, 1, 4)
    assert "admt-opt-out" in {k.slug for k in kinds_for(californian.workplace, later)}
    with pytest.raises(NotApplicable):
        write_letter("admt-opt-out", californian, "en", ME, written=DAY)


def test_new_york_city_workers_can_ask_for_the_bias_audit():
    letter = write_letter(
        "nyc-bias-audit", example("promotion-scoring-us-ny"), "en", ME
    )
    assert "bias audit" in letter.paragraphs[0] and "Local Law 144" in letter.subject
    assert "not a legal deadline" in letter.deadline_text()


def test_one_registry_one_template_per_kind():
    """Employee and council kinds share one registry; each kind's prose is in one
    template, and no template is left without its kind."""
    from pathlib import Path

    from django.conf import settings

    from documents.letters import COUNCIL, EMPLOYEE

    folder = Path(settings.BASE_DIR) / "templates" / "letters"
    assert {path.stem for path in folder.glob("*.txt")} == set(KINDS)
    assert {kind.audience for kind in KINDS.values()} == {EMPLOYEE, COUNCIL}
    with pytest.raises(NotApplicable, match="A council writes this letter"):
        write_letter("works-agreement", example("hm-service-centre-de"), "en", ME)


@pytest.mark.parametrize("lines", [7, 11])
def test_a_question_and_its_reason_share_a_page(lines):
    """A two-page letter breaks between questions, never between a question and the
    reason under it. An opening paragraph of some length moves the page break to
    where, without the rule against it, a reason went to the next page."""
    letter = write_letter("ai-questions", assessment("DE", META_LIKE), "de", ME)
    letter.paragraphs.append("Vorab. " * (12 * lines + 1))
    reader = pypdf.PdfReader(io.BytesIO(letter_files.letter_pdf(letter)))
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert len(pages) > 1
    for question, why in letter.items():
        ends = [" ".join(text.split())[-30:] for text in (question, why)]
        assert any(all(end in page for end in ends) for page in pages), question
