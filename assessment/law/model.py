"""What a legal source is: a dated record with its citation in each language."""

import datetime
import re
from dataclasses import dataclass, field, fields

# What a source is, as `manage.py rules --format json` names it.
KINDS = (
    "statute",
    "regulation",
    "guideline",
    "judgment",
    "decision",
    "memo",
    "code_of_practice",
)
# Its status on a given day, worked out from its dates.
IN_FORCE, APPLIES_LATER, AMENDED, RESCINDED, PENDING = (
    "in_force",
    "applies_later",
    "amended",
    "rescinded",
    "pending",
)
STATUSES = (IN_FORCE, APPLIES_LATER, AMENDED, RESCINDED, PENDING)
CURRENT = frozenset({IN_FORCE, AMENDED})


def gettext_noop(message: str) -> str:
    """Mark a message for translation; the layer that shows it translates it."""
    return message


@dataclass(frozen=True, slots=True)
class Citation:
    """How a source is cited in each language it is written in. In a language of the
    app that has no field here, it is cited as in English."""

    en: str
    de: str
    fr: str

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang if lang in LANGUAGES else "en")


# The languages the citations are written in: the fields of Citation.
LANGUAGES = tuple(each.name for each in fields(Citation))


def same(text: str) -> Citation:
    """A citation written the same way in every language (a case number, a code)."""
    return Citation(text, text, text)


@dataclass(frozen=True, slots=True)
class Source:
    """One thing the app cites: an article, a guideline, a judgment, a decision, a memo.

    Its status on a day follows from its dates: pending before `in_force_from`,
    applying later until `applies_from`, amended from `amended_on` (it still stands,
    as changed by `superseded_by`), rescinded from `until`.
    """

    id: str
    kind: str
    jurisdiction: str
    citation: Citation
    in_force_from: datetime.date
    url: str
    applies_from: datetime.date | None = None
    amended_on: datetime.date | None = None
    until: datetime.date | None = None
    superseded_by: str | None = None
    note: str = ""  # what changed, for the record (not shown as a citation)

    @property
    def where(self) -> str:
        return self.jurisdiction

    def __str__(self) -> str:
        return self.citation.en

    def cite(self, lang: str) -> str:
        return self.citation[lang]

    def status_on(self, day: datetime.date) -> str:
        if day < self.in_force_from:
            return PENDING
        if self.until is not None and day >= self.until:
            return RESCINDED
        if self.applies_from is not None and day < self.applies_from:
            return APPLIES_LATER
        if self.amended_on is not None and day >= self.amended_on:
            return AMENDED
        return IN_FORCE

    def dates(self) -> tuple[datetime.date, ...]:
        """The days on which this source's status changes."""
        days = (self.in_force_from, self.applies_from, self.amended_on, self.until)
        return tuple(day for day in days if day is not None)

    def to_document(self, day: datetime.date, lang: str = "en") -> dict:
        return {
            "id": self.id,
            "citation": self.cite(lang),
            "jurisdiction": self.jurisdiction,
            "kind": self.kind,
            "status": self.status_on(day),
            "in_force_from": self.in_force_from.isoformat(),
            "applies_from": _iso(self.applies_from),
            "until": _iso(self.until),
            "superseded_by": self.superseded_by,
            "url": self.url,
        }


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def national_act(
    prefix: str,
    jurisdiction: str,
    names: Citation,
    in_force_from: datetime.date,
    url: str,
):
    """A national act whose articles are cited by filling "{}" in its names:
    national_act("pl-kp", "PL", Citation("Art. {} Labour Code (Poland)", ...), ...)
    gives a function making the source "pl-kp-22-2-3" from ("22-2-3", "22² § 3", ...).
    """

    def article(ident: str, en: str, de: str, fr: str) -> Source:
        return Source(
            id=f"{prefix}-{ident}",
            kind="statute",
            jurisdiction=jurisdiction,
            citation=Citation(
                names.en.format(en), names.de.format(de), names.fr.format(fr)
            ),
            in_force_from=in_force_from,
            url=url,
        )

    return article


# An article of an EU-style regulation: "5(1)(c)", "4(11)", "Recital 43", "Annex III
# point 4". German and French readers expect "Art. 5 Abs. 1 lit. c DSGVO" and
# "article 5, paragraphe 1, point c), du RGPD".
_ARTICLE = re.compile(r"(\d+[a-z]?)((?:\(\w+\))*)")


