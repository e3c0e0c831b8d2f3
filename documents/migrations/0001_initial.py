"""SentLetter, moved from the assessment app with its table's name (db_table):
Django records it here, and the database is left as it is (its table, columns,
constraints and indexes are those assessment's migrations made, up to 0015).

It runs after assessment's 0016, which drops the model from assessment's record. A
council's letters are held by councils' Campaign: its first migration made it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("assessment", "0017_sent_letters_move_to_documents"),
        ("councils", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="SentLetter",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("kind", models.CharField(max_length=40, verbose_name="letter")),
                        (
                            "reference",
                            models.CharField(
                                help_text=(
                                    "As printed on the letter: the day sent, the "
                                    "country and a random code (OV-20261116-DE-7Q3K); "
                                    "it names nothing."
                                ),
                                max_length=40,
                                verbose_name="reference",
                            ),
                        ),
                        ("lang", models.CharField(max_length=2, verbose_name="language")),
                        ("sent_on", models.DateField(verbose_name="sent on")),
                        (
                            "channel",
                            models.CharField(
                                choices=[
                                    ("email", "E-mail"),
                                    ("post", "Post"),
                                    ("hand", "Handed over"),
                                ],
                                max_length=5,
                                verbose_name="sent by",
                            ),
                        ),
                        ("deadline", models.DateField(verbose_name="answer due by")),
                        (
                            "extended_to",
                            models.DateField(
                                blank=True,
                                help_text=(
                                    "The later date the employer gave notice of, if "
                                    "it did."
                                ),
                                null=True,
                                verbose_name="extended to",
                            ),
                        ),
                        (
                            "questions",
                            models.JSONField(
                                default=list,
                                help_text=(
                                    "The questions as the letter asked them, in its "
                                    "language."
                                ),
                                verbose_name="questions asked",
                            ),
                        ),
                        ("reply", models.TextField(blank=True, verbose_name="reply")),
                        (
                            "replied_on",
                            models.DateField(
                                blank=True, null=True, verbose_name="replied on"
                            ),
                        ),
                        (
                            "marks",
                            models.JSONField(
                                blank=True,
                                default=list,
                                help_text=(
                                    "For each question, whether the reply answers it, "
                                    "as the person confirmed; empty until then."
                                ),
                                verbose_name="answered or not",
                            ),
                        ),
                        (
                            "assessment",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.DB_CASCADE,
                                related_name="sent_letters",
                                to="assessment.assessment",
                            ),
                        ),
                        (
                            "campaign",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.DB_CASCADE,
                                related_name="sent_letters",
                                to="councils.campaign",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "letter sent",
                        "verbose_name_plural": "letters sent",
                        "db_table": "assessment_sentletter",
                        "ordering": ["sent_on", "pk"],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    models.Q(
                                        ("assessment__isnull", False),
                                        ("campaign__isnull", True),
                                    ),
                                    models.Q(
                                        ("assessment__isnull", True),
                                        ("campaign__isnull", False),
                                    ),
                                    _connector="OR",
                                ),
                                name="sent_letter_has_one_owner",
                            ),
                            models.UniqueConstraint(
                                fields=("assessment", "reference"),
                                name="sent_letter_reference",
                            ),
                            models.UniqueConstraint(
                                fields=("campaign", "reference"),
                                name="campaign_sent_letter_reference",
                            ),
                        ],
                    },
                ),
            ],
        )
    ]
