"""Submissions get random ids, which carry no arrival order; existing ones are renumbered.

The id watermark goes too: publication follows the published flag (0006).
"""

import secrets

from django.db import migrations, models

import councils.models


def renumber(apps, schema_editor):
    """Give every stored submission a random id; its features follow it."""
    Submission = apps.get_model("assessment", "Submission")
    SubmissionFeature = apps.get_model("assessment", "SubmissionFeature")
    old_ids = list(Submission.objects.values_list("id", flat=True))
    taken = set(old_ids)
    renumbered = []
    for old in old_ids:
        new = old
        while new in taken:  # never the id of a row not renumbered yet
            new = secrets.randbelow(2**63 - 1) + 1
        taken.add(new)
        renumbered.append((new, old))
    quote = schema_editor.quote_name
    # Both foreign keys are checked at the end of the migration (deferred on
    # PostgreSQL, checked on exit on SQLite), when both sides agree again.
    with schema_editor.connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {quote(SubmissionFeature._meta.db_table)} "
            "SET submission_id = %s WHERE submission_id = %s",
            renumbered,
        )
        cursor.executemany(
            f"UPDATE {quote(Submission._meta.db_table)} SET id = %s WHERE id = %s",
            renumbered,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("assessment", "0007_send_receipts"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="submission",
            name="campaign_submissions",
        ),
        migrations.RemoveIndex(
            model_name="submission",
            name="campaign_waiting",
        ),
        migrations.RemoveField(
            model_name="campaign",
            name="published_through",
        ),
        migrations.AlterField(
            model_name="submission",
            name="id",
            field=models.BigIntegerField(
                default=councils.models.new_submission_id,
                editable=False,
                primary_key=True,
                serialize=False,
            ),
        ),
        migrations.AddIndex(
            model_name="submission",
            index=models.Index(
                fields=["campaign", "published", "submitted_on", "id"],
                name="campaign_waiting",
            ),
        ),
        # Last: PostgreSQL alters no table with foreign key checks still pending.
        migrations.RunPython(renumber, migrations.RunPython.noop),
    ]
