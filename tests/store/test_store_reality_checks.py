"""library.reality_checks: the checks of the top ideas, kept in order through add, move,
delete and undo, checked before anything is written."""

from __future__ import annotations

import datetime as dt

import pytest

from werkstatt.core import clustering
from werkstatt.core.records import WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store import validation
from werkstatt.store.errors import InvalidValueError, NotFoundError, TooLongError
from werkstatt.store.library import Library

IDEAS = [
    "Ein Dorfplatz mit Brunnen, Schatten und Bänken für alle Generationen",
    "Quartiersgarten auf der Brachfläche hinter dem Bahnhof",
    "Repair-Café im Gemeindehaus",
]


@pytest.fixture
def check(library: Library) -> dict[str, int]:
    workshop = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Ortsmitte Großbeeren", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.CARDS, "Phantasiephase"),
            PhaseDraft(PhaseKind.CLUSTER, "Utopien ordnen"),
            PhaseDraft(PhaseKind.VOTE, "Gewichtung"),
            PhaseDraft(PhaseKind.REALITY_CHECK, "Realitätscheck", settings={"top_n": 3}),
        ],
    )
    _cards, board, _vote, phase = library.list_phases(workshop.id)
    edit = clustering.create_cluster(
        library.board.load(board.id).board, library.board.new_cluster_id(), "Dorfplatz"
    )
    library.board.apply(board.id, edit.change)
    return {
        "phase": phase.id,
        "board": board.id,
        "cluster": edit.change.added[0].id,
        "workshop": workshop.id,
    }


def _ideas(library: Library, phase_id: int) -> list[str]:
    stored = library.reality_checks.list(phase_id)
    assert [row.position for row in stored] == list(range(len(stored)))
    return [row.idea for row in stored]


def test_add_update_move_delete_restore(library: Library, check: dict[str, int]) -> None:
    first = library.reality_checks.add(
        check["phase"],
        f"  {IDEAS[0]} ",
        resources="Städtebauförderung „Lebendige Zentren“, Ehrenamt des Heimatvereins",
        allies="Heimatverein\nKirchengemeinde St. Marien\nDragana Petrović (Ortsbeirat)",
        obstacles="Denkmalschutz am Brunnen; Eigentum der Fläche ungeklärt",
        source_cluster_id=check["cluster"],
    )
    assert first.idea == IDEAS[0]
    assert first.allies.splitlines() == [
        "Heimatverein",
        "Kirchengemeinde St. Marien",
        "Dragana Petrović (Ortsbeirat)",
    ]
    assert first.source_cluster_id == check["cluster"]
    second = library.reality_checks.add(check["phase"], IDEAS[1])
    third = library.reality_checks.add(check["phase"], IDEAS[2], index=0)
    assert _ideas(library, check["phase"]) == [IDEAS[2], IDEAS[0], IDEAS[1]]
    changed = library.reality_checks.update(second.id, obstacles="Altlasten im Boden?")
    assert (changed.obstacles, changed.idea) == ("Altlasten im Boden?", IDEAS[1])
    library.reality_checks.move(third.id, 2)
    assert _ideas(library, check["phase"]) == IDEAS
    library.reality_checks.delete(first.id)
    assert _ideas(library, check["phase"]) == IDEAS[1:]
    assert library.reality_checks.restore(first.id).position == 0
    assert _ideas(library, check["phase"]) == IDEAS
    assert library.reality_checks.count(check["phase"]) == 3


def test_bad_values_write_nothing(library: Library, check: dict[str, int]) -> None:
    row = library.reality_checks.add(check["phase"], IDEAS[0])
    with pytest.raises(InvalidValueError):
        library.reality_checks.add(check["phase"], "   ")
    with pytest.raises(TooLongError):
        library.reality_checks.add(check["phase"], IDEAS[1], allies="x" * (validation.TEXT_MAX + 1))
    with pytest.raises(InvalidValueError):
        library.reality_checks.update_many(
            [(row.id, {"resources": "Fördermittel"}), (row.id, {"status": "open"})]
        )
    with pytest.raises(InvalidValueError) as caught:
        library.reality_checks.add(check["phase"], IDEAS[1], source_cluster_id=987_654)
    assert caught.value.field == "source_cluster_id"
    assert library.reality_checks.list(check["phase"]) == [row]
    with pytest.raises(NotFoundError):
        library.reality_checks.list(987_654)


def test_a_deleted_cluster_stays_linked_until_it_is_purged(
    library: Library, check: dict[str, int]
) -> None:
    row = library.reality_checks.add(
        check["phase"], "Dorfplatz", source_cluster_id=check["cluster"]
    )
    board = library.board.load(check["board"]).board
    library.board.apply(check["board"], clustering.delete_cluster(board, check["cluster"]).change)
    assert library.reality_checks.list(check["phase"])[0].source_cluster_id == check["cluster"]
    library._purge_deleted(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
    (kept,) = library.reality_checks.list(check["phase"])
    assert (kept.id, kept.idea, kept.source_cluster_id) == (row.id, "Dorfplatz", None)


def test_the_snapshot_carries_the_reality_checks(library: Library, check: dict[str, int]) -> None:
    rows = [library.reality_checks.add(check["phase"], idea) for idea in IDEAS]
    library.reality_checks.delete(rows[1].id)
    snapshot = library.snapshot(check["workshop"])
    (phase,) = [p for p in snapshot.phases if p.phase.id == check["phase"]]
    assert phase.reality_checks == (rows[0], library.reality_checks.list(check["phase"])[1])
    assert [row.idea for row in phase.reality_checks] == [IDEAS[0], IDEAS[2]]
    assert all(p.reality_checks == () for p in snapshot.phases if p.phase.id != check["phase"])
