"""Refuse oversized requests before Django reads them, and let no character that a
writer or the database refuses enter the app."""

from django.conf import settings
from django.contrib import messages
from django.http import QueryDict
from django.shortcuts import render
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from oversight.lib import text


def in_mebibytes(size: int) -> str:
    """A number of bytes in MiB as the page's language writes numbers, rounded down
    to a tenth, so that a limit is never said to be larger than it is."""
    tenths = size * 10 // 2**20
    return number_format(tenths // 10 if tenths % 10 == 0 else tenths / 10)


class RequestSizeLimitMiddleware:
    """A request larger than MAX_REQUEST_BYTES is answered 413 unread, saying the
    limit, in the visitor's language (it comes before LocaleMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            with translation.override(translation.get_language_from_request(request)):
                message = _(
                    "The request is too large: at most %(size)s MiB can be sent at "
                    "once, files included."
                ) % {"size": in_mebibytes(settings.MAX_REQUEST_BYTES)}
                return render(request, "error.html", {"message": message}, status=413)
        return self.get_response(request)


def _cleaned(values: QueryDict) -> QueryDict | None:
    """A copy of the values with every key and value cleaned, or None if all were
    already clean (the common case costs one scan and no copy)."""
    lists = list(values.lists())
    if all(
        text.is_safe(key) and all(text.is_safe(value) for value in items)
        for key, items in lists
    ):
        return None
    cleaned = QueryDict(mutable=True, encoding=values.encoding)
    for key, items in lists:
        cleaned.setlist(
            text.clean(key),
            [*cleaned.getlist(text.clean(key)), *(text.clean(v) for v in items)],
        )
    return cleaned


class CleanTextMiddleware:
    """The one place where text enters: query and form values lose NUL, lone
    surrogates and the control characters XML refuses (a form then shows what was
    typed without them, and says so); a cookie holding them is dropped (no person
    types one); an address holding them is answered 400, since no link of ours does.

    It comes before the sessions, so that no session key with a NUL reaches the
    database, and reads the form before CSRF does (which reads it anyway); the notice
    waits for process_view, when the messages and the language are ready.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.text_was_cleaned = False
        request.COOKIES = {
            key: value
            for key, value in request.COOKIES.items()
            if text.is_safe(key) and text.is_safe(value)
        }
        if (query := _cleaned(request.GET)) is not None:
            request.GET = query
        if request.method == "POST" and (form := _cleaned(request.POST)) is not None:
            request.POST = form
            request.text_was_cleaned = True
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        if not text.is_safe(request.path_info):
            message = _(
                "This address holds control characters, which no link of this site "
                "does. Check the link, or copy it again."
            )
            return render(request, "error.html", {"message": message}, status=400)
        if request.text_was_cleaned:
            messages.warning(
                request,
                _(
                    "Control characters, which cannot be stored, were removed from "
                    "what you entered. Check it below or on the next page."
                ),
            )
        return None
