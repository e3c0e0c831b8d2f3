"""Product names in a text: a policy that names "Teramind" or "Microsoft Purview
Insider Risk Management" proposes those products' entries.

Names are matched as written (product names are proper nouns: "Insightful" in a
sentence is an adjective far more often than a product when written "insightful"),
as whole words, the longest first. Plain Python."""

import re

from catalogue import loader


def _pattern(name: str) -> re.Pattern:
    words = r"\s+".join(re.escape(word) for word in name.split())
    return re.compile(rf"(?<![\w.-]){words}(?![\w-])")


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
