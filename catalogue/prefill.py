"""What choosing products answers in a practice, and what it leaves to ask.

A capability on by default pre-fills the fact it names; an optional one (or one
whose default the documentation does not give) is asked instead. Plain Python."""

from assessment.facts import vocabulary as v
from catalogue.loader import Capability, Product

# The fact of a practice each field of the catalogue answers or asks about. The
# format has no fact for a hidden agent: it is asked beside what workers were told.
PATHS = {
    "data": "data",
    "devices": "devices",
    "when": "when",
    "inferences": "inferences",
    "decisions": "decisions",
    "de_identification": "de_identification",
    "retention": "retention",
}
VISIBILITY_PATHS = {
    "stealth": "notice",
    "visible": "notice",
    "employee_view": "own_data_access",
}
LISTS = {"data": v.DATA, "devices": v.DEVICES, "inferences": v.INFERENCES}
# Of two products' defaults for one answer, the one that says more is kept.
STRONGER = {
    "when": ("always", "work_hours"),
    "decisions": ("automated", "informs_human", "none"),
}


def path_of(capability: Capability) -> str:
    """The fact a capability answers or asks about."""
    if capability.field == "visibility":
        return VISIBILITY_PATHS[capability.values[0]]
    return PATHS[capability.field]


def _retention(values: list) -> int | str:
    return "indefinite" if "indefinite" in values else max(values)


def answers(products: list[Product]) -> dict:
    """The practice's answers that the products' defaults give, by fact path."""
    found: dict[str, list] = {}
    for product in products:
        for capability in product.by_default:
            if capability.field == "visibility":
                if "employee_view" in capability.values:
                    found.setdefault("own_data_access", []).append("yes")
                continue
            found.setdefault(path_of(capability), []).extend(capability.values)
    result: dict = {}
    for path, values in found.items():
        if path in LISTS:
            result[path] = [value for value in LISTS[path] if value in values]
        elif path in STRONGER:
            result[path] = next(value for value in STRONGER[path] if value in values)
        elif path == "retention":
            result[path] = _retention(values)
        elif len(set(values)) == 1:  # de-identification, own data: when all agree
            result[path] = values[0]
    return result


def merged(practice: dict, answers: dict) -> dict:
    """A practice with the products' answers added: a list keeps what was ticked
    and gains the rest; an answer already given stays as the person gave it."""
    result = dict(practice)
    for path, value in answers.items():
        given = result.get(path)
        if isinstance(value, list):
            order = LISTS[path]
            both = set(given or []) | set(value)
            result[path] = [item for item in order if item in both]
        elif given in (None, v.UNKNOWN):
            result[path] = value
    return result


def optional(products: list[Product]) -> list[tuple[Product, Capability]]:
    """Every capability to ask about, product by product."""
    return [(product, c) for product in products for c in product.optional]


def name(products: list[Product]) -> str:
    return " + ".join(product.name for product in products)[: v.MAX_NAME_LENGTH]
