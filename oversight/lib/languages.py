"""Languages named in the language shown: in running text ("auf Englisch", "en
anglais") and in the language switcher ("Englisch (English)")."""

from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info

# Languages whose writing puts the names of languages in lower case ("en anglais").
LOWER_CASE_LANGUAGE_NAMES = frozenset({"es", "fr", "it", "pt"})


def language_name(code: str) -> str:
    """A language named in the language shown, as it is written in running text:
    "auf Englisch", "en anglais", "in German"."""
    name = str(get_language_info(code)["name_translated"])
    if (get_language() or "en").split("-")[0] in LOWER_CASE_LANGUAGE_NAMES:
        return name.lower()
    return name


def language_choice(code: str) -> str:
    """A language as the language switcher offers it: named in the language shown,
    with its own name beside it for whoever cannot read the page ("Englisch
    (English)")."""
    info = get_language_info(code)
    name = capfirst(str(info["name_translated"]))
    if code == get_language():
        return name
    return f"{name} ({info['name_local']})"
