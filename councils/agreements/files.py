"""A draft agreement as a document: PDF through the documents engine's WeasyPrint code
(documents.pdf) and editable DOCX with python-docx, in the workplace's language and
shaped by its jurisdiction's frame. Rendered from the request, then dropped."""

import dataclasses
import io
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation

from assessment import law
from councils.models import Campaign
from documents.letter_files import blank_docx
from documents.pdf import html_to_pdf
from oversight.lib import text

from . import drafting, library

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass(frozen=True)
class Section:
    heading: str  # "§ 3 Leistungs- und Verhaltenskontrolle"
    clauses: tuple[tuple[str, str], ...]  # (title, text)


@dataclass(frozen=True)
class Agreement:
    lang: str
    paper: str
    kind: str
    title: str
    draft_mark: str
    parties: str
    bases_heading: str
    bases: tuple[str, ...]
    preamble: str
    sections: tuple[Section, ...]
    annex_title: str
    annex_columns: tuple[str, str, str]
    annex_rows: tuple[tuple[str, str, str], ...]
    annex_2_title: str
    annex_empty: str
    notes_heading: str
    notes: str
    place_date: str
    signatures: tuple[str, ...]


def build(
    campaign: Campaign,
    lang: str,
    chosen: list[str],
    values: dict[str, dict[str, int]] | None = None,
    notes: str = "",
    council: str = "",
    employer: str = "",
) -> Agreement:
    """The agreement with the chosen clauses, in the library's order, numbered."""
    values = values or {}
    frame = library.frame_for(campaign.country)
    pick = library.in_language
    words = {key: pick(texts, lang) for key, texts in library.document_labels().items()}
    sections = []
    for family in library.families():
        picked = [c for c in family.clauses if c.id in chosen]
        if not picked:
            continue
        number = len(sections) + 1
        heading = f"{words['section']} {number} {pick(family.title, lang)}"
        sections.append(
            Section(
                frame.worded(heading, lang),
                tuple(
                    (
                        frame.worded(pick(c.title, lang), lang),
                        frame.worded(c.render(lang, values.get(c.id)), lang),
                    )
                    for c in picked
                ),
            )
        )
    with translation.override(lang):
        rows = drafting.annex(campaign, None, words["reported"], words["practice"])
    names = {
        "employer": employer or campaign.employer or "[…]",
        "council": council or campaign.council.name,
    }
    agreement = Agreement(
        lang=lang,
        paper=law.jurisdiction(campaign.country).paper,
        kind=pick(frame.kind, lang),
        title=pick(frame.title, lang),
        draft_mark=words["draft"],
        parties=pick(frame.parties, lang).format(**names),
        bases_heading=words["legal_bases"],
        bases=tuple(law.cite(ident, lang) for ident in frame.bases),
        preamble=words["preamble"],
        sections=tuple(sections),
        annex_title=words["annex_1"],
        annex_columns=(words["practice"], words["data"], words["purposes"]),
        annex_rows=tuple(rows),
        annex_2_title=words["annex_2"],
        annex_empty=words["annex_empty"],
        notes_heading=words["notes"],
        notes=notes.strip(),
        place_date=words["place_date"],
        signatures=tuple(pick(line, lang) for line in frame.signatures),
    )
    return _cleaned(agreement)


def _cleaned(agreement: Agreement) -> Agreement:
    """Every text cleaned of what XML and the formats refuse (oversight.lib.text)."""
    return dataclasses.replace(
        agreement,
        **{
            f.name: text.clean_data(getattr(agreement, f.name))
            for f in dataclasses.fields(agreement)
            if f.name != "sections"
        },
        sections=tuple(
            Section(
                text.clean(s.heading),
                tuple((text.clean(t), text.clean(b)) for t, b in s.clauses),
            )
            for s in agreement.sections
        ),
    )


def agreement_html(agreement: Agreement) -> str:
    return render_to_string("councils/agreement_document.html", {"a": agreement})


def agreement_pdf(agreement: Agreement) -> bytes:
    return html_to_pdf(agreement_html(agreement))


def agreement_docx(agreement: Agreement) -> bytes:
    """An editable Word document with the same content as the PDF."""
    document = blank_docx(agreement.paper, agreement.title, agreement.lang)
    document.add_paragraph(agreement.draft_mark).runs[0].italic = True
    document.add_heading(agreement.title, level=0)
    document.add_paragraph(agreement.parties)
    document.add_heading(agreement.bases_heading, level=2)
    for basis in agreement.bases:
        document.add_paragraph(basis, style="List Bullet")
    document.add_paragraph(agreement.preamble)
    for part in agreement.sections:
        document.add_heading(part.heading, level=1)
        for title, body in part.clauses:
            document.add_heading(title, level=2)
            document.add_paragraph(body)
    document.add_heading(agreement.annex_title, level=1)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, column in zip(table.rows[0].cells, agreement.annex_columns, strict=True):
        cell.text = column
    for row in agreement.annex_rows or ((agreement.annex_empty, "", ""),):
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    document.add_heading(agreement.annex_2_title, level=1)
    document.add_paragraph(agreement.annex_empty)
    if agreement.notes:
        document.add_heading(agreement.notes_heading, level=1)
        for line in agreement.notes.splitlines():
            document.add_paragraph(line)
    document.add_paragraph(agreement.place_date + ": ______________________")
    for line in agreement.signatures:
        signature = document.add_paragraph("\n\n______________________\n" + line)
        signature.paragraph_format.keep_together = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


RENDERERS = {"pdf": agreement_pdf, "docx": agreement_docx}
