"""The council models move to the councils app (issue 14). Their tables keep their
names, so only Django's record of the models changes here: no table is touched."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("assessment", "0011_submission_feature_campaign_index"),
        ("councils", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.RemoveField(
                    model_name="campaign",
                    name="council",
                ),
                migrations.RemoveField(
                    model_name="campaign",
                    name="reference",
                ),
                migrations.AlterField(
                    model_name="sentletter",
                    name="campaign",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.DB_CASCADE,
                        related_name="sent_letters",
                        to="councils.campaign",
                    ),
                ),
                migrations.RemoveField(
                    model_name="campaigncount",
                    name="campaign",
                ),
                migrations.RemoveField(
                    model_name="campaigncount",
                    name="feature",
                ),
                migrations.RemoveField(
                    model_name="invitation",
                    name="council",
                ),
                migrations.RemoveConstraint(
                    model_name="feature",
                    name="one_feature_per_key",
                ),
                migrations.RemoveConstraint(
                    model_name="membership",
                    name="one_membership_per_council",
                ),
                migrations.DeleteModel(
                    name="SendReceipt",
                ),
                migrations.RemoveIndex(
                    model_name="submission",
                    name="campaign_waiting",
                ),
                migrations.RemoveIndex(
                    model_name="submissionfeature",
                    name="submission_feature_campaign",
                ),
                migrations.DeleteModel(
                    name="CampaignCount",
                ),
                migrations.DeleteModel(
                    name="Invitation",
                ),
                migrations.RemoveField(
                    model_name="membership",
                    name="council",
                ),
                migrations.RemoveField(
                    model_name="membership",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="submission",
                    name="campaign",
                ),
                migrations.RemoveField(
                    model_name="submissionfeature",
                    name="campaign",
                ),
                migrations.RemoveField(
                    model_name="submissionfeature",
                    name="feature",
                ),
                migrations.RemoveField(
                    model_name="submissionfeature",
                    name="submission",
                ),
                migrations.DeleteModel(
                    name="Council",
                ),
                migrations.DeleteModel(
                    name="Membership",
                ),
                migrations.DeleteModel(
                    name="Campaign",
                ),
                migrations.DeleteModel(
                    name="Feature",
                ),
                migrations.DeleteModel(
                    name="Submission",
                ),
                migrations.DeleteModel(
                    name="SubmissionFeature",
                ),
            ],
        )
    ]
