"""`werkstatt protocol ID --out FILE.pdf|FILE.docx`: the protocol without a window, and
sentences (not tracebacks) for what can go wrong."""

from __future__ import annotations

import datetime as dt
import errno
import subprocess
import sys
import textwrap
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from werkstatt.__main__ import main
from werkstatt.core.records import Workshop, WorkshopDraft
from werkstatt.methods import load_templates
from werkstatt.resources import resource_path
from werkstatt.store.library import LIBRARY_FILE, Library

CARDS = (
    "Die Straßenbahnhaltestelle ist nicht barrierefrei",
    "Zu wenig Bänke am Quartiersplatz",
    "Mahallede gençler için buluşma yeri yok",
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _workshop(data_dir: Path, language: str = "de") -> Workshop:
    template = next(
        t
        for t in load_templates(resource_path("methods"), language)
        if t.key == "zukunftswerkstatt"
    )
    draft = WorkshopDraft(
        title="Zukunftswerkstatt Spielplätze Nordviertel",
        method="zukunftswerkstatt",
        date=dt.date(2026, 5, 20),
        start_time=dt.time(18, 30),
        place="Gemeindesaal St. Markus",
        moderators="Przemysław Wójcik",
        language=language,
    )
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(draft, template.drafts(language))
        critique = next(p for p in library.list_phases(workshop.id) if p.kind == "cards")
        start = dt.datetime(2026, 5, 20, 16, 45, tzinfo=dt.UTC)
        library.run.start_phase(critique.id, at=start)
        for text in CARDS:
            library.cards.add(critique.id, text, author="Ayşe Yılmaz")
        library.run.finish_workshop(workshop.id, at=start + dt.timedelta(minutes=25))
    return workshop


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_protocol_of_a_workshop(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    workshop = _workshop(data_dir)
    target = tmp_path / "Protokoll Nordviertel.pdf"
    code, out, err = _run(capsys, "protocol", str(workshop.id), "--out", str(target))
    assert (code, err) == (0, "")
    assert str(target) in out
    assert workshop.title in out
    text = _text(target)
    for card in CARDS:
        assert card in text
    assert "Ayşe Yılmaz" in text
    assert "Zukunftswerkstatt" in text, "the method by its template's name"
    assert PdfReader(target).metadata.author == "Przemysław Wójcik"


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [
        paragraph.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
    ]
    return " ".join(" ".join(p.text for p in document.paragraphs).split() + cells)


@pytest.mark.parametrize("anonymous", [False, True])
def test_a_word_protocol_by_the_ending_of_the_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, anonymous: bool
) -> None:
    workshop = _workshop(data_dir)
    target = tmp_path / "Protokoll Nordviertel.DOCX"
    switches = ["--anonymous"] if anonymous else []
    code, out, err = _run(capsys, "protocol", str(workshop.id), "--out", str(target), *switches)
    assert (code, err) == (0, "")
    assert str(target) in out
    assert target.read_bytes()[:2] == b"PK", "a Word file is a zip archive, not a PDF"
    text = _docx_text(target)
    for card in CARDS:
        assert card in text
    assert ("Ayşe Yılmaz" in text) is not anonymous
    author = docx.Document(str(target)).core_properties.author
    assert author == ("" if anonymous else "Przemysław Wójcik")


@pytest.mark.parametrize("name", ["Protokoll.odt", "Protokoll", "Protokoll.pdf.txt"])
def test_an_ending_neither_pdf_nor_docx_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, name: str
) -> None:
    workshop = _workshop(data_dir)
    folder = tmp_path / "Protokolle"
    folder.mkdir()
    target = folder / name
    code, out, err = _run(
        capsys, "--lang", "en", "protocol", str(workshop.id), "--out", str(target)
    )
    assert code == 2
    assert out == ""
    assert str(target) in err and ".pdf" in err and ".docx" in err
    assert not target.exists()
    assert list(folder.iterdir()) == [], "nothing half-written"


@pytest.mark.parametrize("switch", ["--no-names", "--anonymous"])
def test_without_names_and_with_scripts(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, switch: str
) -> None:
    workshop = _workshop(data_dir)
    target = tmp_path / "veröffentlichen.pdf"
    code, _, _ = _run(
        capsys, "protocol", str(workshop.id), "--out", str(target), switch, "--scripts"
    )
    assert code == 0
    text = _text(target)
    assert "Ayşe Yılmaz" not in text
    assert "Przemysław Wójcik" not in text
    assert CARDS[0] in text
    assert "Begrüßen Sie die Teilnehmenden" in text, "the moderator script of the welcome"


