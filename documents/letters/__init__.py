"""Letters: one registry of kinds for employees and councils, one builder, one Letter.

`engine` holds the Letter, the registry and the builder; `employee` holds the
employee's kinds; the council's are registered by the councils app
(councils/letters.py, from CouncilsConfig.ready()), the catalogue's by the catalogue;
the prose of each kind is in `templates/letters/<slug>.txt`.
Every format (PDF, DOCX, text, mailto, .ics) is rendered from the Letter by
`documents.letter_files`.
"""

from documents.letters.employee import (  # registers the kinds
    TOPICS,
    Details,
    kinds_for,
)
from documents.letters.engine import (
    COMPLAINT,
    COUNCIL,
    EMPLOYEE,
    FIRM,
    GENTLE,
    KINDS,
    PERIODS,
    REMINDER,
    REQUEST,
    STATUTORY,
    FirstLetter,
    Kind,
    Letter,
    NotApplicable,
    gdpr,
    kind,
    period_of,
    unique_lines,
    write_letter,
)

__all__ = [
    "COMPLAINT",
    "COUNCIL",
    "EMPLOYEE",
    "FIRM",
    "GENTLE",
    "KINDS",
    "PERIODS",
    "REMINDER",
    "REQUEST",
    "STATUTORY",
    "TOPICS",
    "Details",
    "FirstLetter",
    "Kind",
    "Letter",
    "NotApplicable",
    "gdpr",
    "kind",
    "kinds_for",
    "period_of",
    "unique_lines",
    "write_letter",
]
