"""The GUI's settings, declared once with their defaults.

They live in ``<data folder>/settings.ini`` so that a library carried on a USB stick takes
the moderator's window layout and language along. Everything else reads and writes them
through the typed properties of :class:`Settings`, never through keys spelled elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "settings.ini"
LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"

_LANGUAGE = "general/language"
_GEOMETRY = "window/geometry"
_WINDOW_STATE = "window/state"
_LAST_WORKSHOP = "library/last_workshop"
_LIBRARY_HEADER = "library/header"


class Settings:
    """Typed access to settings.ini; unknown or damaged values fall back to the default."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / SETTINGS_FILE
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def qsettings(self) -> QSettings:
        """For widgets that keep their own keys (the plan editor's splitters)."""
        return self._qsettings

    def sync(self) -> None:
        self._qsettings.sync()

    # language ----------------------------------------------------------------
    @property
    def language(self) -> str | None:
        """The language the moderator chose in the menu, or None if never chosen."""
        value = self._qsettings.value(_LANGUAGE)
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language {value!r}")
        self._qsettings.setValue(_LANGUAGE, value)

    # window ------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qsettings.setValue(_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes(_WINDOW_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qsettings.setValue(_WINDOW_STATE, value)

    @property
    def library_header(self) -> QByteArray | None:
        """Column widths and sort order of the library table."""
        return self._bytes(_LIBRARY_HEADER)

    @library_header.setter
    def library_header(self, value: QByteArray) -> None:
        self._qsettings.setValue(_LIBRARY_HEADER, value)

    # library -----------------------------------------------------------------
    @property
    def last_workshop(self) -> int | None:
        value = self._qsettings.value(_LAST_WORKSHOP)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    @last_workshop.setter
    def last_workshop(self, value: int | None) -> None:
        if value is None:
            self._qsettings.remove(_LAST_WORKSHOP)
        else:
            self._qsettings.setValue(_LAST_WORKSHOP, int(value))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
