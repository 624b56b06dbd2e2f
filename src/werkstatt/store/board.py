"""``library.board``: the pinboard of a cluster phase: clusters and where each card hangs.

Each call is one transaction of the library's.
"""

from __future__ import annotations

from werkstatt.store.rows import Transactions


class Boards:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction
