"""`werkstatt export ID --out F.werkstatt` and `werkstatt import F.werkstatt`: a workshop
moves between libraries without a window; problems are sentences with exit code 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from samples.filled_workshop import fill_zukunftswerkstatt
from werkstatt.__main__ import main
from werkstatt.store.library import Library


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, int]:
    folder = tmp_path / "moderatorin"
    with Library.open(folder) as library:
        return folder, fill_zukunftswerkstatt(library, photos_per_phase=0)


def test_export_and_import_move_a_workshop_to_another_library(
    capsys: pytest.CaptureFixture[str], source: tuple[Path, int], tmp_path: Path
) -> None:
    folder, workshop_id = source
    code, out, _ = _run(
        capsys,
        "export",
        str(workshop_id),
        "--out",
        str(tmp_path / "Nordstadt"),
        "--data-dir",
        str(folder),
    )
    assert code == 0 and "Nordstadt.werkstatt" in out
    target = tmp_path / "kollege"
    code, out, _ = _run(
        capsys, "import", str(tmp_path / "Nordstadt.werkstatt"), "--data-dir", str(target)
    )
    assert code == 0 and "Lebenswerte Nordstadt" in out
    code, _, err = _run(
        capsys, "import", str(tmp_path / "Nordstadt.werkstatt"), "--data-dir", str(target)
    )
    assert code == 1 and "--keep-both" in err and "--replace" in err
    code, _, _ = _run(
        capsys,
        "import",
        str(tmp_path / "Nordstadt.werkstatt"),
        "--keep-both",
        "--data-dir",
        str(target),
    )
    assert code == 0
    with Library.open(target) as library:
        assert len(library.list_workshops()) == 2


def test_a_damaged_file_is_a_sentence_and_exit_code_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "kaputt.werkstatt"
    broken.write_text("kein Zip", encoding="utf-8")
    code, _, err = _run(capsys, "import", str(broken), "--data-dir", str(tmp_path / "lib"))
    assert code == 1 and "kaputt.werkstatt" in err


def test_keep_both_and_replace_exclude_each_other(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "import", "x.werkstatt", "--keep-both", "--replace")
    assert code == 2 and "--replace" in err


def test_export_of_a_missing_workshop_names_it(
    capsys: pytest.CaptureFixture[str], source: tuple[Path, int], tmp_path: Path
) -> None:
    folder, _ = source
    code, _, err = _run(
        capsys, "export", "999", "--out", str(tmp_path / "x"), "--data-dir", str(folder)
    )
    assert code == 1 and "999" in err
