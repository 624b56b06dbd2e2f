"""The store: the one place that writes the library.

- ``library``: the Library API the GUI and the command line use (records in, records out),
  with the day's parts as attributes: ``running`` (library.run: phase starts and ends,
  current phase, timers), ``cards`` (library.cards), ``feedback`` (library.feedback);
  ``snapshot`` reads a workshop for the protocol; ``rows`` and ``ordering`` hold what
  these parts share (live-row lookups, records, position arithmetic)
- ``errors``: typed errors that carry facts; ``db_errors`` maps SQLite/OS errors to them
- ``models``: the SQLAlchemy tables; ``migrations/``: their Alembic history
- ``revisions``: the known schema revisions as constants (no Alembic import at start-up)
- ``sqlite_file``: what is SQLite-specific (header check, pragmas, backups)
- ``validation``: limits on what goes in; ``user_templates``: 'save as template'

Nothing is imported here, so ``werkstatt.store.errors`` stays cheap to import.
"""
