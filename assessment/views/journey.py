"""The employee's journey: workplace, practices, result, resume link, delete."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from assessment import facts, labels, products, questionnaire, services
from assessment.access import (
    get_assessment_for_session,
    grant,
    remember_new_assessment,
    revoke,
    take_new_token,
)
from assessment.forms import PracticeForm, WorkplaceForm
from assessment.law import jurisdiction
from assessment.navigation import (
    check_url,
    journey_steps,
    next_to_answer,
    prefers_long_form,
    task_list,
)
from assessment.panels import result_panels
from documents import tasks
from documents.http import document_language
from documents.presentation import ResultReport, change_notice
from oversight.lib.client_address import client_address
from oversight.lib.limits import rate_limited

TOO_MANY = gettext_lazy("An assessment holds at most 50 practices.")


def _resume_url(request) -> str | None:
    """The new assessment's resume link, taken from the browser's state: shown only
    once."""
    token = take_new_token(request)
    return (
        request.build_absolute_uri(reverse("assessment:resume", args=[token]))
        if token
        else None
    )


@rate_limited("create", limit=30)
def start(request):
    form = WorkplaceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record, token = services.start_draft(form.to_document())
        return remember_new_assessment(request, record, token)
    return render(
        request,
        "journey/workplace.html",
        {"form": form, "steps": journey_steps("workplace"), "record": None},
    )


@never_cache  # the page shows the secret resume link
def saved(request, public_id):
    record = get_assessment_for_session(request, public_id)
    resume_url = _resume_url(request)
    return render(
        request,
        "journey/saved.html",
        {
            "record": record,
            "resume_url": resume_url,
            "steps": journey_steps("workplace"),
        },
    )


def resume(request, token):
    record = services.find_by_token(token)
    if record is None:
        raise Http404
    services.mark_used(record)
    services.refresh(record)
    grant(request, record)
    return redirect("assessment:overview", record.public_id)


def workplace(request, public_id):
    record = get_assessment_for_session(request, public_id)
    initial = WorkplaceForm.initial_from(record.document)
    form = WorkplaceForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        before = record.workplace
        services.save_workplace(record, form.to_document())
        messages.success(request, _("The workplace was saved."))
        if record.practices or record.pending:
            for question in questionnaire.newly_asked(before, record.workplace):
                messages.info(request, _newly_asked(question, record.country))
        return redirect("assessment:overview", record.public_id)
    return render(
        request,
        "journey/workplace.html",
        {"form": form, "steps": journey_steps("workplace"), "record": record},
    )


def _newly_asked(question, country: str) -> str:
    """What a changed workplace now asks of each practice, and where to answer it."""
    _number, step, _questions = questionnaire.step_of(question.step)
    return _(
        "The practices are now also asked “%(question)s”. Answer it in each "
        "practice's step “%(step)s”."
    ) % {"question": labels.question(question.path, country), "step": _(step.title)}


def _workplace_answers(document: dict) -> list[tuple[str, str]]:
    """Every question of the workplace page, in its order, with the answer in words
    (the title is the page's heading; the region only where the country has them).
    An answer left open reads as the form shows it: "Not applicable, or I don't know"
    for a region, "I don't know" for a choice, else "Not answered"."""
    answers = []
    country = document.get("workplace", {}).get("country", "")
    for question in questionnaire.WORKPLACE:
        if question.path == "title" or (
            question.path == "workplace.region"
            and not jurisdiction(country).has_regions
        ):
            continue
        value = document
        for key in question.path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if not value:
            left_open = question.blank or (question.choices and questionnaire.DONT_KNOW)
            answer = _(left_open) if left_open else _("Not answered")
        elif question.kind == questionnaire.TEXT:
            answer = value  # as typed: an employer's name is not translated
        else:
            answer = labels.answer(question.path, value, country)
        answers.append((str(labels.question(question.path, country)), answer))
    return answers


def overview(request, public_id):
    record = get_assessment_for_session(request, public_id)
    answers = _workplace_answers(record.document)
    return render(
        request,
        "journey/overview.html",
        {
            "record": record,
            "steps": journey_steps("practices"),
            "workplace_answers": answers,
            "tasks": task_list(record),
            "long_form": prefers_long_form(request),
        },
    )


def practice(request, public_id, index=None):
    """Add a practice (index None) or change one."""
    record = get_assessment_for_session(request, public_id)
    practices = record.practices
    if index is not None and index >= len(practices):
        raise Http404
    if request.method == "GET" and not prefers_long_form(request):
        # In steps, unless the person chose one long page.
        if index is None:
            return redirect(next_to_answer(record))
        return redirect(check_url(record, index))
    # A practice being added that a product's documentation pre-filled (steps.py)
    # is shown here with those answers; saving the page confirms them all.
    sourced = index is None and _prefilled(record)
    if index is not None:
        initial = PracticeForm.initial_from(practices[index])
    elif sourced:
        initial = PracticeForm.initial_from(record.pending["practice"])
    else:
        initial = {}
    form = PracticeForm(
        request.POST or None, initial=initial, workplace=record.workplace
    )
    if request.method == "POST" and form.is_valid():
        try:
            if sourced:
                _add_sourced(record, form.to_practice())
            else:
                services.save_practice(record, index, form.to_practice())
        except services.TooManyPractices:
            messages.error(request, TOO_MANY)
            return render_practice_form(request, record, form, index)
        if index is not None and (source := products.source()):
            source.step_saved(record, index, ALL_PATHS)
        messages.success(request, _("The practice was saved and the result updated."))
        return redirect("assessment:overview", record.public_id)
    return render_practice_form(request, record, form, index)


ALL_PATHS = tuple(
    q.path for _step, questions in questionnaire.steps() for q in questions
)


def _prefilled(record) -> bool:
    return bool((record.pending or {}).get("sources"))


def _add_sourced(record, practice: dict) -> None:
    """The pre-filled practice joins the assessment as the one page gave it, its
    documentation's answers confirmed, and the source told where it now is."""
    if len(record.practices) >= facts.vocabulary.MAX_PRACTICES:
        raise services.TooManyPractices
    pending = products.confirm({**record.pending, "practice": practice}, ALL_PATHS)
    record.pending = pending
    services.finish_pending(record)
    if source := products.source():
        source.practice_added(record, len(record.practices) - 1, pending)


def render_practice_form(request, record, form, index):
    action = (
        reverse("assessment:practice_new", args=[record.public_id])
        if index is None
        else reverse("assessment:practice", args=[record.public_id, index])
    )
    return render(
        request,
        "journey/practice.html",
        {
            "record": record,
            "form": form,
            "index": index,
            "action": action,
            "steps": journey_steps("practices"),
            # What a product's documentation gave and suggests asking (products.py).
            "notes": source.step_notes(record, index, ALL_PATHS)
            if (source := products.source())
            else {},
        },
    )


@require_POST
def duplicate_practice(request, public_id, index):
    record = get_assessment_for_session(request, public_id)
    if index >= len(record.practices):
        raise Http404
    name = _("%(name)s (copy)") % {"name": record.practices[index]["name"]}
    try:
        services.duplicate_practice(record, index, name)
    except services.TooManyPractices:
        messages.error(request, TOO_MANY)
    else:
        messages.success(request, _("The practice was duplicated."))
    return redirect("assessment:overview", record.public_id)


def remove_practice(request, public_id, index):
    record = get_assessment_for_session(request, public_id)
    if index >= len(record.practices):
        raise Http404
    if request.method == "POST":
        services.remove_practice(record, index)
        messages.success(request, _("The practice was removed."))
        return redirect("assessment:overview", record.public_id)
    return render(
        request,
        "journey/remove_practice.html",
        {"record": record, "index": index, "practice": record.practices[index]},
    )


@never_cache  # it may show the secret resume link of an imported assessment
def result(request, public_id):
    record = get_assessment_for_session(request, public_id)
    if record.is_draft():
        messages.info(request, _("Add at least one practice to see a result."))
        return redirect("assessment:overview", record.public_id)
    services.refresh(record)
    # The report is made in the background while the person reads: ready when asked.
    lang = document_language(request, record.country)
    client = client_address(request)
    tasks.report_ahead(record, lang, client)
    changes = services.take_changes(record)
    # Answers that came from a product's documentation (assessment/products.py).
    source = products.source()
    answer_sources = source.answer_sources(record) if source else {}
    return render(
        request,
        "journey/result.html",
        {
            "answer_sources": answer_sources,
            "sources_key": services.digest_of(answer_sources),
            "record": record,
            "report": ResultReport(record.document, record.public_id, record.as_of),
            "changes": changes and change_notice(changes, record.practices),
            "steps": journey_steps("result"),
            # What other apps add (assessment/panels.py): a campaign's "Send".
            "panels": result_panels(request, record),
            "resume_url": _resume_url(request),
        },
    )


def delete(request, public_id):
    record = get_assessment_for_session(request, public_id)
    if request.method == "POST":
        revoke(request, record)
        record.delete()  # and its stored reports (documents.report)
        messages.success(request, _("The assessment and its result were deleted."))
        return redirect("assessment:landing")
    return render(request, "journey/delete.html", {"record": record})
