"""Hostile replies made on the spot: a Word zip bomb, PDFs with too many pages or a
content stream that unpacks or reads for too long, and text with NUL bytes."""

import io
import zipfile

import docx
from pypdf import PdfWriter
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

PARAGRAPH = b"<w:p><w:r><w:t>We keep the logs.</w:t></w:r></w:p>"


def docx_bomb(unpacked: int = 50_000_000) -> bytes:
    """A real Word file whose document part unpacks to `unpacked` bytes of XML."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(buffer)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for member in source.infolist():
            if member.filename != "word/document.xml":
                out.writestr(member, source.read(member))
                continue
            head, _body, tail = source.read(member).partition(b"<w:body>")
            with out.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(head + b"<w:body>")
                for _ in range(unpacked // (len(PARAGRAPH) * 10_000)):
                    part.write(PARAGRAPH * 10_000)
                part.write(b"</w:body>" + tail.partition(b"</w:body>")[2])
    return bomb.getvalue()


def pdf(pages: list[bytes], count: int | None = None) -> bytes:
    """A PDF whose pages draw these content streams (compressed), in Helvetica;
    `count` is what its page tree claims, if not the truth."""
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    resources = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    for content in pages:
        page = writer.add_blank_page(595, 842)
        stream = DecodedStreamObject()
        stream.set_data(content)
        page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
        page[NameObject("/Resources")] = resources
    if count is not None:
        writer._root_object["/Pages"][NameObject("/Count")] = NumberObject(count)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def text_op(text: bytes) -> bytes:
    return b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET\n"


def pdf_of_many_pages(pages: int = 1000, count: int | None = None) -> bytes:
    return pdf([text_op(b"Page")] * pages, count)


def pdf_of_a_huge_stream(unpacked: int = 60_000_000) -> bytes:
    """One page whose content unpacks to `unpacked` bytes: text shown and moved."""
    return pdf([text_op(b"x") * (unpacked // len(text_op(b"x")))])
