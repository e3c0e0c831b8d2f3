"""A campaign's aggregate report and council letters, for the council's members."""

import functools

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from councils.forms import CouncilLetterForm
from councils.letters import CouncilDetails, council_kinds, in_american_form
from councils.report import aggregate_html, aggregate_pdf
from councils.selectors import get_campaign
from documents import letter_files, references
from documents.http import attachment, document_language
from documents.letters import (
    NotApplicable,
    write_letter,
)
from documents.sending import FutureSend, write_and_record


@login_required
def report(request, public_id):
    campaign, _membership = get_campaign(request.user, public_id)
    # The members read it: in the page's language unless they choose another.
    lang = document_language(request)
    if request.GET.get("format") == "pdf":
        stem = slugify(campaign.title) or "campaign"
        return attachment(
            aggregate_pdf(campaign, lang),
            "application/pdf",
            f"{stem[:60]}-survey-{lang}.pdf",
        )
    back = reverse("councils:campaign", args=[campaign.public_id])
    return HttpResponse(aggregate_html(campaign, lang, for_screen=True, back=back))


@login_required
@never_cache
@sensitive_post_parameters("address", "signatory", "employer_address")
def letters(request, public_id):
    campaign, _membership = get_campaign(request.user, public_id)
    form = CouncilLetterForm(
        request.POST or None,
        kinds=council_kinds(campaign),
        us=in_american_form(campaign),
        initial={
            "lang": document_language(request, campaign.country),
            "council": campaign.council.name,
            "employer": campaign.employer,
            "code": references.new_code(),
        },
    )
    problem = ""
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        write = functools.partial(
            write_letter,
            data["kind"],
            campaign,
            data["lang"],
            CouncilDetails.from_mapping(data),
            data["tone"],
        )
        try:
            letter = write_and_record(request, campaign, data, write)
        except NotApplicable as exc:
            problem = str(exc)
        except FutureSend as exc:
            form.add_error("sent", str(exc))
        else:
            chosen = data["file_format"]
            return attachment(
                letter_files.RENDERERS[chosen](letter),
                letter_files.MEDIA_TYPES[chosen],
                f"{letter.kind}-{letter.lang}.{chosen}",
            )
    return render(
        request,
        "councils/letters.html",
        {
            "campaign": campaign,
            "form": form,
            "problem": problem,
            "sent_url": reverse(
                "councils:campaign_sent_letters", args=[campaign.public_id]
            ),
        },
    )


routes = [
    path("campaign/<uuid:public_id>/report/", report, name="campaign_report"),
    path("campaign/<uuid:public_id>/letters/", letters, name="campaign_letters"),
]
