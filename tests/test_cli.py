"""The command line: --version, list, choosing data folder and language, errors as
sentences, and that none of it needs Qt."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from werkstatt import __version__
from werkstatt.__main__ import main
from werkstatt.cli import display_width, format_table
from werkstatt.core.records import WorkshopDraft
from werkstatt.methods import load_templates
from werkstatt.paths import resolve_data_dir
from werkstatt.resources import resource_path
from werkstatt.store.library import LIBRARY_FILE, Library


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _create(data_dir: Path, *drafts: WorkshopDraft) -> None:
    library = Library.open(data_dir)
    try:
        for draft in drafts:
            library.create_workshop(draft, [])
    finally:
        library.close()


# data folder ------------------------------------------------------------------------------
def test_data_dir_option_beats_the_environment(data_dir: Path, tmp_path: Path) -> None:
    assert resolve_data_dir(str(tmp_path / "stick")) == tmp_path / "stick"
    assert resolve_data_dir(None) == data_dir


def test_data_dir_expands_the_home_folder() -> None:
    assert resolve_data_dir("~/Werkstatt-Stick") == Path.home() / "Werkstatt-Stick"


def test_default_data_dir_is_the_users_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WERKSTATT_DATA_DIR", "")
    expected = Path(os.environ["XDG_DATA_HOME"]) / "Werkstatt"
    if sys.platform.startswith("linux"):
        assert resolve_data_dir(None) == expected
    assert resolve_data_dir(None).name == "Werkstatt"


# --version and usage ---------------------------------------------------------------------
def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"Werkstatt {__version__}"


def test_help_is_german_by_default_and_english_on_request(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert "Aufruf: werkstatt" in out
    assert "Zukunftswerkstatt" in out
    _, out, _ = _run(capsys, "--lang", "en", "--help")
    assert "usage: werkstatt" in out
    assert "Future Workshop" in out


@pytest.mark.parametrize("argv", [["--bogus"], ["lsit"], ["list", "--data-dir"]])
def test_bad_usage_exits_with_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = _run(capsys, *argv)
    assert code == 2
    assert "werkstatt" in err


def test_unknown_language_option_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = _run(capsys, "--lang", "fr", "list")
    assert code == 2
    assert out == ""
    assert "fr" in err
    assert "de" in err and "en" in err


def test_unknown_language_in_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setenv("WERKSTATT_LANG", "klingon")
    code, _, err = _run(capsys, "list")
    assert code == 2
    assert "WERKSTATT_LANG" in err
    assert "klingon" in err


# list -------------------------------------------------------------------------------------
def test_list_without_a_library_says_so_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    stick = tmp_path / "USB-Stick"
    code, out, _ = _run(capsys, "list", "--data-dir", str(stick))
    assert code == 0
    assert str(stick) in out
    assert "noch keine Werkstatt-Bibliothek" in out
    assert not stick.exists()


def test_list_of_an_empty_library(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    Library.open(data_dir).close()
    code, out, _ = _run(capsys, "list")
    assert code == 0
    assert "enthält noch keine Workshops" in out
    _, out, _ = _run(capsys, "--lang", "en", "list")
    assert "holds no workshops yet" in out


def test_list_prints_aligned_columns(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    _create(
        data_dir,
        WorkshopDraft(
            title="Quartiersentwicklungskonzept Südstadt",
            method="zukunftswerkstatt",
            date=dt.date(2026, 3, 14),
        ),
        WorkshopDraft(title="Älter werden in Großenhain", method="world_cafe"),
        WorkshopDraft(
            title="Runder Tisch Spielplätze", method="open_space", date=dt.date(2026, 11, 2)
        ),
    )
    code, out, _ = _run(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Nr.", "Datum", "Methode", "Titel"]
    assert len(lines) == 4
    title_column = lines[0].index("Titel")
    rows = {line[title_column:]: line for line in lines[1:]}
    assert set(rows) == {
        "Quartiersentwicklungskonzept Südstadt",
        "Älter werden in Großenhain",
        "Runder Tisch Spielplätze",
    }
    assert "14.03.2026" in rows["Quartiersentwicklungskonzept Südstadt"]
    assert _method_name("zukunftswerkstatt", "de") in rows["Quartiersentwicklungskonzept Südstadt"]
    assert "–" in rows["Älter werden in Großenhain"]

    _, out, _ = _run(capsys, "--lang", "en", "list")
    assert out.splitlines()[0].split() == ["ID", "Date", "Method", "Title"]
    assert "2026-03-14" in out
    assert _method_name("zukunftswerkstatt", "en") in out


def _method_name(key: str, language: str) -> str:
    names = {t.key: t.name(language) for t in load_templates(resource_path("methods"), language)}
    return names.get(key, key)


def test_list_shows_methods_by_their_template_names(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    templates = load_templates(resource_path("methods"), "de")
    if not templates:
        pytest.fail("resources/methods holds no built-in templates")
    template = templates[0]
    _create(data_dir, WorkshopDraft(title="Stadtteilkonferenz Ost", method=template.key))
    _create(data_dir, WorkshopDraft(title="Barcamp Ehrenamt", method="barcamp-ehrenamt"))
    _, out, _ = _run(capsys, "list")
    assert template.name("de") in out
    assert "barcamp-ehrenamt" in out, "a method without a template shows its key"


def test_list_survives_a_broken_template(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    methods = tmp_path / "methods"
    methods.mkdir()
    (methods / "fishbowl.toml").write_text("format = [kaputt", encoding="utf-8")
    monkeypatch.setattr("werkstatt.resources.resource_path", lambda *parts: methods)
    _create(data_dir, WorkshopDraft(title="Fishbowl Jugendbeirat", method="fishbowl"))
    code, out, _ = _run(capsys, "list")
    assert code == 0
    assert "fishbowl" in out
    assert "Fishbowl Jugendbeirat" in out


def test_list_while_the_gui_holds_the_library(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _create(data_dir, WorkshopDraft(title="Seniorenarbeit Nordviertel", method="world_cafe"))
    gui = Library.open(data_dir, exclusive=True)
    try:
        code, out, _ = _run(capsys, "list")
    finally:
        gui.close()
    assert code == 0
    assert "Seniorenarbeit Nordviertel" in out


def test_list_refuses_a_file_that_is_no_library(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / LIBRARY_FILE).write_text("Protokoll der Stadtteilkonferenz\n", encoding="utf-8")
    code, out, err = _run(capsys, "list")
    assert code == 1
    assert out == ""
    assert str(data_dir) in err
    assert "keine Werkstatt-Bibliothek" in err
    assert (data_dir / LIBRARY_FILE).read_text(encoding="utf-8").startswith("Protokoll")


def test_unexpected_errors_become_a_sentence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def broken(data_dir: Path, out: object) -> int:
        raise RuntimeError("kaputt")

    monkeypatch.setattr("werkstatt.cli.list_workshops", broken)
    code, _, err = _run(capsys, "list")
    assert code == 1
    assert "RuntimeError" in err
    assert "unerwarteter Fehler" in err


def test_debug_variable_shows_the_traceback_to_developers(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def broken(data_dir: Path, out: object) -> int:
        raise RuntimeError("kaputt")

    monkeypatch.setattr("werkstatt.cli.list_workshops", broken)
    monkeypatch.setenv("WERKSTATT_DEBUG", "1")
    with pytest.raises(RuntimeError, match="kaputt"):
        main(["list"])


# the GUI is started, not imported ------------------------------------------------------------
def test_no_command_starts_the_gui_with_folder_and_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[Path, str | None]] = []

    def run_gui(data_dir: Path, language: str | None) -> int:
        calls.append((data_dir, language))
        return 7

    fake_app = ModuleType("werkstatt.app")
    fake_app.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "werkstatt.app", fake_app)
    assert main(["--data-dir", str(tmp_path / "stick"), "--lang", "en"]) == 7
    assert main([]) == 7  # conftest sets WERKSTATT_LANG=de
    monkeypatch.delenv("WERKSTATT_LANG")
    assert main([]) == 7  # nothing asked: the GUI's saved setting decides
    assert calls == [
        (tmp_path / "stick", "en"),
        (resolve_data_dir(None), "de"),
        (resolve_data_dir(None), None),
    ]


def test_a_gui_that_cannot_load_qt_gets_a_sentence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "werkstatt.app", None)  # import fails like a missing libEGL
    code, _, err = _run(capsys)
    assert code == 1
    assert "Qt" in err
    assert "werkstatt list" in err


# without Qt ---------------------------------------------------------------------------------
NO_QT_PROBE = textwrap.dedent(
    """
    import sys
    sys.modules["PySide6"] = None  # any import of Qt now fails loudly
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
@pytest.mark.parametrize("argv", [["--version"], ["list"]])
def test_version_and_list_run_without_qt(argv: list[str], data_dir: Path) -> None:
    _create(data_dir, WorkshopDraft(title="Bürgerhaushalt 2027", method="open_space"))
    result = subprocess.run(
        [sys.executable, "-c", NO_QT_PROBE, *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "QT-MODULES: []" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_python_dash_m_werkstatt(data_dir: Path) -> None:
    _create(data_dir, WorkshopDraft(title="Demografie-Strategie Landkreis", method="world_cafe"))
    result = subprocess.run(
        [sys.executable, "-m", "werkstatt", "list"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Demografie-Strategie Landkreis" in result.stdout


# columns ---------------------------------------------------------------------------------------
def test_columns_align_for_wide_and_combining_characters() -> None:
    assert display_width("Straße") == 6
    assert display_width("会议") == 4
    assert display_width("e\u0301") == 1
    table = format_table(["ID", "Title"], [["1", "会议"], ["12", "Ayşe"]], numeric=1)
    assert table.splitlines() == ["ID  Title", " 1  会议", "12  Ayşe"]
