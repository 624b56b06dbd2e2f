"""The portable workshop file: export, import back, the same workshop; a bad file changes
nothing and says why."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from samples.filled_workshop import fill_open_space, fill_world_cafe, fill_zukunftswerkstatt
from werkstatt.resources import resource_path
from werkstatt.store.archive import OnExisting
from werkstatt.store.archive.document import DOCUMENT_NAME, encode
from werkstatt.store.errors import (
    ArchiveContentError,
    ArchiveDamagedError,
    ArchiveError,
    ArchiveTooLargeError,
    ArchiveTooNewError,
    EnvironmentProblem,
    NotAnArchiveError,
    StorageIOError,
    WorkshopExistsError,
)
from werkstatt.store.library import Library


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished Zukunftswerkstatt with every kind of result, exported once."""
    folder = tmp_path_factory.mktemp("archive")
    with Library.open(folder / "source") as library:
        workshop_id = fill_zukunftswerkstatt(library)
        path = folder / "Nordstadt.werkstatt"
        library.archives.export(workshop_id, path, method_name="Zukunftswerkstatt")
    return path


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "other") as library:
        yield library


def read_document(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(DOCUMENT_NAME))


def rewrite(source: Path, target: Path, document: object = None, **extra: bytes) -> Path:
    """A copy of ``source`` with another workshop.json and/or more members."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename == DOCUMENT_NAME and document is not None:
                new.writestr(DOCUMENT_NAME, json.dumps(document))
            else:
                new.writestr(info, old.read(info))
        for name, data in extra.items():
            new.writestr(name, data)
    return target


def row_counts(library: Library) -> dict[str, int]:
    from sqlalchemy import func, select

    from werkstatt.store.models import Base

    with library._transaction(write=False) as session:  # a test may look below the API
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def test_export_and_import_give_the_same_workshop(exported: Path, other: Library) -> None:
    imported = other.archives.import_file(exported)
    again = other.snapshot(imported.id, method_name="Zukunftswerkstatt")
    document, files = encode(again)
    assert document == read_document(exported)
    with zipfile.ZipFile(exported) as archive:
        assert {name: archive.read(name) for name, _ in files} == dict(files)
    # Every kind of result made it, not just an empty shell that encodes alike.
    phases = {item.phase.key: item for item in again.phases}
    assert len(phases["kritik-karten"].cards) == 48
    assert len(phases["kritik-cluster"].board.clusters) == 6
    assert phases["kritik-punkte"].tally.total() > 0
    assert len(phases["massnahmenplan"].actions) == 4
    assert phases["realitaetscheck"].reality_checks
    turned = [card for card in phases["phantasie-karten"].cards if card.origin]
    clusters = {c.id: c.title for c in phases["kritik-cluster"].board.clusters}
    assert turned and all(clusters[card.origin_cluster_id] == card.origin for card in turned)
    assert len(phases["kritik-cluster"].photos) == 1
    assert imported.uid == json.loads(json.dumps(document))["workshop"]["uid"]


def test_the_document_follows_the_published_schema(exported: Path) -> None:
    schema = json.loads(
        resource_path("schema", "werkstatt-workshop-1.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(read_document(exported))


def test_an_existing_workshop_is_asked_about_then_kept_twice_or_replaced(
    exported: Path, other: Library
) -> None:
    first = other.archives.import_file(exported)
    before = row_counts(other)
    with pytest.raises(WorkshopExistsError) as asked:
        other.archives.import_file(exported)
    assert (asked.value.workshop_id, asked.value.title) == (first.id, first.title)
    assert row_counts(other) == before

    both = other.archives.import_file(exported, OnExisting.KEEP_BOTH)
    assert both.uid != first.uid and both.title == first.title
    assert len(other.list_workshops()) == 2

    replaced = other.archives.import_file(exported, OnExisting.REPLACE)
    assert replaced.uid == first.uid and replaced.id not in (first.id, both.id)
    assert {w.id for w in other.list_workshops()} == {both.id, replaced.id}
    # The replaced one is in the trash with all its rows (no id of it is handed out
    # again), and comes back as a workshop of its own when restored.
    assert row_counts(other) == {name: 3 * count for name, count in before.items()}
    restored = other.restore_workshop(first.id)
    assert restored.uid not in (first.uid, both.uid) and restored.title == first.title


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda d: d.update(version=2), ArchiveTooNewError),
        (lambda d: d.update(format="something-else"), NotAnArchiveError),
        (lambda d: d["workshop"].update(title=""), ArchiveContentError),
        (lambda d: d["workshop"].update(title=["Liste", "statt", "Text"]), ArchiveContentError),
        (lambda d: d["workshop"].update(uid="../../etc/passwd"), ArchiveContentError),
        (
            lambda d: d["workshop"].update(created_at="0001-01-01T00:30:00+01:00"),
            ArchiveContentError,
        ),
        (lambda d: d["workshop"].update(date="9999-12-31"), ArchiveContentError),
        (lambda d: d["workshop"].update(utc_offset_minutes=15 * 60), ArchiveContentError),
        (lambda d: d["workshop"].update(title="Kritik \ud800 am Verkehr"), ArchiveDamagedError),
        (lambda d: d["phases"][3]["clusters"][0].update(colour="lila"), ArchiveContentError),
        (lambda d: d["phases"][2]["cards"][0].update(text="x" * 100_000), ArchiveContentError),
        (lambda d: d["phases"][2]["cards"][0].update(id=True), ArchiveContentError),
        (lambda d: d["phases"][3]["placements"].append([99999, 1]), ArchiveContentError),
        (lambda d: d["phases"][4]["votes"]["counts"][0].update(dots=-3), ArchiveContentError),
        (lambda d: d["phases"][3]["photos"][0].update(file="../../evil.jpg"), ArchiveContentError),
        (lambda d: d["phases"][3]["photos"][0].update(file="photos/77.jpg"), ArchiveDamagedError),
        (lambda d: d["phases"][1].update(kind="séance"), ArchiveContentError),
        (lambda d: d["phases"][1].update(settings={"show_timer": "ja"}), ArchiveContentError),
        (lambda d: d["phases"][1].update(unexpected=1), ArchiveContentError),
    ],
)
def test_a_file_that_breaks_a_rule_changes_nothing(
    exported: Path, other: Library, tmp_path: Path, change: object, error: type
) -> None:
    document = read_document(exported)
    change(document)  # type: ignore[operator]
    broken = rewrite(exported, tmp_path / "broken.werkstatt", document)
    before = row_counts(other)
    with pytest.raises(error):
        other.archives.import_file(broken)
    assert row_counts(other) == before


def test_what_is_no_archive_is_refused(exported: Path, other: Library, tmp_path: Path) -> None:
    text = tmp_path / "Protokoll.werkstatt"
    text.write_text("Das ist eine Textdatei, kein Workshop.", encoding="utf-8")
    empty_zip = tmp_path / "leer.werkstatt"
    zipfile.ZipFile(empty_zip, "w").close()
    truncated = tmp_path / "abgeschnitten.werkstatt"
    truncated.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    for path, error in (
        (text, NotAnArchiveError),
        (empty_zip, NotAnArchiveError),
        (truncated, ArchiveError),
        (tmp_path / "fehlt.werkstatt", StorageIOError),
    ):
        with pytest.raises(error):
            other.archives.import_file(path)
    assert other.list_workshops() == []


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    exported: Path, other: Library, tmp_path: Path
) -> None:
    bomb = tmp_path / "bombe.werkstatt"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        # 80 MB of blanks pack into about 80 KB; the limit for the document is 64 MB.
        archive.writestr(DOCUMENT_NAME, b" " * (80 * 1024 * 1024))
    with pytest.raises(ArchiveTooLargeError):
        other.archives.import_file(bomb)


def test_members_the_document_does_not_name_are_never_read(
    exported: Path, other: Library, tmp_path: Path
) -> None:
    stray = rewrite(
        exported,
        tmp_path / "fremd.werkstatt",
        **{"photos/999.jpg": b"\xff\xd8" + b"\x00" * 5000, "../../etc/cron.d/x": b"* * * * *"},
    )
    assert other.archives.import_file(stray).title.startswith("Zukunftswerkstatt")
    assert not (tmp_path.parent / "etc").exists()


def test_export_into_a_missing_folder_is_an_error_worth_a_sentence(
    other: Library, exported: Path, tmp_path: Path
) -> None:
    imported = other.archives.import_file(exported)
    with pytest.raises(EnvironmentProblem):
        other.archives.export(imported.id, tmp_path / "gibt-es-nicht" / "x.werkstatt")
    assert not list(tmp_path.glob("**/.werkstatt-*.part"))


def _withdraw_a_reported_session(library: Library, workshop_id: int) -> str:
    """Withdraw the proposal of the first report from the agenda wall (the report stays);
    its title."""
    from werkstatt.core import agenda

    phases = library.list_phases(workshop_id)
    (wall_phase,) = [p for p in phases if p.kind == "agenda_wall"]
    reports_phase = next(p for p in phases if p.kind == "reports" and library.reports.list(p.id))
    proposal_id = library.reports.list(reports_phase.id)[0].proposal_id
    wall = library.agenda.wall(wall_phase.id)
    title = wall.proposal(proposal_id).title
    library.agenda.apply(wall_phase.id, agenda.remove_proposal(wall, proposal_id).change)
    return title


@pytest.mark.parametrize("fill", [fill_open_space, fill_world_cafe])
def test_open_space_and_world_cafe_travel_whole(fill: Any, tmp_path: Path, other: Library) -> None:
    withdrawn = ""
    with Library.open(tmp_path / "source") as library:
        workshop_id = fill(library)
        if fill is fill_open_space:
            # a session withdrawn after its report was written: the report goes along
            withdrawn = _withdraw_a_reported_session(library, workshop_id)
        original = encode(library.snapshot(workshop_id))
        library.archives.export(workshop_id, tmp_path / "x.werkstatt")
    schema = json.loads(
        resource_path("schema", "werkstatt-workshop-1.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(read_document(tmp_path / "x.werkstatt"))
    imported = other.archives.import_file(tmp_path / "x.werkstatt")
    again = encode(other.snapshot(imported.id))
    assert again == original
    document = again[0]
    if withdrawn:
        (wall,) = [p["agenda"] for p in document["phases"] if p["kind"] == "agenda_wall"]
        assert [p["title"] for p in wall["withdrawn"]] == [withdrawn]
        numbers = {p["id"] for p in wall["withdrawn"]}
        reports = [r for p in document["phases"] for r in p.get("reports", [])]
        assert any(report["proposal"] in numbers for report in reports)
        # in the colleague's library the proposal is in the trash, not on the wall
        (wall_item,) = [
            item for item in other.snapshot(imported.id).phases if item.agenda is not None
        ]
        assert withdrawn not in [p.title for p in wall_item.agenda.proposals]
        assert [p.title for p in wall_item.withdrawn] == [withdrawn]
    kinds: dict[str, list[dict[str, Any]]] = {}
    for phase in document["phases"]:
        kinds.setdefault(phase["kind"], []).append(phase)
    if fill is fill_open_space:
        (wall,) = kinds["agenda_wall"]
        assert any(p["merged_into"] for p in wall["agenda"]["proposals"])
        assert any(p["slot"] for p in wall["agenda"]["proposals"])
        assert any(phase.get("reports") for phase in kinds["reports"])
        (vote,) = kinds["vote"]
        assert vote["votes"]["target_kind"] == "proposal" and vote["votes"]["counts"]
        # dots on a withdrawn session are nothing Werkstatt writes: a file with them is
        # refused whole
        document = read_document(tmp_path / "x.werkstatt")
        (wall,) = [p["agenda"] for p in document["phases"] if p["kind"] == "agenda_wall"]
        (votes,) = [p["votes"] for p in document["phases"] if p["kind"] == "vote"]
        votes["counts"][0]["target"] = wall["withdrawn"][0]["id"]
        forged = rewrite(tmp_path / "x.werkstatt", tmp_path / "forged.werkstatt", document)
        before = row_counts(other)
        with pytest.raises(ArchiveError, match="votes"):
            other.archives.import_file(forged, OnExisting.KEEP_BOTH)
        assert row_counts(other) == before
    else:
        (rounds,) = kinds["rounds"]
        cafe = rounds["cafe"]
        assert cafe["plan"]["hosts"] and len(cafe["notes"]) == 18


def test_a_broken_seating_plan_in_a_file_is_refused(tmp_path: Path, other: Library) -> None:
    with Library.open(tmp_path / "source") as library:
        workshop_id = fill_world_cafe(library)
        library.archives.export(workshop_id, tmp_path / "cafe.werkstatt")
    document = read_document(tmp_path / "cafe.werkstatt")
    (rounds,) = [p for p in document["phases"] if p["kind"] == "rounds"]
    plan = rounds["cafe"]["plan"]
    for broken in (
        {"rounds": [[]], "hosts": None},
        {"rounds": plan["rounds"], "hosts": [*plan["hosts"], 1]},
        {"rounds": [plan["rounds"][0], plan["rounds"][0]], "hosts": plan["hosts"]},
    ):
        rounds["cafe"]["plan"] = broken
        path = rewrite(tmp_path / "cafe.werkstatt", tmp_path / "kaputt.werkstatt", document)
        with pytest.raises(ArchiveContentError):
            other.archives.import_file(path)
    assert other.list_workshops() == []


def _png(width: int, height: int) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (width, height), (0, 110, 80, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_cover_logo_travels_with_the_workshop(tmp_path: Path, other: Library) -> None:
    logo = _png(900, 300)
    with Library.open(tmp_path / "source") as library:
        workshop_id = fill_zukunftswerkstatt(library)
        library.set_logo(workshop_id, logo, "Stadtteilverein-Nordstadt.png")
        path = tmp_path / "Nordstadt mit Logo.werkstatt"
        library.archives.export(workshop_id, path, method_name="Zukunftswerkstatt")
    document = read_document(path)
    assert document["workshop"]["logo"] == "logo.png"
    with zipfile.ZipFile(path) as archive:
        assert archive.read("logo.png") == logo
    schema = json.loads(
        resource_path("schema", "werkstatt-workshop-1.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(document)

    imported = other.archives.import_file(path)
    assert other.logo(imported.id) == (logo, "image/png")
    again = other.snapshot(imported.id, method_name="Zukunftswerkstatt")
    assert encode(again)[0] == document


def test_a_workshop_without_logo_names_none(exported: Path) -> None:
    assert "logo" not in read_document(exported)["workshop"]
    with zipfile.ZipFile(exported) as archive:
        assert not [name for name in archive.namelist() if name.startswith("logo")]


@pytest.mark.parametrize(
    ("member", "data"),
    [
        ("../logo.png", None),  # only the names we write ourselves
        ("photos/1.png", None),
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
        ("logo.png", b"Kein Bild, sondern ein Text mit \xc3\xa4 und \xc3\x9f."),
        ("logo.jpg", None),  # holds a PNG
        ("logo.gif", b""),  # named, but missing from the zip: see below
    ],
)
def test_a_bad_logo_in_a_file_changes_nothing(
    exported: Path, other: Library, tmp_path: Path, member: str, data: bytes | None
) -> None:
    document = read_document(exported)
    document["workshop"]["logo"] = member
    extra = {} if member == "logo.gif" else {member: _png(300, 100) if data is None else data}
    broken = rewrite(exported, tmp_path / "logo.werkstatt", document, **extra)
    before = row_counts(other)
    # a name or content the document may not have; a named member missing: a damaged file
    error = ArchiveDamagedError if member == "logo.gif" else ArchiveContentError
    with pytest.raises(error, match="logo"):
        other.archives.import_file(broken)
    assert row_counts(other) == before
