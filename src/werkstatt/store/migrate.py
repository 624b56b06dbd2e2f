"""Bring a library file to the head revision: create a new one, or run the packaged
Alembic migrations on an older one.

Imported only when a library is created or is behind. A new library is created from the
models and stamped at the head revision, without Alembic: importing it costs about a
third of a second, and running every migration from empty (with SQLite's batch copies)
as much again. tests/store/test_store_schema.py checks that both ways build the same
tables, column for column and constraint for constraint.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, MetaData, PrimaryKeyConstraint, String, Table, select

from werkstatt.store import revisions
from werkstatt.store.models import Base

#: The table Alembic keeps its revision in, declared as Alembic declares it.
_VERSION_TABLE = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def create_at_head(connection: Connection) -> None:
    """Create every table of an empty library inside the caller's transaction, at the
    head revision."""
    Base.metadata.create_all(connection)
    # Another Werkstatt may have created it between our look and our lock: then it is
    # at the head revision already, and creating it again would fail.
    _VERSION_TABLE.create(connection, checkfirst=True)
    if connection.execute(select(_VERSION_TABLE.c.version_num)).first() is None:
        connection.execute(_VERSION_TABLE.insert().values(version_num=revisions.HEAD_REVISION))


def upgrade_to_head(connection: Connection) -> None:
    """Apply every pending migration inside the caller's transaction (all or nothing)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    # The option value goes through configparser interpolation: escape a '%' in the path.
    config.set_main_option("script_location", str(revisions.MIGRATIONS_DIR).replace("%", "%%"))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
