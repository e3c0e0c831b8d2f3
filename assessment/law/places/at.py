"""Austria: decisions on co-determination over control measures.

Austria's record and its statute (ArbVG § 96) are in places/europe.py; this module
adds what the courts decided.
"""

from datetime import date

from ..model import Citation, Source

SOURCES = (
    Source(
        id="at-ogh-9-oba-109-06d",
        kind="judgment",
        jurisdiction="AT",
        citation=Citation(
            "Supreme Court of Justice (OGH, Austria), 20 December 2006, 9 ObA 109/06d",
            "OGH 20.12.2006, 9 ObA 109/06d",
            "Cour suprême (OGH, Autriche), 20 décembre 2006, 9 ObA 109/06d",
        ),
        in_force_from=date(2006, 12, 20),
        url="https://www.jusline.at/entscheidung/281099",
        note="Fingerprint time recording in a hospital of about 430 employees, "
        "used since March 2006 without the works council's consent: it touches "
        "human dignity and needs consent under § 96(1) no. 3 ArbVG; the "
        "injunction stood.",
    ),
)
