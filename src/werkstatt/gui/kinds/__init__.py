"""Registry of the phase kinds' widgets. A kind without an entry runs with the generic
working area and shows title and question on the projector."""

from __future__ import annotations

from werkstatt.gui.kinds.base import KindUI, PresenterTheme, RunContext
from werkstatt.methods.model import PhaseKind

_REGISTRY: dict[PhaseKind, KindUI] = {}


def register(kind: PhaseKind, ui: KindUI) -> None:
    _REGISTRY[kind] = ui


def kind_ui(kind: str) -> KindUI | None:
    _load_builtin_kinds()
    return _REGISTRY.get(PhaseKind(kind))


def _load_builtin_kinds() -> None:
    """Import the kind modules on first use (each registers itself), not at start-up."""
    # Each module below calls register() for its kind when imported. Python imports a
    # module once, so this is cheap after the first call; a guard on a filled registry
    # would leave the other kinds out once one module was imported directly.
    from werkstatt.gui.kinds import (  # noqa: F401
        action_plan,
        agenda,
        briefing,
        cards,
        cluster,
        feedback,
        reality_check,
        reformulate,
        reports,
        rounds,
        vote,
    )

__all__ = ["KindUI", "PresenterTheme", "RunContext", "kind_ui", "register"]
