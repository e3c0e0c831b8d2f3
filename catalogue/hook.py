"""The catalogue as the questionnaire's source of answers (assessment/products.py):
it offers a product search for a practice being added, says on each step which
answers came from the vendor's documentation and what else to ask there, keeps that
when the practice joins the assessment, and names products in a policy text."""

from django.urls import reverse
from django.utils.translation import gettext as _

from assessment import labels, products, questionnaire
from catalogue import loader, prefill, recognise, wording
from catalogue.models import PracticeSource


def _stored(record, index: int) -> PracticeSource | None:
    row = PracticeSource.objects.filter(assessment=record, index=index).first()
    practices = record.practices
    if row and index < len(practices) and practices[index].get("name") == row.name:
        return row
    return None


def _sources(record, index: int | None) -> dict:
    if index is None:
        return (record.pending or {}).get("sources") or {}
    row = _stored(record, index)
    return row.sources if row else {}


def _chosen(sources: dict) -> list[loader.Product]:
    return [p for slug in sources.get("products", []) if (p := loader.get(slug))]


def _still_given(current, filled) -> bool:
    """Whether an answer still holds what the documentation gave."""
    if isinstance(filled, list):
        return isinstance(current, list) and set(filled) <= set(current)
    return current == filled


def _note(names: str, confirmed: bool, values) -> dict:
    """How a result says an answer came from the documentation."""
    if confirmed:
        words = _("From the vendor's documentation of %(products)s, confirmed by you.")
    else:
        words = _(
            "From the vendor's documentation of %(products)s, not yet confirmed by you."
        )
    return {
        "source": names,
        "confirmed": confirmed,
        "words": words % {"products": names},
        "values": values,  # what the documentation gave (a list: only these count)
    }


class CatalogueSource:
    def offer(self, record) -> str:
        return reverse("catalogue:choose", args=[record.public_id])

    def step_notes(self, record, index, paths) -> dict:
        sources = _sources(record, index)
        chosen = _chosen(sources)
        if not chosen:
            return {}
        confirmed = set(sources.get("confirmed", []))
        filled = [
            {
                "question": str(labels.question(path)),
                "answer": labels.describe(path, value)[1],
                "confirmed": path in confirmed,
            }
            for path, value in sources.get("paths", {}).items()
            if path in paths
        ]
        asked = [
            {
                "product": product.name,
                "url": reverse("catalogue:product", args=[product.slug]),
                "feature": wording.feature(product, capability),
                "source": capability.source.url,
            }
            for product, capability in prefill.optional(chosen)
            if prefill.path_of(capability) in paths
        ]
        if not filled and not asked:
            return {}
        return {
            "products": ", ".join(product.name for product in chosen),
            "filled": filled,
            "asked": asked,
        }

    def step_saved(self, record, index, paths) -> None:
        if index is None:
            return  # services.save_step confirmed them with the pending practice
        row = _stored(record, index)
        if row:
            row.sources = products.confirm({"sources": row.sources}, paths)["sources"]
            row.save(update_fields=["sources"])

    def practice_added(self, record, index, pending) -> None:
        sources = pending.get("sources")
        if not sources:
            return
        name = record.practices[index].get("name", "")
        PracticeSource.objects.update_or_create(
            assessment=record, index=index, defaults={"name": name, "sources": sources}
        )

    def answer_sources(self, record) -> dict[str, dict]:
        found = {}
        for row in PracticeSource.objects.filter(assessment=record):
            if _stored(record, row.index) is None:
                continue
            practice = record.practices[row.index]
            names = ", ".join(p.name for p in _chosen(row.sources))
            confirmed = set(row.sources.get("confirmed", []))
            for path, value in row.sources.get("paths", {}).items():
                if _still_given(questionnaire.get(practice, path), value):
                    found[f"practices[{row.index}].{path}"] = _note(
                        names, path in confirmed, value
                    )
        return found

    def recognise(self, text: str) -> list[dict]:
        return [
            {
                "name": product.name,
                "vendor": product.vendor,
                "url": reverse("catalogue:product", args=[product.slug]),
            }
            for product in recognise.named_in(text)
        ]


def register() -> None:
    products.register(CatalogueSource())
