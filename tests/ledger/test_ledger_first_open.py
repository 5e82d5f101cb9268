"""Several workers opening a new SQLite ledger at the same instant all open it.

Each connection switches the file to WAL as it opens. On a new file the switch writes the file's first page,
and a connection that finds another one in the middle of that write is told "database is locked" at once:
SQLite does not wait out the busy timeout there. Here the other opener is held in that write (a write lock on
the new file, before it is in WAL) for a moment, and then lets go.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from errand.ledger import Ledger
from tests.ledger.helpers import record


def test_a_ledger_opened_while_another_opener_switches_the_new_file_to_wal_opens(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # the other opener, in the middle of its switch
    let_go = threading.Timer(0.5, other.rollback)
    let_go.start()
    try:
        with Ledger(f"sqlite:///{path}") as ledger:
            assert ledger.append(record("first")).seq == 1
    finally:
        let_go.join()
        other.close()
    with Ledger(f"sqlite:///{path}") as again:
        assert [row.idempotency_key for row in again.entries()] == ["first"]
