"""Reading oversight.assessment/1: every error found at once, each named by its path."""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from oversight.lib.text import clean_data, is_safe

from . import vocabulary as v
from .model import Assessment, Employer, Participation, Practice, Workplace

COUNTRY = re.compile(r"[A-Z]{2}")
REGION = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


@dataclass(frozen=True, slots=True)
class FieldError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidAssessment(ValueError):
    """The input is not a valid oversight.assessment/1 document."""

    def __init__(self, errors: list[FieldError]):
        self.errors = tuple(errors)
        super().__init__("\n".join(str(error) for error in self.errors))


def load_assessment(text: str | bytes) -> Assessment:
    """Parse JSON text into an Assessment, or raise InvalidAssessment."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")
        doc = json.loads(text)
    except UnicodeDecodeError:
        raise InvalidAssessment(
            [FieldError("", "the file is not UTF-8 text")]
        ) from None
    except json.JSONDecodeError as exc:
        message = f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        raise InvalidAssessment([FieldError("", message)]) from None
    except RecursionError:
        message = "not an assessment: lists or objects are nested too deeply"
        raise InvalidAssessment([FieldError("", message)]) from None
    except ValueError:  # an integer of thousands of digits (Python refuses those)
        message = "not an assessment: a number has far too many digits"
        raise InvalidAssessment([FieldError("", message)]) from None
    return _read(doc)


def parse_assessment(doc: Any) -> Assessment:
    """Validate a decoded JSON document and build the Assessment it describes.

    Its text is cleaned first of what XML, PostgreSQL and UTF-8 refuse: a document
    stored before text was cleaned at the edge still makes letters. A file is read
    by `load_assessment`, which names such text as an error instead."""
    return _read(clean_data(doc))


def _read(doc: Any) -> Assessment:
    reader = _Reader()
    assessment = reader.assessment(doc)
    if reader.errors:
        raise InvalidAssessment(reader.errors)
    return assessment


def _printable(text: str) -> str:
    """Text that can be written out as UTF-8: a lone surrogate (valid in JSON, not in
    text) is shown as its escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _show(value: Any) -> str:
    shown = _printable(json.dumps(value, ensure_ascii=False))
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _one_of(values: tuple[str, ...]) -> str:
    return "expected one of " + ", ".join(f'"{value}"' for value in values)


def _is_integer(value: Any) -> bool:
    # JSON Schema counts 3.0 as an integer, and JSON's true/false as no number at all.
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _join(path: str, key: str) -> str:
    key = _printable(key)
    return f"{path}.{key}" if path else key


