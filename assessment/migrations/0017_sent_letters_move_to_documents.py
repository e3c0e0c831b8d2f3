"""SentLetter moves to the documents app (issue 26). Its table keeps its name, so
only Django's record of the model changes here: no table is touched. The documents
app's first migration takes the model over, after this one."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("assessment", "0016_attempt_counter_moves_to_lib"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[migrations.DeleteModel(name="SentLetter")],
        )
    ]
