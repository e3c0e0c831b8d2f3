"""Submissions carry a published flag instead of relying on an id watermark."""

from django.db import migrations, models


def mark_published(apps, schema_editor):
    """What the watermark counted so far stays counted."""
    Campaign = apps.get_model("assessment", "Campaign")
    Submission = apps.get_model("assessment", "Submission")
    for campaign in Campaign.objects.filter(published_through__gt=0).iterator():
        Submission.objects.filter(
            campaign=campaign, id__lte=campaign.published_through
        ).update(published=True)


class Migration(migrations.Migration):
    dependencies = [
        ("assessment", "0005_sent_letters"),
    ]

    operations = [
        migrations.AddField(
            model_name="submission",
            name="published",
            field=models.BooleanField(
                default=False, editable=False, verbose_name="published"
            ),
        ),
        migrations.AddIndex(
            model_name="submission",
            index=models.Index(
                fields=["campaign", "published", "id"], name="campaign_waiting"
            ),
        ),
        migrations.RunPython(mark_published, migrations.RunPython.noop),
    ]
