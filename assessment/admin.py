"""The Django admin for stored assessments; results come from the rules, read-only."""

from django.contrib import admin

from assessment.models import Assessment
from documents.report import delete_assessment


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

    def delete_model(self, request, obj):
        delete_assessment(obj)  # and its stored reports, as on every other path

    def delete_queryset(self, request, queryset):
        for record in queryset:
            delete_assessment(record)
