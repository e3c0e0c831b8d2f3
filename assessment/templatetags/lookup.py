"""A value of a mapping by a key the template holds in a variable."""

from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """`{{ notes|lookup:fact.path }}`: the value at that key, or None."""
    return mapping.get(key) if hasattr(mapping, "get") else None
