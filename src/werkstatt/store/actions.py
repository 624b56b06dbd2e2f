"""``library.actions``: the rows of an action plan (Maßnahmenplan).

Each call is one transaction of the library's.
"""

from __future__ import annotations

from werkstatt.store.rows import Transactions


class Actions:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction
