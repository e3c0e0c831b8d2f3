"""Import and export of oversight.assessment/1 and oversight.result/1 files."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.text import slugify

from assessment import facts, services
from assessment.access import get_assessment_for_session, remember_new_assessment
from assessment.forms import ImportForm
from oversight.lib import text
from oversight.lib.downloads import as_download
from oversight.lib.limits import rate_limited

# A file with no practice has no result to land on; the page says what to do instead.
NO_PRACTICE = facts.FieldError("practices", "must describe at least one practice")


def _download(document: dict, filename: str) -> JsonResponse:
    """The document as a file, with no character that JSON readers or UTF-8 refuse,
    even in what was stored before text was cleaned at the edge."""
    response = JsonResponse(
        text.clean_data(document),
        json_dumps_params={"indent": 2, "ensure_ascii": False},
    )
    return as_download(response, filename)


def _filename(record, kind: str) -> str:
    stem = slugify(record.document.get("title", "")) or "assessment"
    return f"{stem[:60]}.{kind}.json"


def export_assessment(request, public_id):
    record = get_assessment_for_session(request, public_id)
    return _download(record.document, _filename(record, "assessment"))


def export_result(request, public_id):
    record = get_assessment_for_session(request, public_id)
    services.refresh(record)
    if record.result is None:
        return render(request, "error.html", {"message": "No result yet."}, status=404)
    return _download(record.result, _filename(record, "result"))


@rate_limited("import", limit=30)
def import_file(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    no_practice = False
    if request.method == "POST" and form.is_valid():
        try:
            assessment = facts.load_assessment(form.cleaned_data["file"].read())
        except facts.InvalidAssessment as exc:
            problems = [str(error) for error in exc.errors]
            no_practice = NO_PRACTICE in exc.errors
        else:
            record, token = services.import_assessment(assessment)
            return remember_new_assessment(
                request, record, token, then="assessment:result"
            )
    status = 400 if problems else 200
    return render(
        request,
        "journey/import.html",
        {"form": form, "problems": problems, "no_practice": no_practice},
        status=status,
    )