@dataclass(frozen=True, slots=True)
class Act:
    """An EU-style act whose articles are cited by pinpoint, with its short names."""

    names: Citation
    id_prefix: str
    jurisdiction: str
    in_force_from: datetime.date
    url: str
    applies_from: datetime.date | None = None
    definitions: frozenset[str] = field(default_factory=frozenset)

    def source_id(self, pinpoint: str) -> str:
        """The id of an article's source: "5(1)(c)" -> "gdpr-art-5-1-c"."""
        ident = re.sub(r"[^a-z0-9]+", "-", pinpoint.lower()).strip("-")
        return f"{self.id_prefix}-{'' if ident[0].isalpha() else 'art-'}{ident}"

    def article(self, pinpoint: str, **dates) -> Source:
        """One article (or recital, or annex point) of the act as a source."""
        return Source(
            id=self.source_id(pinpoint),
            kind="regulation",
            jurisdiction=self.jurisdiction,
            citation=self.cite(pinpoint),
            in_force_from=dates.pop("in_force_from", self.in_force_from),
            applies_from=dates.pop("applies_from", self.applies_from),
            url=self.url,
            **dates,
        )

    def cite(self, pinpoint: str) -> Citation:
        en, de, fr = self.names.en, self.names.de, self.names.fr
        recital = re.fullmatch(r"Recitals? ([\d-]+)", pinpoint)
        if recital:
            number = recital[1]
            plural = "-" in number
            return Citation(
                f"{pinpoint} {en}",
                f"{'Erwägungsgründe' if plural else 'Erwägungsgrund'} {number} {de}",
                f"{'considérants' if plural else 'considérant'} {number} {fr}",
            )
        annex = re.fullmatch(r"Annex ([IVX]+)(?: point (\d+))?", pinpoint)
        if annex:
            numeral, point = annex[1], annex[2]
            if point:
                return Citation(
                    f"Annex {numeral} point {point} {en}",
                    f"Anhang {numeral} Nr. {point} {de}",
                    f"annexe {numeral}, point {point}, {fr}",
                )
            return Citation(
                f"Annex {numeral} {en}",
                f"Anhang {numeral} {de}",
                f"annexe {numeral} {fr}",
            )
        match = _ARTICLE.fullmatch(pinpoint)
        if not match:
            raise ValueError(f"not an article pinpoint: {pinpoint!r}")
        number, parts = match[1], re.findall(r"\((\w+)\)", match[2])
        de_parts, fr_parts = [], []
        for position, part in enumerate(parts):
            if part.isdigit():
                if position == 0 and number in self.definitions:
                    de_parts.append(f"Nr. {part}")
                    fr_parts.append(f"point {part})")
                elif position == 0:
                    de_parts.append(f"Abs. {part}")
                    fr_parts.append(f"paragraphe {part}")
                else:
                    de_parts.append(f"UAbs. {part}")
                    fr_parts.append(f"alinéa {part}")
            else:
                de_parts.append(f"lit. {part}")
                fr_parts.append(f"point {part})")
        german = " ".join([f"Art. {number}", *de_parts, de])
        if fr_parts:
            french = f"article {number}, {', '.join(fr_parts)}, {fr}"
        else:
            french = f"article {number} {fr}"
        return Citation(f"Art. {pinpoint} {en}", german, french)


@dataclass(frozen=True, slots=True)
class Authority:
    """The supervisory authority that takes complaints (GDPR Art. 77 or its twin).

    An address is printed in letters, so it comes with where it was read
    (`source`) and when (`checked`); with no address, a letter leaves the
    recipient for the person to fill in rather than guess one.
    """

    name: str
    address: tuple[str, ...]
    complaint_url: str
    website: str = ""
    source: str = ""  # where the name and address were read
    checked: datetime.date | None = None  # the day they were last checked there
    note: str = ""  # for the record: what the source does not confirm


@dataclass(frozen=True, slots=True)
class Representation:
    """The body that represents workers here and its rights over monitoring.

    `paragraphs` holds what the letters say about those rights, by key:
    information_basis, information_subject, agreement_basis, agreement_subject,
    suspension_basis (council letters); employee_information_subject and
    employee_information (the employee's works-council information letter).
    """

    body: str
    sources: tuple[str, ...]
    paragraphs: dict[str, str | tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    code: str  # ISO 3166-1 alpha-2, or ISO 3166-2 for a region (US-NY, DE-BY)
    name: str
    within: tuple[str, ...] = ()  # wider bodies of law: "EU", "EEA"; US for a state
    language: str = "en"  # the default language of its documents, among ours
    regime: str = ""  # the data-protection regime the letters rest on: GDPR, UK GDPR
    holidays: tuple[str, str | None] | None = None  # (country, subdivision)
    # Categories of the holidays package counted too: days that are holidays in most
    # of the region's municipalities but not all (Assumption in Bavaria), so that a
    # deadline never ends before the day it can end where the employer is.
    holiday_categories: tuple[str, ...] = ()
    authority: Authority | None = None
    representation: Representation | None = None
    notice_law: str = ""  # the source id of a state's monitoring-notice law
    letters: dict[str, str] = field(default_factory=dict)  # what letters say here
    # The questionnaire asks for the region (a US state, a German Land): the law,
    # the authority or the public holidays differ by region there.
    has_regions: bool = False
    paper: str = "A4"  # the paper letters are printed on there
    # What the result and the report say about the law here beyond the findings
    # (English, marked for translation, citing {source-id}): on a country, for
    # every workplace in it; `region_notes`, for a workplace in a region of it
    # that has no record of its own.
    notes: tuple[str, ...] = ()
    region_notes: tuple[str, ...] = ()
    # A concern named as people here name it (unions, not works councils).
    concern_labels: dict[str, str] = field(default_factory=dict)
    # A message of the questionnaire or the rules as it is said here, where it is
    # said otherwise (English for English, marked for translation): the United
    # States asks about a union, not a works council.
    wording: dict[str, str] = field(default_factory=dict)
    # English words spelled as they are here (British to American), for English
    # text shown for a workplace here: every British spelling the app's English
    # uses, so that a test can find one that is missing.
    spellings: dict[str, str] = field(default_factory=dict)
    # English dates written month first here ("December 7, 2026").
    month_first: bool = False

    @property
    def gdpr_reaches(self) -> bool:
        return bool(self.regime)


def member(code: str, name: str, language: str = "en", **details) -> Jurisdiction:
    """A member state of the EU: the GDPR and EU law such as the AI Act reach it."""
    return Jurisdiction(
        code, name, ("EU", "EEA"), language, "GDPR", (code, None), **details
    )


def eea(code: str, name: str, **details) -> Jurisdiction:
    """An EEA state outside the EU: the GDPR reaches it, the AI Act does not (yet)."""
    return Jurisdiction(code, name, ("EEA",), "en", "GDPR", (code, None), **details)


def elsewhere(code: str, name: str, language: str = "en") -> Jurisdiction:
    """A country where the app knows no workplace law: good practice only."""
    return Jurisdiction(code, name, (), language, "", (code, None))
