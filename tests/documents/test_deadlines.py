"""Deadlines: when a letter counts as received and when its answer is due."""

import datetime

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessment import law
from documents.deadlines import deadline, received

D = datetime.date
ONE_MONTH = ("months", 1)  # GDPR Art. 12(3)
CCPA = ("days", 45)  # Cal. Civ. Code §1798.130(a)(2)
# The places of the property test, with their calendars as the holidays package
# names them.
CALENDARS = {
    "DE": ("DE", None),
    "DE-BY": ("DE", "BY"),
    "DE-BE": ("DE", "BE"),
    "FR": ("FR", None),
    "ES-MD": ("ES", "MD"),
    "IE": ("IE", None),
    "GB": ("GB", None),
    "US-NY": ("US", "NY"),
    "US-CA": ("US", "CA"),
}


def test_an_email_to_germany_on_1_december_is_due_on_4_january():
    # One month ends on Friday 1 January 2027, New Year's Day; 2 and 3 January are a
    # weekend, so the period runs to Monday 4 January (Art. 3(4) of Reg. 1182/71).
    sent = D(2026, 12, 1)
    assert received(sent, "email", "DE") == sent
    assert deadline(sent, ONE_MONTH, "DE") == D(2027, 1, 4)


def test_a_letter_posted_to_germany_on_1_december_is_due_on_4_january_too():
    # Posted on Tuesday 1 December, it arrives on the third working day, Friday
    # 4 December. One month from then ends on Monday 4 January, a working day, so
    # nothing rolls forward: the same date as the e-mail's, by coincidence, while the
    # e-mail's 1 January had to roll over the holiday and the weekend.
    arrival = received(D(2026, 12, 1), "post", "DE")
    assert arrival == D(2026, 12, 4)
    assert deadline(arrival, ONE_MONTH, "DE") == D(2027, 1, 4)


@pytest.mark.parametrize(
    ("sent", "channel", "place", "expected"),
    [
        (D(2026, 12, 1), "hand", "FR", D(2026, 12, 1)),
        (D(2026, 12, 5), "email", "FR", D(2026, 12, 5)),  # a Saturday still counts
        (D(2026, 12, 4), "post", "DE", D(2026, 12, 9)),  # over a weekend
        (D(2026, 12, 5), "post", "FR", D(2026, 12, 9)),  # posted on a Saturday
        # Christmas: 25 and 26 December, then a Sunday.
        (D(2026, 12, 23), "post", "DE", D(2026, 12, 29)),
        # Boxing Day falls on a Saturday, so the UK has Monday 28 December off.
        (D(2026, 12, 23), "post", "GB", D(2026, 12, 30)),
        # California also closes on the day after Thanksgiving; New York does not.
        (D(2026, 11, 25), "post", "US-CA", D(2026, 12, 2)),
        (D(2026, 11, 25), "post", "US-NY", D(2026, 12, 1)),
    ],
)
def test_a_letter_counts_as_received(sent, channel, place, expected):
    assert received(sent, channel, place) == expected


@pytest.mark.parametrize(
    ("arrival", "period", "place", "expected"),
    [
        # 14 July, the Fête nationale, rolls to the next day.
        (D(2026, 6, 14), ONE_MONTH, "FR", D(2026, 7, 15)),
        # Epiphany is a holiday in Bavaria, not in Berlin.
        (D(2026, 12, 6), ONE_MONTH, "DE-BY", D(2027, 1, 7)),
        (D(2026, 12, 6), ONE_MONTH, "DE-BE", D(2027, 1, 6)),
        # Women's Day, Monday 8 March 2027, is a holiday in Berlin, not in Bavaria.
        (D(2027, 2, 8), ONE_MONTH, "DE-BE", D(2027, 3, 9)),
        (D(2027, 2, 8), ONE_MONTH, "DE-BY", D(2027, 3, 8)),
        # Assumption, Tuesday 15 August 2028, is a holiday in most of Bavaria (in
        # Munich too) but not everywhere: counted, so a deadline is never early.
        (D(2028, 7, 15), ONE_MONTH, "DE-BY", D(2028, 8, 16)),
        (D(2028, 7, 15), ONE_MONTH, "DE-BE", D(2028, 8, 15)),
        # The Madrid region moves its 2 May holiday to Monday 3 May in 2027.
        (D(2027, 4, 3), ONE_MONTH, "ES-MD", D(2027, 5, 4)),
        (D(2027, 4, 3), ONE_MONTH, "ES", D(2027, 5, 3)),
        # CCPA: 45 calendar days.
        (D(2026, 11, 2), CCPA, "US-CA", D(2026, 12, 17)),
        # 31 March 2027 is Cesar Chavez Day, a holiday in California only.
        (D(2027, 2, 14), CCPA, "US-CA", D(2027, 4, 1)),
        (D(2027, 2, 14), CCPA, "US-NY", D(2027, 3, 31)),
        # Days and weeks are counted from the day after receipt.
        (D(2026, 12, 1), ("days", 14), "DE", D(2026, 12, 15)),
        (D(2026, 12, 1), ("weeks", 2), "DE", D(2026, 12, 15)),
    ],
)
def test_a_period_ends_on_a_working_day_of_the_place(arrival, period, place, expected):
    assert deadline(arrival, period, place) == expected


