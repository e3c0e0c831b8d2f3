"""Text that every writer can take: what XML 1.0, PostgreSQL and UTF-8 refuse is
removed at the edge, once, so no stored answer can break a letter or a page.

Refused: NUL and the other C0 control characters but tab, line feed and carriage
return (XML 1.0 and PostgreSQL's text refuse them), lone surrogates (not encodable as
UTF-8), and the non-characters U+FFFE and U+FFFF (not allowed in XML). No Django here.
"""

import re

UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def is_safe(text: str) -> bool:
    """Whether the text holds nothing a writer or the database would refuse."""
    return UNSAFE.search(text) is None


def clean(text: str) -> str:
    """The text without the characters no writer takes."""
    return UNSAFE.sub("", text)


def clean_data(value):
    """A parsed document (dicts, lists, strings) with every string cleaned, keys too."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean_data(key): clean_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(clean_data(item) for item in value)
    return value
