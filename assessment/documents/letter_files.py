"""A Letter in each format: PDF, DOCX, plain text, a mailto: link and an .ics reminder."""

import io
import textwrap
from urllib.parse import quote

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from assessment.documents.letters import Letter
from assessment.documents.pdf import html_to_pdf

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
    "ics": "text/calendar; charset=utf-8",
}


def _dates(letter: Letter) -> dict:
    return {
        "date": date_format(letter.date, "DATE_FORMAT"),
        "deadline": date_format(letter.deadline, "DATE_FORMAT"),
    }


def letter_html(letter: Letter, for_screen: bool = False) -> str:
    with translation.override(letter.lang):
        return render_to_string(
            "documents/letter.html",
            {"letter": letter, "for_screen": for_screen, **_dates(letter)},
        )


def letter_pdf(letter: Letter) -> bytes:
    return html_to_pdf(letter_html(letter))


def _question_lines(letter: Letter, bullet: str) -> list[str]:
    lines = []
    for number, (question, why) in enumerate(letter.questions, 1):
        lead = f"{number}. " if bullet == "number" else "- "
        lines.append(lead + question)
        if why:
            lines.append("   " + _("Why I ask: %(why)s") % {"why": why})
    return lines


def _wrap(line: str) -> str:
    indent = "   " if line[:1].isdigit() or line.startswith(("- ", "   ")) else ""
    return textwrap.fill(line, 78, subsequent_indent=indent)


def letter_text(letter: Letter) -> str:
    """Plain text, to paste into an e-mail. Header lines are never wrapped."""
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
            _("Deadline for your answer: %(date)s") % {"date": dates["deadline"]},
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


def letter_docx(letter: Letter) -> bytes:
    """An editable Word document with the same content as the PDF."""
    from docx import Document
    from docx.shared import Pt

    with translation.override(letter.lang):
        dates = _dates(letter)
        document = Document()
        style = document.styles["Normal"]
        style.font.name = "DejaVu Sans Condensed"
        style.font.size = Pt(10.5)
        document.core_properties.title = letter.subject
        document.core_properties.language = letter.lang
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
        for question, why in letter.questions:
            item = document.add_paragraph(question, style="List Number")
            if why:
                item.add_run(
                    "\n" + _("Why I ask: %(why)s") % {"why": why}
                ).italic = True
        for paragraph in letter.closing_paragraphs:
            document.add_paragraph(paragraph)
        document.add_paragraph(
            _("Deadline for your answer: %(date)s") % {"date": dates["deadline"]}
        )
        document.add_paragraph(letter.closing)
        document.add_paragraph(letter.signature)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()


def letter_ics(letter: Letter) -> bytes:
    """A calendar entry on the answer's due date."""
    with translation.override(letter.lang):
        summary = _("Answer due: %(subject)s") % {"subject": letter.subject}
    escaped = summary.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    day = letter.deadline.strftime("%Y%m%d")
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
