"""The letter engine: one registry of kinds, one builder, one Letter object.

A kind is registered with what the engine needs to know of it (who writes it, where it
applies, how it is answered) and a function that works out the letter's variables
from what it is about: an employee's assessment, or a council's campaign. Its prose
lives in one template, `templates/letters/<slug>.txt`, in sections:

    @subject      one line
    @paragraphs   paragraphs, separated by blank lines
    @questions    items, each starting with "- "
    @closing      paragraphs after the questions

The letter's language is chosen apart from the interface language, since a letter goes
to its reader in the workplace's language. Personal details are passed in to render a
letter and are never stored.
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.template import Context as TemplateContext
from django.template.loader import get_template
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from assessment import law
from assessment.law import jurisdiction
from assessment.law.places.eu import GDPR
from assessment.law.places.gb import UK_GDPR
from documents import deadlines, references
from documents.letters.typography import after_colon, typeset

FIRM, GENTLE = "firm", "gentle"
EMPLOYEE, COUNCIL = "employee", "council"  # who writes the letter


class NotApplicable(ValueError):
    """This kind of letter does not fit the workplace's jurisdiction."""


class Typed:
    """What a person types at download, used to render a letter and then dropped."""

    @classmethod
    def from_mapping(cls, values):
        """From a form's cleaned data or a command's options, by field name; a field
        the form does not show (a US form has no data protection officer) keeps its
        default."""
        return cls(
            **{
                name: values[name]
                for name in cls.__dataclass_fields__
                if name in values
            }
        )


@dataclass
class Letter:
    kind: str
    lang: str
    date: datetime.date
    deadline: datetime.date | None  # none where the recipient owes no answer by a day
    subject: str
    reference: str
    sender: list[str]
    recipient: list[str]
    salutation: str
    paragraphs: list[str]
    questions: list[tuple[str, str]] = field(default_factory=list)
    closing_paragraphs: list[str] = field(default_factory=list)
    closing: str = ""
    signature: str = ""
    # How the answer's date is put: a statutory period, or a date asked for.
    deadline_line: str = ""
    why_label: str = ""  # "Why I ask: %(why)s" unless the reasons are references
    paper: str = "A4"  # Letter for a US workplace
    # A US workplace's letter is dated and addressed as American letters are
    # ("December 7, 2026", "Dear Human Resources Team:", "Sincerely,").
    us: bool = False

    def day(self, date: datetime.date) -> str:
        """A date as the letter writes it: 7 December 2026, or December 7, 2026 in an
        English letter to a US workplace."""
        return written_date(date, self.us)

    def items(self) -> list[tuple[str, str]]:
        """Each question with its reason as the letter prints it."""
        label = self.why_label or _("Why I ask: %(why)s")
        return [
            (question, label % {"why": after_colon(self.lang, why)} if why else "")
            for question, why in self.questions
        ]

    def deadline_text(self) -> str:
        if self.deadline_line or self.deadline is None:
            return self.deadline_line
        return _("Deadline for your answer: %(date)s") % {
            "date": self.day(self.deadline)
        }


US_DATE = "F j, Y"  # December 7, 2026


def written_date(date: datetime.date, us: bool = False) -> str:
    """A date in the active language; in an English letter to a US workplace in the
    American order (a German or French one keeps its language's)."""
    if us and translation.get_language() == "en":
        return date_format(date, US_DATE)
    return date_format(date, "DATE_FORMAT")


@dataclass(frozen=True)
class FirstLetter:
    """The letter a reminder follows, as the tracker holds it (a SentLetter has the
    same attributes): its kind, day, reference, the deadline and any extension the
    employer notified."""

    kind: str
    sent_on: datetime.date
    reference: str
    deadline: datetime.date
    extended_to: datetime.date | None = None

    @property
    def due(self) -> datetime.date:
        return self.extended_to or self.deadline


# How each kind of letter is answered: a data-subject request carries the statutory
# period (GDPR Art. 12(3)); a request asks for an answer by a date that is no legal
# deadline; a complaint asks the authority to report progress; a reminder follows
# another letter.
STATUTORY, REQUEST, COMPLAINT, REMINDER = (
    "statutory",
    "request",
    "complaint",
    "reminder",
)
PERIODS = {
    STATUTORY: ("months", 1),
    REQUEST: ("days", 30),
    REMINDER: ("weeks", 2),
}


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    where: tuple[str, ...]  # jurisdiction codes where the kind applies
    build: Callable  # (context) -> the template's variables
    description: str  # when to send it, for the choice on the letters page
    procedure: str = STATUTORY
    audience: str = EMPLOYEE
    period: tuple[str, int] | None = None  # the period, if not the procedure's
    period_source: str = ""  # the source of a statutory period, cited in the letter
    receipt_day_counts: bool = False  # the period's first day is the day of receipt
    offered_from: str = ""  # a source: the kind is offered once it is in force
    # Codes where the kind is not offered though `where` matches (the EU-flavoured
    # questions are not offered in the US, which has its own).
    excluded: tuple[str, ...] = ()
    # What the workplace must have for the kind to fit (a rule's condition on a
    # practice and the workplace: biometrics, a union, an automated tool); any
    # practice will do. None: every workplace where it applies.
    fits: Callable | None = None


