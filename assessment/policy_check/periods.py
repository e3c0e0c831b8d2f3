"""Periods of time in each language: number words, units and how many days a unit
is. A new language adds its own entries and changes no other's."""

from .model import words

# Numbers written as words.
NUMBERS = {
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
        "twenty-four": 24, "thirty": 30,
    },
    "de": {
        **dict.fromkeys(("ein", "eine", "einem", "einen", "einer"), 1),
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
        "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "achtzehn": 18,
        "vierundzwanzig": 24, "dreißig": 30,
    },
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "dix-huit": 18,
        "vingt-quatre": 24, "trente": 30,
    },
}  # fmt: skip
# Units of time as a word begins ("Tag" for "Tage", "Tagen"), with their days; the
# hour, counted in days rounded up; the month, whose twelve make a year.
UNITS = {
    "en": {"day": 1, "week": 7, "month": 30, "year": 365},
    "de": {"tag": 1, "woche": 7, "monat": 30, "jahr": 365},
    "fr": {"jour": 1, "semaine": 7, "mois": 30, "an": 365, "année": 365},
}
HOURS = {"en": "hour", "de": "stunde", "fr": "heure"}
MONTHS = {"en": "month", "de": "monat", "fr": "mois"}
# The units as a period phrase writes them.
UNIT_WORDS = words(
    en=r"hours?|days?|weeks?|months?|years?",
    de=r"Stunden|Tage?n?|Wochen?|Monate?n?|Jahre?n?",
    fr=r"heures?|jours?|semaines?|mois|ans?|années?",
)

NUMBER_WORDS = {word: n for numbers in NUMBERS.values() for word, n in numbers.items()}
UNIT_DAYS = {unit: days for units in UNITS.values() for unit, days in units.items()}
