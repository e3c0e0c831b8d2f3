"""What a document may load while WeasyPrint renders it: our static files, nothing else."""

import http.server
import threading

import pytest

from documents.pdf import STATIC, STYLESHEET, html_to_pdf, static_file


def test_a_static_file_comes_with_its_media_type():
    body, media_type = static_file(STYLESHEET.as_uri())
    assert body.startswith(b"/* Print styles")
    assert media_type == "text/css"
    font = STATIC / "vendor" / "fonts" / "DejaVuSansCondensed.ttf"
    assert static_file(font.as_uri())[0] == font.read_bytes()


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/logo.png",
        "data:text/plain,hello",
        "file:///etc/passwd",
        (STATIC / ".." / "manage.py").as_uri(),
        (STATIC / "css" / "missing.css").as_uri(),
    ],
)
def test_anything_outside_static_is_refused(url):
    with pytest.raises(ValueError, match="only the project's static files"):
        static_file(url)


class Counting(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_rendering_a_document_sends_no_request():
    server = http.server.HTTPServer(("127.0.0.1", 0), Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        html = (
            f'<html lang="en"><head><title>T</title>'
            f'<link rel="stylesheet" href="{url}/style.css"></head>'
            f'<body><img src="{url}/pixel.png" alt="x"><p>Text</p></body></html>'
        )
        pdf = html_to_pdf(html)
    finally:
        server.shutdown()
        server.server_close()
    assert pdf.startswith(b"%PDF")
    assert Counting.hits == []
