"""The invariants a run must leave behind, checked from the sandbox's own database and the ledger.

The sandbox's tables are the ground truth for money and stock (wallet operations, authorizations,
checkouts and their holds, orders); the workflow results say what each errand believes happened. Every
check compares the two, and none trusts the workflow's word for what the wallet did.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from errand.domain.models import TERMINAL_STATES
from errand.ledger import Ledger

from .drivers import ErrandDriver, Tracked


@dataclass
class Check:
    """One invariant: its name, whether it held, and what was found."""

    name: str
    ok: bool
    detail: str


class SandboxDB:
    """Read-only queries over ``errand.sandbox.db`` (``bench.drivers.SandboxView``)."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        self._conn.row_factory = sqlite3.Row

    def rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        return [dict(r) for r in self._conn.execute(sql, params).fetchall()]

    def scalar(self, sql: str, *params: Any) -> Any:
        return self._conn.execute(sql, params).fetchone()[0]

    def authorizations_for_checkout(self, checkout_id: str) -> list[dict[str, Any]]:
        return self.rows("SELECT * FROM wallet_authorization WHERE checkout_id = ?", checkout_id)

    def operations(self, authorization_id: str) -> list[str]:
        return [r["kind"] for r in self.rows("SELECT kind FROM wallet_operation WHERE authorization_id = ? "
                                             "ORDER BY id", authorization_id)]

    def orders_for_checkout(self, checkout_id: str) -> list[dict[str, Any]]:
        return self.rows("SELECT * FROM orders WHERE checkout_id = ?", checkout_id)

    def close(self) -> None:
        self._conn.close()


def _sample(items: Iterable[object], limit: int = 3) -> str:
    items = list(items)
    return ", ".join(map(str, items[:limit])) + (f" (+{len(items) - limit} more)" if len(items) > limit else "")


def check_run(errands: list[Tracked], drivers: dict[str, ErrandDriver], sandbox_db: Path,
              ledger_url: str) -> list[Check]:
    """Every invariant of a finished run, in the order the report prints them."""
    db = SandboxDB(sandbox_db)
    try:
        return _checks(errands, drivers, db, ledger_url)
    finally:
        db.close()


