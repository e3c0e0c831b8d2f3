"""HTML to PDF with WeasyPrint: stylesheets, fonts and the URL fetcher are made once per
process."""

import atexit
import mimetypes
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings

from oversight.lib import text

STATIC = Path(settings.BASE_DIR, "static").resolve()
STYLESHEET = STATIC / "css" / "print.css"


def static_file(url: str) -> tuple[bytes, str]:
    """The bytes and media type behind a file: URL inside static/.

    Anything else raises ValueError: our documents load our own fonts and styles, never
    a resource from the network or from elsewhere on the disk.
    """
    parts = urlsplit(url)
    path = Path(unquote(parts.path)).resolve() if parts.scheme == "file" else None
    if path is None or not path.is_relative_to(STATIC) or not path.is_file():
        raise ValueError(f"documents load only the project's static files, not {url}")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return path.read_bytes(), media_type


@cache
def _shared():
    # Imported here so that pages which never make a PDF do not pay for WeasyPrint.
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFiles(URLFetcher):
        # WeasyPrint's own fetcher builds urllib handlers and a TLS context each time
        # it is made (about 20 ms, a default one per document); this one needs none.
        def __init__(self):
            self._fail_on_errors = False

        def fetch(self, url, headers=None):
            body, media_type = static_file(url)
            return URLFetcherResponse(url, body, {"Content-Type": media_type})

    fetcher = StaticFiles()
    fonts = FontConfiguration()
    # Release the font configuration while Python can still run its cleanup.
    atexit.register(_shared.cache_clear)
    stylesheet = CSS(filename=str(STYLESHEET), font_config=fonts, url_fetcher=fetcher)
    # The paper of a place where A4 is not used (the United States), over print.css.
    papers = {
        "Letter": CSS(string="@page { size: letter; }", font_config=fonts),
    }
    return stylesheet, fonts, fetcher, papers


def html_to_pdf(html: str, paper: str = "A4") -> bytes:
    """A tagged PDF (PDF/UA-1) of a document rendered from one of our templates, on
    `paper`: A4 (print.css), or US Letter for a US workplace.

    Title and language come from the HTML's <title> and lang attribute. Stored text
    may predate cleaning at the edge: what XML refuses is removed here too.
    """
    from weasyprint import HTML

    stylesheet, fonts, fetcher, papers = _shared()
    document = HTML(
        string=text.clean(html), base_url=str(STYLESHEET.parent), url_fetcher=fetcher
    )
    return document.write_pdf(
        stylesheets=[stylesheet, *([papers[paper]] if paper in papers else [])],
        font_config=fonts,
        pdf_variant="pdf/ua-1",
        custom_metadata=True,
    )
