"""Compile the Qt Designer forms in ``ui/`` into ``werkstatt.gui.generated``.

Run ``python -m werkstatt.gui.compile_forms`` after changing a ``.ui`` file and commit the
result; tests/gui/test_generated_forms.py fails when a committed form is out of date. The
forms are compiled rather than loaded with QUiLoader at run time because that keeps
start-up fast and gives the widgets real attribute names.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from werkstatt.resources import ui_path

GENERATED_DIR = Path(__file__).resolve().parent / "generated"

# The only line of uic's output that changes without a change of the form.
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


def forms() -> list[Path]:
    """Every Designer form of the program, in a stable order."""
    return sorted(ui_path().glob("*.ui"))


def generated_path(form: Path) -> Path:
    return GENERATED_DIR / f"ui_{form.stem}.py"


def _uic() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-uic")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise FileNotFoundError("pyside6-uic (comes with PySide6) is not installed")
    return found


def compile_form(form: Path) -> str:
    """The Python source that pyside6-uic makes of ``form``."""
    result = subprocess.run(
        [_uic(), "--generator", "python", str(form)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def comparable(source: str) -> str:
    """``source`` without the uic version line, for checking a committed form."""
    return _VERSION_LINE.sub("", source)


def main() -> int:
    for form in forms():
        target = generated_path(form)
        target.write_text(compile_form(form), encoding="utf-8")
        print(f"{form.name} -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
