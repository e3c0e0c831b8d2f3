"""Documents: the report, the letters in every format, and following letters through."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from django.db.models.signals import post_delete

        from assessment.models import Assessment
        from documents.report import forget_assessment

        post_delete.connect(
            forget_assessment, sender=Assessment, dispatch_uid="documents.forget"
        )
