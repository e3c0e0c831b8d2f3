"""A works agreement drafted from a campaign, and the employer's draft checked, for
the council's members. Nothing typed here is stored."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import path
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from councils.agreements import check as checker
from councils.agreements import drafting, files, library
from councils.agreements.forms import CheckForm, DraftForm
from councils.selectors import get_campaign
from documents.http import attachment, document_language
from oversight.lib.limits import rate_limited


@login_required
@never_cache
@sensitive_post_parameters("notes", "council", "employer")
def draft(request, public_id):
    campaign, _membership = get_campaign(request.user, public_id)
    proposed = drafting.propose(campaign)
    form = DraftForm(
        request.POST or None,
        draft=proposed,
        initial={
            "lang": document_language(request, campaign.country),
            "council": campaign.council.name,
            "employer": campaign.employer,
        },
    )
    chosen = None
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            agreement = files.build(
                campaign,
                data["lang"],
                form.chosen(),
                form.values(),
                data["notes"],
                data["council"],
                data["employer"],
            )
            chosen_format = data["file_format"]
            stem = slugify(proposed.frame.kind["en"])[:40] or "agreement"
            return attachment(
                files.RENDERERS[chosen_format](agreement),
                files.MEDIA_TYPES[chosen_format],
                f"{stem}-{data['lang']}.{chosen_format}",
            )
        chosen = {
            p.clause.id
            for p in proposed.proposals
            if request.POST.get(f"use_{p.clause.id}")
        }
    return render(
        request,
        "councils/agreement.html",
        {
            "campaign": campaign,
            "draft": proposed,
            "form": form,
            "open_findings": proposed.open_findings(chosen),
        },
    )


# Each draft read starts the file reader for an upload: as for replies, a flood from
# one client is refused before any file is read.
CHECKS_PER_HOUR = 20

STATUS = {
    checker.COVERED: (_("covered"), "text-bg-success"),
    checker.WEAKENED: (_("weakened"), "text-bg-danger"),
    checker.MISSING: (_("missing or not clear"), "text-bg-warning"),
}
REASONS = {
    "open_purposes": _(
        "The list is left open (“and other purposes”, “in particular”): any other "
        "use fits it."
    ),
    "open_retention": _(
        "No fixed period (“as long as necessary”): the employer decides how long."
    ),
    "unlimited_evidence": _(
        "Data may be used against employees with no procedure or limit."
    ),
    "employer_amends": _("The employer may change the agreement or its annexes alone."),
    "training_opt_out": _(
        "AI training unless the employee objects (opt-out): silence counts as yes."
    ),
}


@login_required
@never_cache
@rate_limited("agreement-check", limit=CHECKS_PER_HOUR)
@sensitive_post_parameters("text")
def check(request, public_id):
    campaign, _membership = get_campaign(request.user, public_id)
    form = CheckForm(request.POST or None, request.FILES or None)
    marks = []
    if request.method == "POST" and form.is_valid():
        lang = (get_language() or "en")[:2]
        lang = lang if lang in library.LANGS else "en"
        for family, mark in checker.read(form.cleaned_data["text"]).items():
            label, style = STATUS[mark.status]
            marks.append(
                {
                    "family": library.family(family).title[lang],
                    "status": label,
                    "style": style,
                    "sentence": mark.sentence,
                    "reason": REASONS.get(mark.reason, ""),
                }
            )
    return render(
        request,
        "councils/agreement_check.html",
        {"campaign": campaign, "form": form, "marks": marks},
    )


routes = [
    path("campaign/<uuid:public_id>/agreement/", draft, name="agreement"),
    path("campaign/<uuid:public_id>/agreement/check/", check, name="agreement_check"),
]
