"""Stored assessments: the facts document, its result and the ruleset that made it."""

import datetime
import secrets
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from assessment import facts
from assessment.choices import WORKER_REPRESENTATION

MIN_THRESHOLD = 3


class Grade(models.TextChoices):
    A = "A", "A"
    B = "B", "B"
    C = "C", "C"
    D = "D", "D"
    E = "E", "E"
    F = "F", "F"


class Assessment(models.Model):
    """One assessment of an employer's monitoring. Holds no data about its author.

    It is a draft while it has no practice yet: then it has no result.
    """

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True)
    token_hash = models.CharField(
        _("resume token hash"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        help_text=_(
            "SHA-256 of the secret resume token; the token itself is not kept."
        ),
    )
    document = models.JSONField(
        _("assessment"), help_text=_("The facts, in oversight.assessment/1.")
    )
    digest = models.CharField(
        _("content digest"),
        max_length=64,
        db_index=True,
        help_text=_("SHA-256 of the canonical facts document."),
    )
    result = models.JSONField(
        _("result"), null=True, blank=True, help_text=_("In oversight.result/1.")
    )
    ruleset = models.CharField(_("ruleset version"), max_length=32, blank=True)
    as_of = models.DateField(
        _("law as of"),
        null=True,
        blank=True,
        help_text=_("The day the result reads the law as of; empty for a draft."),
    )
    changes = models.JSONField(
        _("changes not yet shown"),
        null=True,
        blank=True,
        help_text=_(
            "What the last re-assessment under newer rules changed, until the "
            "result page has shown it."
        ),
    )
    country = models.CharField(_("country"), max_length=2, db_index=True)
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    grade = models.CharField(
        _("grade"), max_length=1, choices=Grade.choices, blank=True
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")

    def __str__(self) -> str:
        return self.document.get("title") or _("Assessment %(id)s") % {"id": self.pk}

    def get_facts(self) -> facts.Assessment:
        return facts.parse_assessment(self.document)

    @property
    def practices(self) -> list[dict]:
        return self.document.get("practices", [])

    def is_draft(self) -> bool:
        return not self.practices


class Council(models.Model):
    """A works council or union branch: its members see its campaigns' aggregates."""

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True)
    name = models.CharField(_("name"), max_length=120)
    created = models.DateField(_("created"), auto_now_add=True)

    class Meta:
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
        ordering = ["-created"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.council}: {self.get_role_display()}"


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
        choices=WORKER_REPRESENTATION,
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
        ordering = ["-created", "title"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self) -> str:
        return self.title


def new_submission_id() -> int:
    """A random positive 63-bit id: it says nothing of when the submission came."""
    return secrets.randbelow(2**63 - 1) + 1


class Submission(models.Model):
    """One employee's anonymous contribution: derived figures only, never the answers.

    No address, no browser, no time finer than the day; nothing links it to the
    employee's own saved assessment.
    """

    # Random, not a sequence: ids in arrival order would line submissions up with
    # whoever was seen sending at the time.
    id = models.BigIntegerField(
        primary_key=True, default=new_submission_id, editable=False
    )
    # Indexed by campaign_waiting, which starts with the campaign.
    campaign = models.ForeignKey(
        Campaign,
        on_delete=models.DB_CASCADE,
        related_name="submissions",
        db_index=False,
    )
    submitted_on = models.DateField(_("submitted on"))
    ruleset = models.CharField(_("ruleset version"), max_length=32)
    score = models.PositiveSmallIntegerField(_("score"))
    grade = models.CharField(_("grade"), max_length=1, choices=Grade.choices)
    # Counted in the published figures. A flag, not an id watermark: on PostgreSQL
    # ids are taken in one order and committed in another.
    published = models.BooleanField(_("published"), default=False, editable=False)

    class Meta:
        indexes = [
            # Serves publication (the waiting ones, oldest day first) and counting
            # a campaign's submissions.
            models.Index(
                fields=["campaign", "published", "submitted_on", "id"],
                name="campaign_waiting",
            ),
        ]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")

    def __str__(self) -> str:
        return f"{self.campaign}: {self.grade}"


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
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="one_feature_per_key")
        ]
        verbose_name = _("feature")
        verbose_name_plural = _("features")

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}"


