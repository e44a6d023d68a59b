"""What every part of the store shares: the one connection and its transactions.

`Store` is one class made of parts, one per subject (organisations, remisses, responses, …).
A part names the parts it calls as its base classes, so its dependencies are declared where it
is defined, form no cycle, and the type checker refuses a call to a part it did not declare.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.store.connection import StoreDatabase


class StorePart:
    """The base of every part: `db` (the connection, for the store's own SQL) and
    `transaction()`."""

    db: StoreDatabase

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything written inside goes in together or not at all. It takes the write lock
        at once (BEGIN IMMEDIATE); inside another transaction it is a savepoint of it, so a
        failure undoes only its own part. Busy, full or read-only stores raise
        `StoreUnavailable` (nothing was written)."""
        with self.db.atomic():
            yield
