"""The Open Space template has two reports phases on one agenda wall (the reports, then
the news wall's reading time): a report typed in either is printed once, and no session
is called missing when its report is in the other phase."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from samples.filled_workshop import fill_open_space
from werkstatt.methods.model import PhaseKind
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf
from werkstatt.protocol.texts import text_in
from werkstatt.store.library import Library


def test_a_late_report_in_the_reading_phase_is_printed_once_and_nothing_is_missing(
    tmp_path: Path,
) -> None:
    with Library.open(tmp_path / "library") as library:
        workshop_id = fill_open_space(library)
        first, second = [
            p for p in library.list_phases(workshop_id) if p.kind == PhaseKind.REPORTS
        ]
        sessions = library.reports.sessions(first.id)
        late = sessions[-1]
        existing = {r.proposal_id: r for r in library.reports.list(first.id)}
        library.reports.delete(existing[late.id].id)
        with library._transaction(write=True) as session:  # a report typed in phase two
            from werkstatt.store.models import SessionReportRow
            from werkstatt.store.rows import now

            session.add(
                SessionReportRow(
                    phase_id=second.id,
                    proposal_id=late.id,
                    key_points="Nachgereicht: die Arbeitsgruppe Repair-Café trifft sich.",
                    created_at=now(),
                    changed_at=now(),
                )
            )
        assert library.reports.missing(first.id) == ()
        snapshot = library.snapshot(workshop_id)
    target = tmp_path / "Dokumentation.pdf"
    render_pdf(snapshot, target, options=ProtocolOptions())
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert text.count("Nachgereicht: die Arbeitsgruppe Repair-Café trifft sich.") == 1
    assert text_in("de", "Protocol", "No report received.") not in text
    for proposal in sessions:
        assert proposal.title in text
