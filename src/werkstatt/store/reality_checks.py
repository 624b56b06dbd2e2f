"""``library.reality_checks``: the reality checks of the top ideas (Realitätscheck).

Each call is one transaction of the library's.
"""

from __future__ import annotations

from werkstatt.store.rows import Transactions


class RealityChecks:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction
