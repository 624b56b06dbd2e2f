"""Writing the PDF: whole or not at all, progress, cancelling, and places it cannot go."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest
from protocol_samples import zukunftswerkstatt
from pypdf import PdfReader

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.messages import describe
from werkstatt.protocol.errors import ExportCancelled, ProtocolWriteError
from werkstatt.protocol.pdf import render_pdf

OLD_PROTOCOL = b"%PDF-1.4 the protocol the client already has\n"


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_pdf_is_complete_and_nothing_else_is_left(
    snapshot: WorkshopSnapshot, tmp_path: Path
) -> None:
    target = tmp_path / "Protokoll.pdf"
    target.write_bytes(OLD_PROTOCOL)
    render_pdf(snapshot, target)
    assert _leftovers(tmp_path) == ["Protokoll.pdf"]
    assert len(PdfReader(target).pages) >= 4
    assert target.read_bytes() != OLD_PROTOCOL


def test_progress_counts_up_to_its_total(snapshot: WorkshopSnapshot, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    render_pdf(snapshot, tmp_path / "Protokoll.pdf", progress=lambda d, t: calls.append((d, t)))
    assert len(calls) >= 10
    totals = {total for _, total in calls}
    assert len(totals) == 1
    total = totals.pop()
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert done[-1] == total


@pytest.mark.parametrize("after_calls", [1, 40, 100])
def test_cancelling_leaves_no_file_and_keeps_the_old_one(
    snapshot: WorkshopSnapshot, tmp_path: Path, after_calls: int
) -> None:
    """Cancelled while the story is built (first call) or while pages are laid out."""
    target = tmp_path / "Protokoll.pdf"
    target.write_bytes(OLD_PROTOCOL)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked >= after_calls

    with pytest.raises(ExportCancelled):
        render_pdf(snapshot, target, cancelled=cancelled)
    assert asked == after_calls
    assert _leftovers(tmp_path) == ["Protokoll.pdf"]
    assert target.read_bytes() == OLD_PROTOCOL


def test_cancelling_before_there_was_a_file(snapshot: WorkshopSnapshot, tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        render_pdf(snapshot, tmp_path / "Protokoll.pdf", cancelled=lambda: True)
    assert _leftovers(tmp_path) == []


def test_a_missing_folder_is_a_typed_error(snapshot: WorkshopSnapshot, tmp_path: Path) -> None:
    target = tmp_path / "USB-Stick" / "Dokumentation" / "Protokoll.pdf"
    progress: list[tuple[int, int]] = []
    with pytest.raises(ProtocolWriteError) as caught:
        render_pdf(snapshot, target, progress=lambda d, t: progress.append((d, t)))
    assert caught.value.path == target
    assert caught.value.errno == errno.ENOENT
    assert not caught.value.disk_full
    assert progress == [], "fails before a minute of layout, not after"
    assert str(target) in describe(caught.value)


def test_a_file_where_the_folder_should_be(snapshot: WorkshopSnapshot, tmp_path: Path) -> None:
    (tmp_path / "Protokolle").write_text("keine Mappe", encoding="utf-8")
    target = tmp_path / "Protokolle" / "Zukunftswerkstatt.pdf"
    with pytest.raises(ProtocolWriteError) as caught:
        render_pdf(snapshot, target)
    assert caught.value.errno == errno.ENOTDIR
    assert _leftovers(tmp_path) == ["Protokolle"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root writes into read-only folders anyway",
)
def test_a_read_only_folder(snapshot: WorkshopSnapshot, tmp_path: Path) -> None:
    folder = tmp_path / "schreibgeschützt"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ProtocolWriteError) as caught:
            render_pdf(snapshot, folder / "Protokoll.pdf")
    finally:
        folder.chmod(0o700)
    assert caught.value.errno == errno.EACCES
    assert _leftovers(folder) == []


def test_a_refused_file_is_a_typed_error(
    snapshot: WorkshopSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a read-only folder does to a user who is not root."""

    def refuse(path: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr("werkstatt.protocol.output._create_new", refuse)
    with pytest.raises(ProtocolWriteError) as caught:
        render_pdf(snapshot, tmp_path / "Protokoll.pdf")
    assert caught.value.errno == errno.EACCES
    assert "Permission denied" in describe(caught.value)
    assert _leftovers(tmp_path) == []


def test_a_full_disk_keeps_the_old_file_and_leaves_no_rest(
    snapshot: WorkshopSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Protokoll.pdf"
    target.write_bytes(OLD_PROTOCOL)

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("werkstatt.protocol.output.os.fsync", disk_full)
    with pytest.raises(ProtocolWriteError) as caught:
        render_pdf(snapshot, target)
    assert caught.value.disk_full
    assert caught.value.path == target
    assert _leftovers(tmp_path) == ["Protokoll.pdf"]
    assert target.read_bytes() == OLD_PROTOCOL


def test_two_threads_render_two_languages_at_once(tmp_path: Path) -> None:
    """The GUI exports in a worker thread; each render keeps its own language."""
    results: dict[str, BaseException | None] = {}

    def render(language: str) -> None:
        try:
            render_pdf(zukunftswerkstatt(language=language), tmp_path / f"{language}.pdf")
            results[language] = None
        except BaseException as exc:  # handed to the test thread below
            results[language] = exc

    threads = [threading.Thread(target=render, args=(lang,)) for lang in ("de", "en")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {"de": None, "en": None}
    english = PdfReader(tmp_path / "en.pdf").pages[1].extract_text()
    assert "Run sheet" in english
    assert PdfReader(tmp_path / "de.pdf").trailer["/Root"]["/Lang"] == "de"


def test_a_lists_first_and_last_line_never_stand_alone_on_a_page() -> None:
    from werkstatt.protocol import content
    from werkstatt.protocol.fonts import register_fonts
    from werkstatt.protocol.pdf_blocks import flowables

    register_fonts()
    statements = [f"Ein gelungener Abend, danke! ({n})" for n in range(5)]
    blocks = [
        content.Heading(2, "Aussagen"),
        *(content.ListItem(text) for text in statements),
        content.Paragraph("Fünf Aussagen.", "note"),
        content.ListItem("Nur eine Zeile"),
    ]
    story = flowables(blocks, None)
    kept = [getattr(flowable, "keepWithNext", 0) for flowable in story[1:6]]
    # the first statement stays with the second, the fourth with the fifth; a one-line
    # list has nothing to keep
    assert kept == [1, 0, 0, 1, 0]
    assert not getattr(story[-1], "keepWithNext", 0)
