""" "Do you know which product is used?": a search over the catalogue's names and
aliases for the practice being added. A plain form, no script: a search, a list to
tick, a button. Choosing pre-fills the practice with what the products do by default
and the steps then ask about the rest."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from assessment import services
from assessment.access import get_assessment_for_session
from assessment.facts import vocabulary
from assessment.navigation import journey_steps, next_to_answer
from catalogue import loader, prefill

MAX_CHOSEN = 5
MAX_QUERY = 100


def choose(request, public_id):
    record = get_assessment_for_session(request, public_id)
    if len(record.practices) >= vocabulary.MAX_PRACTICES:
        messages.error(request, _("An assessment holds at most 50 practices."))
        return redirect("assessment:overview", record.public_id)
    error = ""
    if request.method == "POST":
        slugs = list(dict.fromkeys(request.POST.getlist("product")))[:MAX_CHOSEN]
        chosen = [product for slug in slugs if (product := loader.get(slug))]
        if chosen:
            pending = (record.pending or {}).get("practice", {})
            filled = prefill.answers(chosen)
            merged = prefill.merged(pending, filled)
            services.prefill_pending(
                record,
                {path: merged[path] for path in filled},
                {"name": prefill.name(chosen), "products": [p.slug for p in chosen]},
            )
            return redirect(next_to_answer(record))
        error = _("Choose at least one product, or go on without one.")
    query = request.GET.get("q", "")[:MAX_QUERY]
    return render(
        request,
        "catalogue/choose.html",
        {
            "record": record,
            "query": query,
            "found": loader.search(query),
            "error": error,
            "skip": next_to_answer(record),
            "steps": journey_steps("practices"),
        },
        status=400 if error else 200,
    )
