"""The report and the letters, downloaded from an assessment."""

import functools

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from assessment import services
from assessment.access import get_assessment_for_session
from documents import letter_files, references
from documents.followup_letters import kind_label
from documents.forms import LetterForm
from documents.http import attachment, document_language
from documents.letters import Details, NotApplicable, kinds_for, write_letter
from documents.letters.employee import is_us
from documents.models import LetterState
from documents.report import report_html, report_pdf
from documents.sending import FutureSend, write_and_record


def _no_result_yet(request, record):
    """An assessment with no practice has no result to report or write from: back
    to its overview, saying why (as the result page does)."""
    messages.info(request, _("Add at least one practice to see a result."))
    return redirect("assessment:overview", record.public_id)


def report(request, public_id):
    record = get_assessment_for_session(request, public_id)
    if record.is_draft():
        return _no_result_yet(request, record)
    services.refresh(record)
    lang = document_language(request, record.country)
    if request.GET.get("format") == "pdf":
        stem = slugify(record.document.get("title", "")) or "assessment"
        return attachment(
            report_pdf(record.document, lang, as_of=record.as_of),
            "application/pdf",
            f"{stem[:60]}-report-{lang}.pdf",
        )
    back = reverse("assessment:result", args=[record.public_id])
    return HttpResponse(
        report_html(
            record.document, lang, for_screen=True, as_of=record.as_of, back=back
        )
    )


@never_cache
@sensitive_post_parameters(
    "name", "address", "employee_number", "employer", "employer_address", "to"
)
def letters(request, public_id):
    """Write a letter; with "Record as sent", also note it in the tracker with its
    reference, day and channel, and download it as recorded. A download alone
    records nothing: a person may download a draft to read it first."""
    record = get_assessment_for_session(request, public_id)
    if record.is_draft():
        return _no_result_yet(request, record)
    # A letter reads the law as of today: renewed, the stored result does too.
    services.refresh(record)
    assessment = record.get_facts()
    recorded = {sent.pk: sent for sent in record.sent_letters.all()}
    form = LetterForm(
        request.POST or None,
        kinds=kinds_for(assessment.workplace, assessment=assessment),
        recorded=_followed(recorded.values()),
        us=is_us(assessment.workplace),
        initial={
            "lang": document_language(request, assessment.workplace.country),
            "employer": assessment.employer.name,
            "code": references.new_code(),
            **_chosen(request.GET, recorded),
        },
    )
    problem = ""
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        write = functools.partial(
            write_letter,
            data["kind"],
            assessment,
            data["lang"],
            Details.from_mapping(data),
            data["tone"],
            as_of=record.as_of,
            follows=recorded.get(int(data["follows"] or 0)),
        )
        try:
            letter = write_and_record(request, record, data, write)
        except NotApplicable as exc:
            problem = str(exc)
        except FutureSend as exc:
            form.add_error("sent", str(exc))
        else:
            return _letter_response(request, record, letter, data)
    return render(
        request,
        "journey/letters.html",
        {
            "record": record,
            "form": form,
            "problem": problem,
            "sent_url": reverse("documents:sent_letters", args=[record.public_id]),
        },
    )


def _followed(letters) -> list[tuple[int, str]]:
    """The recorded letters a reminder may follow: not a reminder, not answered."""
    return [
        (sent.pk, f"{kind_label(sent.kind)} ({sent.reference})")
        for sent in letters
        if sent.kind != "reminder"
        and sent.get_state(timezone.localdate()) != LetterState.ANSWERED
    ]


def _chosen(query, recorded: dict) -> dict:
    """A reminder asked for from the tracker: ?follows=<letter id>."""
    follows = query.get("follows", "")
    if follows.isdigit() and int(follows) in recorded:
        return {"kind": "reminder", "follows": follows}
    return {}


def _letter_response(request, record, letter, data):
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
