"""Letters: one registry of kinds for employees and councils, one builder, one Letter.

`engine` holds the Letter, the registry and the builder; `employee` and `council` hold
each audience's kinds; the prose of each kind is in `templates/letters/<slug>.txt`.
Every format (PDF, DOCX, text, mailto, .ics) is rendered from the Letter by
`documents.letter_files`.
"""

from documents.letters.council import (  # registers the kinds
    CouncilDetails,
    council_kinds,
    in_american_form,
)
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
    "CouncilDetails",
    "Details",
    "FirstLetter",
    "Kind",
    "Letter",
    "NotApplicable",
    "council_kinds",
    "gdpr",
    "in_american_form",
    "kind",
    "kinds_for",
    "period_of",
    "unique_lines",
    "write_letter",
]
