"""Which bodies of law reach a workplace, as the codes rules and references use.

Codes: ANY (good practice everywhere), EEA (GDPR), EU (EU law such as the AI Act),
GB (UK GDPR), NO-GDPR (neither reaches), a country code (national law), a subdivision code such as US-NY.
"""

from assessment.facts import Workplace

EU_MEMBERS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
EEA_MEMBERS = EU_MEMBERS | {"IS", "LI", "NO"}
# Where neither the GDPR nor the UK GDPR reaches: good practice stands in for rights.
NO_GDPR = "NO-GDPR"


def jurisdictions_of(workplace: Workplace) -> frozenset[str]:
    codes = {"ANY", workplace.country}
    if workplace.country in EEA_MEMBERS:
        codes.add("EEA")
    if workplace.country in EU_MEMBERS:
        codes.add("EU")
    if workplace.region.startswith(workplace.country + "-"):
        codes.add(workplace.region)
    if not codes & {"EEA", "GB"}:
        codes.add(NO_GDPR)
    return frozenset(codes)