KINDS: dict[str, Kind] = {}


def kind(
    slug: str,
    label: str,
    where: tuple[str, ...],
    description: str,
    procedure: str = STATUTORY,
    **more,
):
    """Register a kind; the decorated function returns its template's variables."""

    def register(build):
        KINDS[slug] = Kind(slug, label, where, build, description, procedure, **more)
        return build

    return register


def period_of(slug: str) -> tuple[str, int] | None:
    """The period a kind's recipient has to answer: none for a complaint; a reminder
    after a statutory period gives two more weeks like any other."""
    chosen = KINDS[slug]
    return chosen.period or PERIODS.get(chosen.procedure)


def offered(chosen: Kind, codes: frozenset[str], day: datetime.date) -> bool:
    """Whether the kind applies to a workplace under `codes`, as the law stands on
    `day`."""
    return (
        any(code in codes for code in chosen.where)
        and not any(code in codes for code in chosen.excluded)
    ) and (
        not chosen.offered_from
        or law.source(chosen.offered_from).status_on(day) in law.CURRENT
    )


# Where British law now says it elsewhere: the one-month period is counted under
# Art. 12A UK GDPR since 5 February 2026, and complaints to the regulator and their
# progress rest on ss. 165-166 of the Data Protection Act 2018 (whether Schedule 10
# of the Data (Use and Access) Act 2025 omitted Art. 77 UK GDPR was not confirmed).
UK_INSTEAD = {
    "12(3)": "uk-gdpr-art-12a",
    "77": "uk-dpa-2018-s165",
    "78(2)": "uk-dpa-2018-s166",
}


def gdpr(article: str, jurisdictions: frozenset[str]) -> str:
    """An article of the GDPR (or UK GDPR) as the registry cites it in the active
    language (the letter's); in Great Britain, the provision that now says it."""
    if "EEA" in jurisdictions:
        ident = GDPR.source_id(article)
    else:
        ident = UK_INSTEAD.get(article) or UK_GDPR.source_id(article)
    return law.cite(ident, translation.get_language())


def unique_lines(lines: list[str]) -> list[str]:
    """The lines without blanks and without one that repeats an earlier one (a name or
    a department typed again into the address)."""
    seen: set[str] = set()
    kept = []
    for line in (line.strip() for line in lines):
        key = " ".join(line.casefold().split())
        if key and key not in seen:
            seen.add(key)
            kept.append(line)
    return kept


def addressee(name: str, department: str, address: list[str]) -> list[str]:
    """The recipient's lines: the name, the department the app adds unless the
    address typed already names it ("Direction des ressources humaines" names
    "Direction"), then the address."""
    folded = " ".join(department.casefold().split())
    typed = any(folded in " ".join(line.casefold().split()) for line in address)
    return unique_lines([name, *([] if typed else [department]), *address])


class Articles:
    """GDPR articles for a template, in the letter's language: `{{ gdpr.15_3 }}` is
    Art. 15(3) GDPR (or UK GDPR), `{{ gdpr.5_1_a }}` Art. 5(1)(a)."""

    def __init__(self, codes: frozenset[str]):
        self.codes = codes

    def __getitem__(self, key: str) -> str:
        number, *parts = str(key).split("_")
        return gdpr(number + "".join(f"({part})" for part in parts), self.codes)


@dataclass
class Context:
    """What a kind's function reads: the letter as far as it is built, the codes of
    the law that reaches the workplace, the tone, and what the letter is about."""

    letter: Letter
    codes: frozenset[str]
    tone: str
    country: str
    place: str  # where periods are counted: the region, else the country

    def variables(self) -> dict:
        """What every template of the audience may use."""
        return {"gdpr": Articles(self.codes)}

    def standard_closing(self, chosen: Kind) -> list[str]:
        return []

    def opening(self, chosen: Kind) -> list[str]:
        """Paragraphs before the kind's own (the friendly tone's first words)."""
        return []

    def art(self, article: str) -> str:
        return gdpr(article, self.codes)

    def cite(self, source_id: str) -> str:
        return law.cite(source_id, self.letter.lang)

    def cite_in(self, text: str) -> str:
        """A registry text in the letter's language, its {source-id}s cited."""
        return law.cite_in(_(text), self.letter.lang)

    def national(self, key: str) -> str:
        """What the workplace's own representation law says for `key`, in the
        letter's language with its citations; empty where it says nothing."""
        representation = jurisdiction(self.country).representation
        text = representation.paragraphs.get(key) if representation else None
        return self.cite_in(text) if text else ""


# Reading a kind's template.

SECTION = re.compile(r"^@(subject|paragraphs|questions|closing)\s*$", re.MULTILINE)
BLANK = re.compile(r"\n[ \t]*\n")
SPACE = re.compile(r"[ \t\r\n]+")  # not the no-break spaces of French typography


