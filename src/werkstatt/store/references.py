"""Phase references that stop fitting, and bringing them back on undo.

A phase_ref setting (a vote's ``targets_phase``, a cluster's ``source_phase``) holds the
key of another phase of the plan. When that phase is removed or changes its kind, the
reference no longer fits; the store then empties it ("" = the nearest fitting phase
before, see ``werkstatt.methods.kinds.referenced_phase``) in the same transaction, and
says which references it emptied. Undo hands those back (``relink``), and they are set
again where they fit once more and nobody has chosen something else since.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from werkstatt.core.records import Phase
from werkstatt.methods.kinds import SettingType, referenced_phase, settings_spec
from werkstatt.store.models import PhaseRow


@dataclass(frozen=True)
class ReferenceReset:
    """The store emptied ``setting`` of phase ``phase_id``, which named ``key``."""

    phase_id: int
    setting: str
    key: str


@dataclass(frozen=True)
class KindChange:
    """A phase after a change of its kind, and the references that change emptied."""

    phase: Phase
    unlinked: tuple[ReferenceReset, ...]


@dataclass(frozen=True)
class _Planned:
    """A phase as reference resolution sees it, with settings not yet written."""

    kind: str
    key: str
    settings: Mapping[str, Any]


def _reference_settings(kind: str) -> list[str]:
    return [spec.key for spec in settings_spec(kind) if spec.type is SettingType.PHASE_REF]


def reset_unfitting(phases: Sequence[PhaseRow]) -> tuple[ReferenceReset, ...]:
    """Empty every reference among the live ``phases`` (in plan order) that names no
    other phase of a fitting kind; return what was emptied."""
    resets: list[ReferenceReset] = []
    for index, row in enumerate(phases):
        for setting in _reference_settings(row.kind):
            wanted = row.settings.get(setting, "")
            if wanted and referenced_phase(phases, index, setting) is None:
                # A new dict: the JSON column notices assignment, not mutation.
                row.settings = {**row.settings, setting: ""}
                resets.append(ReferenceReset(row.id, setting, wanted))
    return tuple(resets)


def relink(phases: Sequence[PhaseRow], resets: Iterable[ReferenceReset]) -> bool:
    """Set the references of ``resets`` again among the live ``phases`` where they fit
    now and are still empty (a choice made since stays); True if any was set."""
    changed = False
    positions = {row.id: index for index, row in enumerate(phases)}
    for reset in resets:
        index = positions.get(reset.phase_id)
        if index is None:
            continue
        row = phases[index]
        if reset.setting not in _reference_settings(row.kind):
            continue
        if row.settings.get(reset.setting) != "":
            continue
        settings = {**row.settings, reset.setting: reset.key}
        trial: list[Any] = list(phases)
        trial[index] = _Planned(row.kind, row.key, settings)
        if referenced_phase(trial, index, reset.setting) is not None:
            row.settings = settings
            changed = True
    return changed
