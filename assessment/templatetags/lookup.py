"""A value of a mapping by a key the template holds in a variable."""

from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """`{{ notes|lookup:fact.path }}`: the value at that key, or None."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def answer_source(notes, fact):
    """`{{ answer_sources|answer_source:fact }}`: where the answer a finding rests
    on came from (assessment/products.py), or None. Of a list's answers, only the
    values the source gave count: a finding resting on a value the person ticked
    themselves is not the documentation's."""
    note = lookup(notes, fact.path)
    given = note.get("values") if note else None
    listed = isinstance(given, list) and isinstance(fact.value, list | tuple)
    if listed and not set(given) & set(fact.value):
        return None
    return note
