"""``library.votes``: dot votes (Punktabfrage): dots per target and criterion, top results.

Each call is one transaction of the library's.
"""

from __future__ import annotations

from werkstatt.store.rows import Transactions


class Votes:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction
