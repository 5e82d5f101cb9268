"""Payment methods a test adds to a seeded shopper's wallet in the shared session sandbox, and takes away again
when it ends: left behind, a second gift card (or a second Visa) would make "my gift card" name two methods in
every later test."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator

import pytest

from errand.sandbox.process import SandboxProcess

AddMethod = Callable[..., str]


@pytest.fixture
def own_methods(sandbox: SandboxProcess) -> Iterator[AddMethod]:
    """``add(shopper, source, balance=…, brand=…, last_four=…)`` → the new method's id; removed after the test."""
    added: list[str] = []

    def add(shopper: str, source: str = "gift_card", *, balance: int | None = None, brand: str | None = None,
            last_four: str | None = None) -> str:
        method_id = f"{source}_{shopper}_{uuid.uuid4().hex[:8]}"
        with sqlite3.connect(sandbox.db_path) as db:
            db.execute("INSERT INTO wallet_payment_method (id, shopper_id, source, currency, brand, last_four, "
                       "balance) VALUES (?, ?, ?, 'CNY', ?, ?, ?)",
                       (method_id, shopper, source, brand, last_four, balance))
        added.append(method_id)
        return method_id

    yield add
    with sqlite3.connect(sandbox.db_path) as db:
        db.executemany("DELETE FROM wallet_payment_method WHERE id = ?", [(m,) for m in added])
