"""manage.py reassess: stored results older rules made are renewed in batches."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from assessment import rules, services
from assessment.models import Assessment
from tests.builders import assessment
from tests.test_refresh import BUSY, OLD_RULESET, outdate

pytestmark = pytest.mark.django_db


def reassess(*args: str) -> str:
    out = StringIO()
    call_command("reassess", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def five():
    """Five stored results: two changed by newer rules, one only renumbered, two
    current; and a draft, which has no result to check."""
    records = [services.save_assessment(assessment("DE", BUSY)) for _ in range(5)]
    outdate(records[0])
    outdate(records[1])
    Assessment.objects.filter(pk=records[2].pk).update(ruleset=OLD_RULESET)
    services.start_draft(
        {"format": "oversight.assessment/1", "workplace": {"country": "DE"}}
    )
    return records


def test_a_dry_run_counts_and_changes_nothing(five):
    before = list(Assessment.objects.values())
    assert reassess("--dry-run") == (
        "Checked 5 assessments: 3 not current would be re-assessed.\n"
    )
    assert list(Assessment.objects.values()) == before


def test_every_stale_result_is_renewed_in_batches(five):
    out = reassess("--batch-size", "2")
    assert out == "Checked 5 assessments: re-assessed 3, of which 2 changed.\n"
    assert set(
        Assessment.objects.filter(result__isnull=False).values_list(
            "ruleset", flat=True
        )
    ) == {rules.RULESET_VERSION}
    # The people whose result changed are told when they next open it.
    assert Assessment.objects.filter(changes__isnull=False).count() == 2
    assert reassess() == "Checked 5 assessments: re-assessed 0, of which 0 changed.\n"


def test_reassess_refuses_an_empty_batch():
    with pytest.raises(CommandError, match="at least 1") as caught:
        reassess("--batch-size", "0")
    assert caught.value.returncode == 2
