"""Councils, their members and invitations, campaigns and their anonymous
submissions, and the counts publication keeps.

The tables keep the names they had in the assessment app (`db_table`), so moving the
models here moved no data.
"""

import secrets
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from assessment import labels
from assessment.models import Assessment, Grade

MIN_THRESHOLD = 3


class Council(models.Model):
    """A works council or union branch: its members see its campaigns' aggregates."""

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True)
    name = models.CharField(_("name"), max_length=120)
    created = models.DateField(_("created"), auto_now_add=True)

    class Meta:
        db_table = "assessment_council"  # kept from before the app split
        ordering = ["name"]
        verbose_name = _("council")
        verbose_name_plural = _("councils")

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    MEMBER = "member", _("Member")


class Membership(models.Model):
    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    joined = models.DateField(_("joined"), auto_now_add=True)

    class Meta:
        db_table = "assessment_membership"  # kept from before the app split
        ordering = ["council", "user__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["council", "user"], name="one_membership_per_council"
            )
        ]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user} in {self.council} ({self.role})"

    def is_admin(self) -> bool:
        return self.role == Role.ADMIN


class Invitation(models.Model):
    """A single-use link an admin hands to a colleague; only its hash is kept."""

    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, related_name="invitations"
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    role = models.CharField(
        _("role"), max_length=10, choices=Role.choices, default=Role.MEMBER
    )
    label = models.CharField(
        _("note"),
        max_length=80,
        blank=True,
        help_text=_("For your own overview, e.g. a first name. Optional."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    expires = models.DateTimeField(_("expires"))

    class Meta:
        db_table = "assessment_invitation"  # kept from before the app split
        ordering = ["-created"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.council}: {self.get_role_display()}"


class SpentInvitation(models.Model):
    """The hash of an invitation that was accepted, so that its link, opened again,
    can say it was used instead of that it is unknown. Nothing about who used it."""

    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, related_name="spent_invitations"
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("used invitation")
        verbose_name_plural = _("used invitations")

    def __str__(self) -> str:
        return str(self.council)


class Campaign(models.Model):
    """A council collects employees' anonymous assessments of one workplace."""

    # Database-level deletes: a campaign's 100,000 submissions go in one statement.
    council = models.ForeignKey(
        Council, on_delete=models.DB_CASCADE, related_name="campaigns"
    )
    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True)
    share_code = models.CharField(
        _("share code"),
        max_length=32,
        unique=True,
        help_text=_("The random part of the link employees open to take part."),
    )
    title = models.CharField(_("title"), max_length=120)
    employer = models.CharField(_("employer"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=2)
    region = models.CharField(_("state or region"), max_length=5, blank=True)
    worker_representation = models.CharField(
        _("worker representation"),
        max_length=13,
        choices=labels.answers("workplace.worker_representation"),
        default="works_council",
    )
    threshold = models.PositiveSmallIntegerField(
        _("anonymity threshold"),
        default=5,
        validators=[MinValueValidator(MIN_THRESHOLD), MaxValueValidator(1000)],
        help_text=_(
            "No figure resting on fewer submissions than this is shown (at least 3)."
        ),
    )
    is_open = models.BooleanField(_("open for submissions"), default=True)
    sends_per_hour = models.PositiveIntegerField(
        _("submissions per hour"),
        default=200,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
        help_text=_(
            "At most this many employees can send in one clock hour; more are asked "
            "to try again later. It slows down anyone flooding the campaign with "
            "made-up submissions."
        ),
    )
    reference = models.OneToOneField(
        Assessment,
        on_delete=models.DB_SET_NULL,
        null=True,
        blank=True,
        related_name="campaign",
        verbose_name=_("the council's assessment of the official policy"),
    )
    created = models.DateField(_("created"), auto_now_add=True)
    # The figures cover `published` submissions; they move on only in whole batches
    # of `threshold` (see councils.publication).
    published = models.PositiveIntegerField(_("published submissions"), default=0)
    # The ruleset versions of those submissions, oldest first: kept with each batch,
    # so that no page view reads the submissions themselves.
    published_rulesets = models.JSONField(default=list, editable=False)

    class Meta:
        db_table = "assessment_campaign"  # kept from before the app split
        ordering = ["-created", "title"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self) -> str:
        return self.title


def new_submission_id() -> int:
    """A random positive 63-bit id: it says nothing of when the submission came."""
    return secrets.randbelow(2**63 - 1) + 1


class SubmissionFigures(models.Model):
    """What the figures need of one employee's submission: never the answers."""

    # Random, not a sequence: ids in arrival order would line submissions up with
    # whoever was seen sending at the time.
    id = models.BigIntegerField(
        primary_key=True, default=new_submission_id, editable=False
    )
    ruleset = models.CharField(_("ruleset version"), max_length=32)
    score = models.PositiveSmallIntegerField(_("score"))
    grade = models.CharField(_("grade"), max_length=1, choices=Grade.choices)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.campaign}: {self.grade}"


class Submission(SubmissionFigures):
    """One employee's anonymous contribution, published with its batch.

    No address, no browser, no time; it is written with the rest of its batch, in
    random order and in one transaction (councils.publication), so nothing in the
    database tells who in the batch sent it or when.
    """

    campaign = models.ForeignKey(
        Campaign, on_delete=models.DB_CASCADE, related_name="submissions"
    )

    class Meta:
        db_table = "assessment_submission"  # kept from before the app split
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")


class WaitingSubmission(SubmissionFigures):
    """A submission that waits for its batch to complete: no time, no address.
    Publication moves whole batches to Submission and deletes these rows, so the
    send's own row does not outlive its batch (docs/anonymity.md)."""

    campaign = models.ForeignKey(
        Campaign, on_delete=models.DB_CASCADE, related_name="waiting"
    )
    # [kind, key] pairs: the features' rows are made, where new, with the batch.
    features = models.JSONField(_("features"), default=list)
    # The send's receipt (councils.services.receipt_of), moved to SendReceipt with
    # the batch, so that no receipt row is written at the time of its send.
    receipt = models.CharField(
        _("receipt"), max_length=64, unique=True, null=True, blank=True
    )

    class Meta:
        verbose_name = _("waiting submission")
        verbose_name_plural = _("waiting submissions")


class FeatureKind(models.TextChoices):
    GRADE = "grade", _("Grade")
    DATA = "data", _("Kind of data")
    PURPOSE = "purpose", _("Purpose")
    CONCERN = "concern", _("Concern")
    RULE = "rule", _("Rule")


class Feature(models.Model):
    """Something a submission can report or trigger: a kind of data, a purpose, a
    concern or a rule. A small table so each submission's rows stay narrow."""

    id = models.SmallAutoField(primary_key=True)
    kind = models.CharField(_("kind"), max_length=10, choices=FeatureKind.choices)
    key = models.CharField(_("key"), max_length=80)

    class Meta:
        db_table = "assessment_feature"  # kept from before the app split
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="one_feature_per_key")
        ]
        verbose_name = _("feature")
        verbose_name_plural = _("features")

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}"


