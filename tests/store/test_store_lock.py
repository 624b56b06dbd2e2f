"""One Werkstatt per library: the single-instance lock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from werkstatt.core.records import WorkshopDraft
from werkstatt.store.errors import LibraryInUseError
from werkstatt.store.library import LIBRARY_FILE, Library

# Opens the library exclusively, says so, then waits for stdin to close.
HOLDER = """
import sys
from pathlib import Path
from werkstatt.store.errors import LibraryInUseError
from werkstatt.store.library import Library
try:
    library = Library.open(Path(sys.argv[1]))
except LibraryInUseError:
    print("in use", flush=True)
    raise SystemExit(0)
print("open", flush=True)
sys.stdin.read()
library.close()
"""


def _holder(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_second_exclusive_open_in_the_same_process_is_refused(library: Library) -> None:
    with pytest.raises(LibraryInUseError) as caught:
        Library.open(library.data_dir)
    assert caught.value.path == library.data_dir / LIBRARY_FILE
    # The refused attempt did not disturb the first one.
    assert library.list_workshops() == []


def test_closing_releases_the_lock(data_dir: Path) -> None:
    Library.open(data_dir).close()
    with Library.open(data_dir) as again:
        assert again.list_workshops() == []


def test_a_shared_open_needs_no_lock_and_sees_what_the_owner_wrote(library: Library) -> None:
    library.create_workshop(WorkshopDraft(title="Stadtteilkonferenz Hafen", method=""), [])
    with Library.open(library.data_dir, exclusive=False) as reader:
        assert [w.title for w in reader.list_workshops()] == ["Stadtteilkonferenz Hafen"]


@pytest.mark.slow
def test_a_second_werkstatt_process_is_refused(library: Library) -> None:
    holder = _holder(library.data_dir)
    stdout, _ = holder.communicate(timeout=60)
    assert stdout.strip() == "in use"


@pytest.mark.slow
def test_a_library_open_in_another_process_is_refused_here(data_dir: Path) -> None:
    holder = _holder(data_dir)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(LibraryInUseError):
            Library.open(data_dir)
    finally:
        holder.communicate("", timeout=60)
    assert holder.returncode == 0
    with Library.open(data_dir) as library:
        assert library.list_workshops() == []
