"""The letter asking HR which of a product's optional features are switched on, and
with what settings, citing the vendor's documentation: registered with the employee's
letters (docs/letters.md), its prose in templates/letters/product-features.txt.

It reads the products the assessment names (a practice's name, or the policy text
kept with it); with none named, it asks which product is used."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from catalogue import prefill, recognise, wording
from documents.letters.employee import EmployeeContext
from documents.letters.engine import REQUEST, kind

MAX_PRODUCTS = 3
MAX_QUESTIONS = 12  # of the products' features; the template adds its own


def named_products(assessment) -> list:
    """The catalogue's products an assessment names, in the order named."""
    text = "\n".join(
        f"{practice.name}\n{practice.policy_excerpt}"
        for practice in assessment.practices
    )
    return recognise.named_in(text)[:MAX_PRODUCTS]


def _reason(capability) -> str:
    return _(
        "The vendor's documentation says the product can do this: %(url)s (read on "
        "%(day)s)."
    ) % {"url": capability.source.url, "day": wording.read_on(capability.source)}


@kind(
    "product-features",
    gettext_lazy("Which features of the monitoring product are on"),
    ("ANY",),
    gettext_lazy(
        "Ask which of the product's optional features are switched on for you, and "
        "with what settings, citing the vendor's own documentation."
    ),
    procedure=REQUEST,
)
def product_features(context: EmployeeContext) -> dict:
    chosen = named_products(context.assessment)
    context.letter.questions = [
        (wording.question(product, capability), _reason(capability))
        for product, capability in prefill.optional(chosen)
    ][:MAX_QUESTIONS]
    return {
        "products": ", ".join(product.name for product in chosen),
        "editions": "; ".join(f"{p.name}: {p.edition}" for p in chosen),
    }
