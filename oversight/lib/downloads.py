"""Files offered for download, by every app: one header, written by Django's
`content_disposition_header` (a name outside ASCII is quoted as RFC 6266 says)."""

from django.http import HttpResponse
from django.utils.http import content_disposition_header


def as_download[R: HttpResponse](response: R, filename: str) -> R:
    """The response, to be saved under `filename` rather than shown."""
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def attachment(content: bytes | str, media_type: str, filename: str) -> HttpResponse:
    return as_download(HttpResponse(content, content_type=media_type), filename)
