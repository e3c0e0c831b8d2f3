"""The public pages."""

from django.shortcuts import render

from assessment.rules import CATALOGUE, CONCERNS


def landing(request):
    return render(
        request,
        "landing.html",
        {"rule_count": len(CATALOGUE), "concern_count": len(CONCERNS)},
    )
