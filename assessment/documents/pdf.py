"""HTML to PDF with WeasyPrint: stylesheets and fonts are loaded once per process."""

import atexit
from functools import cache
from pathlib import Path

from django.conf import settings

STYLESHEET = Path(settings.BASE_DIR, "static", "css", "print.css")


@cache
def _shared():
    # Imported here so that pages which never make a PDF do not pay for WeasyPrint.
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    # Release the font configuration while Python can still run its cleanup.
    atexit.register(_shared.cache_clear)
    return CSS(filename=str(STYLESHEET), font_config=fonts), fonts


def html_to_pdf(html: str) -> bytes:
    """A tagged PDF (PDF/UA-1) of a document rendered from one of our templates.

    Title and language come from the HTML's <title> and lang attribute.
    """
    from weasyprint import HTML

    stylesheet, fonts = _shared()
    document = HTML(string=html, base_url=str(STYLESHEET.parent))
    return document.write_pdf(
        stylesheets=[stylesheet],
        font_config=fonts,
        pdf_variant="pdf/ua-1",
        custom_metadata=True,
    )
