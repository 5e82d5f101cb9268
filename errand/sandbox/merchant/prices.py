"""Prices that move: a deterministic daily walk per product over the sandbox's simulated day.

The sandbox keeps a simulated day counter (``meta.sim_day``, 0 when seeded). Advancing it moves every
product's price one step of a walk seeded by (world seed, product id, day), appends the new price to the
product's 30-day daily history and drops the oldest. The walk writes ``product.price`` itself, so search,
lookup and checkout (which locks ``product.price`` into the session) always agree with the price read
here. Operators (and tests) may set a product's price outright.

``POST /catalog/price`` is the cheap price read a price watch samples; the sandbox counts these reads per
product so that tests and benchmarks can see how many backend calls many watchers really make.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy import Connection, text

from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common.auth import require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import utcnow
from errand.sandbox.merchant.shapes import ucp_meta

STEP_PERCENT = 4.0
"""Largest daily move of the walk, in percent either way."""


def walk_step(seed: int, product_id: str, day: int, price: int) -> int:
    """Tomorrow's price: today's moved by a deterministic fraction in [-STEP_PERCENT, +STEP_PERCENT]%."""
    digest = hashlib.sha256(f"errand-prices/v1/{seed}/{product_id}/{day}".encode()).digest()
    fraction = int.from_bytes(digest[:8], "big") / 2**64  # in [0, 1)
    basis_points = round((fraction * 2 - 1) * STEP_PERCENT * 100)
    return max(1, price + price * basis_points // 10_000)


def sim_day(conn: Connection) -> int:
    row = conn.execute(text("SELECT value FROM meta WHERE key='sim_day'")).fetchone()
    return int(row[0]) if row else 0


def _set_day(conn: Connection, day: int) -> None:
    conn.execute(text("INSERT INTO meta (key, value) VALUES ('sim_day', :v) "
                      "ON CONFLICT(key) DO UPDATE SET value=excluded.value"), {"v": str(day)})


def advance_days(conn: Connection, seed: int, days: int, product_ids: list[str] | None = None) -> int:
    """Move prices ``days`` simulated days on (all products, or only ``product_ids``); returns the new day.

    Moving a subset lets tests on a shared sandbox move their own products without disturbing others'.
    """
    day = sim_day(conn)
    if product_ids is None:
        rows = conn.execute(text("SELECT id, price, price_history FROM product")).fetchall()
    else:
        rows = [r for pid in product_ids for r in conn.execute(
            text("SELECT id, price, price_history FROM product WHERE id=:id"), {"id": pid}).fetchall()]
    updates: list[dict[str, Any]] = []
    for product_id, price, history_json in rows:
        history = json.loads(history_json)
        for step in range(days):
            price = walk_step(seed, product_id, day + step + 1, price)
            history = [*history[1:], price] if history else [price]
        updates.append({"id": product_id, "price": price, "history": json.dumps(history)})
    if updates:
        conn.execute(text("UPDATE product SET price=:price, price_history=:history WHERE id=:id"), updates)
    if product_ids is None:
        day += days
        _set_day(conn, day)
    return day


class SetPrice(BaseModel):
    product_id: str
    price: int = Field(gt=0, description="minor units")


class Advance(BaseModel):
    days: int = Field(default=1, ge=1, le=365)
    product_ids: list[str] | None = Field(default=None, description="only these; all products when absent")


def price_router() -> APIRouter:
    """``POST /catalog/price``: one product's current price (read-only, counted)."""
    router = APIRouter()

    @router.post("/catalog/price")
    async def current_price(request: Request) -> dict[str, Any]:
        await check_fault(request, "catalog.price")
        try:
            product_id = str((await request.json()).get("id") or "")
        except (ValueError, AttributeError) as exc:
            raise UCPError(400, "invalid_request", "body must be a JSON object with an id") from exc
        with request.app.state.engine.connect() as conn:
            row = conn.execute(text("SELECT price, currency FROM product WHERE id=:id"),
                               {"id": product_id}).fetchone()
            day = sim_day(conn)
        if row is None:
            raise UCPError(404, "not_found", f"no product {product_id}", "unrecoverable")
        _reads(request)[product_id] += 1
        return {"ucp": ucp_meta("catalog.lookup"), "product_id": product_id, "price": int(row[0]),
                "currency": row[1], "day": day, "as_of": utcnow().isoformat()}

    return router


def _reads(request: Request) -> Counter[str]:
    # Counted in memory: one sandbox process, and the count is an observation, not state to keep.
    if not hasattr(request.app.state, "price_reads"):
        request.app.state.price_reads = Counter()
    reads: Counter[str] = request.app.state.price_reads
    return reads


def price_admin_router() -> APIRouter:
    """Operator surface under ``/admin/prices``: set a price, advance days, read the read counts."""
    router = APIRouter(dependencies=[Depends(require_operator)])

    @router.get("")
    async def overview(request: Request, product_id: str | None = None) -> dict[str, Any]:
        reads = _reads(request)
        with request.app.state.engine.connect() as conn:
            day = sim_day(conn)
        chosen = {product_id: reads[product_id]} if product_id else dict(reads)
        return {"day": day, "reads": chosen, "total_reads": sum(reads.values())}

    @router.delete("/reads")
    async def reset_reads(request: Request) -> dict[str, Any]:
        _reads(request).clear()
        return {"total_reads": 0}

    @router.post("/set")
    async def set_price(body: SetPrice, request: Request) -> dict[str, Any]:
        with request.app.state.engine.begin() as conn:
            row = conn.execute(text("SELECT price_history FROM product WHERE id=:id"),
                               {"id": body.product_id}).fetchone()
            if row is None:
                raise UCPError(404, "not_found", f"no product {body.product_id}", "unrecoverable")
            history = json.loads(row[0]) or [body.price]
            history[-1] = body.price  # today's entry is today's price
            conn.execute(text("UPDATE product SET price=:p, price_history=:h WHERE id=:id"),
                         {"p": body.price, "h": json.dumps(history), "id": body.product_id})
        return {"product_id": body.product_id, "price": body.price}

    @router.post("/advance")
    async def advance(body: Advance, request: Request) -> dict[str, Any]:
        with request.app.state.engine.begin() as conn:
            day = advance_days(conn, request.app.state.settings.seed, body.days, body.product_ids)
        return {"day": day, "moved": "all" if body.product_ids is None else len(body.product_ids)}

    return router


__all__ = ["advance_days", "price_admin_router", "price_router", "sim_day", "walk_step"]
