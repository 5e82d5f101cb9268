"""A fault set for the next call is taken by exactly one call, when two calls of the route decide at once.

Requests on the money paths decide their fault in worker threads of their own (``sandbox.common.idempotency``).
Both calls are forced to look the fault up before either counts it: each waits for the other there, for at
most a second (the book may instead let the second wait until the first has decided, which this allows).
"""

from __future__ import annotations

import threading
from typing import Any

from errand.sandbox.admin.faults import FaultBook, FaultDecision, FaultSpec


class _BothLookFirst(dict[str, Any]):
    def __init__(self) -> None:
        super().__init__()
        self.both_looked = threading.Barrier(2)

    def get(self, route: str, default: Any = None) -> Any:  # type: ignore[override]
        found = super().get(route, default)
        try:
            self.both_looked.wait(timeout=1)
        except threading.BrokenBarrierError:
            pass  # the other call is waiting for this one
        return found


def test_a_fault_for_one_call_is_taken_by_one_of_two_calls_at_once() -> None:
    book = FaultBook()
    book._faults = _BothLookFirst()
    book.add(FaultSpec(route="wallet.capture", status=503, count=1))
    decisions: list[FaultDecision] = []
    errors: list[BaseException] = []

    def call() -> None:
        try:
            decisions.append(book.decide("wallet.capture", "key"))
        except BaseException as exc:  # noqa: BLE001 - kept for the test to look at
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert sorted(d.kind or "none" for d in decisions) == ["error", "none"]
    assert book.snapshot() == {}
