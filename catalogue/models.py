"""Which answers of a stored practice came from the catalogue: the products chosen,
the answers their documentation gave, and those the person has since confirmed."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from assessment.models import Assessment


class PracticeSource(models.Model):
    """The catalogue's part in one practice of an assessment. A practice is known by
    its place and its name: if either changes, the record no longer applies."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.DB_CASCADE, related_name="practice_sources"
    )
    index = models.PositiveSmallIntegerField(_("practice number"))
    name = models.CharField(_("practice name"), max_length=200)
    sources = models.JSONField(
        _("answers from the catalogue"),
        help_text=_(
            "The products chosen, the answers their documentation gave (by fact "
            "path) and the paths the person has since confirmed."
        ),
    )

    class Meta:
        verbose_name = _("answers from the catalogue")
        verbose_name_plural = _("answers from the catalogue")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "index"], name="one_source_per_practice"
            )
        ]

    def __str__(self) -> str:
        return f"{self.assessment_id}: {self.name}"
