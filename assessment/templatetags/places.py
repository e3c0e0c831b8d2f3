"""`{% place country region %}`: a workplace's country and US state by name."""

from django import template

from assessment.labels import place_name

register = template.Library()


@register.simple_tag
def place(country: str, region: str = "") -> str:
    return place_name(country, region or "")
