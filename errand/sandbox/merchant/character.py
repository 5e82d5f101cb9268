"""A merchant's character: what makes one seeded-world merchant differ from another on the same machine.

``errand up --merchants N`` starts several merchants of the generated world; each gets its own seed (another
catalogue, with the fixed products every world shares, so some offers compare directly), prices and stock
scaled by a percentage, and its own shipping fee and free-shipping threshold. The character is applied once,
right after the world is seeded, and recorded in ``meta``: a home keeps the character it was made with, and
a start with another one is refused (like another seed), so prices never drift under open checkouts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from errand.sandbox.db import Meta
from errand.sandbox.merchant.pricing import FREE_SHIPPING_THRESHOLD, SHIPPING_FEE
from errand.sandbox.settings import SandboxSettings

_KEY = "merchant:character"


@dataclass(frozen=True)
class ShippingRule:
    """Shipping to a saved address: ``fee`` unless the items come to ``free_over`` or more (minor units)."""

    fee: int = SHIPPING_FEE
    free_over: int = FREE_SHIPPING_THRESHOLD


def _character(settings: SandboxSettings) -> dict[str, int]:
    return {"price_percent": settings.price_percent, "stock_percent": settings.stock_percent,
            "shipping_fee": settings.shipping_fee, "free_shipping_over": settings.free_shipping_over}


def apply_character(engine: Engine, settings: SandboxSettings) -> bool:
    """Scale the freshly seeded catalogue's prices and stock and record the shipping rule, once per database.
    Returns whether it changed anything; raises RuntimeError when the home holds another character."""
    wanted = _character(settings)
    with engine.begin() as conn:
        row = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": _KEY}).fetchone()
        if row is not None:
            if json.loads(row[0]) != wanted:
                raise RuntimeError(f"this home's merchant is {row[0]}, wanted {json.dumps(wanted)}; use a fresh home")
            return False
        # Integer minor units: a scaled price is rounded down to the fen, and never below one.
        if settings.price_percent != 100:
            conn.execute(text("UPDATE product SET price = max(1, price * :pct / 100)"),
                         {"pct": settings.price_percent})
        if settings.stock_percent != 100:
            conn.execute(text("UPDATE product SET stock = stock * :pct / 100"), {"pct": settings.stock_percent})
        conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v)"), {"k": _KEY, "v": json.dumps(wanted)})
    return True


def shipping_rule(session: Session) -> ShippingRule:
    """The shipping rule recorded for this merchant; the world's default when none was."""
    row = session.get(Meta, _KEY)
    if row is None:
        return ShippingRule()
    found = json.loads(row.value)
    return ShippingRule(fee=int(found["shipping_fee"]), free_over=int(found["free_shipping_over"]))


__all__ = ["ShippingRule", "apply_character", "shipping_rule"]
