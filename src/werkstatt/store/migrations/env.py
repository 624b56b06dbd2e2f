"""Alembic environment for the library. Werkstatt runs it programmatically (see
``werkstatt.store.migrate``): the caller hands over an open connection inside a
transaction in ``config.attributes["connection"]``, so there is no alembic.ini, no URL
and no logging setup here.

For a developer who adds a revision: ``alembic -c <an ini with script_location pointing
here> revision -m "..."``, then append the id to ``revisions.KNOWN_REVISIONS``.
"""

from __future__ import annotations

from alembic import context

from werkstatt.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Werkstatt migrations run only through werkstatt.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters tables by copying them; batch mode does that for later revisions. The
    # caller has switched foreign keys off, so dropping the old copy cascades nowhere.
    render_as_batch=True,
    # The connection emits its own BEGIN (see sqlite_file), so DDL is transactional
    # and a migration interrupted half-way leaves the old schema behind.
    transactional_ddl=True,
)

with context.begin_transaction():
    context.run_migrations()
