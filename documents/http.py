"""What the pages of every app answer with a document: its language and its download."""

from django.conf import settings
from django.utils.translation import get_language

from assessment import law
from oversight.lib.downloads import attachment

__all__ = ["attachment", "document_language"]


def document_language(request, country: str = "") -> str:
    """The language asked for, else the workplace's (letters and reports go to HR in
    it), else the page's."""
    lang = request.GET.get("lang", "")
    if lang in {code for code, _name in settings.LANGUAGES}:
        return lang
    if country:
        return law.jurisdiction(country).language
    return (get_language() or "en")[:2]
