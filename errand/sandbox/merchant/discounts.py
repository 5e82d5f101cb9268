"""Discounts: automatic promotions first, then the codes a buyer names, in the order named.

Each code takes its share of what is left of the items' total: a percentage ``round(base * value / 100)``, a
fixed amount at most the base. An unknown code is not applied; the checkout says so in a warning rather than
refusing the whole update. Amounts are positive magnitudes here; totals entries carry them negative.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, select

from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import DiscountCodeRow, PromotionRow

MAX_CODES = 10
SUBTOTAL_PATH = "$.totals[?(@.type=='subtotal')]"


@dataclass(frozen=True)
class Line:
    id: str
    product_id: str
    quantity: int
    amount: int


@dataclass
class Discounts:
    applied: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)

    @property
    def amount(self) -> int:
        return sum(int(a["amount"]) for a in self.applied)


def codes_from(raw: Any) -> list[str]:
    """``discounts.codes`` as sent: a list of short strings (duplicates, case-insensitively, dropped)."""
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > MAX_CODES or not all(
            isinstance(c, str) and 0 < len(c) <= 64 for c in raw):
        raise UCPError(422, "invalid_request", f"discounts.codes must be a list of at most {MAX_CODES} codes")
    seen: set[str] = set()
    out = []
    for code in raw:
        if code.casefold() not in seen:
            seen.add(code.casefold())
            out.append(code)
    return out


def automatic(session: Session, lines: list[Line]) -> list[dict[str, Any]]:
    """The automatic line promotions (a percentage off a line bought in number), one entry per line."""
    applied = []
    promos = session.exec(select(PromotionRow).where(PromotionRow.kind == "line_percentage")).all()
    for promo in promos:
        eligible = json.loads(promo.eligible_item_ids)
        for line in lines:
            if line.quantity < (promo.min_quantity or 1) or (eligible and line.product_id not in eligible):
                continue
            off = line.amount * (promo.value or 0) // 100
            if off:
                applied.append({"title": promo.title, "amount": off, "automatic": True,
                                "allocations": [{"path": f"$.line_items[?(@.id=='{line.id}')]", "amount": off}]})
    return applied


def apply(session: Session, lines: list[Line], codes: list[str]) -> Discounts:
    """Automatic promotions, then ``codes`` one after another on what is left of the items' total."""
    result = Discounts(applied=automatic(session, lines))
    base = sum(line.amount for line in lines) - result.amount
    known = {row.code_key: row for row in session.exec(select(DiscountCodeRow).where(
        DiscountCodeRow.code_key.in_([c.casefold() for c in codes]))).all()} if codes else {}  # type: ignore[attr-defined]
    for i, code in enumerate(codes):
        row = known.get(code.casefold())
        if row is None:
            result.messages.append({"type": "warning", "code": "discount_code_invalid", "path": f"$.discounts.codes[{i}]",
                                    "content": f"discount code {code!r} is not valid"})
            continue
        off = round(base * row.value / 100) if row.kind == "percentage" else min(row.value, base)
        base -= off
        result.applied.append({"code": row.code, "title": row.title, "amount": off,
                               "allocations": [{"path": SUBTOTAL_PATH, "amount": off}]})
    return result


__all__ = ["Discounts", "Line", "apply", "automatic", "codes_from"]
