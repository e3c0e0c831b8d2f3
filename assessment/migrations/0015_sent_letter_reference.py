"""Sent letters get the reference printed on them, unique per owner, and the date
of an extension the employer notified. Letters recorded before get a reference of
the same form (their day, their owner's country, a random code)."""

import secrets

from django.db import migrations, models

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def give_references(apps, schema_editor):
    SentLetter = apps.get_model("assessment", "SentLetter")
    letters = SentLetter.objects.select_related("assessment", "campaign")
    given = set()  # (owner, reference): unique per owner, as the constraint wants
    for letter in letters.iterator():
        owner = letter.assessment or letter.campaign
        while (owner, letter.reference) in given or not letter.reference:
            code = "".join(secrets.choice(ALPHABET) for _ in range(4))
            letter.reference = f"OV-{letter.sent_on:%Y%m%d}-{owner.country}-{code}"
        given.add((owner, letter.reference))
        letter.save(update_fields=["reference"])


class Migration(migrations.Migration):
    dependencies = [
        ("assessment", "0014_attempt_counter_windows"),
        ("councils", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="sentletter",
            name="reference",
            field=models.CharField(
                default="",
                help_text=(
                    "As printed on the letter: the day sent, the country and a "
                    "random code (OV-20261116-DE-7Q3K); it names nothing."
                ),
                max_length=40,
                verbose_name="reference",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="sentletter",
            name="extended_to",
            field=models.DateField(
                blank=True,
                help_text="The later date the employer gave notice of, if it did.",
                null=True,
                verbose_name="extended to",
            ),
        ),
        migrations.RunPython(give_references, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="sentletter",
            constraint=models.UniqueConstraint(
                fields=("assessment", "reference"), name="sent_letter_reference"
            ),
        ),
        migrations.AddConstraint(
            model_name="sentletter",
            constraint=models.UniqueConstraint(
                fields=("campaign", "reference"),
                name="campaign_sent_letter_reference",
            ),
        ),
    ]
