"""The campaign's QR code, drawn here as SVG: no request leaves the server."""

import io

import segno


def qr_svg(url: str) -> bytes:
    code = segno.make(url, error="m")
    out = io.BytesIO()
    code.save(out, kind="svg", scale=6, border=4, title=url, xmldecl=True)
    return out.getvalue()
