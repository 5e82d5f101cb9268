"""Checkout totals: subtotal, multi-buy discount, shipping, loyalty. Integer fen throughout."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MULTIBUY_MIN_QTY = 2
MULTIBUY_PERCENT = 5
FREE_SHIPPING_THRESHOLD = 9900
SHIPPING_FEE = 800
LOYALTY_MAX_PERCENT = 20
# 100 points = ¥1 = 100 fen, so one point is worth exactly one fen.
FEN_PER_POINT = 1


@dataclass
class PricedLine:
    product_id: str
    title: str
    quantity: int
    unit_price: int

    @property
    def line_total(self) -> int:
        return self.unit_price * self.quantity


@dataclass
class Totals:
    """All totals for one checkout; adjustments use the domain's kinds and sign convention."""

    subtotal: int
    adjustments: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    loyalty_points_used: int = 0
    messages: list[str] = field(default_factory=list)


def compute_totals(lines: list[PricedLine], points_requested: int, points_balance: int, *,
                   shipping_fee: int = SHIPPING_FEE, free_shipping_over: int = FREE_SHIPPING_THRESHOLD) -> Totals:
    """Apply the sandbox's discount rules in a fixed order: multi-buy, shipping (this merchant's fee and
    free-shipping threshold, see ``character``), then loyalty."""
    subtotal = sum(line.line_total for line in lines)
    adjustments: list[dict[str, Any]] = []
    discount = 0
    for line in lines:
        if line.quantity >= MULTIBUY_MIN_QTY:
            off = line.line_total * MULTIBUY_PERCENT // 100
            if off:
                discount -= off
                adjustments.append({"kind": "discount", "label": f"2+ of the same item: 5% off ({line.title})",
                                    "amount": -off})
    after_discount = subtotal + discount
    shipping = 0 if after_discount >= free_shipping_over else shipping_fee
    free_label = (f"Free shipping (orders over ¥{free_shipping_over // 100})" if free_shipping_over % 100 == 0
                  else f"Free shipping (orders over ¥{free_shipping_over / 100:.2f})")
    adjustments.append({"kind": "shipping",
                        "label": free_label if shipping == 0 else "Shipping",
                        "amount": shipping})
    messages: list[str] = []
    cap = after_discount * LOYALTY_MAX_PERCENT // 100
    usable = min(points_requested, points_balance)
    if points_requested > points_balance:
        messages.append(f"only {points_balance} loyalty points available")
    used_value = min(usable * FEN_PER_POINT, cap)
    if usable * FEN_PER_POINT > cap:
        messages.append("loyalty points capped at 20% of the subtotal")
    points_used = used_value // FEN_PER_POINT
    if points_used:
        adjustments.append({"kind": "loyalty", "label": f"Loyalty: {points_used} points", "amount": -points_used})
    total = after_discount + shipping - points_used * FEN_PER_POINT
    return Totals(subtotal=subtotal, adjustments=adjustments, total=total, loyalty_points_used=points_used,
                  messages=messages)
