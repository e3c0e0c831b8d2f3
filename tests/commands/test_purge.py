"""manage.py purge: assessments nobody has used for a while are deleted."""

import datetime
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from assessment.models import Assessment
from councils.models import Campaign
from tests.web.conftest import WORKPLACE, stored_reports

pytestmark = pytest.mark.django_db


def purge(*args: str) -> str:
    out = StringIO()
    call_command("purge", *args, stdout=out)
    return out.getvalue()


def age(record: Assessment, days: int) -> None:
    then = timezone.now() - datetime.timedelta(days=days)
    Assessment.objects.filter(pk=record.pk).update(updated=then)


def started(client) -> tuple[Assessment, str]:
    response = client.post(reverse("assessment:start"), WORKPLACE)
    saved = client.get(response["Location"])
    token = saved.context["resume_url"].rstrip("/").rsplit("/", 1)[-1]
    return Assessment.objects.get(public_id=saved.context["record"].public_id), token


def test_only_assessments_unused_for_the_given_days_are_deleted(client, campaign):
    old, _ = started(client)
    recent, _ = started(client)
    policy, _ = started(client)
    Campaign.objects.filter(pk=campaign.pk).update(reference=policy)
    for record, days in ((old, 400), (recent, 10), (policy, 400)):
        age(record, days)
    assert "1 assessments unused since" in purge("--days", "365", "--dry-run")
    assert Assessment.objects.count() == 3
    assert "Deleted 1 assessments" in purge("--days", "365")
    assert set(Assessment.objects.all()) == {recent, policy}


def test_purged_assessments_take_their_stored_reports_along(client):
    old, _ = started(client)
    recent, _ = started(client)
    recent.document = {**recent.document, "title": "Another"}
    recent.save()
    age(old, 400)
    gone, kept = stored_reports(old), stored_reports(recent)
    purge("--days", "365")
    assert not any(cache.has_key(key) for key in gone)
    assert all(cache.has_key(key) for key in kept)


def test_opening_the_resume_link_counts_as_use(client, client_factory):
    record, token = started(client)
    age(record, 400)
    client_factory().get(reverse("assessment:resume", args=[token]))
    assert "Deleted 0 assessments" in purge("--days", "365")
    assert Assessment.objects.filter(pk=record.pk).exists()


def test_purge_refuses_a_period_under_a_day():
    with pytest.raises(CommandError, match="at least 1"):
        purge("--days", "0")


def test_purged_assessments_take_their_queued_tasks_along(client):
    from django_tasks_db.models import DBTaskResult

    from documents import tasks

    old, _ = started(client)
    recent, _ = started(client)
    for each in (old, recent):
        tasks.render_report.enqueue(str(each.public_id), each.digest, "en", "", None)
    age(old, 400)
    purge("--days", "365")
    stored = str(list(DBTaskResult.objects.values()))
    assert str(old.public_id) not in stored
    assert str(recent.public_id) in stored