def _joined(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def _paragraphs(text: str) -> list[str]:
    return [_joined(part) for part in BLANK.split(text) if _joined(part)]


def _items(text: str) -> list[str]:
    items = re.split(r"^[ \t]*- ", text, flags=re.MULTILINE)
    return [_joined(item) for item in items if _joined(item)]


def prose(slug: str, variables: dict) -> dict[str, list[str]]:
    """The kind's template rendered in the active language, by section."""
    # Plain text: each format escapes the letter as it needs.
    template = get_template(f"letters/{slug}.txt").template
    text = template.render(TemplateContext(variables, autoescape=False))
    found = SECTION.split(text)
    sections: dict[str, list[str]] = {}
    for name, body in zip(found[1::2], found[2::2], strict=True):
        split = _items if name == "questions" else _paragraphs
        sections[name] = split(body)
    return sections


def apply_prose(letter: Letter, variables: dict) -> None:
    """Fill the letter from its template: the subject, the paragraphs, the questions
    (after any the kind's function listed with their reasons), the closing ones."""
    sections = prose(letter.kind, {**variables, "firm": variables["tone"] == FIRM})
    letter.subject = " ".join(sections.get("subject", [])) or letter.subject
    letter.paragraphs += sections.get("paragraphs", [])
    letter.questions += [(item, "") for item in sections.get("questions", [])]
    letter.closing_paragraphs += sections.get("closing", [])


def deadline_line(chosen: Kind, context: Context) -> str:
    """How the answer's date is put: a statutory period with its law, or a date asked
    for that is no legal deadline; in the writer's voice."""
    letter = context.letter
    if letter.deadline is None:
        return ""
    date = letter.day(letter.deadline)
    if chosen.audience == COUNCIL:
        if context.tone == FIRM:
            return _("We ask for your answer by %(date)s.") % {"date": date}
        return _("We would be grateful for your answer by %(date)s.") % {"date": date}
    if chosen.procedure == STATUTORY and chosen.period_source:
        return _(
            "Please answer by %(date)s, %(days)s days from receipt of this request "
            "(%(law)s). You may extend this once by as many days if you tell me why "
            "within that time."
        ) % {
            "date": date,
            "days": chosen.period[1],
            "law": context.cite(chosen.period_source),
        }
    if chosen.procedure == STATUTORY:
        if context.tone == FIRM:
            line = _(
                "Please answer in full by %(date)s, one month from receipt of this "
                "request (%(art)s)."
            )
        else:
            line = _(
                "I would be grateful for your answer by %(date)s, one month from "
                "receipt of this request (%(art)s)."
            )
        return line % {"date": date, "art": context.art("12(3)")}
    if context.tone == FIRM:
        line = _("Please answer by %(date)s. This is a request, not a legal deadline.")
    else:
        line = _(
            "I would be grateful for your answer by %(date)s. This is a request, not "
            "a legal deadline."
        )
    return line % {"date": date}


# Each audience starts its letters: it checks that the kind fits, lays out the
# letter's sender and recipient, and gives the context its kinds read.
Starter = Callable[..., Context]
STARTERS: dict[str, Starter] = {}


def starter(audience: str):
    def register(start: Starter) -> Starter:
        STARTERS[audience] = start
        return start

    return register


def write_letter(
    slug: str,
    about,
    lang: str,
    details=None,
    tone: str = FIRM,
    written: datetime.date | None = None,
    as_of: datetime.date | None = None,
    sent: datetime.date | None = None,
    channel: str = "email",
    follows: FirstLetter | None = None,
    code: str = "",
) -> Letter:
    """One letter of kind `slug` in `lang` about `about` (an employee's assessment,
    or a council's campaign), or NotApplicable with a reason.

    Its findings read the law as of `as_of` (a stored result's day), else as of the
    day `written`. A period runs from the day the letter is received: `sent` (the
    day written by default) by `channel`, and the letter is dated that day. Its
    reference is made of that day, the country and `code` (drawn at random if not
    given: see documents.references). A reminder names the letter it `follows`,
    as the tracker holds it.
    """
    if slug not in KINDS:
        raise NotApplicable(_("Unknown kind of letter: %(kind)s") % {"kind": slug})
    chosen = KINDS[slug]
    with translation.override(lang):
        written = written or datetime.date.today()
        context = STARTERS[chosen.audience](
            chosen,
            about,
            lang=lang,
            details=details,
            tone=tone,
            written=written,
            as_of=as_of or written,
            follows=follows,
        )
        letter = context.letter
        letter.date = sent or written
        letter.reference = _("Our reference: %(ref)s") % {
            "ref": references.reference(
                letter.date, context.country, code or references.new_code()
            )
        }
        if period := period_of(slug):
            arrives = deadlines.received(sent or written, channel, context.place)
            letter.deadline = deadlines.deadline(
                arrives,
                period,
                context.place,
                receipt_day_counts=chosen.receipt_day_counts,
            )
        variables = {**context.variables(), **(chosen.build(context) or {})}
        apply_prose(letter, {**variables, "tone": tone})
        letter.paragraphs[:0] = context.opening(chosen)
        letter.closing_paragraphs += context.standard_closing(chosen)
        letter.deadline_line = deadline_line(chosen, context)
        return typeset(letter)
