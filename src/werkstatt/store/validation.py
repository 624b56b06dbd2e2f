"""What the library accepts: every value from outside passes through here before a write.

The limits of what a workshop holds come from werkstatt.methods.limits, which templates
and the GUI's widgets use too. An InvalidValueError names the field and the limit; a text
that is too long is a TooLongError, whose ``value`` is the length, not the whole text.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from werkstatt.core.card_colours import CARD_COLOURS
from werkstatt.core.records import ActionStatus, WorkshopStatus
from werkstatt.methods import limits
from werkstatt.methods.errors import SettingError
from werkstatt.methods.kinds import settings_spec, validate_settings
from werkstatt.methods.model import PhaseKind
from werkstatt.store.errors import InvalidValueError, TooLongError
from werkstatt.store.models import COLOUR_LENGTH

TITLE_MAX = limits.TITLE_MAX
TEXT_MAX = limits.TEXT_MAX
KEY_MAX = limits.KEY_MAX
LANGUAGE_MAX = limits.LANGUAGE_MAX
MINUTES_RANGE = limits.MINUTES_RANGE
PARTICIPANTS_RANGE = limits.PARTICIPANTS_RANGE
#: A card is read from across a room; the phase's max_chars is only the GUI's hint.
CARD_TEXT_MAX = 2_000
COLOUR_MAX = COLOUR_LENGTH
#: An author's or feedback giver's name.
PERSON_MAX = limits.TITLE_MAX
CARDS_PER_PHASE_MAX = 20_000
FEEDBACK_PER_PHASE_MAX = 5_000
RATING_RANGE = (1, 10)
#: Actions of one action plan, reality checks of one phase.
ROWS_PER_PHASE_MAX = limits.ROWS_PER_PHASE_MAX
#: A timer box of a week is already absurd; it only keeps garbage out.
TIMER_SECONDS_MAX = 7 * 24 * 3600

# A colour is a token the GUI maps to a palette entry ("gelb", "#ffcc00"), never markup.
_COLOUR_PATTERN = re.compile(r"[\w#-]*")


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
        raise TooLongError(field, len(text), TITLE_MAX)
    return text


def long_text(field: str, value: object) -> str:
    """A free text (question, script, notes) kept exactly as typed."""
    text = _string(field, value)
    if len(text) > TEXT_MAX:
        raise TooLongError(field, len(text), TEXT_MAX)
    return text


def line(field: str, value: object) -> str:
    """A one-line field (place, client, moderators): stripped, may be empty."""
    return long_text(field, _string(field, value).strip())


def short_key(field: str, value: object) -> str:
    """A method's or a phase's key: stripped, at most KEY_MAX characters, may be empty."""
    text = _string(field, value).strip()
    if len(text) > KEY_MAX:
        raise TooLongError(field, len(text), KEY_MAX)
    return text


def language(field: str, value: object) -> str:
    text = _string(field, value).strip()
    if not limits.is_language_tag(text):
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


def card_text(field: str, value: object) -> str:
    """A card's text: stripped, not empty, at most CARD_TEXT_MAX characters."""
    text = _string(field, value).strip()
    if not text:
        raise InvalidValueError(field, value, "not empty")
    if len(text) > CARD_TEXT_MAX:
        raise TooLongError(field, len(text), CARD_TEXT_MAX)
    return text


def feedback_text(field: str, value: object) -> str:
    """A feedback line: stripped, may be empty (a rating alone is feedback too)."""
    text = _string(field, value).strip()
    if len(text) > CARD_TEXT_MAX:
        raise TooLongError(field, len(text), CARD_TEXT_MAX)
    return text


def colour(field: str, value: object) -> str:
    text = _string(field, value).strip()
    if len(text) > COLOUR_MAX:
        raise TooLongError(field, len(text), COLOUR_MAX)
    if not _COLOUR_PATTERN.fullmatch(text):
        raise InvalidValueError(field, value, "letters, digits, '#', '-', '_'")
    return text


def cluster_colour(field: str, value: object) -> str:
    """A cluster's colour: one of the card colours' names ("" is the plain one)."""
    names = tuple(colour.name for colour in CARD_COLOURS)
    if value not in names:
        raise InvalidValueError(field, value, names)
    return str(value)


def person(field: str, value: object) -> str:
    """A name (card author, feedback giver): one stripped line, may be empty."""
    text = " ".join(_string(field, value).split())
    if len(text) > PERSON_MAX:
        raise TooLongError(field, len(text), PERSON_MAX)
    return text


def action_status(field: str, value: object) -> ActionStatus:
    try:
        return ActionStatus(value)
    except ValueError:
        raise InvalidValueError(field, value, tuple(ActionStatus)) from None


def optional_id(field: str, value: object) -> int | None:
    """A row's id or None; whether the row exists is the table's check."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidValueError(field, value, "id or None")
    return value


def rating(field: str, value: object) -> int | None:
    return None if value is None else _integer(field, value, RATING_RANGE)


def timer_seconds(field: str, value: object) -> float:
    """A timer's seconds: a finite number within 0..TIMER_SECONDS_MAX."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise InvalidValueError(field, value, "number of seconds")
    if not 0 <= value <= TIMER_SECONDS_MAX:
        raise InvalidValueError(field, value, (0, TIMER_SECONDS_MAX))
    return float(value)


def flag(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidValueError(field, value, "bool")
    return value


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
        raise TooLongError(field, len(encoded), TEXT_MAX)
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

CARD_FIELDS: Mapping[str, Validator] = {
    "text": card_text,
    "colour": colour,
    "author": person,
    "origin": line,
    "origin_cluster_id": optional_id,
    "origin_card_id": optional_id,
}

FEEDBACK_FIELDS: Mapping[str, Validator] = {
    "text": feedback_text,
    "rating": rating,
    "name": person,
}


#: An action's what and a reality check's idea are what the row is about (a cluster's
#: title or a card's text at the start): needed, and as long as a card at most.
ACTION_FIELDS: Mapping[str, Validator] = {
    "what": card_text,
    "responsible": person,
    "due": line,
    "first_step": line,
    "resources": line,
    "status": action_status,
    "source": line,
    "source_cluster_id": optional_id,
}

REALITY_CHECK_FIELDS: Mapping[str, Validator] = {
    "idea": card_text,
    "resources": line,
    # A list of people or organisations, one per line perhaps: not a single name.
    "allies": line,
    "obstacles": line,
    "source_cluster_id": optional_id,
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
    kind: PhaseKind, value: Mapping[str, Any], *, keep_what_fits: bool = False
) -> dict[str, Any]:
    """A phase's settings checked against its kind and completed with the defaults.

    ``keep_what_fits`` is for a change of kind: of the old kind's settings, those the new
    kind knows and accepts are kept, the rest is left behind for the defaults (undo
    brings them back with the old kind).
    """
    if keep_what_fits:
        known = {spec.key for spec in settings_spec(kind)}
        kept = {name: item for name, item in value.items() if name in known}
        # Each round drops the setting the check complained about; a bounded loop.
        for _ in range(len(kept) + 1):
            try:
                return validate_settings(kind, kept)
            except SettingError as exc:
                if exc.setting not in kept:
                    break
                del kept[exc.setting]
        value = {}
    try:
        return validate_settings(kind, value)
    except SettingError as exc:
        raise InvalidValueError(f"settings.{exc.setting}".rstrip("."), exc.problem) from exc
