"""A Letter in each format: PDF, DOCX, plain text, a mailto: link and an .ics reminder."""

import dataclasses
import datetime
import io
import re
import textwrap
from urllib.parse import quote

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from documents.letters import Letter
from documents.letters.typography import first_of_month, typeset
from documents.pdf import html_to_pdf
from oversight.lib import text

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
    "ics": "text/calendar; charset=utf-8",
}


def writable(letter: Letter) -> Letter:
    """The letter with every text cleaned of what XML and the formats refuse (answers
    stored before text was cleaned at the edge may still hold control characters),
    and set as its language asks (documents.letters.typography)."""
    letter = typeset(letter)
    return dataclasses.replace(
        letter,
        **{
            field.name: text.clean_data(getattr(letter, field.name))
            for field in dataclasses.fields(letter)
        },
    )


def _dates(letter: Letter) -> dict:
    """The dates and the lines that depend on the language, in the letter's."""
    return {
        "date": first_of_month(letter.lang, letter.day(letter.date)),
        "deadline_text": first_of_month(letter.lang, letter.deadline_text()),
        "items": letter.items(),
    }


def letter_html(letter: Letter, for_screen: bool = False) -> str:
    letter = writable(letter)
    with translation.override(letter.lang):
        return render_to_string(
            "documents/letter.html",
            {"letter": letter, "for_screen": for_screen, **_dates(letter)},
        )


def letter_pdf(letter: Letter) -> bytes:
    return html_to_pdf(letter_html(letter), letter.paper)


def _question_lines(letter: Letter, bullet: str) -> list[str]:
    lines = []
    for number, (question, why) in enumerate(letter.items(), 1):
        lead = f"{number}. " if bullet == "number" else "- "
        lines.append(lead + question)
        if why:
            lines.append("   " + why)
    return lines


NUMBERED = re.compile(r"\d+\. ")


def _wrap(line: str) -> str:
    # Items hang under their number or dash; a paragraph that opens with a figure
    # ("6 employees took part …") does not.
    indent = "   " if NUMBERED.match(line) or line.startswith(("- ", "   ")) else ""
    # Never at a hyphen: "ci-dessous", "KI-Training" stay whole.
    return textwrap.fill(line, 78, subsequent_indent=indent, break_on_hyphens=False)


def letter_text(letter: Letter) -> str:
    """Plain text, to paste into an e-mail. Header lines are never wrapped."""
    letter = writable(letter)
    with translation.override(letter.lang):
        dates = _dates(letter)
        numbered = "number" if letter.kind in ("ai-questions", "complaint") else "dash"
        header = [
            "\n".join(letter.sender),
            "\n".join(letter.recipient),
            dates["date"],
            letter.subject,
            letter.reference,
            letter.salutation,
        ]
        body = [
            *letter.paragraphs,
            "\n".join(_wrap(line) for line in _question_lines(letter, numbered)),
            *letter.closing_paragraphs,
            dates["deadline_text"],
        ]
        parts = [
            *header,
            *(part if "\n" in part else _wrap(part) for part in body),
            letter.closing + "\n" + letter.signature,
        ]
        return "\n\n".join(part for part in parts if part) + "\n"


def mailto_url(letter: Letter, to: str = "") -> str:
    body = letter_text(letter)
    return f"mailto:{quote(to)}?subject={quote(letter.subject)}&body={quote(body)}"


def blank_docx(paper: str, title: str, lang: str):
    """An empty Word document set up as our documents are: A4 in Europe, US Letter
    in the United States, our font, its title and language."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    width, height = (Mm(210), Mm(297)) if paper == "A4" else (Mm(215.9), Mm(279.4))
    section.page_width, section.page_height = width, height
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans Condensed"
    style.font.size = Pt(10.5)
    document.core_properties.title = title
    document.core_properties.language = lang
    return document


def letter_docx(letter: Letter) -> bytes:
    """An editable Word document with the same content as the PDF."""
    letter = writable(letter)
    with translation.override(letter.lang):
        dates = _dates(letter)
        document = blank_docx(letter.paper, letter.subject, letter.lang)
        for line in letter.sender:
            document.add_paragraph(line)
        document.add_paragraph()
        for line in letter.recipient:
            document.add_paragraph(line)
        document.add_paragraph(dates["date"])
        document.add_heading(letter.subject, level=1)
        document.add_paragraph(letter.reference)
        document.add_paragraph(letter.salutation)
        for paragraph in letter.paragraphs:
            document.add_paragraph(paragraph)
        for question, why in dates["items"]:
            item = document.add_paragraph(question, style="List Number")
            if why:
                item.add_run("\n" + why).italic = True
        ending = [*letter.closing_paragraphs[-1:], dates["deadline_text"]]
        for paragraph in letter.closing_paragraphs[:-1]:
            document.add_paragraph(paragraph)
        # The last paragraph, the date asked for, the closing and the signature stay
        # together: no page holds only the signature.
        for text in [*ending, letter.closing, letter.signature]:
            if text:
                document.add_paragraph(text).paragraph_format.keep_with_next = True
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()


def letter_ics(letter: Letter) -> bytes:
    """A calendar entry on the answer's due date; for a complaint, three months on,
    when the authority is to report its progress (GDPR Art. 78(2))."""
    letter = writable(letter)
    with translation.override(letter.lang):
        if letter.deadline is None:
            due = letter.date + datetime.timedelta(days=91)
            summary = _("Progress report due: %(subject)s") % {
                "subject": letter.subject
            }
        else:
            due = letter.deadline
            summary = _("Answer due: %(subject)s") % {"subject": letter.subject}
    escaped = (
        summary.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )
    day = due.strftime("%Y%m%d")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Oversight//Letters//EN",
        "BEGIN:VEVENT",
        f"UID:{letter.kind}-{letter.reference.split()[-1]}-{day}@oversight",
        f"DTSTAMP:{letter.date.strftime('%Y%m%d')}T000000Z",
        f"DTSTART;VALUE=DATE:{day}",
        f"SUMMARY:{escaped}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


RENDERERS = {
    "pdf": letter_pdf,
    "docx": letter_docx,
    "txt": lambda letter: letter_text(letter).encode(),
    "ics": letter_ics,
}