class _Reader:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, path: str, message: str) -> None:
        self.errors.append(FieldError(path, message))

    # Building blocks. Each returns the normalised value, or None after noting an error.

    def fields(
        self, value: Any, path: str, known: tuple[str, ...], required: tuple[str, ...]
    ) -> dict | None:
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {_show(value)}")
            return None
        for key in value:
            if key not in known:
                self.fail(_join(path, key), "unknown field, not part of this format")
        for key in required:
            if key not in value:
                self.fail(_join(path, key), "missing; this field is required")
        return value

    def choice(self, obj: dict, key: str, path: str, values: tuple[str, ...]) -> str:
        if key not in obj:
            return v.UNKNOWN
        value = obj[key]
        if isinstance(value, str) and value in values:
            return value
        self.fail(_join(path, key), f"{_show(value)} is not allowed; {_one_of(values)}")
        return v.UNKNOWN

    def choices(
        self,
        obj: dict,
        key: str,
        path: str,
        values: tuple[str, ...],
        default: frozenset[str] = frozenset(),
        at_least_one: bool = False,
    ) -> frozenset[str]:
        if key not in obj:
            return default
        items, where = obj[key], _join(path, key)
        if not isinstance(items, list):
            self.fail(where, f"expected a list, {_one_of(values)}")
            return default
        if at_least_one and not items:
            self.fail(where, f"must name at least one; {_one_of(values)}")
        seen: set[str] = set()
        for index, item in enumerate(items):
            if not (isinstance(item, str) and item in values):
                self.fail(
                    f"{where}[{index}]",
                    f"{_show(item)} is not allowed; {_one_of(values)}",
                )
            elif item in seen:
                self.fail(where, f'"{item}" is listed twice')
            else:
                seen.add(item)
        return frozenset(seen)

    def text(
        self, obj: dict, key: str, path: str, max_length: int, min_length: int = 0
    ) -> str:
        value = obj.get(key, "")
        where = _join(path, key)
        if not isinstance(value, str):
            self.fail(where, f"expected text, got {_show(value)}")
            return ""
        if len(value) > max_length:
            self.fail(where, f"too long: {len(value)} characters, at most {max_length}")
        elif len(value) < min_length:
            self.fail(where, "must not be empty")
        elif "\x00" in value:
            self.fail(where, "contains a NUL character, which text may not hold")
        elif any("\ud800" <= character <= "\udfff" for character in value):
            self.fail(where, "contains a lone surrogate, which is not valid text")
        elif not is_safe(value):
            self.fail(where, "contains a control character, which text may not hold")
        return value

    def pattern(
        self, obj: dict, key: str, path: str, regex: re.Pattern, expected: str
    ) -> str:
        value = obj.get(key, "")
        if isinstance(value, str) and regex.fullmatch(value):
            return value
        self.fail(
            _join(path, key), f"{_show(value)} is not allowed; expected {expected}"
        )
        return ""

    # The format, top down.

    def assessment(self, doc: Any) -> Assessment:
        known = ("format", "title", "employer", "workplace", "practices")
        obj = self.fields(doc, "", known, ("format", "workplace", "practices"))
        if obj is None:
            self.errors[-1] = FieldError("", "expected a JSON object (an assessment)")
            return None  # type: ignore[return-value]
        fmt = obj.get("format")
        if "format" in obj and fmt != v.FORMAT:
            self.fail(
                "format", f'unsupported format {_show(fmt)}; expected "{v.FORMAT}"'
            )
        title = self.text(obj, "title", "", v.MAX_NAME_LENGTH)
        employer = self.employer(obj["employer"]) if "employer" in obj else Employer()
        workplace = self.workplace(obj.get("workplace", {}))
        practices = self.practices(obj.get("practices", []))
        return Assessment(
            workplace=workplace, practices=practices, title=title, employer=employer
        )

    def employer(self, value: Any) -> Employer:
        obj = self.fields(value, "employer", ("name", "sector", "headcount"), ())
        if obj is None:
            return Employer()
        headcount = obj.get("headcount")
        if headcount is not None and not (_is_integer(headcount) and headcount >= 1):
            self.fail(
                "employer.headcount", "expected a whole number of people, 1 or more"
            )
            headcount = None
        return Employer(
            name=self.text(obj, "name", "employer", v.MAX_NAME_LENGTH),
            sector=self.text(obj, "sector", "employer", v.MAX_SECTOR_LENGTH),
            headcount=int(headcount) if headcount is not None else None,
        )

    def workplace(self, value: Any) -> Workplace:
        known = (
            "country",
            "region",
            "worker_representation",
            "digital_labour_platform",
        )
        obj = self.fields(value, "workplace", known, ("country",))
        if obj is None:
            return Workplace(country="")
        country = ""
        if "country" in obj:
            country = self.pattern(
                obj,
                "country",
                "workplace",
                COUNTRY,
                "a two-letter country code like DE",
            )
        region = ""
        if "region" in obj:
            region = self.pattern(
                obj, "region", "workplace", REGION, "a subdivision code like US-NY"
            )
        representation = self.choice(
            obj, "worker_representation", "workplace", v.WORKER_REPRESENTATION
        )
        platform = self.choice(
            obj, "digital_labour_platform", "workplace", v.YES_NO_UNKNOWN
        )
        return Workplace(
            country=country,
            region=region,
            worker_representation=representation,
            digital_labour_platform=platform,
        )

    def practices(self, value: Any) -> tuple[Practice, ...]:
        if not isinstance(value, list):
            self.fail("practices", "expected a list of practices")
            return ()
        if not value:
            self.fail("practices", "must describe at least one practice")
        elif len(value) > v.MAX_PRACTICES:
            self.fail("practices", f"too many: {len(value)}, at most {v.MAX_PRACTICES}")
        parsed = (
            self.practice(item, f"practices[{i}]") for i, item in enumerate(value)
        )
        return tuple(practice for practice in parsed if practice is not None)

    def practice(self, value: Any, path: str) -> Practice | None:
        obj = self.fields(value, path, PRACTICE_FIELDS, ("name", "data", "purposes"))
        if obj is None:
            return None
        choice = self.choice
        return Practice(
            name=self.text(obj, "name", path, v.MAX_NAME_LENGTH, min_length=1),
            data=self.choices(obj, "data", path, v.DATA, at_least_one=True),
            purposes=self.choices(obj, "purposes", path, v.PURPOSES, at_least_one=True),
            devices=self.choices(obj, "devices", path, v.DEVICES),
            when=choice(obj, "when", path, v.WHEN),
            captures_private_content=choice(
                obj, "captures_private_content", path, v.YES_NO_UNKNOWN
            ),
            inferences=self.choices(obj, "inferences", path, v.INFERENCES),
            decisions=choice(obj, "decisions", path, v.DECISIONS),
            recipients=self.choices(
                obj, "recipients", path, v.RECIPIENTS, default=frozenset({v.UNKNOWN})
            ),
            de_identification=choice(
                obj, "de_identification", path, v.DE_IDENTIFICATION
            ),
            retention=self.retention(obj, path),
            deletion_when_stopped=choice(
                obj, "deletion_when_stopped", path, v.YES_NO_UNKNOWN
            ),
            lawful_basis=choice(obj, "lawful_basis", path, v.LAWFUL_BASIS),
            participation=self.participation(obj, path),
            notice=choice(obj, "notice", path, v.NOTICE),
            notice_before_start=choice(
                obj, "notice_before_start", path, v.YES_NO_UNKNOWN
            ),
            dpia=choice(obj, "dpia", path, v.DPIA),
            representatives=choice(obj, "representatives", path, v.REPRESENTATIVES),
            access=choice(obj, "access", path, v.ACCESS),
            own_data_access=choice(obj, "own_data_access", path, v.YES_NO_UNKNOWN),
            policy_excerpt=self.text(obj, "policy_excerpt", path, v.MAX_EXCERPT_LENGTH),
        )

    def retention(self, obj: dict, path: str) -> int | str:
        value = obj.get("retention", v.UNKNOWN)
        if value in v.RETENTION_WORDS and isinstance(value, str):
            return value
        if _is_integer(value) and 0 <= value <= v.MAX_RETENTION_DAYS:
            return int(value)
        self.fail(
            _join(path, "retention"),
            f"expected a number of days (0 to {v.MAX_RETENTION_DAYS}), "
            f'"unknown" or "indefinite", got {_show(value)}',
        )
        return v.UNKNOWN

    def participation(self, obj: dict, path: str) -> Participation:
        if "participation" not in obj:
            return Participation()
        where = _join(path, "participation")
        found = self.fields(obj["participation"], where, PARTICIPATION_FIELDS, ())
        if found is None:
            return Participation()
        rate = found.get("enrolment_rate")
        if "enrolment_rate" in found and not (
            isinstance(rate, int | float)
            and not isinstance(rate, bool)
            and 0 <= rate <= 1
        ):
            self.fail(
                _join(where, "enrolment_rate"),
                f"expected a share between 0 and 1 (0.7 for 70%), got {_show(rate)}",
            )
            rate = None
        choice: Callable[..., str] = self.choice
        return Participation(
            mode=choice(found, "mode", where, v.PARTICIPATION_MODE),
            incentives=choice(found, "incentives", where, v.YES_NO_UNKNOWN),
            refusal_consequences=choice(
                found, "refusal_consequences", where, v.YES_NO_UNKNOWN
            ),
            alternative_offered=choice(
                found, "alternative_offered", where, v.YES_NO_UNKNOWN
            ),
            withdrawal=choice(found, "withdrawal", where, v.WITHDRAWAL),
            enrolment_rate=float(rate) if rate is not None else None,
        )


PRACTICE_FIELDS = tuple(Practice.__dataclass_fields__)
PARTICIPATION_FIELDS = tuple(Participation.__dataclass_fields__)
