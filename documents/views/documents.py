"""The report and the letters, downloaded from an assessment."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from assessment import services
from assessment.access import get_assessment_for_session
from assessment.forms import LetterForm
from documents import letter_files
from documents.http import attachment, document_language
from documents.letters import Details, NotApplicable, kinds_for, write_letter
from documents.report import report_html, report_pdf


def report(request, public_id):
    record = get_assessment_for_session(request, public_id)
    services.refresh(record)
    lang = document_language(request, record.country)
    if request.GET.get("format") == "pdf":
        stem = slugify(record.document.get("title", "")) or "assessment"
        return attachment(
            report_pdf(record.document, lang, as_of=record.as_of),
            "application/pdf",
            f"{stem[:60]}-report-{lang}.pdf",
        )
    return HttpResponse(
        report_html(record.document, lang, for_screen=True, as_of=record.as_of)
    )


@never_cache
@sensitive_post_parameters(
    "name", "address", "employee_number", "employer", "employer_address", "to"
)
def letters(request, public_id):
    record = get_assessment_for_session(request, public_id)
    # A letter reads the law as of today: renewed, the stored result does too.
    services.refresh(record)
    assessment = record.get_facts()
    form = LetterForm(
        request.POST or None,
        kinds=kinds_for(assessment.workplace),
        initial={
            "lang": document_language(request, assessment.workplace.country),
            "employer": assessment.employer.name,
        },
    )
    problem = ""
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        details = Details.from_mapping(data)
        try:
            letter = write_letter(
                data["kind"],
                assessment,
                data["lang"],
                details,
                data["tone"],
                as_of=record.as_of,
                sent=data["sent"],
                channel=data["channel"] or "email",
                follows=data["follows"],
                extension=data["extension"],
            )
        except NotApplicable as exc:
            problem = str(exc)
        else:
            chosen = data["file_format"]
            if chosen == "mailto":
                return render(
                    request,
                    "journey/letter_mail.html",
                    {
                        "record": record,
                        "letter": letter,
                        "mailto": letter_files.mailto_url(letter, data["to"]),
                        "text": letter_files.letter_text(letter),
                    },
                )
            filename = f"{letter.kind}-{letter.lang}.{chosen}"
            content = letter_files.RENDERERS[chosen](letter)
            return attachment(content, letter_files.MEDIA_TYPES[chosen], filename)
    return render(
        request,
        "journey/letters.html",
        {"record": record, "form": form, "problem": problem},
    )
