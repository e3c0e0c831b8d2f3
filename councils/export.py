"""A campaign's published figures as CSV, for a council's own spreadsheets.

It holds exactly what the dashboard shows: the same suppression has already been
applied, so no row describes fewer people than the threshold.
"""

import csv
import io

from django.utils.translation import gettext as _

from councils.aggregates import CampaignFigures, Figure
from oversight.lib import text


def _cell(value: object) -> str:
    """A value a spreadsheet reads as text, never as a formula, and without the
    control characters a spreadsheet refuses."""
    cell = "" if value is None else text.clean(str(value))
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell


def figures_csv(figures: CampaignFigures) -> str:
    sections: list[tuple[str, list[Figure]]] = [(_("Grades"), figures.grades)]
    if figures.has_reference:
        sections.append(
            (
                _("What employees report that the official policy does not mention"),
                figures.gaps,
            )
        )
    sections += [
        (_("Concerns raised"), figures.concerns),
        (_("Kinds of data reported"), figures.data),
        (_("Purposes reported"), figures.purposes),
        (_("Findings"), figures.rules),
    ]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [_("Section"), _("What"), _("Under"), _("Submissions"), _("Share (%)")]
    )
    if not figures.published:
        return out.getvalue()
    for section, rows in sections:
        for row in rows:
            hidden = _("hidden") if row.hidden else None
            writer.writerow(
                [
                    _cell(value)
                    for value in (
                        section,
                        row.label,
                        row.group,
                        hidden or row.count,
                        hidden or row.share,
                    )
                ]
            )
    return out.getvalue()