def test_an_english_workshop_gets_an_english_protocol_from_a_german_command_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    workshop = _workshop(data_dir, language="en")
    target = tmp_path / "protocol.pdf"
    code, _, _ = _run(capsys, "protocol", str(workshop.id), "--out", str(target))
    assert code == 0
    text = _text(target)
    assert "Run sheet" in text
    assert "Future Workshop" in text


def test_while_the_window_holds_the_library(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    workshop = _workshop(data_dir)
    gui = Library.open(data_dir, exclusive=True)
    try:
        code, _, err = _run(capsys, "protocol", str(workshop.id), "--out", str(tmp_path / "p.pdf"))
    finally:
        gui.close()
    assert (code, err) == (0, "")
    assert (tmp_path / "p.pdf").is_file()


def test_an_unknown_workshop(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _workshop(data_dir)
    code, out, err = _run(capsys, "protocol", "4711", "--out", str(tmp_path / "p.pdf"))
    assert code == 1
    assert out == ""
    assert "4711" in err
    assert "gibt es nicht" in err
    assert list(tmp_path.iterdir()) == [data_dir]


def test_no_library_at_all(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    stick = tmp_path / "USB-Stick"
    code, _, err = _run(
        capsys, "protocol", "3", "--out", str(tmp_path / "p.pdf"), "--data-dir", str(stick)
    )
    assert code == 1
    assert str(stick) in err
    assert not stick.exists()
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize("where", ["missing folder", "folder is a file", "is a folder"])
def test_a_place_the_pdf_cannot_go(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, where: str
) -> None:
    workshop = _workshop(data_dir)
    (tmp_path / "Notizen.txt").write_text("keine Mappe", encoding="utf-8")
    (tmp_path / "Protokolle").mkdir()
    target = {
        "missing folder": tmp_path / "gibt-es-nicht" / "p.pdf",
        "folder is a file": tmp_path / "Notizen.txt" / "p.pdf",
        "is a folder": tmp_path / "Protokolle",
    }[where]
    code, out, err = _run(capsys, "protocol", str(workshop.id), "--out", str(target))
    assert code == 1
    assert out == ""
    assert str(target) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Notizen.txt", "Protokolle", "data"]
    assert list((tmp_path / "Protokolle").iterdir()) == []


def test_a_full_disk(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workshop = _workshop(data_dir)

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("werkstatt.protocol.output.os.fsync", disk_full)
    target = tmp_path / "Protokoll.pdf"
    code, _, err = _run(capsys, "protocol", str(workshop.id), "--out", str(target))
    assert code == 1
    assert str(target) in err
    assert "No space left on device" in err
    assert not target.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["protocol"],
        ["protocol", "3"],
        ["protocol", "drei", "--out", "p.pdf"],
        ["protocol", "3", "--out"],
        ["protocol", "3", "--out", "p.pdf", "--anonym"],
    ],
)
def test_bad_usage_exits_with_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str]
) -> None:
    code, _, err = _run(capsys, *argv)
    assert code == 2
    assert "werkstatt" in err


def test_help_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--lang", "en", "protocol", "--help")
    assert code == 0
    for option in ("--out", "--no-names", "--scripts", "WORKSHOP_ID"):
        assert option in out


NO_QT_PROBE = textwrap.dedent(
    """
    import sys
    sys.modules["PySide6"] = None  # any import of Qt now fails loudly
    sys.modules["qasync"] = None
    from werkstatt.__main__ import main
    code = main(sys.argv[1:])
    loaded = sorted(
        name
        for name, module in sys.modules.items()
        if module is not None and name.split(".")[0] in {"PySide6", "qasync"}
    )
    print("QT-MODULES:", loaded)
    sys.exit(code)
    """
)


@pytest.mark.slow
def test_runs_without_qt(data_dir: Path, tmp_path: Path) -> None:
    workshop = _workshop(data_dir)
    target = tmp_path / "ohne-qt.pdf"
    result = subprocess.run(
        [sys.executable, "-c", NO_QT_PROBE, "protocol", str(workshop.id), "--out", str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "QT-MODULES: []" in result.stdout
    assert CARDS[1] in _text(target)
    assert (data_dir / LIBRARY_FILE).is_file()


@pytest.mark.slow
def test_a_word_protocol_without_qt(data_dir: Path, tmp_path: Path) -> None:
    workshop = _workshop(data_dir)
    target = tmp_path / "ohne-qt.docx"
    result = subprocess.run(
        [sys.executable, "-c", NO_QT_PROBE, "protocol", str(workshop.id), "--out", str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "QT-MODULES: []" in result.stdout
    assert CARDS[1] in _docx_text(target)
