"""Killed mid-work: every change a Werkstatt process reported as done survives SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from werkstatt.store.library import Library

# Writes without end; prints a line after each call has returned (= committed).
WRITER = """
import sys
from pathlib import Path
from werkstatt.core.records import WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

library = Library.open(Path(sys.argv[1]))
number = 0
while True:
    number += 1
    workshop = library.create_workshop(
        WorkshopDraft(title=f"Bürgerwerkstatt Nr. {number}", method="zukunftswerkstatt",
                      moderators="Ayşe Yılmaz"),
        [PhaseDraft(PhaseKind.BRIEFING, "Begrüßung")],
    )
    print("workshop", workshop.id, workshop.title, sep="\\t", flush=True)
    phase = library.add_phase(workshop.id, PhaseDraft(PhaseKind.CARDS, f"Kritikphase {number}"))
    print("phase", phase.id, workshop.id, phase.title, sep="\\t", flush=True)
    library.update_workshop(workshop.id, notes="Größenordnung: " + "ä" * (number * 50))
    print("notes", workshop.id, number * 50, sep="\\t", flush=True)
"""

LINES_BEFORE_KILL = 60


@pytest.mark.slow
def test_every_reported_change_survives_sigkill(data_dir: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    reported: list[list[str]] = []
    try:
        for _ in range(LINES_BEFORE_KILL):
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else "writer ended"
            reported.append(line.rstrip("\n").split("\t"))
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.communicate(timeout=60)
    assert writer.returncode == -signal.SIGKILL

    # The lock died with the process: an exclusive open works at once.
    with Library.open(data_dir) as library:
        assert library.integrity_ok()
        for entry in reported:
            if entry[0] == "workshop":
                workshop = library.get_workshop(int(entry[1]))
                assert workshop.title == entry[2]
                assert workshop.moderators == "Ayşe Yılmaz"
            elif entry[0] == "phase":
                titles = [p.title for p in library.list_phases(int(entry[2]))]
                assert titles[1] == entry[3]
            else:
                assert library.get_workshop(int(entry[1])).notes.count("ä") == int(entry[2])
