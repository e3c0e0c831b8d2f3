"""The interchange format oversight.assessment/1 as typed objects. No Django here."""

from .model import Assessment, Employer, Participation, Practice, Workplace
from .parse import FieldError, InvalidAssessment, load_assessment, parse_assessment
from .vocabulary import FORMAT, UNKNOWN

__all__ = [
    "FORMAT",
    "UNKNOWN",
    "Assessment",
    "Employer",
    "FieldError",
    "InvalidAssessment",
    "Participation",
    "Practice",
    "Workplace",
    "load_assessment",
    "parse_assessment",
]
