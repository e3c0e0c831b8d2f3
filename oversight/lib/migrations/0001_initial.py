"""The attempt counters, moved from the assessment app with their table's name
(db_table): Django records the model here, and the database is left as it is."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("assessment", "0014_attempt_counter_windows"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="AttemptCounter",
                    fields=[
                        (
                            "key",
                            models.CharField(
                                max_length=96,
                                primary_key=True,
                                serialize=False,
                                verbose_name="key",
                            ),
                        ),
                        (
                            "count",
                            models.PositiveIntegerField(
                                default=0, verbose_name="attempts"
                            ),
                        ),
                        (
                            "expires",
                            models.DateTimeField(
                                db_index=True, verbose_name="window ends"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "attempt counter",
                        "verbose_name_plural": "attempt counters",
                        "db_table": "assessment_attemptcounter",
                    },
                ),
            ],
        ),
    ]
