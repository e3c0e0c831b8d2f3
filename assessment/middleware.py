"""Refuse oversized requests before Django reads them, let no character that a
writer or the database refuses enter the app, and keep an employee's state in a
cookie of its own."""

import copy

from django.conf import settings
from django.contrib import messages
from django.http import QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _

from assessment import text
from assessment.access import GRANTS, NEW_TOKEN, STATE_COOKIE, read_state, signed_state


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            message = _("The request is too large. Files may be at most 1 MB.")
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


class EmployeeStateMiddleware:
    """Which assessments a browser may open, which campaign each came from and which
    were sent live in a signed cookie of the browser's own (`request.employee`), not
    in a session row: taking part writes nothing to the database that names a
    campaign or an assessment beside a time (docs/anonymity.md)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.employee = read_state(request.COOKIES.get(STATE_COOKIE))
        before = copy.deepcopy(request.employee)
        response = self.get_response(request)
        if request.employee == before:
            return response
        if request.employee.get(GRANTS) or request.employee.get(NEW_TOKEN):
            response.set_cookie(
                STATE_COOKIE,
                signed_state(request.employee),
                max_age=settings.SESSION_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        else:
            response.delete_cookie(STATE_COOKIE, samesite="Lax")
        return response
