"""The policy-text check: highlight what matters, propose answers, never store the text."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from assessment import policy_check, products
from assessment.access import get_assessment_for_session
from assessment.forms import PolicyTextForm, PracticeForm
from assessment.views.journey import render_practice_form
from documents.presentation import describe


def _proposal_label(path: str, value: str, country: str) -> str:
    question, answer = describe(path, policy_check.fact_value(path, value), country)
    return f"{question} {answer}"


def _apply(request, record, text: str):
    """Show the practice form with the accepted answers filled in, for review."""
    target = request.POST.get("target", "new")
    # A practice's number; anything else ("new", "²", a thousand digits) adds one.
    index = int(target) if target.isdecimal() and len(target) <= 3 else None
    if index is not None and index >= len(record.practices):
        index = None
    ticked = (item.partition("=") for item in request.POST.getlist("proposal"))
    accepted = [(path, v) for path, _sep, v in ticked if path in policy_check.PATHS]
    practice = record.practices[index] if index is not None else {}
    initial = PracticeForm.initial_from(policy_check.with_answers(practice, accepted))
    initial["policy_excerpt"] = initial.get("policy_excerpt") or text
    form = PracticeForm(initial=initial, workplace=record.workplace)
    return render_practice_form(request, record, form, index)


def check(request, public_id):
    record = get_assessment_for_session(request, public_id)
    form = PolicyTextForm(request.POST or None)
    context = {"record": record, "form": form}
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"]
        if "apply" in request.POST:
            return _apply(request, record, text)
        highlights = policy_check.find_signals(text)
        signals = list(dict.fromkeys(h.signal for h in highlights))
        numbers = {signal.slug: number for number, signal in enumerate(signals, 1)}
        source = products.source()
        context.update(
            checked=True,
            # Products the text names, with their catalogue entries, if installed.
            named_products=source.recognise(text) if source else [],
            product_offer=source.offer(record) if source else "",
            pieces=[
                (
                    piece,
                    numbers[h.signal.slug] if h else None,
                    _(h.signal.label) if h else "",
                )
                for piece, h in policy_check.segments(text, highlights)
            ],
            signals=[
                {
                    "number": numbers[s.slug],
                    "label": _(s.label),
                    "explanation": _(s.explanation),
                }
                for s in signals
            ],
            proposals=[
                {
                    "value": f"{s.path}={s.value}",
                    "label": _proposal_label(s.path, s.value, record.country),
                    "reason": _(s.reason) if s.reason else "",
                }
                for s in policy_check.suggestions(text, highlights, record.workplace)
            ],
        )
    return render(request, "journey/policy.html", context)
