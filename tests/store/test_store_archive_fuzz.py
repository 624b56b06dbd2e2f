"""Thousands of mutated ``.werkstatt`` files: every one is imported whole or refused with
an ArchiveError, and a refused one leaves the library exactly as it was."""

from __future__ import annotations

import copy
import json
import os
import random
import zipfile
from pathlib import Path
from typing import Any

import pytest
from test_store_archive import row_counts

from samples.filled_workshop import fill_zukunftswerkstatt
from werkstatt.store.archive import OnExisting
from werkstatt.store.archive.document import DOCUMENT_NAME
from werkstatt.store.errors import ArchiveError
from werkstatt.store.library import Library

MUTATIONS = int(os.environ.get("WERKSTATT_FUZZ_MUTATIONS", "2000"))
SEED = int(os.environ.get("WERKSTATT_FUZZ_SEED", "20261125"))

ODD_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 1.5, 2**63, -(2**31), "", " ", "x" * 70_000, "../../etc/passwd",
    "\u0000", "Straße", [], [1, 2], {}, {"a": 1}, float("nan"), "2026-13-45", "photos/1.jpg",
)  # fmt: skip


@pytest.fixture(scope="module")
def small_archive(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The document and photo members of a small finished workshop."""
    folder = tmp_path_factory.mktemp("fuzz")
    with Library.open(folder / "source") as library:
        workshop_id = fill_zukunftswerkstatt(library, photo_size=(64, 48))
        path = folder / "klein.werkstatt"
        library.archives.export(workshop_id, path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    document = json.loads(members.pop(DOCUMENT_NAME))
    # The same document on every run (no fresh uid, no clock), so that the seed alone
    # decides which mutations are tried.
    document["workshop"]["uid"] = "0123456789abcdef0123456789abcdef"
    _fix_moments(document)
    return document, members


def _fix_moments(value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("created_at", "changed_at") and item is not None:
                value[key] = "2026-11-20T17:00:00+00:00"
            else:
                _fix_moments(item)
    elif isinstance(value, list):
        for item in value:
            _fix_moments(item)


def places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document a mutation can hit."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += places(item, (*path, index))
    return found


def mutate_document(document: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    mutated = copy.deepcopy(document)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        path = rng.choice(places(mutated)[1:])
        parent = mutated
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        operation = rng.randrange(5)
        if operation == 0:
            parent[key] = rng.choice(ODD_VALUES)
        elif operation == 1 and isinstance(parent, dict):
            del parent[key]
        elif operation == 1:
            parent.pop(key)
        elif operation == 2 and isinstance(parent[key], list) and parent[key]:
            parent[key].append(copy.deepcopy(rng.choice(parent[key])))
        elif operation == 3 and isinstance(parent[key], dict):
            parent[key]["unerwartet"] = 1
        elif isinstance(parent[key], int) and not isinstance(parent[key], bool):
            parent[key] += rng.choice((-1, 1, 1000))
        else:
            parent[key] = rng.choice(ODD_VALUES)
    return mutated


def write(path: Path, document: Any, members: dict[str, bytes], rng: random.Random) -> None:
    text = json.dumps(document, ensure_ascii=False)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(DOCUMENT_NAME, text)
        for name, data in members.items():
            archive.writestr(name, data)
    if rng.random() < 0.25:
        # Damage the bytes of the file itself: flip some, or cut it off.
        data = bytearray(path.read_bytes())
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        else:
            del data[rng.randrange(len(data)) :]
        path.write_bytes(bytes(data))


def test_mutated_files_are_imported_whole_or_refused_without_a_trace(
    small_archive: tuple[dict[str, Any], dict[str, bytes]], tmp_path: Path
) -> None:
    document, members = small_archive
    rng = random.Random(SEED)
    refused = imported = 0
    with Library.open(tmp_path / "target") as library:
        before = row_counts(library)
        for number in range(MUTATIONS):
            path = tmp_path / f"{number % 10}.werkstatt"
            write(path, mutate_document(document, rng), members, rng)
            try:
                workshop = library.archives.import_file(path, OnExisting.KEEP_BOTH)
            except ArchiveError:
                refused += 1
                after = row_counts(library)
                assert after == before, f"mutation {number} left rows behind"
                continue
            imported += 1
            # What was accepted is a whole workshop the program can show and export.
            library.snapshot(workshop.id)
            library.archives.export(workshop.id, tmp_path / "wieder.werkstatt")
            before = row_counts(library)
    # The mutations hit both ways: most are refused, harmless ones go through.
    assert refused > MUTATIONS // 2 and imported > 20, (refused, imported)
