"""The council models, moved from the assessment app with their tables' names
(db_table): Django records them here, and the database is left as it is."""

import councils.models
import django.core.validators
import django.db.models.deletion
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("assessment", "0011_submission_feature_campaign_index"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="Council",
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
                        (
                            "public_id",
                            models.UUIDField(
                                default=uuid.uuid4,
                                unique=True,
                                verbose_name="public id",
                            ),
                        ),
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        (
                            "created",
                            models.DateField(auto_now_add=True, verbose_name="created"),
                        ),
                    ],
                    options={
                        "verbose_name": "council",
                        "verbose_name_plural": "councils",
                        "db_table": "assessment_council",
                        "ordering": ["name"],
                    },
                ),
                migrations.CreateModel(
                    name="SendReceipt",
                    fields=[
                        (
                            "key",
                            models.CharField(
                                max_length=64,
                                primary_key=True,
                                serialize=False,
                                verbose_name="token hash",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "send receipt",
                        "verbose_name_plural": "send receipts",
                        "db_table": "assessment_sendreceipt",
                    },
                ),
                migrations.CreateModel(
                    name="Campaign",
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
                        (
                            "public_id",
                            models.UUIDField(
                                default=uuid.uuid4,
                                unique=True,
                                verbose_name="public id",
                            ),
                        ),
                        (
                            "share_code",
                            models.CharField(
                                help_text="The random part of the link employees open to take part.",
                                max_length=32,
                                unique=True,
                                verbose_name="share code",
                            ),
                        ),
                        (
                            "title",
                            models.CharField(max_length=120, verbose_name="title"),
                        ),
                        (
                            "employer",
                            models.CharField(
                                blank=True, max_length=120, verbose_name="employer"
                            ),
                        ),
                        (
                            "country",
                            models.CharField(max_length=2, verbose_name="country"),
                        ),
                        (
                            "region",
                            models.CharField(
                                blank=True, max_length=5, verbose_name="state or region"
                            ),
                        ),
                        (
                            "worker_representation",
                            models.CharField(
                                choices=[
                                    (
                                        "works_council",
                                        "A works council (or CSE, or staff committee)",
                                    ),
                                    ("union", "A recognised trade union"),
                                    ("both", "Both a works council and a union"),
                                    ("none", "Neither"),
                                    ("unknown", "I don't know"),
                                ],
                                default="works_council",
                                max_length=13,
                                verbose_name="worker representation",
                            ),
                        ),
                        (
                            "threshold",
                            models.PositiveSmallIntegerField(
                                default=5,
                                help_text="No figure resting on fewer submissions than this is shown (at least 3).",
                                validators=[
                                    django.core.validators.MinValueValidator(3),
                                    django.core.validators.MaxValueValidator(1000),
                                ],
                                verbose_name="anonymity threshold",
                            ),
                        ),
                        (
                            "is_open",
                            models.BooleanField(
                                default=True, verbose_name="open for submissions"
                            ),
                        ),
                        (
                            "created",
                            models.DateField(auto_now_add=True, verbose_name="created"),
                        ),
                        (
                            "published",
                            models.PositiveIntegerField(
                                default=0, verbose_name="published submissions"
                            ),
                        ),
                        (
                            "published_rulesets",
                            models.JSONField(default=list, editable=False),
                        ),
                        (
                            "reference",
                            models.OneToOneField(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.DB_SET_NULL,
                                related_name="campaign",
                                to="assessment.assessment",
                                verbose_name="the council's assessment of the official policy",
                            ),
                        ),
                        (
                            "council",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.DB_CASCADE,
                                related_name="campaigns",
                                to="councils.council",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "campaign",
                        "verbose_name_plural": "campaigns",
                        "db_table": "assessment_campaign",
                        "ordering": ["-created", "title"],
                    },
                ),
                migrations.CreateModel(
                    name="Feature",
                    fields=[
                        (
                            "id",
                            models.SmallAutoField(primary_key=True, serialize=False),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("grade", "Grade"),
                                    ("data", "Kind of data"),
                                    ("purpose", "Purpose"),
                                    ("concern", "Concern"),
                                    ("rule", "Rule"),
                                ],
                                max_length=10,
                                verbose_name="kind",
                            ),
                        ),
                        ("key", models.CharField(max_length=80, verbose_name="key")),
                    ],
                    options={
                        "verbose_name": "feature",
                        "verbose_name_plural": "features",
                        "db_table": "assessment_feature",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("kind", "key"), name="one_feature_per_key"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="CampaignCount",
                    fields=[
                        (
                            "pk",
                            models.CompositePrimaryKey(
                                "campaign_id",
                                "feature_id",
                                blank=True,
                                editable=False,
                                primary_key=True,
                                serialize=False,
                            ),
                        ),
                        ("count", models.PositiveIntegerField(verbose_name="count")),
                        (
                            "campaign",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.DB_CASCADE,
                                related_name="counts",
                                to="councils.campaign",
                            ),
                        ),
                        (
                            "feature",
                            models.ForeignKey(
                                db_index=False,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                to="councils.feature",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "campaign count",
                        "verbose_name_plural": "campaign counts",
                        "db_table": "assessment_campaigncount",
                    },
                ),
                migrations.CreateModel(
                    name="Invitation",
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
                        (
                            "token_hash",
                            models.CharField(
                                max_length=64, unique=True, verbose_name="token hash"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[
                                    ("admin", "Administrator"),
                                    ("member", "Member"),
                                ],
                                default="member",
                                max_length=10,
                                verbose_name="role",
                            ),
                        ),
                        (
                            "label",
                            models.CharField(
                                blank=True,
                                help_text="For your own overview, e.g. a first name. Optional.",
                                max_length=80,
                                verbose_name="note",
                            ),
                        ),
                        (
                            "created",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="created"
                            ),
                        ),
                        ("expires", models.DateTimeField(verbose_name="expires")),
                        (
                            "council",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="invitations",
                                to="councils.council",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "invitation",
                        "verbose_name_plural": "invitations",
                        "db_table": "assessment_invitation",
                        "ordering": ["-created"],
                    },
                ),
                migrations.CreateModel(
                    name="Submission",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                default=councils.models.new_submission_id,
                                editable=False,
                                primary_key=True,
                                serialize=False,
                            ),
                        ),
                        ("submitted_on", models.DateField(verbose_name="submitted on")),
                        (
                            "ruleset",
                            models.CharField(
                                max_length=32, verbose_name="ruleset version"
                            ),
                        ),
                        (
                            "score",
                            models.PositiveSmallIntegerField(verbose_name="score"),
                        ),
                        (
                            "grade",
                            models.CharField(
                                choices=[
                                    ("A", "A"),
                                    ("B", "B"),
                                    ("C", "C"),
                                    ("D", "D"),
                                    ("E", "E"),
                                    ("F", "F"),
                                ],
                                max_length=1,
                                verbose_name="grade",
                            ),
                        ),
                        (
                            "published",
                            models.BooleanField(
                                default=False, editable=False, verbose_name="published"
                            ),
                        ),
                        (
                            "campaign",
                            models.ForeignKey(
                                db_index=False,
                                on_delete=django.db.models.deletion.DB_CASCADE,
                                related_name="submissions",
                                to="councils.campaign",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "submission",
                        "verbose_name_plural": "submissions",
                        "db_table": "assessment_submission",
                    },
                ),
                migrations.CreateModel(
                    name="SubmissionFeature",
                    fields=[
                        (
                            "pk",
                            models.CompositePrimaryKey(
                                "submission_id",
                                "feature_id",
                                blank=True,
                                editable=False,
                                primary_key=True,
                                serialize=False,
                            ),
                        ),
                        (
                            "campaign",
                            models.ForeignKey(
                                db_index=False,
                                on_delete=django.db.models.deletion.DB_CASCADE,
                                to="councils.campaign",
                            ),
                        ),
                        (
                            "feature",
                            models.ForeignKey(
                                db_index=False,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                to="councils.feature",
                            ),
                        ),
                        (
                            "submission",
                            models.ForeignKey(
                                db_index=False,
                                on_delete=django.db.models.deletion.DB_CASCADE,
                                to="councils.submission",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "submission feature",
                        "verbose_name_plural": "submission features",
                        "db_table": "assessment_submissionfeature",
                    },
                ),
                migrations.CreateModel(
                    name="Membership",
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
                        (
                            "role",
                            models.CharField(
                                choices=[
                                    ("admin", "Administrator"),
                                    ("member", "Member"),
                                ],
                                max_length=10,
                                verbose_name="role",
                            ),
                        ),
                        (
                            "joined",
                            models.DateField(auto_now_add=True, verbose_name="joined"),
                        ),
                        (
                            "council",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="memberships",
                                to="councils.council",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="memberships",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "membership",
                        "verbose_name_plural": "memberships",
                        "db_table": "assessment_membership",
                        "ordering": ["council", "user__username"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("council", "user"),
                                name="one_membership_per_council",
                            )
                        ],
                    },
                ),
                migrations.AddIndex(
                    model_name="submission",
                    index=models.Index(
                        fields=["campaign", "published", "submitted_on", "id"],
                        name="campaign_waiting",
                    ),
                ),
                migrations.AddIndex(
                    model_name="submissionfeature",
                    index=models.Index(
                        fields=["campaign"], name="submission_feature_campaign"
                    ),
                ),
            ],
        )
    ]
