"""``library.photos``: photos of flipcharts, pinboards and tablecloths, attached to a phase.

Each call is one transaction of the library's.
"""

from __future__ import annotations

from werkstatt.store.rows import Transactions


class Photos:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction
