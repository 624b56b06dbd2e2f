"""Run the packaged Alembic migrations on an open connection.

Imported only when a library is created or is behind: Alembic costs about a third of a
second to import, and a library at the head revision never needs it.
"""

from __future__ import annotations

from sqlalchemy import Connection

from werkstatt.store import revisions


def upgrade_to_head(connection: Connection) -> None:
    """Apply every pending migration inside the caller's transaction (all or nothing)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    # The option value goes through configparser interpolation: escape a '%' in the path.
    config.set_main_option("script_location", str(revisions.MIGRATIONS_DIR).replace("%", "%%"))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
