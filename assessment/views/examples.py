"""The worked examples: read the public cases, and open a copy to explore."""

import json
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_POST

from assessment import facts, services
from assessment.access import remember_new_assessment
from oversight.lib.limits import rate_limited


def _examples() -> dict[str, dict]:
    folder = Path(settings.BASE_DIR, "docs", "examples")
    return {
        path.stem: json.loads(path.read_text())
        for path in sorted(folder.glob("*.json"))
    }


def examples(request):
    listing = [
        {
            "name": name,
            "title": document.get("title", name),
            "country": document["workplace"]["country"],
        }
        for name, document in _examples().items()
    ]
    return render(request, "examples.html", {"examples": listing})


@require_POST
@rate_limited("create", limit=30)
def open_example(request, name):
    document = _examples().get(name)
    if document is None:
        raise Http404
    record, token = services.import_assessment(facts.parse_assessment(document))
    return remember_new_assessment(request, record, token)
