"""The questionnaire's and the employee's journey's URLs (namespace "assessment")."""

from django.urls import path

from assessment.views import examples, journey, pages, policy, steps, transfer

app_name = "assessment"

urlpatterns = [
    path("", pages.landing, name="landing"),
    path("assess/", journey.start, name="start"),
    path("import/", transfer.import_file, name="import"),
    path("examples/", examples.examples, name="examples"),
    path("rules/", pages.rules_catalogue, name="rules"),
    path("examples/<slug:name>/", examples.open_example, name="open_example"),
    path("resume/<str:token>/", journey.resume, name="resume"),
    path("assess/<uuid:public_id>/", journey.overview, name="overview"),
    path("assess/<uuid:public_id>/saved/", journey.saved, name="saved"),
    path("assess/<uuid:public_id>/workplace/", journey.workplace, name="workplace"),
    path(
        "assess/<uuid:public_id>/practices/new/", journey.practice, name="practice_new"
    ),
    path(
        "assess/<uuid:public_id>/practices/<int:index>/",
        journey.practice,
        name="practice",
    ),
    path(
        "assess/<uuid:public_id>/practices/new/step/<slug:slug>/",
        steps.step,
        name="step_new",
    ),
    path(
        "assess/<uuid:public_id>/practices/<int:index>/step/<slug:slug>/",
        steps.step,
        name="step",
    ),
    path("assess/<uuid:public_id>/practices/new/check/", steps.check, name="check_new"),
    path(
        "assess/<uuid:public_id>/practices/<int:index>/check/",
        steps.check,
        name="check",
    ),
    path(
        "assess/<uuid:public_id>/practices/new/discard/",
        steps.discard_pending,
        name="discard_pending",
    ),
    path("layout/", steps.choose_layout, name="choose_layout"),
    path(
        "assess/<uuid:public_id>/practices/<int:index>/duplicate/",
        journey.duplicate_practice,
        name="practice_duplicate",
    ),
    path(
        "assess/<uuid:public_id>/practices/<int:index>/remove/",
        journey.remove_practice,
        name="practice_remove",
    ),
    path("assess/<uuid:public_id>/result/", journey.result, name="result"),
    path("assess/<uuid:public_id>/delete/", journey.delete, name="delete"),
    path("assess/<uuid:public_id>/policy/", policy.check, name="policy"),
    path(
        "assess/<uuid:public_id>/assessment.json",
        transfer.export_assessment,
        name="export_assessment",
    ),
    path(
        "assess/<uuid:public_id>/result.json",
        transfer.export_result,
        name="export_result",
    ),
]
