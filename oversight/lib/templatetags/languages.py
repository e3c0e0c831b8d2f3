"""Languages named in the language shown: `{% language_name code %}` in running text,
`{% language_choice code %}` in the language switcher."""

from django import template

from oversight.lib import languages

register = template.Library()


@register.simple_tag
def language_name(code: str) -> str:
    return languages.language_name(code)


@register.simple_tag
def language_choice(code: str) -> str:
    return languages.language_choice(code)
