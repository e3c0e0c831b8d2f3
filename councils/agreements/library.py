"""The clause library and the jurisdictions' frames, read from the TOML files beside
this module (clauses/*.toml, frames.toml). Plain Python: no Django.

A clause has its text in English, German and French with `{parameter}` fields, the
findings (rule slugs) it answers, the sources of the law registry it rests on, a
commentary for the council and whether it is essential. A frame gives an
agreement's kind, title, parties, legal bases (source ids) and signature lines for
a country.
"""

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assessment import law

HERE = Path(__file__).resolve().parent
# The clauses are written in the languages the law is cited in; a document in
# another language of the app takes the English text (`in_language`).
LANGS = law.LANGUAGES
# Integer parameters by kind; "text" takes a line the council types.
NUMBER_KINDS = ("days", "weeks", "months", "number")


class LibraryError(ValueError):
    """A clause or frame file that does not follow the schema."""


def in_language(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts["en"]


def _texts(value, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or set(value) != set(LANGS):
        raise LibraryError(f"{where}: needs exactly {', '.join(LANGS)}")
    if not all(isinstance(text, str) and text.strip() for text in value.values()):
        raise LibraryError(f"{where}: an empty text")
    return dict(value)


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    default: int
    minimum: int
    maximum: int
    label: dict[str, str]


@dataclass(frozen=True)
class Clause:
    id: str
    family: str
    essential: bool
    answers: tuple[str, ...]
    law: tuple[str, ...]
    title: dict[str, str]
    text: dict[str, str]
    commentary: dict[str, str]
    parameters: tuple[Parameter, ...]

    def defaults(self) -> dict[str, int]:
        return {p.name: p.default for p in self.parameters}

    def render(self, lang: str, values: dict[str, int] | None = None) -> str:
        """The clause's text in a language, its fields filled from `values` (each
        clamped to its range) or the defaults."""
        values = values or {}
        filled = {
            p.name: min(max(int(values.get(p.name, p.default)), p.minimum), p.maximum)
            for p in self.parameters
        }
        return in_language(self.text, lang).format(**filled)


@dataclass(frozen=True)
class Family:
    key: str
    order: int
    title: dict[str, str]
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class Frame:
    code: str
    countries: tuple[str, ...]
    kind: dict[str, str]
    title: dict[str, str]
    parties: dict[str, str]
    bases: tuple[str, ...]
    signatures: tuple[dict[str, str], ...]
    # Words of the clauses this frame says otherwise, by language: a US proposal
    # speaks of "the Union" where the clauses say "the council".
    terms: dict[str, dict[str, str]]

    def worded(self, text: str, lang: str) -> str:
        for said, instead in self.terms.get(lang, {}).items():
            text = text.replace(said, instead)
        return text


def _parameter(raw: dict, where: str) -> Parameter:
    kind = raw.get("kind")
    if kind not in NUMBER_KINDS:
        raise LibraryError(f"{where}: kind {kind!r} is not one of {NUMBER_KINDS}")
    low, high, default = raw["min"], raw["max"], raw["default"]
    if not low <= default <= high:
        raise LibraryError(f"{where}: default {default} outside {low}..{high}")
    return Parameter(
        raw["name"], kind, default, low, high, _texts(raw["label"], f"{where} label")
    )


def _clause(raw: dict, family: str, where: str) -> Clause:
    ident = raw["id"]
    where = f"{where} {ident}"
    return Clause(
        id=ident,
        family=family,
        essential=bool(raw["essential"]),
        answers=tuple(raw["answers"]),
        law=tuple(raw["law"]),
        title=_texts(raw["title"], f"{where} title"),
        text=_texts(raw["text"], f"{where} text"),
        commentary=_texts(raw["commentary"], f"{where} commentary"),
        parameters=tuple(
            _parameter(p, f"{where} parameter") for p in raw.get("parameter", [])
        ),
    )


def read_family(path: Path) -> Family:
    with path.open("rb") as file:
        raw = tomllib.load(file)
    key = raw["family"]
    return Family(
        key=key,
        order=raw["order"],
        title=_texts(raw["title"], f"{path.name} title"),
        clauses=tuple(_clause(c, key, path.name) for c in raw["clause"]),
    )


@cache
def families() -> tuple[Family, ...]:
    found = [read_family(path) for path in sorted((HERE / "clauses").glob("*.toml"))]
    ids = [clause.id for family in found for clause in family.clauses]
    if len(ids) != len(set(ids)):
        raise LibraryError("two clauses share an id")
    return tuple(sorted(found, key=lambda family: family.order))


def clauses() -> tuple[Clause, ...]:
    return tuple(clause for family in families() for clause in family.clauses)


def clause(ident: str) -> Clause:
    return next(c for c in clauses() if c.id == ident)


def family(key: str) -> Family:
    return next(f for f in families() if f.key == key)


@cache
def frames() -> dict[str, Frame]:
    with (HERE / "frames.toml").open("rb") as file:
        raw = tomllib.load(file)["frame"]
    return {
        code: Frame(
            code=code,
            countries=tuple(entry["countries"]),
            kind=_texts(entry["kind"], f"frame {code} kind"),
            title=_texts(entry["title"], f"frame {code} title"),
            parties=_texts(entry["parties"], f"frame {code} parties"),
            bases=tuple(entry["bases"]),
            signatures=tuple(
                _texts(line, f"frame {code} signature") for line in entry["signatures"]
            ),
            terms=entry.get("terms", {}),
        )
        for code, entry in raw.items()
    }


@cache
def document_labels() -> dict[str, dict[str, str]]:
    """The agreement document's own words (headings, annex columns) by key, each in
    the three languages."""
    with (HERE / "frames.toml").open("rb") as file:
        raw = tomllib.load(file)["labels"]
    return {key: _texts(value, f"label {key}") for key, value in raw.items()}


def frame_for(country: str) -> Frame:
    """The frame of a country (a US state's code starts "US-"), else the default."""
    country = country.upper().split("-")[0]
    for frame in frames().values():
        if country in frame.countries:
            return frame
    return frames()["default"]
