"""Where the library lives: one data folder per user, or one the user points at."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "WERKSTATT_DATA_DIR"
#: The ending of a portable workshop file (werkstatt.store.archive reads and writes them).
WORKSHOP_FILE_SUFFIX = ".werkstatt"


def default_data_dir() -> Path:
    """The per-user data folder of this operating system (platformdirs)."""
    # Imported here: platformdirs costs a few milliseconds that `--version` need not pay.
    from platformdirs import user_data_dir

    return Path(user_data_dir("Werkstatt", appauthor=False))


def resolve_data_dir(option: str | None) -> Path:
    """The data folder: ``--data-dir``, else ``$WERKSTATT_DATA_DIR``, else the default.

    An empty value counts as not given, so that ``WERKSTATT_DATA_DIR=`` in a shell
    does not silently mean the current directory.
    """
    for value in (option, os.environ.get(DATA_DIR_ENV)):
        if value:
            return Path(value).expanduser()
    return default_data_dir()
