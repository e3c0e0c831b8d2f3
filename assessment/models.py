"""Stored assessments: the facts document, its result and the ruleset that made it."""

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
    """One assessment of an employer's monitoring. Holds no data about its author."""

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
        _("result"), help_text=_("The result, in oversight.result/1.")
    )
    ruleset = models.CharField(_("ruleset version"), max_length=32)
    country = models.CharField(_("country"), max_length=2, db_index=True)
    score = models.PositiveSmallIntegerField(_("score"))
    grade = models.CharField(_("grade"), max_length=1, choices=Grade.choices)
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