class SubmissionFeature(models.Model):
    """Submission S reports or triggers feature F; counted in batches by publication."""

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
        verbose_name = _("campaign count")
        verbose_name_plural = _("campaign counts")

    def __str__(self) -> str:
        return f"{self.campaign_id}:{self.feature_id}={self.count}"


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    POST = "post", _("Post")
    HAND = "hand", _("Handed over")


class Mark(models.TextChoices):
    ANSWERED = "answered", _("Answered")
    PARTLY = "partly", _("Partly answered")
    NOT_ANSWERED = "not_answered", _("Not answered")


class LetterState(models.TextChoices):
    WAITING = "waiting", _("Waiting")
    ANSWERED = "answered", _("Answered")
    OVERDUE = "overdue", _("Overdue")


class SentLetter(models.Model):
    """A letter sent to the employer, and the employer's reply: an employee's, kept
    with their assessment, or a council's, kept with its campaign.

    Holds what following it up needs and nothing about the sender: no name, no
    address. The reply's text lives only here and goes when its owner goes.
    """

    assessment = models.ForeignKey(
        Assessment,
        on_delete=models.DB_CASCADE,
        related_name="sent_letters",
        null=True,
        blank=True,
    )
    campaign = models.ForeignKey(
        Campaign,
        on_delete=models.DB_CASCADE,
        related_name="sent_letters",
        null=True,
        blank=True,
    )
    kind = models.CharField(_("letter"), max_length=40)
    lang = models.CharField(_("language"), max_length=2)
    sent_on = models.DateField(_("sent on"))
    channel = models.CharField(_("sent by"), max_length=5, choices=Channel.choices)
    deadline = models.DateField(_("answer due by"))
    questions = models.JSONField(
        _("questions asked"),
        default=list,
        help_text=_("The questions as the letter asked them, in its language."),
    )
    reply = models.TextField(_("reply"), blank=True)
    replied_on = models.DateField(_("replied on"), null=True, blank=True)
    marks = models.JSONField(
        _("answered or not"),
        default=list,
        blank=True,
        help_text=_(
            "For each question, whether the reply answers it, as the person "
            "confirmed; empty until then."
        ),
    )

    class Meta:
        ordering = ["sent_on", "pk"]
        constraints = [
            models.CheckConstraint(
                name="sent_letter_has_one_owner",
                condition=(
                    models.Q(assessment__isnull=False, campaign__isnull=True)
                    | models.Q(assessment__isnull=True, campaign__isnull=False)
                ),
            )
        ]
        verbose_name = _("letter sent")
        verbose_name_plural = _("letters sent")

    def __str__(self) -> str:
        return f"{self.kind} ({self.sent_on:%Y-%m-%d})"

    def get_state(self, today: datetime.date) -> str:
        if self.replied_on is not None:
            return LetterState.ANSWERED
        return LetterState.OVERDUE if today > self.deadline else LetterState.WAITING

    def marks_confirmed(self) -> bool:
        return len(self.marks) == len(self.questions) > 0

    def missing(self) -> list[tuple[str, str]]:
        """The questions the confirmed marks say the reply leaves open, with the mark."""
        return [
            (question, mark)
            for question, mark in zip(self.questions, self.marks, strict=False)
            if mark != Mark.ANSWERED
        ]


class SendReceipt(models.Model):
    """A sending form's one-time token, once used: a retry after a lost response
    counts once. It names neither the submission nor the assessment, and holds no
    time."""

    key = models.CharField(_("token hash"), max_length=64, primary_key=True)

    class Meta:
        verbose_name = _("send receipt")
        verbose_name_plural = _("send receipts")

    def __str__(self) -> str:
        return self.key[:8]


class AttemptCounter(models.Model):
    """How often one client (or one user name) tried something in a window: the rate
    limits' and login throttling's counts, shared by every process.

    The key is a keyed hash (services.private_cache_key), never an address or a name;
    services.count_attempt counts with one UPDATE, so that writers in other processes
    wait for each other and no attempt goes uncounted.
    """

    key = models.CharField(_("key"), max_length=72, primary_key=True)
    count = models.PositiveIntegerField(_("attempts"), default=0)
    expires = models.DateTimeField(_("window ends"), db_index=True)

    class Meta:
        verbose_name = _("attempt counter")
        verbose_name_plural = _("attempt counters")

    def __str__(self) -> str:
        return self.key[:16]