def _checks(errands: list[Tracked], drivers: dict[str, ErrandDriver], db: SandboxDB, ledger_url: str) -> list[Check]:
    checks = []
    unfinished = [t.errand_id for t in errands
                  if t.result is None or getattr(t.result, "state", None) not in TERMINAL_STATES]
    checks.append(Check("every errand reached a terminal state", not unfinished,
                        f"{len(errands) - len(unfinished)}/{len(errands)} terminal" +
                        (f"; stuck: {_sample(unfinished)}" if unfinished else "")))

    per_errand = []
    for tracked in errands:
        problems = list(tracked.problems)
        if tracked.result is not None:
            problems += drivers[tracked.kind].audit(tracked, db)
        per_errand += [f"{tracked.errand_id}: {p}" for p in problems]
    delivered = [t for t in errands if t.result is not None and t.result.state == "delivered"]
    checks.append(Check("exactly one capture per approved, completed errand", not per_errand,
                        f"{len(delivered)} delivered, each checked" if not per_errand else _sample(per_errand)))

    orphan_captures = db.rows(
        "SELECT o.authorization_id FROM wallet_operation o JOIN wallet_authorization a ON a.id = o.authorization_id "
        "WHERE o.kind = 'capture' AND NOT EXISTS (SELECT 1 FROM orders r WHERE r.authorization_id = a.id) "
        "AND NOT EXISTS (SELECT 1 FROM courier_slot_booking b WHERE b.authorization_id = a.id)")
    captures = db.scalar("SELECT COUNT(*) FROM wallet_operation WHERE kind = 'capture'")
    checks.append(Check("no capture without an order (or a booked delivery fee)", not orphan_captures,
                        f"{captures} captures, all with orders or booked fees" if not orphan_captures
                        else _sample(r["authorization_id"] for r in orphan_captures)))

    # Delivery fees (a failed attempt's reschedule errand) are captured beside the orders' totals.
    captured_total = db.scalar(
        "SELECT COALESCE(SUM(o.amount), 0) FROM wallet_operation o WHERE o.kind = 'capture' "
        "AND NOT EXISTS (SELECT 1 FROM courier_slot_booking b WHERE b.authorization_id = o.authorization_id)")
    quoted_total = sum(t.result.quote.total for t in delivered if t.result.quote is not None)
    checks.append(Check("money captured = delivered quotes' totals", captured_total == quoted_total,
                        f"captured {captured_total} fen, quoted {quoted_total} fen"))

    checks += payment_binding_checks(db)
    checks.append(nothing_charged_check(errands, db))

    # A hold past its expiry holds nothing (the wallet reads it as expired), whether or not it was swept yet.
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    held = db.rows("SELECT id, checkout_id FROM wallet_authorization WHERE status = 'held' "
                   "AND (expires_at IS NULL OR expires_at > ?)", now)
    checks.append(Check("no authorization left open (held)", not held,
                        "none held" if not held else _sample(r["id"] for r in held)))

    holds = db.rows("SELECT id, status FROM checkout WHERE hold_active = 1")
    held_units = db.scalar("SELECT COALESCE(SUM(held), 0) FROM product")
    checks.append(Check("no stock reservation left behind", not holds and held_units == 0,
                        f"{len(holds)} active holds, {held_units} units held" +
                        (f": {_sample(r['id'] for r in holds)}" if holds else "")))

    known = {t.result.quote.checkout_id for t in errands if t.result is not None and t.result.quote is not None}
    failed_with_auth = {t.result.quote.checkout_id for t in errands if t.result is not None
                        and t.result.state != "delivered" and t.result.authorization is not None
                        and t.result.quote is not None}
    voided = {r["checkout_id"] for r in db.rows("SELECT checkout_id FROM wallet_authorization "
                                                "WHERE status IN ('voided', 'refunded')")}
    orphans = [r["id"] for r in db.rows("SELECT id, checkout_id FROM wallet_authorization")
               if r["checkout_id"] not in known]
    ok = voided == failed_with_auth and not orphans
    checks.append(Check("voids/refunds match failures", ok,
                        f"{len(voided)} voided or refunded, {len(failed_with_auth)} failures after authorizing"
                        + (f"; authorizations of no errand: {_sample(orphans)}" if orphans else "")
                        + (f"; mismatch: {_sample(voided ^ failed_with_auth)}" if voided != failed_with_auth else "")))

    ledger = Ledger(ledger_url)
    try:
        report = ledger.verify()
    finally:
        ledger.close()
    checks.append(Check("ledger hash chain valid", report.ok, f"{report.rows} rows" if report.ok
                        else f"first bad row {report.first_bad_seq}: {report.problem}"))
    return checks


