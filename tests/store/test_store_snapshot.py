"""library.snapshot: the frozen workshop the protocol renderers see."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from werkstatt.core.records import PhaseRun, Workshop, WorkshopDraft
from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import NotFoundError
from werkstatt.store.library import Library

START = dt.datetime(2025, 3, 15, 8, 30, tzinfo=dt.UTC)


def _at(minutes: int) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


@pytest.fixture
def workshop(library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]) -> Workshop:
    return library.create_workshop(
        draft, [*phases, PhaseDraft(PhaseKind.FEEDBACK, "Blitzlicht", planned_minutes=10)]
    )


@pytest.fixture
def ids(library: Library, workshop: Workshop) -> list[int]:
    return [phase.id for phase in library.list_phases(workshop.id)]


def test_a_snapshot_holds_the_workshop_phases_runs_cards_and_feedback(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[0], at=_at(0))
    library.run.start_phase(ids[1], at=_at(14))
    first = library.cards.add(ids[1], "Zu wenig Sitzbänke am Marktplatz", colour="gelb")
    second = library.cards.add(ids[1], "Busse fahren sonntags kaum", author="Ayşe Yılmaz")
    third = library.cards.add(ids[1], "Kein Treffpunkt für Jugendliche", index=0)
    library.run.skip_phase(ids[2])
    library.run.start_phase(ids[5], at=_at(50))
    feedback = library.feedback.add(ids[5], text="Sehr konstruktiv", rating=5, name="Jörg")
    before = dt.datetime.now(dt.UTC)

    snapshot = library.snapshot(workshop.id, method_name="Zukunftswerkstatt")

    assert isinstance(snapshot, WorkshopSnapshot)
    assert snapshot.workshop == library.get_workshop(workshop.id)
    assert snapshot.method_name == "Zukunftswerkstatt"
    assert before <= snapshot.taken_at <= dt.datetime.now(dt.UTC)
    assert snapshot.taken_at.tzinfo == dt.UTC
    assert [p.phase for p in snapshot.phases] == library.list_phases(workshop.id)
    runs = library.run.phase_runs(workshop.id)
    assert [p.run for p in snapshot.phases] == [runs[i] for i in ids]
    assert snapshot.phases[0].run == PhaseRun(ids[0], _at(0), _at(14))
    assert snapshot.phases[2].run.skipped
    critique = snapshot.phases[1]
    assert [c.text for c in critique.cards] == [third.text, first.text, second.text]
    assert critique.cards == tuple(library.cards.list(ids[1]))
    assert critique.cards[2].author == "Ayşe Yılmaz"
    assert snapshot.phases[5].feedback == (feedback,)
    assert all(p.cards == () for i, p in enumerate(snapshot.phases) if i != 1)
    assert all(p.feedback == () for p in snapshot.phases[:5])


def test_a_snapshot_reads_no_deleted_rows(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    kept = library.cards.add(ids[1], "Straßenlaternen fehlen im Park")
    gone = library.cards.add(ids[1], "Doppelt: Straßenlaternen fehlen")
    library.cards.delete(gone.id)
    library.cards.add(ids[3], "Ein Dorfladen mit Café")
    library.remove_phase(ids[3])
    entry = library.feedback.add(ids[5], text="Zu lang", rating=2)
    library.feedback.add(ids[5], text="Gut", rating=4)
    library.feedback.delete(entry.id)

    snapshot = library.snapshot(workshop.id)

    assert [p.phase.id for p in snapshot.phases] == [ids[0], ids[1], ids[2], ids[4], ids[5]]
    assert [p.phase.position for p in snapshot.phases] == [0, 1, 2, 3, 4]
    assert snapshot.phases[1].cards == (kept,)
    assert [e.text for e in snapshot.phases[4].feedback] == ["Gut"]
    assert snapshot.phases[4].feedback[0].position == 0
    assert snapshot.method_name == ""


def test_a_snapshot_is_frozen(library: Library, workshop: Workshop, ids: list[int]) -> None:
    library.cards.add(ids[1], "Zu wenig Grün")
    snapshot = library.snapshot(workshop.id)
    with pytest.raises(dataclasses.FrozenInstanceError):
        snapshot.phases[1].cards[0].text = "geändert"  # type: ignore[misc]
    library.cards.add(ids[1], "Noch eine Karte")
    assert len(snapshot.phases[1].cards) == 1  # a snapshot does not follow the library


def test_a_snapshot_of_a_workshop_without_phases(library: Library) -> None:
    empty = library.create_workshop(
        WorkshopDraft(title="Runder Tisch Seniorenarbeit", method=""), []
    )
    snapshot = library.snapshot(empty.id)
    assert (snapshot.workshop, snapshot.phases) == (empty, ())


def test_a_deleted_or_unknown_workshop_has_no_snapshot(
    library: Library, workshop: Workshop
) -> None:
    library.delete_workshop(workshop.id)
    with pytest.raises(NotFoundError) as caught:
        library.snapshot(workshop.id)
    assert (caught.value.what, caught.value.key) == ("workshop", workshop.id)
    with pytest.raises(NotFoundError):
        library.snapshot(4711)
