"""The attempt counters move to oversight.lib (issue 26). Their table keeps its
name, so only Django's record of the model changes here: no table is touched."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("assessment", "0015_sent_letter_reference"),
        ("lib", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="AttemptCounter"),
            ],
        ),
    ]
