"""Reads the products' data files, checks each against the schema, and answers the
questions the pages, the questionnaire and the letters put: every product, one by
its slug, the products whose name or alias matches a search.

Plain Python (no Django): the files are read once and kept."""

import datetime
import functools
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from catalogue import schema

PRODUCTS = Path(__file__).with_name("products")
CORE = "core"


class CatalogueError(ValueError):
    """A data file that does not follow the schema."""


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    retrieved: datetime.date
    quote: str
    updated: str = ""  # the page's own words for when it was updated, if it shows any


@dataclass(frozen=True, slots=True)
class Capability:
    field: str  # a field of a practice in oversight.assessment/1, or `visibility`
    values: tuple  # its values (a number of days for `retention`)
    # True, False, "core" (what the product does by design, per its documentation)
    # or None (the documentation does not say)
    on_by_default: bool | str | None
    source: Source

    @property
    def optional(self) -> bool:
        """Whether an employer chooses it (or the documentation does not say that it
        is on from the start, nor that the product does it by design): such a
        capability is asked, not pre-filled."""
        return self.on_by_default not in (True, CORE)

    @property
    def key(self) -> str:
        """A stable name of the capability within its product: `data:screenshots`."""
        return f"{self.field}:{'+'.join(str(value) for value in self.values)}"


@dataclass(frozen=True, slots=True)
class Product:
    slug: str
    vendor: str
    product: str
    edition: str
    kind: str
    aliases: tuple[str, ...]
    capabilities: tuple[Capability, ...]

    @property
    def name(self) -> str:
        return self.product

    @property
    def names(self) -> tuple[str, ...]:
        return (self.product, *self.aliases)

    @property
    def by_default(self) -> tuple[Capability, ...]:
        return tuple(c for c in self.capabilities if not c.optional)

    @property
    def optional(self) -> tuple[Capability, ...]:
        return tuple(c for c in self.capabilities if c.optional)

    @property
    def sources(self) -> tuple[Source, ...]:
        """Each page it rests on, once, in the order first cited."""
        seen: dict[str, Source] = {}
        for capability in self.capabilities:
            seen.setdefault(capability.source.url, capability.source)
        return tuple(seen.values())

    @property
    def oldest_source(self) -> datetime.date:
        return min(source.retrieved for source in self.sources)

    def capability(self, key: str) -> Capability | None:
        return next((c for c in self.capabilities if c.key == key), None)


def parse(slug: str, data: dict) -> Product:
    """One product from its file's data; a CatalogueError says what is wrong."""
    found = schema.problems(data)
    if found:
        raise CatalogueError(f"{slug}: " + "; ".join(found))
    capabilities = []
    for item in data["capabilities"]:
        source = item["source"]
        default = item["on_by_default"]
        capabilities.append(
            Capability(
                field=item["field"],
                values=tuple(item["values"]),
                on_by_default=None if default == "unknown" else default,
                source=Source(
                    url=source["url"],
                    retrieved=datetime.date.fromisoformat(source["retrieved"]),
                    quote=source["quote"],
                    updated=source.get("updated", ""),
                ),
            )
        )
    return Product(
        slug=slug,
        vendor=data["vendor"],
        product=data["product"],
        edition=data["edition"],
        kind=data["kind"],
        aliases=tuple(data.get("aliases", ())),
        capabilities=tuple(capabilities),
    )


def read(path: Path) -> Product:
    if not path.stem.replace("-", "").isalnum() or path.stem != path.stem.lower():
        raise CatalogueError(f"{path.name}: a file's name is its slug: a-z, 0-9, -")
    with path.open("rb") as file:
        return parse(path.stem, tomllib.load(file))


def load(folder: Path = PRODUCTS) -> tuple[Product, ...]:
    """Every product in a folder, by name."""
    found = [read(path) for path in sorted(folder.glob("*.toml"))]
    return tuple(sorted(found, key=lambda product: fold(product.name)))


@functools.cache
def products() -> tuple[Product, ...]:
    """The catalogue, read once."""
    return load()


def get(slug: str) -> Product | None:
    return next((p for p in products() if p.slug == slug), None)


def fold(text: str) -> str:
    """A name as it is compared: case, accents and spacing set aside."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(kept.split())


def search(query: str, catalogue: tuple[Product, ...] | None = None) -> list[Product]:
    """The products whose name, alias or vendor contains the query (every product
    for an empty one); those whose name begins with it first."""
    wanted = fold(query)
    listed = products() if catalogue is None else catalogue
    if not wanted:
        return list(listed)
    hits = []
    for product in listed:
        names = [fold(name) for name in (*product.names, product.vendor)]
        if any(wanted in name for name in names):
            starts = any(name.startswith(wanted) for name in names)
            hits.append((not starts, fold(product.name), product))
    return [product for *_key, product in sorted(hits, key=lambda hit: hit[:2])]
