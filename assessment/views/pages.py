"""The public pages."""

from django.shortcuts import render

from assessment.rules import CATALOGUE, CONCERNS, RULESET_VERSION
from documents.presentation import catalogue_groups


def landing(request):
    return render(
        request,
        "landing.html",
        {"rule_count": len(CATALOGUE), "concern_count": len(CONCERNS)},
    )


def rules_catalogue(request):
    """Every rule, as a finding would show it: the catalogue is published."""
    return render(
        request,
        "rules.html",
        {
            "groups": catalogue_groups,  # called only when the page's cache is cold
            "ruleset": RULESET_VERSION,
            "rule_count": len(CATALOGUE),
        },
    )