@pytest.mark.parametrize(
    ("arrival", "expected"),
    [
        (D(2028, 1, 31), D(2028, 2, 29)),  # a leap year
        (D(2030, 1, 31), D(2030, 2, 28)),
        (D(2026, 3, 31), D(2026, 4, 30)),
        # 28 February 2027 is a Sunday.
        (D(2027, 1, 31), D(2027, 3, 1)),
        (D(2026, 12, 15), D(2027, 1, 15)),
    ],
)
def test_a_month_missing_the_day_ends_on_its_last_day(arrival, expected):
    assert deadline(arrival, ONE_MONTH, "DE") == expected


# 11 CCR §7021(b): the 45 days "begin on the day that the business receives the
# request", and they are calendar days.
@pytest.mark.parametrize(
    ("arrival", "expected"),
    [
        (D(2026, 11, 2), D(2026, 12, 16)),  # a Wednesday
        # 3 January 2027 is a Sunday: the last day stays there, it does not move.
        (D(2026, 11, 20), D(2027, 1, 3)),
        # 31 March 2027, Cesar Chavez Day, counts like any other day.
        (D(2027, 2, 15), D(2027, 3, 31)),
    ],
)
def test_the_ccpa_counts_the_day_of_receipt_as_the_first_of_45(arrival, expected):
    assert deadline(arrival, CCPA, "US-CA", receipt_day_counts=True) == expected
    assert (expected - arrival).days == 44
    # Counted the EU way instead, the date would be one to three days late.
    late = deadline(arrival, CCPA, "US-CA")
    assert 1 <= (late - expected).days <= 3


def test_a_country_the_holidays_package_does_not_know_skips_weekends_only():
    assert deadline(D(2026, 12, 1), ONE_MONTH, "ZZ") == D(2027, 1, 1)
    assert deadline(D(2026, 12, 5), ("days", 14), "ZZ") == D(2026, 12, 21)


def test_an_unknown_region_keeps_its_countrys_holidays():
    assert deadline(D(2026, 12, 1), ONE_MONTH, "DE-XX") == D(2027, 1, 4)


@pytest.mark.parametrize("land", law.regions("DE"), ids=lambda land: land.code)
def test_each_land_counts_its_own_public_holidays(land):
    country, subdivision = land.holidays
    assert subdivision in holidays.Germany.subdivisions  # a current code, not BYP
    days = holidays.country_holidays(
        country,
        subdiv=subdivision,
        years=2027,
        categories=(holidays.PUBLIC, *land.holiday_categories),
    )
    for day in (day for day in days if day.weekday() < 5):
        assert deadline(day, ("days", 0), land) > day, days[day]
        assert deadline(day, ("days", 0), land.code) > day, days[day]


def test_a_jurisdiction_record_stands_for_its_code():
    france = law.jurisdiction("FR")
    assert deadline(D(2026, 6, 14), ONE_MONTH, france) == D(2026, 7, 15)
    assert received(D(2026, 12, 5), "post", france) == D(2026, 12, 9)


def test_an_unknown_channel_or_unit_is_refused():
    with pytest.raises(ValueError, match="fax"):
        received(D(2026, 12, 1), "fax", "DE")
    with pytest.raises(ValueError, match="years"):
        deadline(D(2026, 12, 1), ("years", 1), "DE")


@given(
    sent=st.dates(D(2026, 1, 1), D(2030, 12, 31)),
    channel=st.sampled_from(["email", "hand", "post"]),
    period=st.sampled_from(
        [ONE_MONTH, ("months", 2), CCPA, ("days", 14), ("weeks", 2)]
    ),
    place=st.sampled_from(sorted(CALENDARS)),
)
def test_no_deadline_falls_on_a_weekend_or_a_public_holiday(
    sent, channel, period, place
):
    country, subdivision = CALENDARS[place]
    arrival = received(sent, channel, place)
    due = deadline(arrival, period, place)
    public_holidays = holidays.country_holidays(country, subdiv=subdivision)
    assert due.weekday() < 5
    assert due not in public_holidays
    assert sent <= arrival < due
