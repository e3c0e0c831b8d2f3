"""A database made before a model moved to another app migrates forward with every
row: the council models to councils, SentLetter to documents. The tables keep their
names, only Django's record of them moves, and that record matches the models."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

from assessment.models import Assessment
from councils.models import Campaign, Council, Membership, Submission, SubmissionFeature
from documents.models import SentLetter
from tests.migrating import migrating_from

# Councils' later migrations change its tables: they are unapplied too (its first
# migration, which only took the models over, needs nothing of assessment's 0012).
BEFORE = [
    ("assessment", "0011_submission_feature_campaign_index"),
    ("councils", "0001_initial"),
]


def _rows_before(apps) -> None:
    """One of everything, written with the models as they stood at 0011."""
    Assessment_ = apps.get_model("assessment", "Assessment")
    Council_ = apps.get_model("assessment", "Council")
    Campaign_ = apps.get_model("assessment", "Campaign")
    Feature_ = apps.get_model("assessment", "Feature")
    Submission_ = apps.get_model("assessment", "Submission")
    SubmissionFeature_ = apps.get_model("assessment", "SubmissionFeature")
    Membership_ = apps.get_model("assessment", "Membership")
    SentLetter_ = apps.get_model("assessment", "SentLetter")
    User_ = apps.get_model("auth", "User")
    policy = Assessment_.objects.create(document={"title": "Policy"}, country="DE")
    council = Council_.objects.create(name="Betriebsrat Leipzig")
    Membership_.objects.create(
        council=council, user=User_.objects.create(username="ada"), role="admin"
    )
    campaign = Campaign_.objects.create(
        council=council,
        share_code="abc",
        title="Leipzig",
        country="DE",
        published=1,
        reference=policy,
    )
    feature = Feature_.objects.create(kind="grade", key="B")
    submission = Submission_.objects.create(
        id=4242,
        campaign=campaign,
        submitted_on=datetime.date(2026, 11, 30),
        ruleset="2026.12.0",
        score=70,
        grade="B",
        published=True,
    )
    SubmissionFeature_.objects.create(
        submission=submission, feature=feature, campaign=campaign
    )
    SentLetter_.objects.create(
        campaign=campaign,
        kind="works-agreement",
        lang="de",
        sent_on=datetime.date(2026, 11, 2),
        channel="email",
        deadline=datetime.date(2026, 11, 16),
    )


@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_split_keeps_every_row():
    with migrating_from(BEFORE) as database:
        _rows_before(database.old)
        database.forward()
        campaign = Campaign.objects.get()
        assert campaign.council == Council.objects.get(name="Betriebsrat Leipzig")
        assert campaign.reference == Assessment.objects.get(country="DE")
        assert Membership.objects.get().user == User.objects.get(username="ada")
        submission = Submission.objects.get()
        assert (submission.id, submission.campaign, submission.grade) == (
            4242,
            campaign,
            "B",
        )
        assert SubmissionFeature.objects.get().submission == submission
        assert SentLetter.objects.get().campaign == campaign
        assert list(campaign.sent_letters.all()) == [SentLetter.objects.get()]


# Just before SentLetter moved to documents (issue 26): assessment's record still
# holds it (documents' first migration, which follows assessment's 0017, is undone).
BEFORE_LETTERS_MOVED = [
    ("assessment", "0015_sent_letter_reference"),
    ("councils", "0003_submission_pool"),
]
LETTER = {
    "lang": "de",
    "sent_on": datetime.date(2026, 11, 16),
    "channel": "post",
    "deadline": datetime.date(2026, 12, 16),
    "questions": ["Wer kann die Daten sehen?"],
    "reply": "Nur die Personalabteilung.",
    "replied_on": datetime.date(2026, 12, 1),
    "marks": ["answered"],
}


@pytest.mark.django_db(transaction=True)
def test_letters_kept_before_the_move_to_documents_are_read_after_it():
    with migrating_from(BEFORE_LETTERS_MOVED) as database:
        old = database.old
        record = old.get_model("assessment", "Assessment").objects.create(
            document={}, digest="0" * 64, country="DE"
        )
        council = old.get_model("councils", "Council").objects.create(name="BR")
        campaign = old.get_model("councils", "Campaign").objects.create(
            council=council, share_code="abc", title="Leipzig", country="DE"
        )
        OldLetter = old.get_model("assessment", "SentLetter")
        OldLetter.objects.create(
            assessment=record, kind="access-request", reference="OV-1", **LETTER
        )
        OldLetter.objects.create(
            campaign=campaign, kind="council-information", reference="OV-2", **LETTER
        )
        database.forward()

        employee = Assessment.objects.get().sent_letters.get()
        council_letter = Campaign.objects.get().sent_letters.get()
        assert (employee.kind, employee.reference) == ("access-request", "OV-1")
        assert (council_letter.kind, council_letter.campaign.title) == (
            "council-information",
            "Leipzig",
        )
        for letter in (employee, council_letter):
            assert {name: getattr(letter, name) for name in LETTER} == LETTER
        # The table's constraints came along: one owner, one record per reference.
        with pytest.raises(IntegrityError), transaction.atomic():
            SentLetter.objects.create(kind="x", reference="OV-3", **LETTER)
        with pytest.raises(IntegrityError), transaction.atomic():
            SentLetter.objects.create(
                assessment=employee.assessment, kind="x", reference="OV-1", **LETTER
            )


@pytest.mark.django_db
def test_the_letters_keep_their_table_under_documents():
    assert SentLetter._meta.app_label == "documents"
    assert SentLetter._meta.db_table == "assessment_sentletter"
    tables = connection.introspection.table_names()
    assert "assessment_sentletter" in tables
    assert "documents_sentletter" not in tables


@pytest.mark.django_db
def test_the_migrations_record_every_model_as_it_is():
    """`makemigrations --check` exits non-zero when a model differs from Django's
    record of it (as a model moved without its state migration would)."""
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