class SubmissionFeature(models.Model):
    """Submission S reports or triggers feature F; written with its batch."""

    pk = models.CompositePrimaryKey("submission_id", "feature_id")
    # The primary key, which starts with it, indexes it.
    submission = models.ForeignKey(
        Submission, on_delete=models.DB_CASCADE, db_index=False
    )
    # Features are never deleted; the foreign key still refuses it. No index.
    feature = models.ForeignKey(Feature, on_delete=models.DO_NOTHING, db_index=False)
    # Repeated from the submission: a batch is counted without a join. Indexed by
    # submission_feature_campaign, or deleting a campaign reads the whole table.
    campaign = models.ForeignKey(Campaign, on_delete=models.DB_CASCADE, db_index=False)

    class Meta:
        db_table = "assessment_submissionfeature"  # kept from before the app split
        indexes = [
            models.Index(fields=["campaign"], name="submission_feature_campaign")
        ]
        verbose_name = _("submission feature")
        verbose_name_plural = _("submission features")

    def __str__(self) -> str:
        return f"{self.submission_id}:{self.feature_id}"


class CampaignCount(models.Model):
    """How many of a campaign's published submissions report or trigger a feature."""

    pk = models.CompositePrimaryKey("campaign_id", "feature_id")
    campaign = models.ForeignKey(
        Campaign, on_delete=models.DB_CASCADE, related_name="counts"
    )
    feature = models.ForeignKey(Feature, on_delete=models.DO_NOTHING, db_index=False)
    count = models.PositiveIntegerField(_("count"))

    class Meta:
        db_table = "assessment_campaigncount"  # kept from before the app split
        verbose_name = _("campaign count")
        verbose_name_plural = _("campaign counts")

    def __str__(self) -> str:
        return f"{self.campaign_id}:{self.feature_id}={self.count}"


class SendReceipt(models.Model):
    """A send that was counted, by the keyed hash of its send token: a retry, a
    made-up token or a second browser counts once. Written with the send's batch; it
    names neither the submission nor the assessment, and holds no time."""

    key = models.CharField(_("token hash"), max_length=64, primary_key=True)

    class Meta:
        db_table = "assessment_sendreceipt"  # kept from before the app split
        verbose_name = _("send receipt")
        verbose_name_plural = _("send receipts")

    def __str__(self) -> str:
        return self.key[:8]
