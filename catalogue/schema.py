"""The schema of one product's data file, made from the assessment format's own
vocabulary: a capability names a field of a practice and values of that field, so
the catalogue cannot say what the questionnaire could not record.

Plain Python: the loader checks every file with `problems()`; `product.schema.json`
beside this file is the same schema for others to use (a test keeps them equal)."""

import json
import re
from pathlib import Path

from assessment.facts import vocabulary as v

SCHEMA_FILE = Path(__file__).with_name("product.schema.json")
FORMAT = "oversight.catalogue/1"

# The kinds of product the catalogue lists.
KINDS = (
    "endpoint_activity",  # an agent on the computer: activity, screenshots, keystrokes
    "time_tracking",  # a timer with activity levels and screenshots
    "productivity_analytics",  # scores made from work applications' events
    "suite_analytics",  # analytics inside an office suite (mail, calendar, chat)
    "insider_risk",  # compliance and insider-risk tools reading communications
    "security_agent",  # endpoint security and audit agents
    "speech_analytics",  # call-centre speech and emotion analytics
    "location_tracking",  # warehouse, field and delivery tracking
    "attendance_clock",  # badge and biometric time clocks
    "proctoring",  # webcam proctoring and identity checks
    "call_recording",  # recording of calls and of the agent's screen during them
)

# The fields of a practice a capability may fill, with the values each takes. The
# format has no field for the agent being hidden; `visibility` records it for the
# letter to HR, and `employee_view` (a view of one's own data) is `own_data_access`.
VISIBILITY = ("stealth", "visible", "employee_view")
FIELDS = {
    "data": v.DATA,
    "devices": v.DEVICES,
    "when": tuple(value for value in v.WHEN if value != v.UNKNOWN),
    "inferences": v.INFERENCES,
    "decisions": tuple(value for value in v.DECISIONS if value != v.UNKNOWN),
    "de_identification": tuple(
        value for value in v.DE_IDENTIFICATION if value != v.UNKNOWN
    ),
    "retention": ("indefinite",),  # or a number of days
    "visibility": VISIBILITY,
}
# true: the documentation says it is on from the start; "core": the documentation
# says the product does it by design (what its agent records once installed) but
# names no default setting; false: off until switched on; "unknown": not said.
ON_BY_DEFAULT = (True, "core", False, "unknown")
DATE = r"^20[0-9]{2}-[01][0-9]-[0-3][0-9]$"
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_QUOTE = 400


def _values(field: str) -> dict:
    allowed = {"enum": list(FIELDS[field])}
    if field == "retention":
        allowed = {
            "oneOf": [
                {"type": "integer", "minimum": 0, "maximum": v.MAX_RETENTION_DAYS},
                allowed,
            ]
        }
    return {
        "if": {"properties": {"field": {"const": field}}},
        "then": {"properties": {"values": {"items": allowed}}},
    }


def build() -> dict:
    """The JSON Schema (draft 2020-12) of a product's file."""
    text = {"type": "string", "minLength": 1, "maxLength": 200}
    source = {
        "type": "object",
        "additionalProperties": False,
        "required": ["url", "retrieved", "quote"],
        "properties": {
            "url": {"type": "string", "pattern": "^https?://"},
            "retrieved": {"type": "string", "pattern": DATE},
            "updated": text,
            "quote": {"type": "string", "minLength": 3, "maxLength": MAX_QUOTE},
        },
    }
    capability = {
        "type": "object",
        "additionalProperties": False,
        "required": ["field", "values", "on_by_default", "source"],
        "properties": {
            "field": {"enum": list(FIELDS)},
            "values": {"type": "array", "minItems": 1, "uniqueItems": True},
            "on_by_default": {"enum": list(ON_BY_DEFAULT)},
            "source": source,
        },
        "allOf": [_values(field) for field in FIELDS],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": FORMAT,
        "title": "One product of Oversight's catalogue of monitoring products",
        "type": "object",
        "additionalProperties": False,
        "required": ["vendor", "product", "edition", "kind", "capabilities"],
        "properties": {
            "vendor": text,
            "product": text,
            "edition": text,
            "aliases": {"type": "array", "items": text, "uniqueItems": True},
            "kind": {"enum": list(KINDS)},
            "capabilities": {"type": "array", "minItems": 1, "items": capability},
        },
    }


def published() -> dict:
    return json.loads(SCHEMA_FILE.read_text())


def problems(data: dict) -> list[str]:
    """What is wrong with one product's data, in words ([] when nothing is): the
    loader's own check, so that the app needs no schema library at run time."""
    found = []
    for key in ("vendor", "product", "edition", "kind"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            found.append(f"{key} is missing")
    if data.get("kind") not in KINDS:
        found.append(f"kind {data.get('kind')!r} is not one of {KINDS}")
    extra = set(data) - {
        "vendor",
        "product",
        "edition",
        "aliases",
        "kind",
        "capabilities",
    }
    if extra:
        found.append(f"unknown keys {sorted(extra)}")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        found.append("aliases must be a list of names")
    capabilities = data.get("capabilities")
    if not isinstance(capabilities, list) or not capabilities:
        return [*found, "no capabilities"]
    for number, capability in enumerate(capabilities, 1):
        found.extend(f"capability {number}: {p}" for p in _capability(capability))
    return found


def _capability(capability: dict) -> list[str]:
    found = []
    field = capability.get("field")
    if field not in FIELDS:
        return [f"field {field!r} is not one of {tuple(FIELDS)}"]
    values = capability.get("values")
    if not isinstance(values, list) or not values:
        found.append("no values")
        values = []
    for value in values:
        number = isinstance(value, int) and not isinstance(value, bool)
        if field == "retention" and number:
            if not 0 <= value <= v.MAX_RETENTION_DAYS:
                found.append(f"retention {value} days is out of range")
        elif value not in FIELDS[field]:
            found.append(f"{value!r} is not a value of {field}")
    if capability.get("on_by_default") not in ON_BY_DEFAULT:
        found.append("on_by_default must be true, 'core', false or 'unknown'")
    extra = set(capability) - {"field", "values", "on_by_default", "source"}
    if extra:
        found.append(f"unknown keys {sorted(extra)}")
    source = capability.get("source") or {}
    if not str(source.get("url", "")).startswith(("https://", "http://")):
        found.append("the source has no URL")
    if not re.match(DATE, str(source.get("retrieved", ""))):
        found.append("the source has no date it was read (YYYY-MM-DD)")
    quote = source.get("quote", "")
    if not isinstance(quote, str) or not 3 <= len(quote) <= MAX_QUOTE:
        found.append("the source has no quote (or one too long)")
    return found
