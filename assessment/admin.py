"""The Django admin for stored assessments; results come from the rules, read-only."""

from django.contrib import admin

from assessment.models import Assessment


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ("__str__", "country", "grade", "score", "ruleset", "updated")
    list_filter = ("grade", "country", "ruleset")
    readonly_fields = (
        "digest",
        "result",
        "ruleset",
        "country",
        "score",
        "grade",
        "created",
        "updated",
    )
    date_hierarchy = "created"
    # Deleting one here takes its stored reports and queued tasks along: the
    # documents app listens for every deleted assessment (DocumentsConfig.ready).
