"""A letter's reference: the day it is sent, the workplace's country and a short
random code, as in OV-20261116-DE-7Q3K. It names nothing (no person, no employer,
no record number) and tells one letter from another sent the same day.

The code is drawn when the letter form is shown, so that every file downloaded from
that form, and the record made with it, carry the same reference; a second click on
"Record as sent" finds the record the first one made.
"""

import datetime
import re
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O or 1/I to misread
LENGTH = 4
CODE = re.compile(rf"[{ALPHABET}]{{{LENGTH}}}")


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def is_code(text: str) -> bool:
    return CODE.fullmatch(text) is not None


def reference(day: datetime.date, country: str, code: str) -> str:
    return f"OV-{day:%Y%m%d}-{country}-{code}"


def code_of(text: str) -> str:
    """The random part of a reference."""
    return text.rsplit("-", 1)[-1]
