"""Letters sent to the employer and the employer's replies: what following a letter
through keeps (documents/followup.py), for every owner of letters.

SentLetter moved here from the assessment app (issue 26) with its table's name
(db_table): only Django's record of the model moved (migrations/0001_initial.py). A
council's letters are held by a campaign, named by a string ("councils.Campaign"),
not an import: the documents app knows no councils, while the table keeps its column.
"""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from assessment.models import Assessment


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    POST = "post", _("Post")
    HAND = "hand", _("Handed over")


class Mark(models.TextChoices):
    ANSWERED = "answered", _("Answered")
    PARTLY = "partly", _("Partly answered")
    NOT_ANSWERED = "not_answered", _("Not answered")
    REFUSED = "refused", _("Refused")


class LetterState(models.TextChoices):
    """Where a letter stands: before a reply, by its deadline; after one, by the
    marks the person confirmed, never by the mere fact that a reply came."""

    WAITING = "waiting", _("Waiting")
    OVERDUE = "overdue", _("Overdue")
    REPLIED = "replied", _("Reply to check")
    ANSWERED = "answered", _("Answered")
    PARTLY = "partly", _("Partly answered")
    NOT_ANSWERED = "not_answered", _("Not answered")
    REFUSED = "refused", _("Refused")


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
        "councils.Campaign",
        on_delete=models.DB_CASCADE,
        related_name="sent_letters",
        null=True,
        blank=True,
    )
    kind = models.CharField(_("letter"), max_length=40)
    reference = models.CharField(
        _("reference"),
        max_length=40,
        help_text=_(
            "As printed on the letter: the day sent, the country and a random code "
            "(OV-20261116-DE-7Q3K); it names nothing."
        ),
    )
    lang = models.CharField(_("language"), max_length=2)
    sent_on = models.DateField(_("sent on"))
    channel = models.CharField(_("sent by"), max_length=5, choices=Channel.choices)
    deadline = models.DateField(_("answer due by"))
    extended_to = models.DateField(
        _("extended to"),
        null=True,
        blank=True,
        help_text=_("The later date the employer gave notice of, if it did."),
    )
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
        db_table = "assessment_sentletter"  # its name from before the move
        ordering = ["sent_on", "pk"]
        constraints = [
            models.CheckConstraint(
                name="sent_letter_has_one_owner",
                condition=(
                    models.Q(assessment__isnull=False, campaign__isnull=True)
                    | models.Q(assessment__isnull=True, campaign__isnull=False)
                ),
            ),
            # One record per letter: a second click on "Record as sent" finds it.
            models.UniqueConstraint(
                fields=["assessment", "reference"], name="sent_letter_reference"
            ),
            models.UniqueConstraint(
                fields=["campaign", "reference"],
                name="campaign_sent_letter_reference",
            ),
        ]
        verbose_name = _("letter sent")
        verbose_name_plural = _("letters sent")

    def __str__(self) -> str:
        return f"{self.kind} ({self.sent_on:%Y-%m-%d})"

    @property
    def owner(self) -> models.Model:
        """Whom the letter is kept with (the constraint above allows exactly one)."""
        return self.campaign or self.assessment

    @property
    def due(self) -> datetime.date:
        """The day the answer is due: the extended one, if the employer notified one."""
        return self.extended_to or self.deadline

    def get_state(self, today: datetime.date) -> str:
        """Answered only when every question is marked answered; a reply whose marks
        are not confirmed yet is still to check."""
        if self.replied_on is None:
            return LetterState.OVERDUE if today > self.due else LetterState.WAITING
        if not self.marks_confirmed():
            return LetterState.REPLIED
        marks = set(self.marks)
        if marks == {Mark.ANSWERED}:
            return LetterState.ANSWERED
        if marks & {Mark.ANSWERED, Mark.PARTLY}:
            return LetterState.PARTLY
        if marks == {Mark.REFUSED}:
            return LetterState.REFUSED
        return LetterState.NOT_ANSWERED

    def marks_confirmed(self) -> bool:
        return len(self.marks) == len(self.questions) > 0

    def missing(self) -> list[tuple[str, str]]:
        """The questions the confirmed marks say the reply leaves open, with the mark."""
        return [
            (question, mark)
            for question, mark in zip(self.questions, self.marks, strict=False)
            if mark != Mark.ANSWERED
        ]
