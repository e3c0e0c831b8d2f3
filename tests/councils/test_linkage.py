"""The five ways issue 22 traced submissions to their senders from SQL alone, tried
on a batch of eight sent from eight addresses: none does better than chance.

1. ordering the published rows by PostgreSQL's xmin;
2. session rows naming the campaign and the assessment, and their expire_date;
3. a kept assessment written next to its submission;
4. rate-limit rows' times, with candidate addresses hashed with SECRET_KEY;
5. task rows that keep an assessment's id and times after it was deleted.

Beyond the five, every row written while the batch was sent (other than by its
publication) is checked: no time finer than the hour, no id of the campaign or of an
assessment.
"""

import datetime
import json
import random

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.urls import reverse

from councils.models import Submission
from oversight.lib.limits import private_cache_key
from oversight.lib.models import AttemptCounter
from tests.councils.fixtures import PASSWORD, open_campaign
from tests.web.conftest import practice_data

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="xmin is PostgreSQL's"
    ),
]

SENDERS = 8
KEPT = {1, 4, 6}  # these employees keep their own assessment
HOUR = 3600
PRACTICES = [
    {"data": ["keystroke_dynamics"]},
    {"data": ["screenshots"], "purposes": ["security"]},
    {"data": ["mouse_movement"], "purposes": ["performance_evaluation"]},
    {"data": ["webcam"], "inferences": ["emotional_state"]},
    {"data": ["clicks"], "purposes": ["ai_training"]},
    {"data": ["keystroke_dynamics", "screenshots"]},
    {"data": ["location"], "purposes": ["security"]},
    {"data": ["webcam", "clicks"], "purposes": ["performance_evaluation"]},
]


def xid(sql: str, *params) -> list[int]:
    """The transaction ids a query's first column gives, as numbers."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [int(row[0]) for row in cursor.fetchall()]


def prepare(campaign, index: int) -> dict:
    """An employee on an address of its own, up to the result page and its send
    form; the result page queues the report's render (a task row)."""
    browser = Client(REMOTE_ADDR=f"203.0.113.{10 + index}")
    browser.post(reverse("councils:take_part", args=[campaign.share_code]))
    from assessment.access import STATE_COOKIE, read_state

    state = read_state(browser.cookies[STATE_COOKIE].value)
    public_id = state["assessments"][0]
    browser.post(
        reverse("assessment:practice_new", args=[public_id]),
        practice_data(**PRACTICES[index]),
    )
    result = browser.get(reverse("assessment:result", args=[public_id]))
    assert result.status_code == 200
    return {
        "browser": browser,
        "address": f"203.0.113.{10 + index}",
        "public_id": public_id,
        "token": result.context["panels"][0]["send_token"],
        "keep": index in KEPT,
    }


def test_a_published_batch_cannot_be_traced_to_its_senders(people, settings):
    settings.RATE_LIMITS_ENABLED = True
    campaign = open_campaign(people["council"], threshold=SENDERS)
    member = Client()
    member.post(
        reverse("councils:login"),
        {"username": people["member"].username, "password": PASSWORD},
    )
    assert Session.objects.count() == 1  # the council member's sign-in
    employees = [prepare(campaign, index) for index in range(SENDERS)]
    [before] = xid("SELECT pg_current_xact_id()")  # takes an id of its own

    random.shuffle(employees)
    # A quarter past the next hour: every send and its rate-limit rows fall in one.
    sending = datetime.datetime.now(datetime.UTC).replace(
        minute=15, second=0, microsecond=0
    ) + datetime.timedelta(hours=1)
    with time_machine.travel(sending, tick=True):
        for employee in employees:
            form = {"send_token": employee["token"]}
            if employee["keep"]:
                form["keep"] = "yes"
            url = reverse("councils:send_to_campaign", args=[employee["public_id"]])
            assert employee["browser"].post(url, form).status_code == 302
    campaign.refresh_from_db()
    assert campaign.published == SENDERS

    # 1. Every published row of the batch was written by one transaction, so their
    # xmin cannot order them; the ids are new and random.
    batch = set(
        xid("SELECT xmin::text FROM assessment_submission")
        + xid("SELECT xmin::text FROM assessment_submissionfeature")
        + xid("SELECT xmin::text FROM assessment_sendreceipt")
    )
    assert len(batch) == 1
    [published] = batch
    assert Submission.objects.count() == SENDERS

    # 2. Employees wrote no session row; the one there is names nothing of theirs.
    [session] = Session.objects.all()
    decoded = json.dumps(session.get_decoded())
    assert "_auth_user_id" in decoded
    for employee in employees:
        assert employee["public_id"] not in decoded
    assert campaign.share_code not in decoded and str(campaign.public_id) not in decoded

    # 3. A kept assessment was last written before anyone sent: nothing dates it.
    kept = xid(
        "SELECT xmin::text FROM assessment_assessment WHERE public_id::text = ANY(%s)",
        [e["public_id"] for e in employees if e["keep"]],
    )
    assert len(kept) == len(KEPT) and max(kept) < before

    # 4. Hashing each address with SECRET_KEY finds its row, which holds only the
    # hour: the same for all eight, so it cannot order them.
    hour = int(sending.timestamp()) // HOUR
    ends = {
        AttemptCounter.objects.get(
            key=f"{private_cache_key('rate', 'submit', e['address'])}:{hour}"
        ).expires
        for e in employees
    }
    assert ends == {datetime.datetime.fromtimestamp((hour + 1) * HOUR, datetime.UTC)}

    # 5. No task row names an assessment that was deleted; the kept ones' remain.
    from django_tasks_db.models import DBTaskResult

    tasks = json.dumps(list(DBTaskResult.objects.values_list("args_kwargs", flat=True)))
    for employee in employees:
        assert (employee["public_id"] in tasks) == employee["keep"]

    # Every row written while sending, but by the publication: no time finer than
    # the hour, and no id of the campaign or of an assessment.
    written = rows_written_since(before, exclude=published)
    # Only the rate-limit counters: a feature new to the site, for one, is made
    # with the batch, or its row would date the submission that first reported it.
    assert {table for table, _row in written} == {"assessment_attemptcounter"}
    ids = {campaign.share_code, str(campaign.public_id)} | {
        e["public_id"] for e in employees
    }
    for table, row in written:
        for value in row.values():
            if isinstance(value, datetime.datetime):
                assert value.timestamp() % HOUR == 0, (table, value)
            assert not any(ident in str(value) for ident in ids), (table, row)
        assert row.get("campaign_id") != campaign.pk, table


def rows_written_since(first: int, exclude: int) -> list[tuple[str, dict]]:
    """(table, row) for each live row in the public schema whose xmin is `first` or
    later, leaving out those of transaction `exclude`."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        found = []
        for table in tables:
            cursor.execute(
                f'SELECT * FROM "{table}" '
                "WHERE xmin::text::bigint >= %s AND xmin::text::bigint <> %s",
                [first, exclude],
            )
            names = [column.name for column in cursor.description]
            found += [(table, dict(zip(names, row, strict=True))) for row in cursor]
    return found
