"""A practice asked in short steps by topic, each saved as it is completed, then
"Check your answers" before it joins the assessment. The long form stays for those
who prefer one page; the choice is remembered in a cookie."""

import copy

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessment import facts, labels, products, questionnaire, services
from assessment.access import get_assessment_for_session
from assessment.facts import vocabulary
from assessment.forms import STEP_FORMS
from assessment.navigation import (
    LAYOUT_COOKIE,
    LONG,
    STEPS,
    check_url,
    journey_steps,
    next_to_answer,
    step_url,
    steps_done,
)

ONE_YEAR = 365 * 24 * 3600


def _practice(record, index: int | None) -> dict:
    """The answers so far of a practice of the document, or of the one being added."""
    if index is None:
        return copy.deepcopy((record.pending or {}).get("practice", {}))
    if index >= len(record.practices):
        raise Http404
    return copy.deepcopy(record.practices[index])


def step(request, public_id, slug, index=None):
    record = get_assessment_for_session(request, public_id)
    try:
        number, current, questions = questionnaire.step_of(slug, record.workplace)
    except KeyError:
        raise Http404 from None
    if index is None and len(record.practices) >= vocabulary.MAX_PRACTICES:
        messages.error(request, _("An assessment holds at most 50 practices."))
        return redirect("assessment:overview", record.public_id)
    practice = _practice(record, index)
    form_class = STEP_FORMS[slug]
    form = form_class(
        request.POST or None,
        initial=form_class.initial_from(practice),
        workplace=record.workplace,
    )
    # A step opened from the check page, or from an answer on the result, goes back
    # there once saved; otherwise on to the next step.
    returning = request.GET.get("next")
    back_to = {"check": check_url(record, index)}
    if index is not None:
        back_to["result"] = reverse("assessment:result", args=[record.public_id])
    source = products.source()
    paths = tuple(question.path for question in questions)
    if request.method == "POST" and form.is_valid():
        services.save_step(record, index, slug, form.answers())
        if source:
            source.step_saved(record, index, paths)
        if returning in back_to:
            return redirect(back_to[returning])
        if number == len(questionnaire.STEPS):
            return redirect(check_url(record, index))
        return redirect(step_url(record, index, questionnaire.STEPS[number].slug))
    if returning in back_to:
        back = back_to[returning]
    elif number > 1:
        back = step_url(record, index, questionnaire.STEPS[number - 2].slug)
    else:
        back = reverse("assessment:overview", args=[record.public_id])
    return render(
        request,
        "journey/step.html",
        {
            "record": record,
            "form": form,
            "index": index,
            "step": current,
            "number": number,
            "total": len(questionnaire.STEPS),
            "back": back,
            "returning": returning if returning in back_to else "",
            "name": practice.get("name", ""),
            "steps": journey_steps("practices"),
            # A catalogue of products (assessment/products.py), if one is installed:
            # where to choose a product, and what this step owes to it.
            "offer": source.offer(record)
            if source and index is None and number == 1 and not _prefilled(record)
            else "",
            "notes": source.step_notes(record, index, paths) if source else {},
        },
    )


def _prefilled(record) -> bool:
    return bool((record.pending or {}).get("sources"))


def _summary(record, index: int | None, practice: dict) -> list[dict]:
    """Each step with its questions and answers in words, and where to change them."""
    done = steps_done(record, index)
    sections = []
    for step_, questions in questionnaire.steps(record.workplace):
        change = step_url(record, index, step_.slug) + "?next=check"
        rows = []
        for question in questions:
            value = questionnaire.get(practice, question.path)
            if question.path == "policy_excerpt":
                words = value or _("Not given")
            elif step_.slug not in done:
                words = _("Not yet asked")
            elif value == [] or (value is None and question.kind == questionnaire.MANY):
                # Ticking none of a list that allows "I don't know" means just that.
                words = (
                    str(labels.answer(question.path, facts.UNKNOWN, record.country))
                    if facts.UNKNOWN in question.codes
                    else _("None ticked")
                )
            elif value is None:
                words = _("Not answered")
            else:
                words = labels.describe(question.path, value, record.country)[1]
            rows.append(
                {
                    "question": str(labels.question(question.path, record.country)),
                    "answer": words,
                    "change": f"{change}#div_id_{question.field}",
                }
            )
        sections.append(
            {"step": step_, "rows": rows, "done": step_.slug in done, "url": change}
        )
    return sections


def check(request, public_id, index=None):
    """Check your answers: every answer of a practice, each a click from its step."""
    record = get_assessment_for_session(request, public_id)
    practice = _practice(record, index)
    if index is None and not record.pending:
        return redirect(next_to_answer(record))
    if request.method == "POST" and index is None:
        pending = record.pending
        try:
            services.finish_pending(record)
        except facts.InvalidAssessment as invalid:
            missing = {error.path.rsplit(".", 1)[-1] for error in invalid.errors}
            messages.error(
                request,
                _("Some answers are still needed: %(questions)s.")
                % {
                    "questions": ", ".join(
                        str(labels.question(path, record.country))
                        for path in ("name", "data", "purposes")
                        if path in missing
                    )
                    or _("see below")
                },
            )
        else:
            if source := products.source():
                source.practice_added(record, len(record.practices) - 1, pending)
            messages.success(
                request, _("The practice was saved and the result updated.")
            )
            return redirect("assessment:overview", record.public_id)
    return render(
        request,
        "journey/check.html",
        {
            "record": record,
            "index": index,
            "name": practice.get("name", ""),
            "sections": _summary(record, index, practice),
            "complete": index is not None
            or len(steps_done(record, None)) == len(questionnaire.STEPS),
            "continue_url": next_to_answer(record),
            "steps": journey_steps("practices"),
        },
    )


@require_POST
def discard_pending(request, public_id):
    record = get_assessment_for_session(request, public_id)
    services.discard_pending(record)
    messages.success(request, _("The practice you were adding was discarded."))
    return redirect("assessment:overview", record.public_id)


@require_POST
def choose_layout(request):
    """Steps or one long page, as the person prefers; remembered in a cookie of this
    site only (no tracking), and the page they were on is shown again.

    The page must be a path of this site: anything else (another site, or a word
    that `redirect` would take for a view's name) leads to the start page."""
    layout = LONG if request.POST.get("layout") == LONG else STEPS
    target = request.POST.get("next", "")
    if not (
        target.startswith("/")
        and url_has_allowed_host_and_scheme(
            target, {request.get_host()}, request.is_secure()
        )
    ):
        target = reverse("assessment:landing")
    response = HttpResponseRedirect(target)
    response.set_cookie(
        LAYOUT_COOKIE,
        layout,
        max_age=ONE_YEAR,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
    return response
