"""When a letter counts as received and when its answer is due, as a lawyer counts."""

import calendar
import datetime
import functools

import holidays

from assessment import law

CHANNELS = ("email", "hand", "post")
DAYS_IN = {"days": 1, "weeks": 7}  # months are calendar months, counted apart
POSTAL_DELIVERY_WORKING_DAYS = 3

type Place = str | law.Jurisdiction  # a code ("DE", "DE-BY", "US-CA") or its record
type Period = tuple[str, int]  # ("months", 1), ("days", 45), ("weeks", 2)


def received(sent: datetime.date, channel: str, place: Place) -> datetime.date:
    """The day a letter sent on `sent` counts as received at `place`.

    E-mail and delivery by hand arrive the day they are sent. A posted letter counts
    as received three working days later (weekends and the place's public holidays
    skipped): the usual convention for ordinary post in the EU and EEA and in the
    United Kingdom, and three business days in the United States. The figure is a
    convention, not law; a recipient who proves a later delivery moves the date.
    """
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}: expected one of {CHANNELS}")
    if channel != "post":
        return sent
    day, remaining = sent, POSTAL_DELIVERY_WORKING_DAYS
    while remaining:
        day += datetime.timedelta(days=1)
        if _is_working_day(day, place):
            remaining -= 1
    return day


def deadline(
    received: datetime.date,
    period: Period,
    place: Place,
    *,
    receipt_day_counts: bool = False,
) -> datetime.date:
    """The last day of `period` after a letter was received at `place`.

    Where the law counts the day of receipt as the first day of a period of
    calendar days (`receipt_day_counts`: the CCPA's 45 days "begin on the day that
    the business receives the request", Cal. Code Regs. tit. 11, §7021(b)), n days
    end n - 1 days after receipt, on whatever day of the week that is.

    Counted as Regulation (EEC, Euratom) No 1182/71 Art. 3 counts for the EU and the
    EEA: the day of receipt is not counted (Art. 3(1)), so n days or weeks end n days
    or weeks after it, and months end on the same date of the later month, or on
    that month's last day when it has no such date (Art. 3(2)(c)); a period ending on
    a Saturday, Sunday or public holiday of the place ends on the next working day
    instead (Art. 3(4)). The United Kingdom and the United States count the same way
    in usual practice (in California, Code Civ. Proc. §§ 12 and 12a).
    """
    unit, count = period
    if receipt_day_counts and unit == "days":
        return received + datetime.timedelta(days=count - 1)
    if unit == "months":
        end = _add_months(received, count)
    elif unit in DAYS_IN:
        end = received + datetime.timedelta(days=count * DAYS_IN[unit])
    else:
        raise ValueError(
            f"unknown period unit {unit!r}: expected days, weeks or months"
        )
    while not _is_working_day(end, place):
        end += datetime.timedelta(days=1)
    return end


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _is_working_day(day: datetime.date, place: Place) -> bool:
    country, subdivision, categories = _calendar(place)
    return day.weekday() < 5 and day not in _public_holidays(
        country, subdivision, day.year, categories
    )


def _calendar(place: Place) -> tuple[str, str | None, tuple[str, ...]]:
    """(country, subdivision, categories besides public holidays) for the holidays
    package."""
    if isinstance(place, law.Jurisdiction):
        record, region = place, ""
    else:
        # The registry holds countries, US states and German Länder; any other
        # region ("ES-MD") takes its country's record and names itself as the
        # subdivision.
        country, _, region = place.partition("-")
        record = law.JURISDICTIONS.get(place) or law.jurisdiction(country)
    country, subdivision = record.holidays or (record.code, None)
    return country, subdivision or region or None, record.holiday_categories


@functools.cache
def _public_holidays(
    country: str, subdivision: str | None, year: int, categories: tuple[str, ...] = ()
) -> frozenset[datetime.date]:
    # Frozen per year rather than the package's lazily growing dict, so that threads
    # serving requests share it safely.
    try:
        return frozenset(
            holidays.country_holidays(
                country,
                subdiv=subdivision,
                years=year,
                categories=(holidays.PUBLIC, *categories),
            )
        )
    except NotImplementedError:
        # A region the package does not know keeps its country's holidays; a country
        # it does not know keeps only its weekends.
        if subdivision:
            return _public_holidays(country, None, year)
        return frozenset()
