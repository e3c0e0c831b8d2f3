"""Refuse oversized requests before Django reads them."""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _


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
