"""The points of a feedback round's mood scale, read from its settings.

The one rule for the store (which ratings it accepts), the moderator's buttons, the
projector's bars and the protocol: the phase's ``scale_points`` within the range its
setting spec allows, the spec's default when the setting is missing or not a number.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from werkstatt.methods.kinds import settings_spec
from werkstatt.methods.model import PhaseKind

_SPEC = next(spec for spec in settings_spec(PhaseKind.FEEDBACK) if spec.key == "scale_points")
assert isinstance(_SPEC.default, int) and _SPEC.minimum is not None and _SPEC.maximum is not None
DEFAULT_SCALE_POINTS: int = _SPEC.default
SCALE_POINTS_RANGE: tuple[int, int] = (_SPEC.minimum, _SPEC.maximum)


def scale_points(settings: Mapping[str, Any] | None) -> int:
    """The highest rating of the phase with these settings (the lowest is 1)."""
    value = settings.get("scale_points") if isinstance(settings, Mapping) else None
    if not isinstance(value, int) or isinstance(value, bool):
        return DEFAULT_SCALE_POINTS
    low, high = SCALE_POINTS_RANGE
    return max(low, min(value, high))
