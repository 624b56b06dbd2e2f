"""Workshops through the library API: create, list, search, change, duplicate, delete,
undo, and the purge of long-deleted ones."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from werkstatt.core.records import Workshop, WorkshopDraft, WorkshopStatus
from werkstatt.methods.kinds import validate_settings
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.library import LIBRARY_FILE, Library


def test_create_keeps_every_fact_and_the_phases_in_order(
    library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    before = dt.datetime.now(dt.UTC)
    workshop = library.create_workshop(draft, phases)

    assert isinstance(workshop, Workshop)
    for field in dataclasses.fields(WorkshopDraft):
        assert getattr(workshop, field.name) == getattr(draft, field.name), field.name
    assert workshop.status is WorkshopStatus.PLANNED
    assert len(workshop.uid) == 32
    assert int(workshop.uid, 16) >= 0
    assert before <= workshop.created_at == workshop.changed_at
    assert workshop.changed_at.tzinfo is dt.UTC
    assert library.get_workshop(workshop.id) == workshop

    stored = library.list_phases(workshop.id)
    assert [p.position for p in stored] == list(range(len(phases)))
    assert [
        (p.kind, p.title, p.question, p.script, p.planned_minutes, p.settings) for p in stored
    ] == [
        (
            p.kind,
            p.title,
            p.question,
            p.script,
            p.planned_minutes,
            validate_settings(p.kind, p.settings),  # completed with the kind's defaults
        )
        for p in phases
    ]
    assert all(p.workshop_id == workshop.id for p in stored)
    assert stored[0].kind is PhaseKind.BRIEFING


def test_records_are_frozen_copies(library: Library, draft: WorkshopDraft) -> None:
    workshop = library.create_workshop(draft, [])
    with pytest.raises(dataclasses.FrozenInstanceError):
        workshop.title = "Etwas anderes"  # type: ignore[misc]


def test_titles_are_stripped(library: Library, draft: WorkshopDraft) -> None:
    workshop = library.create_workshop(
        dataclasses.replace(draft, title="  Runder Tisch Pflege \n"), []
    )
    assert workshop.title == "Runder Tisch Pflege"


def test_everything_survives_closing_and_reopening(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(draft, phases)
        expected_phases = library.list_phases(workshop.id)
    with Library.open(data_dir) as library:
        assert library.get_workshop(workshop.id) == workshop
        assert library.list_phases(workshop.id) == expected_phases


def _titled(
    library: Library,
    title: str,
    date: dt.date | None,
    *,
    method: str = "world_cafe",
    start_time: dt.time | None = None,
    place: str = "",
    client: str = "",
) -> Workshop:
    draft = WorkshopDraft(
        title=title, method=method, date=date, start_time=start_time, place=place, client=client
    )
    return library.create_workshop(draft, [])


def test_list_orders_newest_date_first_and_undated_last(library: Library) -> None:
    undated_old = _titled(library, "Ideensammlung ohne Termin", None)
    march = _titled(library, "Bürgerdialog März", dt.date(2025, 3, 1))
    may_morning = _titled(
        library, "Zukunftswerkstatt Mai, vormittags", dt.date(2025, 5, 10), start_time=dt.time(9)
    )
    may_evening = _titled(
        library, "World Café Mai, abends", dt.date(2025, 5, 10), start_time=dt.time(18, 30)
    )
    undated_new = _titled(library, "Open Space – Termin offen", None)

    titles = [w.title for w in library.list_workshops()]
    assert titles == [
        may_evening.title,
        may_morning.title,
        march.title,
        undated_new.title,  # undated: the most recently changed first
        undated_old.title,
    ]


def test_search_is_case_insensitive_over_title_place_client_and_method(library: Library) -> None:
    street = _titled(library, "Verkehrsberuhigung Lindenstraße", None, place="Gemeindesaal")
    seniors = _titled(
        library,
        "Seniorenforum",
        None,
        method="open_space",
        client="Seniorenbüro ÖSTLICHE VORSTADT",
    )
    youth = _titled(library, "Jugendbeteiligung", None, place="Jugendzentrum Übersee")

    def found(search: str) -> set[int]:
        return {w.id for w in library.list_workshops(search)}

    assert found("LINDENSTRASSE") == {street.id}  # ß folds to ss
    assert found("östliche") == {seniors.id}
    assert found("übersee") == {youth.id}
    assert found("open_space") == {seniors.id}
    assert found("gemeindesaal verkehr") == {street.id}  # every word must match
    assert found("gemeindesaal jugend") == set()
    assert found("   ") == {street.id, seniors.id, youth.id}


def test_search_finds_moderators_and_method_names_as_the_library_window_does(
    library: Library,
) -> None:
    cafe = library.create_workshop(
        WorkshopDraft(
            title="Bürgerforum Verkehrswende",
            method="world_cafe",
            moderators="Ayşe Yılmaz, Przemysław Wójcik",
        ),
        [],
    )
    library.create_workshop(WorkshopDraft(title="Seniorenforum", method="open_space"), [])
    names = {"world_cafe": "Weltcafé", "open_space": "Open Space"}.__getitem__

    def found(search: str) -> set[int]:
        return {w.id for w in library.list_workshops(search, method_name=names)}

    assert found("yilmaz") == {cafe.id}  # moderators, dotless ı
    assert found("Przemyslaw Wojcik") == {cafe.id}
    assert found("weltcafe") == {cafe.id}  # the display name, accent-insensitive
    assert found("buergerforum") == {cafe.id}  # umlaut written out
    assert found("world_cafe") == set()  # with names given, the key is not searched


def test_update_changes_fields_and_changed_at(library: Library, draft: WorkshopDraft) -> None:
    workshop = library.create_workshop(draft, [])
    updated = library.update_workshop(
        workshop.id,
        title="  Zukunftswerkstatt Quartier Nordstadt – zweiter Termin ",
        date=dt.date(2025, 4, 5),
        start_time=None,
        expected_participants=60,
        status=WorkshopStatus.RUNNING,
    )
    assert updated.title == "Zukunftswerkstatt Quartier Nordstadt – zweiter Termin"
    assert updated.date == dt.date(2025, 4, 5)
    assert updated.start_time is None
    assert updated.expected_participants == 60
    assert updated.status is WorkshopStatus.RUNNING
    assert updated.changed_at > workshop.changed_at
    assert updated.created_at == workshop.created_at
    assert library.get_workshop(workshop.id) == updated
    assert library.update_workshop(workshop.id, status="done").status is WorkshopStatus.DONE


def test_update_without_a_real_change_keeps_changed_at(
    library: Library, draft: WorkshopDraft
) -> None:
    workshop = library.create_workshop(draft, [])
    assert library.update_workshop(workshop.id, place=draft.place) == workshop
    assert library.update_workshop(workshop.id) == workshop


def test_update_refuses_unknown_fields_and_bad_values(
    library: Library, draft: WorkshopDraft
) -> None:
    workshop = library.create_workshop(draft, [])
    with pytest.raises(InvalidValueError) as caught:
        library.update_workshop(workshop.id, uid="0" * 32)
    assert caught.value.field == "uid"
    with pytest.raises(InvalidValueError):
        library.update_workshop(workshop.id, status="abgesagt")
    with pytest.raises(InvalidValueError):
        library.update_workshop(workshop.id, date=dt.datetime(2025, 3, 15, 9, 30))
    with pytest.raises(InvalidValueError):
        library.update_workshop(workshop.id, expected_participants=True)
    with pytest.raises(InvalidValueError):
        library.update_workshop(workshop.id, language="")
    assert library.get_workshop(workshop.id) == workshop


def test_duplicate_copies_facts_and_live_phases_as_a_new_planned_workshop(
    library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    original = library.create_workshop(draft, phases)
    library.update_workshop(original.id, status=WorkshopStatus.DONE)
    removed = library.list_phases(original.id)[1]
    library.remove_phase(removed.id)

    copy = library.duplicate_workshop(original.id, " Zukunftswerkstatt Südstadt ")

    assert copy.id != original.id
    assert copy.uid != original.uid
    assert copy.title == "Zukunftswerkstatt Südstadt"
    assert copy.status is WorkshopStatus.PLANNED
    assert (copy.method, copy.date, copy.place, copy.client, copy.moderators) == (
        original.method,
        original.date,
        original.place,
        original.client,
        original.moderators,
    )
    original_phases = library.list_phases(original.id)
    copied_phases = library.list_phases(copy.id)
    assert [p.title for p in copied_phases] == [p.title for p in original_phases]
    assert removed.title not in [p.title for p in copied_phases]
    assert [p.position for p in copied_phases] == list(range(len(original_phases)))
    assert {p.id for p in copied_phases}.isdisjoint(p.id for p in original_phases)
    # The copy is independent: changing it leaves the original alone.
    library.update_phase(copied_phases[0].id, title="Ankommen mit Kaffee")
    assert library.list_phases(original.id) == original_phases


def test_delete_hides_and_restore_brings_back_with_phases(
    library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    workshop = library.create_workshop(draft, phases)
    before = library.list_phases(workshop.id)
    library.delete_workshop(workshop.id)

    assert library.list_workshops() == []
    with pytest.raises(NotFoundError) as caught:
        library.get_workshop(workshop.id)
    assert (caught.value.what, caught.value.key) == ("workshop", workshop.id)
    with pytest.raises(NotFoundError):
        library.list_phases(workshop.id)
    with pytest.raises(NotFoundError):
        library.update_phase(before[0].id, title="Begrüßung")
    with pytest.raises(NotFoundError):
        library.delete_workshop(workshop.id)

    restored = library.restore_workshop(workshop.id)
    assert restored == workshop
    assert library.list_phases(workshop.id) == before
    assert library.list_workshops() == [workshop]
    assert library.restore_workshop(workshop.id) == workshop  # already live: unchanged


def test_unknown_ids_are_not_found(library: Library) -> None:
    for call in (
        lambda: library.get_workshop(4711),
        lambda: library.update_workshop(4711, title="Neu"),
        lambda: library.duplicate_workshop(4711, "Kopie"),
        lambda: library.delete_workshop(4711),
        lambda: library.restore_workshop(4711),
        lambda: library.list_phases(4711),
        lambda: library.add_phase(4711, PhaseDraft(PhaseKind.BREAK, "Pause")),
    ):
        with pytest.raises(NotFoundError):
            call()


def _set_deleted_at(data_dir: Path, workshop_id: int, when: dt.datetime) -> None:
    # What the library wrote that many days ago: UTC, in SQLAlchemy's SQLite format.
    connection = sqlite3.connect(data_dir / LIBRARY_FILE)
    connection.execute(
        "UPDATE workshops SET deleted_at = ? WHERE id = ?",
        (when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f"), workshop_id),
    )
    connection.commit()
    connection.close()


def test_workshops_deleted_over_30_days_ago_are_purged_on_open(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    now = dt.datetime.now(dt.UTC)
    with Library.open(data_dir) as library:
        old = library.create_workshop(dataclasses.replace(draft, title="Lange gelöscht"), phases)
        recent = library.create_workshop(dataclasses.replace(draft, title="Kürzlich"), phases)
        kept = library.create_workshop(dataclasses.replace(draft, title="Lebendig"), phases)
        library.delete_workshop(old.id)
        library.delete_workshop(recent.id)
    _set_deleted_at(data_dir, old.id, now - dt.timedelta(days=31))
    _set_deleted_at(data_dir, recent.id, now - dt.timedelta(days=29))

    with Library.open(data_dir, exclusive=False) as reader:
        assert reader.restore_workshop(old.id).title == "Lange gelöscht"  # shared: no purge
        reader.delete_workshop(old.id)
    _set_deleted_at(data_dir, old.id, now - dt.timedelta(days=31))

    with Library.open(data_dir) as library:
        with pytest.raises(NotFoundError):
            library.restore_workshop(old.id)
        assert library.restore_workshop(recent.id).title == "Kürzlich"
        assert len(library.list_phases(kept.id)) == len(phases)
    connection = sqlite3.connect(data_dir / LIBRARY_FILE)
    orphans = connection.execute(
        "SELECT count(*) FROM phases WHERE workshop_id = ?", (old.id,)
    ).fetchone()[0]
    connection.close()
    assert orphans == 0  # the phases went with their workshop (ON DELETE CASCADE)
