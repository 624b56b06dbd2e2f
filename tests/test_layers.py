"""The layers of DESIGN.md hold: import-linter's contracts, and no Qt below the GUI."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout  # its summary line: "Contracts: n kept, 0 broken."


QT_FREE_PACKAGES = ["werkstatt.core", "werkstatt.methods", "werkstatt.store", "werkstatt.cli"]


@pytest.mark.slow
@pytest.mark.parametrize("package", QT_FREE_PACKAGES)
def test_importing_leaves_qt_unloaded(package: str) -> None:
    # A fresh interpreter: this test process may have loaded Qt for the GUI tests.
    probe = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        package = importlib.import_module({package!r})
        for info in pkgutil.walk_packages(getattr(package, "__path__", []), {package!r} + "."):
            if info.name.split(".")[-1] == "env":  # alembic's env.py runs only under alembic
                continue
            importlib.import_module(info.name)
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "qasync")))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
