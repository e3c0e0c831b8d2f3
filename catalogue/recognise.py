"""Product names in a text: a policy that names "Teramind" or "Microsoft Purview
Insider Risk Management" proposes those products' entries.

Names are matched as whole names (never inside a longer word: "TeramindX" is not
Teramind), the longest first, and whatever their case ("teramind", "HUBSTAFF"),
except a name made only of ordinary words: "Insightful", "Sapience", "Time
Doctor" or "Communication Compliance" name a product only when written as the
product writes them; "insightful" in a sentence is an adjective. A coined name
("Clockify", "Teramind") is no word of the language, so any case names it.
Plain Python."""

import re

from catalogue import loader

# The words of the language found in the catalogue's names: a name made only of
# these (and of short linking words) is matched as written. A new product whose
# name is an ordinary word or phrase adds its words here (tests/catalogue).
ORDINARY_WORDS = frozenset(
    {
        "analytics",
        "attendance",
        "communication",
        "compliance",
        "demand",
        "doctor",
        "eight",
        "insider",
        "insightful",
        "lion",
        "management",
        "risk",
        "samsara",
        "sapience",
        "time",
        "workplace",
    }
)
LINKING_WORDS = frozenset({"on", "of", "and", "the"})


def ordinary(name: str) -> bool:
    """Whether a name is made only of ordinary words (and so matched as written)."""
    words = [word.casefold() for word in name.split()]
    return all(word in ORDINARY_WORDS | LINKING_WORDS for word in words) and any(
        word in ORDINARY_WORDS for word in words
    )


def _pattern(name: str) -> re.Pattern:
    words = r"\s+".join(re.escape(word) for word in name.split())
    flags = 0 if ordinary(name) else re.IGNORECASE
    return re.compile(rf"(?<![\w.-]){words}(?![\w-])", flags)


def named_in(text: str, catalogue: tuple | None = None) -> list[loader.Product]:
    """The products a text names, in the order first named."""
    listed = loader.products() if catalogue is None else catalogue
    names = sorted(
        ((name, product) for product in listed for name in product.names),
        key=lambda pair: -len(pair[0]),
    )
    first: dict[str, tuple[int, loader.Product]] = {}
    taken: list[range] = []
    for name, product in names:
        for match in _pattern(name).finditer(text):
            span = range(match.start(), match.end())
            if any(
                span.start < other.stop and other.start < span.stop for other in taken
            ):
                continue  # inside a longer name already found
            taken.append(span)
            if product.slug not in first or match.start() < first[product.slug][0]:
                first[product.slug] = (match.start(), product)
    return [product for _start, product in sorted(first.values(), key=lambda f: f[0])]
