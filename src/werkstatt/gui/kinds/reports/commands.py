"""The undo command of a session report: written (created, changed or, emptied, removed)
as one step."""

from __future__ import annotations

from dataclasses import dataclass, fields

from werkstatt.core.records import SessionReport
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.results_command import ResultsCommand


@dataclass(frozen=True)
class ReportText:
    """What the form holds of a report; the store's ``save`` takes it whole."""

    participants: int | None = None
    names: str = ""
    key_points: str = ""
    results: str = ""
    next_steps: str = ""

    @classmethod
    def of(cls, report: SessionReport | None) -> ReportText:
        if report is None:
            return cls()
        return cls(**{f.name: getattr(report, f.name) for f in fields(cls)})

    def as_arguments(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def is_empty(self) -> bool:
        return self == ReportText()


class SaveReportCommand(ResultsCommand):
    """A session's report written: created when there was none (undo removes it again),
    changed (undo writes the old text back) or, emptied of everything, removed: an empty
    report is no report, the session counts as missing again (undo brings it back)."""

    def __init__(
        self,
        context: RunContext,
        phase_id: int,
        proposal_id: int,
        old: SessionReport | None,
        new: ReportText,
        text: str,
    ) -> None:
        super().__init__(context, text)
        self._phase_id = phase_id
        self._proposal_id = proposal_id
        self._old = None if old is None else ReportText.of(old)
        self._new = new
        #: The report's row once written; a created one is removed and restored by it.
        self.report_id: int | None = None if old is None else old.id
        self._removed = False

    def _save(self, text: ReportText) -> SessionReport:
        return self._context.library.reports.save(
            self._phase_id,
            self._proposal_id,
            **text.as_arguments(),  # type: ignore[arg-type]
        )

    @property
    def removes(self) -> bool:
        """True when the report is emptied: the command deletes it."""
        return self._new.is_empty and self._old is not None

    def forward(self) -> object:
        reports = self._context.library.reports
        if self._new.is_empty:
            if self.report_id is not None and not self._removed:
                reports.delete(self.report_id)
                self._removed = True
            return None
        if self._removed and self.report_id is not None:
            reports.restore(self.report_id)
            self._removed = False
        self.report_id = self._save(self._new).id
        return None

    def backward(self) -> object:
        reports = self._context.library.reports
        if self._old is None:
            if self.report_id is not None:
                reports.delete(self.report_id)
                self._removed = True
        elif self._removed and self.report_id is not None:
            # Deleted as it was: the row comes back with its texts untouched.
            reports.restore(self.report_id)
            self._removed = False
        else:
            self._save(self._old)
        return None

    def announce(self, change: object | None) -> None:
        self._context.records_changed(self._phase_id, change)
