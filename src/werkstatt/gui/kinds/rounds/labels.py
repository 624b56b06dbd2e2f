"""How tables and people are named on screen (the moderator's and the projector's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from werkstatt.core.records import CafeSetup

translate = QCoreApplication.translate


def table_label(setup: CafeSetup, table: int) -> str:
    """The table's name, or 'Table 3'."""
    if table < len(setup.tables) and setup.tables[table].name.strip():
        return setup.tables[table].name.strip()
    return table_number_label(table)


def table_number_label(table: int) -> str:
    """'Table 3': what the big number on the table card says, for lists read from afar."""
    return translate("Rounds", "Table %1").replace("%1", str(table + 1))


def host_label(setup: CafeSetup, table: int) -> str:
    """The table's host: the name given, or 'Host of table 3'."""
    if table < len(setup.tables) and setup.tables[table].host.strip():
        return setup.tables[table].host.strip()
    return translate("Rounds", "Host of table %1").replace("%1", str(table + 1))


def badge_label(setup: CafeSetup, badge: int, *, with_name: bool = True) -> str:
    """'7' or '7 · Ayşe Yılmaz'."""
    index = badge - 1
    if with_name and 0 <= index < len(setup.names) and setup.names[index].strip():
        return f"{badge} · {setup.names[index].strip()}"
    return str(badge)
