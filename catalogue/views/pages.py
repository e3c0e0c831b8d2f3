"""The catalogue's public pages and their JSON: every product, and one product with
what it can collect, the pages it rests on, what to ask and how to report an error."""

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from catalogue import loader, schema, wording


def _product_or_404(slug: str) -> loader.Product:
    product = loader.get(slug)
    if product is None:
        raise Http404
    return product


def _capabilities(product: loader.Product) -> list[dict]:
    return [
        {
            "statement": wording.statement(capability),
            "default": wording.DEFAULTS[capability.on_by_default],
            "on": not capability.optional,
            "source": capability.source,
            "read_on": wording.read_on(capability.source),
        }
        for capability in product.capabilities
    ]


@require_safe
def product_list(request):
    groups = []
    for kind in schema.KINDS:
        listed = [product for product in loader.products() if product.kind == kind]
        if listed:
            groups.append(
                {"kind": kind, "label": wording.KINDS[kind], "products": listed}
            )
    return render(
        request,
        "catalogue/products.html",
        {"groups": groups, "count": len(loader.products())},
    )


@require_safe
def product_detail(request, slug):
    product = _product_or_404(slug)
    return render(
        request,
        "catalogue/product.html",
        {
            "product": product,
            "kind": wording.KINDS[product.kind],
            "capabilities": _capabilities(product),
            "questions": [wording.question(product, c) for c in product.optional],
            "sources": [
                {"source": source, "read_on": wording.read_on(source)}
                for source in product.sources
            ],
            "corrections": settings.CATALOGUE_CORRECTIONS,
        },
    )


def as_document(product: loader.Product) -> dict:
    """A product as its data file says it, in the schema's form."""
    capabilities = []
    for capability in product.capabilities:
        source = {
            "url": capability.source.url,
            "retrieved": capability.source.retrieved.isoformat(),
            "quote": capability.source.quote,
        }
        if capability.source.updated:
            source["updated"] = capability.source.updated
        default = capability.on_by_default
        capabilities.append(
            {
                "field": capability.field,
                "values": list(capability.values),
                "on_by_default": "unknown" if default is None else default,
                "source": source,
            }
        )
    return {
        "slug": product.slug,
        "vendor": product.vendor,
        "product": product.product,
        "edition": product.edition,
        "aliases": list(product.aliases),
        "kind": product.kind,
        "capabilities": capabilities,
    }


LICENCE = {
    "format": schema.FORMAT,
    "licence": "CC BY 4.0",
    "licence_url": "https://creativecommons.org/licenses/by/4.0/",
    "attribution": "Oversight catalogue of monitoring products",
    "note": (
        "What each product can do according to its vendor's documentation, not what "
        "any employer enabled. Product names identify the products only."
    ),
}


@require_safe
def products_json(request):
    return JsonResponse(
        {**LICENCE, "products": [as_document(p) for p in loader.products()]},
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
def product_json(request, slug):
    return JsonResponse(
        {**LICENCE, "product": as_document(_product_or_404(slug))},
        json_dumps_params={"ensure_ascii": False},
    )