def payment_binding_checks(db: SandboxDB) -> list[Check]:
    """The two invariants of a payment bound to one purchase, from the wallet's and the payees' own records:
    no signed approval made two authorizations, and no money moved for a checkout its hold was not made for
    (a merchant order, a bulk quote's branch orders, a courier fee's order)."""
    reused = db.rows(
        "SELECT shopper_id, quote_digest, COUNT(*) AS n FROM wallet_authorization "
        "WHERE quote_digest IS NOT NULL GROUP BY shopper_id, quote_digest HAVING COUNT(*) > 1")
    unrecorded = db.rows(
        "SELECT a.id FROM wallet_authorization a WHERE a.quote_digest IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM wallet_approval_use u WHERE u.shopper_id = a.shopper_id "
        "AND u.quote_digest = a.quote_digest AND u.authorization_id = a.id)")
    approvals = db.scalar("SELECT COUNT(*) FROM wallet_approval_use")
    checks = [Check("no approval used twice", not reused and not unrecorded,
                    f"{approvals} approvals, each made one authorization" if not reused and not unrecorded
                    else _sample([f"{r['shopper_id']}/{r['quote_digest'][:12]} ×{r['n']}" for r in reused]
                                 + [f"{r['id']} not recorded as used" for r in unrecorded]))]
    wrong = [f"order {r['id']} paid by {r['authorization_id']} made for {r['made_for']}" for r in db.rows(
        "SELECT r.id, r.authorization_id, a.checkout_id AS made_for FROM orders r "
        "JOIN wallet_authorization a ON a.id = r.authorization_id "
        "WHERE a.checkout_id != r.checkout_id OR COALESCE(a.order_id, r.id) != r.id")]
    wrong += [f"branch order {r['id']} paid by {r['authorization_id']} made for {r['made_for']}"
              for r in db.rows(
                  "SELECT b.id, b.authorization_id, a.checkout_id AS made_for FROM store_branch_order b "
                  "JOIN wallet_authorization a ON a.id = b.authorization_id "
                  "WHERE b.status = 'placed' AND a.checkout_id != b.quote_id")]
    wrong += [f"fee {r['authorization_id']} made for {r['made_for']}, booked on {r['order_id']}"
              for r in db.rows(
                  "SELECT b.authorization_id, a.checkout_id AS made_for, s.order_id FROM courier_slot_booking b "
                  "JOIN wallet_authorization a ON a.id = b.authorization_id "
                  "JOIN shipment s ON s.id = b.shipment_id WHERE a.checkout_id != s.order_id")]
    wrong += [f"capture on {r['id']} records no order" for r in db.rows(
        "SELECT DISTINCT a.id FROM wallet_authorization a JOIN wallet_operation o "
        "ON o.authorization_id = a.id WHERE o.kind = 'capture' AND a.order_id IS NULL")]
    checks.append(Check("no payment on a checkout it was not made for", not wrong,
                        "every capture pays the checkout its hold was made for" if not wrong
                        else _sample(wrong)))
    return checks


def _authorizations_of(tracked: Tracked, db: SandboxDB) -> list[dict[str, Any]]:
    """The wallet's authorizations behind one errand: the one it recorded and any made for its checkout."""
    result = tracked.result
    auth = getattr(result, "authorization", None)
    quote = getattr(result, "quote", None)
    rows = {r["id"]: r for r in db.authorizations_for_checkout(quote.checkout_id)} if quote is not None else {}
    if auth is not None and auth.authorization_id not in rows:
        rows.update({r["id"]: r for r in db.rows("SELECT * FROM wallet_authorization WHERE id = ?",
                                                 auth.authorization_id)})
    return list(rows.values())


def _released(row: dict[str, Any], now: datetime) -> bool:
    """Voided, expired (by status, or a hold past its expiry) or refunded in full: nothing taken, nothing held."""
    kept = int(row.get("captured") or 0) - int(row.get("refunded") or 0)
    if kept != 0:
        return False
    if row["status"] in ("voided", "expired", "refunded"):
        return True
    expires = row.get("expires_at")
    if row["status"] == "held" and expires is not None:
        at = datetime.fromisoformat(str(expires))
        return (at if at.tzinfo else at.replace(tzinfo=UTC)) <= now
    return False


def nothing_charged_check(errands: list[Tracked], db: SandboxDB) -> Check:
    """Every errand whose outcome says "nothing charged" left, in the wallet, no money captured or held:
    each of its authorizations voided, expired or refunded in full. The errand's word is checked, not
    trusted."""
    now = datetime.now(UTC)
    claims = [t for t in errands if t.result is not None
              and "nothing charged" in str(getattr(t.result, "outcome", "")).lower()]
    untrue = [f"{t.errand_id}: {r['id']} {r['status']}, {r.get('captured') or 0} captured, "
              f"{r.get('refunded') or 0} refunded"
              for t in claims for r in _authorizations_of(t, db) if not _released(r, now)]
    return Check("\"nothing charged\" only when the wallet shows nothing taken", not untrue,
                 f"{len(claims)} errands said nothing charged, each confirmed by the wallet" if not untrue
                 else _sample(untrue))


def format_table(rows: list[tuple[str, str]], title: str = "") -> str:
    """A plain two-column table for the terminal."""
    width = max(len(a) for a, _ in rows)
    lines = [title] if title else []
    lines += [f"  {a.ljust(width)}  {b}" for a, b in rows]
    return "\n".join(lines)
