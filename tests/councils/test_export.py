"""The figures' CSV file: what the dashboard shows, safe to open in a spreadsheet."""

import csv
import io

from django.utils import translation

from councils.aggregates import CampaignFigures, Figure
from councils.export import figures_csv


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_a_cell_never_becomes_a_formula_and_hidden_grades_say_so():
    figures = CampaignFigures(
        threshold=5,
        received=12,
        published=10,
        grades=[Figure("A", "A", None, None), Figure("F", "F", 10, 100)],
        by_kind={"concern": [Figure("x", "=HYPERLINK(1)", 6, 60)]},
    )
    rows = rows_of(figures_csv(figures))
    assert ["Grades", "A", "", "hidden", "hidden"] in rows
    assert ["Grades", "F", "", "10", "100"] in rows
    assert ["Concerns raised", "'=HYPERLINK(1)", "", "6", "60"] in rows


def test_before_the_first_batch_the_file_holds_only_its_header():
    figures = CampaignFigures(threshold=5, received=3, published=0)
    assert len(rows_of(figures_csv(figures))) == 1


def test_headers_and_labels_are_in_the_active_language():
    figures = CampaignFigures(
        threshold=5,
        received=10,
        published=10,
        grades=[Figure("A", "A", None, None), Figure("F", "F", 10, 100)],
    )
    with translation.override("fr"):
        rows = rows_of(figures_csv(figures))
    assert rows[0] == ["Section", "Quoi", "Rubrique", "Envois", "Part (%)"]
    assert ["Notes", "A", "", "masqué", "masqué"] in rows
