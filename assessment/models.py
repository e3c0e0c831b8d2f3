"""Stored assessments: the facts document, its result and the ruleset that made it."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from assessment import facts


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
    pending = models.JSONField(
        _("practice being added"),
        null=True,
        blank=True,
        help_text=_(
            "A practice being added step by step: its answers so far and the steps "
            "done, until its answers are checked and it joins the document."
        ),
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
    def workplace(self) -> dict:
        """The workplace's answers, as the format writes them."""
        return self.document.get("workplace", {})

    @property
    def practices(self) -> list[dict]:
        return self.document.get("practices", [])

    def is_draft(self) -> bool:
        return not self.practices
