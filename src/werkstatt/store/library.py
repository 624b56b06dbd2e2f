"""The library: the one place that writes. Speaks in domain words, hands out records.

Every public method is one short transaction, committed before it returns, so that what
the screen shows as done is on disk. The GUI never sees a session or SQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from werkstatt.core.records import Phase, Workshop, WorkshopDraft
from werkstatt.methods.model import PhaseDraft

LIBRARY_FILE = "library.sqlite"


class Library:
    """An open Werkstatt library (one SQLite file in a data folder)."""

    @classmethod
    def open(cls, data_dir: Path, *, exclusive: bool = True) -> Library:
        """Open or create the library in ``data_dir``; migrate it (after a backup).

        ``exclusive`` takes the single-instance lock (the GUI does; read-only command-line
        use does not). Raises the EnvironmentProblem subclasses of store.errors.
        """
        raise NotImplementedError

    @property
    def path(self) -> Path:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # workshops ---------------------------------------------------------------
    def list_workshops(self, search: str = "") -> list[Workshop]:
        raise NotImplementedError

    def get_workshop(self, workshop_id: int) -> Workshop:
        raise NotImplementedError

    def create_workshop(self, draft: WorkshopDraft, phases: Sequence[PhaseDraft]) -> Workshop:
        raise NotImplementedError

    def update_workshop(self, workshop_id: int, **changes: Any) -> Workshop:
        raise NotImplementedError

    def duplicate_workshop(self, workshop_id: int, title: str) -> Workshop:
        raise NotImplementedError

    def delete_workshop(self, workshop_id: int) -> None:
        raise NotImplementedError

    def restore_workshop(self, workshop_id: int) -> Workshop:
        raise NotImplementedError

    # phases ------------------------------------------------------------------
    def list_phases(self, workshop_id: int) -> list[Phase]:
        raise NotImplementedError

    def add_phase(self, workshop_id: int, draft: PhaseDraft, index: int | None = None) -> Phase:
        raise NotImplementedError

    def remove_phase(self, phase_id: int) -> None:
        raise NotImplementedError

    def restore_phase(self, phase_id: int) -> Phase:
        raise NotImplementedError

    def move_phase(self, phase_id: int, index: int) -> list[Phase]:
        raise NotImplementedError

    def update_phase(self, phase_id: int, **changes: Any) -> Phase:
        raise NotImplementedError

    # own templates -----------------------------------------------------------
    def save_as_template(self, workshop_id: int, name: str) -> str:
        raise NotImplementedError

    def user_templates(self) -> list[Mapping[str, Any]]:
        raise NotImplementedError

    def delete_user_template(self, key: str) -> None:
        raise NotImplementedError
