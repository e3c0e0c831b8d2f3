"""Which bodies of law reach a workplace, as the codes rules and references use.

Codes: ANY (good practice everywhere), EEA (GDPR), EU (EU law such as the AI Act),
GB (UK GDPR), NO-GDPR (neither reaches), a country code (national law), a subdivision
code such as US-NY. The jurisdiction registry (assessment.law.jurisdictions) decides.
"""

from assessment.facts import Workplace
from assessment.law import codes_of


def jurisdictions_of(workplace: Workplace) -> frozenset[str]:
    return codes_of(workplace.country, workplace.region)
