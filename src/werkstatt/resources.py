"""Find the top-level ``resources/`` and ``ui/`` folders.

In a source checkout (also an editable install) they sit beside ``src/``; a wheel or a
frozen bundle carries them inside the package as ``werkstatt/_data/`` (see the
``force-include`` table in pyproject.toml). Every caller goes through this module so that
all three layouts behave alike.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root() -> Path:
    bundled = _PACKAGE_DIR / "_data"
    if (bundled / "resources").is_dir():
        return bundled
    checkout = _PACKAGE_DIR.parent.parent
    if (checkout / "resources").is_dir():
        return checkout
    raise FileNotFoundError(f"Werkstatt's resources folder is missing near {_PACKAGE_DIR}")


def resource_path(*parts: str) -> Path:
    """Path of a file or folder below ``resources/``."""
    return _root().joinpath("resources", *parts)


def ui_path(*parts: str) -> Path:
    """Path of a file below ``ui/`` (Qt Designer sources)."""
    return _root().joinpath("ui", *parts)
