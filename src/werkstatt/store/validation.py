"""What the library accepts: every value from outside passes through here before a write.

The limits are generous for real use and stop what can only be a mistake or an attack on
the disk (a 5 MB title, 10 million participants). An InvalidValueError names the field and
the limit; for a length the error's ``value`` is the length, not the whole text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from werkstatt.core.records import WorkshopStatus
from werkstatt.methods.errors import SettingError
from werkstatt.methods.kinds import settings_spec, validate_settings
from werkstatt.methods.model import PhaseKind
from werkstatt.store.errors import InvalidValueError
from werkstatt.store.models import KEY_LENGTH, LANGUAGE_LENGTH, TITLE_LENGTH

TITLE_MAX = TITLE_LENGTH
TEXT_MAX = 20_000
KEY_MAX = KEY_LENGTH
LANGUAGE_MAX = LANGUAGE_LENGTH
MINUTES_RANGE = (0, 24 * 60)
PARTICIPANTS_RANGE = (0, 100_000)

_LANGUAGE_PATTERN = re.compile(r"[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*")


def _string(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(field, value, "str")
    return value


def title(field: str, value: object) -> str:
    """A stripped, non-empty title of at most TITLE_MAX characters."""
    text = _string(field, value).strip()
    if not text:
        raise InvalidValueError(field, value, "not empty")
    if len(text) > TITLE_MAX:
        raise InvalidValueError(field, len(text), TITLE_MAX)
    return text


def long_text(field: str, value: object) -> str:
    """A free text (question, script, notes) kept exactly as typed."""
    text = _string(field, value)
    if len(text) > TEXT_MAX:
        raise InvalidValueError(field, len(text), TEXT_MAX)
    return text


def line(field: str, value: object) -> str:
    """A one-line field (place, client, moderators): stripped, may be empty."""
    return long_text(field, _string(field, value).strip())


def short_key(field: str, value: object) -> str:
    """A method's or a phase's key: stripped, at most KEY_MAX characters, may be empty."""
    text = _string(field, value).strip()
    if len(text) > KEY_MAX:
        raise InvalidValueError(field, len(text), KEY_MAX)
    return text


def language(field: str, value: object) -> str:
    text = _string(field, value).strip()
    if len(text) > LANGUAGE_MAX or not _LANGUAGE_PATTERN.fullmatch(text):
        raise InvalidValueError(field, value, "language tag such as 'de' or 'en'")
    return text


def _integer(field: str, value: object, bounds: tuple[int, int]) -> int:
    # bool is an int to Python, but True participants is a caller's mistake.
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidValueError(field, value, "int")
    low, high = bounds
    if not low <= value <= high:
        raise InvalidValueError(field, value, bounds)
    return value


def planned_minutes(field: str, value: object) -> int:
    return _integer(field, value, MINUTES_RANGE)


def participants(field: str, value: object) -> int | None:
    return None if value is None else _integer(field, value, PARTICIPANTS_RANGE)


def optional_date(field: str, value: object) -> dt.date | None:
    # A datetime is a date to Python, but its time would be silently dropped.
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    raise InvalidValueError(field, value, "date or None")


def optional_time(field: str, value: object) -> dt.time | None:
    if value is None or (isinstance(value, dt.time) and value.tzinfo is None):
        return value
    raise InvalidValueError(field, value, "local time without zone, or None")


def status(field: str, value: object) -> WorkshopStatus:
    try:
        return WorkshopStatus(value)
    except ValueError:
        raise InvalidValueError(field, value, tuple(WorkshopStatus)) from None


def kind(field: str, value: object) -> PhaseKind:
    try:
        return PhaseKind(value)
    except ValueError:
        raise InvalidValueError(field, value, tuple(PhaseKind)) from None


def settings(field: str, value: object) -> dict[str, Any]:
    """A JSON object of kind settings; returned as a fresh plain copy (tuples -> lists)."""
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise InvalidValueError(field, value, "mapping with str keys")
    try:
        encoded = json.dumps(dict(value), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise InvalidValueError(field, value, "JSON values") from None
    if len(encoded) > TEXT_MAX:
        raise InvalidValueError(field, len(encoded), TEXT_MAX)
    copied: dict[str, Any] = json.loads(encoded)
    return copied


Validator = Callable[[str, object], Any]

WORKSHOP_FIELDS: Mapping[str, Validator] = {
    "title": title,
    "method": short_key,
    "date": optional_date,
    "start_time": optional_time,
    "place": line,
    "client": line,
    "moderators": line,
    "expected_participants": participants,
    "notes": long_text,
    "language": language,
}

WORKSHOP_CHANGE_FIELDS: Mapping[str, Validator] = {**WORKSHOP_FIELDS, "status": status}

PHASE_FIELDS: Mapping[str, Validator] = {
    "key": short_key,
    "kind": kind,
    "title": title,
    "question": long_text,
    "script": long_text,
    "planned_minutes": planned_minutes,
    "settings": settings,
}


def checked(fields: Mapping[str, Validator], values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate ``values`` against ``fields``; an unknown name is an InvalidValueError."""
    result: dict[str, Any] = {}
    for name, value in values.items():
        validator = fields.get(name)
        if validator is None:
            raise InvalidValueError(name, value, tuple(fields))
        result[name] = validator(name, value)
    return result


def phase_settings(
    kind: PhaseKind, value: Mapping[str, Any], *, drop_unknown: bool = False
) -> dict[str, Any]:
    """A phase's settings checked against its kind and completed with the defaults.

    ``drop_unknown`` is for a change of kind: the old kind's settings that the new kind
    does not know are left behind (undo brings them back with the old kind).
    """
    if drop_unknown:
        known = {spec.key for spec in settings_spec(kind)}
        value = {name: item for name, item in value.items() if name in known}
    try:
        return validate_settings(kind, value)
    except SettingError as exc:
        raise InvalidValueError(f"settings.{exc.setting}".rstrip("."), exc.problem) from exc
