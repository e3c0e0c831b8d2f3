"""When a noted letter's answer is due, how far a notice of extension moves it, and
when the letter about an incomplete answer asks for one: counted where its writer is
(a region's holidays, a campaign's country when it names no region), past weekends
and holidays, within the bounds of a date a notice names, and read in the letter's
own language."""

import datetime

import pytest

from assessment import services
from documents import followup, followup_letters
from documents.models import LetterState, Mark
from tests import builders
from tests.councils.fixtures import open_campaign

pytestmark = pytest.mark.django_db

D = datetime.date


def employee(country: str, region: str = ""):
    workplace = {"region": region} if region else {}
    return services.save_assessment(builders.assessment(country, **workplace))


# Sent by e-mail on Sunday 6 December 2026, one month ends on Wednesday 6 January,
# Epiphany: a public holiday in Bavaria, not in Berlin nor in Germany as a whole.
@pytest.mark.parametrize(
    ("region", "due"),
    [("DE-BY", D(2027, 1, 7)), ("DE-BE", D(2027, 1, 6)), ("", D(2027, 1, 6))],
)
def test_an_employees_deadline_rolls_past_the_holidays_of_their_region(region, due):
    record = employee("DE", region=region)
    sent, _new = followup.record_sent(
        record, "access-request", "en", D(2026, 12, 6), "email"
    )
    assert sent.deadline == due


# Two weeks from Wednesday 23 December 2026 end on Epiphany too.
@pytest.mark.parametrize(
    ("region", "due"), [("DE-BY", D(2027, 1, 7)), ("", D(2027, 1, 6))]
)
def test_a_campaigns_deadline_is_counted_in_its_region_or_else_its_country(
    people, region, due
):
    campaign = open_campaign(people["council"], region=region)
    sent, _new = followup.record_sent(
        campaign, "works-agreement", "de", D(2026, 12, 23), "email"
    )
    assert sent.deadline == due


def test_the_laws_extension_is_counted_where_the_employee_is():
    """Due on Friday 6 November 2026; two further months end on Epiphany."""
    for region, extended in [("DE-BY", D(2027, 1, 7)), ("DE-BE", D(2027, 1, 6))]:
        record = employee("DE", region=region)
        sent, _new = followup.record_sent(
            record, "access-request", "en", D(2026, 10, 6), "email"
        )
        assert sent.deadline == D(2026, 11, 6)
        place = followup.place_of_letter(sent)
        assert followup.extension_for(sent, place) == extended


@pytest.fixture
def due_on_7_january(db):
    """A German access request due on Thursday 7 January 2027."""
    sent, _new = followup.record_sent(
        employee("DE"), "access-request", "en", D(2026, 12, 7), "email"
    )
    assert sent.deadline == D(2027, 1, 7)
    return sent


def test_a_notice_of_more_days_under_the_gdpr_ends_on_a_working_day(due_on_7_january):
    """30 more days end on Saturday 6 February; only the CCPA's calendar days run on
    past a weekend, so the answer is due on Monday 8 February."""
    sent = due_on_7_january
    reply = "We need more time and are extending the period by 30 days."
    assert followup.record_reply(sent, reply, D(2026, 12, 20)) is True
    sent.refresh_from_db()
    assert sent.extended_to == D(2027, 2, 8)


# Two further months from 7 January end on Sunday 7 March: Monday 8 March.
LAWS_EXTENSION = D(2027, 3, 8)


@pytest.mark.parametrize(
    ("named", "extended_to"),
    [
        (D(2027, 1, 7), LAWS_EXTENSION),  # the deadline itself moves nothing
        (D(2027, 1, 8), D(2027, 1, 8)),
        (D(2028, 1, 8), D(2028, 1, 8)),  # 366 days on: the latest taken
        (D(2028, 1, 9), LAWS_EXTENSION),  # later still: read as a typo
    ],
)
def test_a_date_a_notice_names_is_taken_within_a_year_after_the_deadline(
    due_on_7_january, named, extended_to
):
    sent = due_on_7_january
    reply = f"We need more time and will respond no later than {named:%B} {named.day}, {named.year}."
    assert followup.record_reply(sent, reply, D(2026, 12, 20)) is True
    sent.refresh_from_db()
    assert sent.extended_to == extended_to


@pytest.fixture
def french_objection(db):
    """A French objection: its one question, its subject, has none of the small
    words the reader tells a language by, and it is due on Monday 4 January 2027
    (1 January is a holiday, then a weekend)."""
    sent, _new = followup.record_sent(
        employee("FR"), "objection", "fr", D(2026, 12, 1), "email"
    )
    assert sent.deadline == D(2027, 1, 4)
    return sent


def test_a_reply_is_read_in_the_letters_language(french_objection):
    """ "Délai prolongé d'un mois." is a notice of one more month in French; read in
    English, it would be an answer and the letter no longer awaited."""
    sent = french_objection
    assert followup.record_reply(sent, "Délai prolongé d'un mois.", D(2026, 12, 10))
    sent.refresh_from_db()
    assert sent.replied_on is None
    assert sent.extended_to == D(2027, 2, 4)  # one month, not the law's two
    assert sent.get_state(D(2027, 1, 20)) == LetterState.WAITING
    assert followup.suggested_marks(sent).extension
    assert followup.extension_for(sent, "FR") == D(2027, 2, 4)


# Two weeks from Wednesday 23 December 2026 end on Epiphany.
@pytest.mark.parametrize(
    ("region", "due"), [("DE-BY", D(2027, 1, 7)), ("DE-BE", D(2027, 1, 6))]
)
def test_the_letter_about_an_incomplete_answer_is_due_after_the_writers_holidays(
    people, region, due
):
    employee_letter, _new = followup.record_sent(
        employee("DE", region), "access-request", "de", D(2026, 11, 2), "email"
    )
    campaign = open_campaign(people["council"], region=region)
    council_letter, _new = followup.record_sent(
        campaign, "works-agreement", "de", D(2026, 11, 2), "email"
    )
    for sent, about in [
        (employee_letter, employee_letter.assessment.get_facts()),
        (council_letter, campaign),
    ]:
        followup.record_reply(sent, "Ihre Daten.", D(2026, 11, 20))
        followup.confirm_marks(sent, [Mark.NOT_ANSWERED] * len(sent.questions))
        letter = followup_letters.incomplete_answer(
            sent, about, written=D(2026, 12, 23)
        )
        assert letter.deadline == due
