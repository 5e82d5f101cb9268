"""What a checkout costs right now, and whether it can be completed, in one `Quote`.

Two kinds of checkout are priced:

* a shopper's (``buyer_id`` set, made by the platform): the generated world's rules as they always were
  (``pricing.compute_totals``: multi-buy, shipping to a saved address, loyalty points), the multi-buy shown as
  an automatic discount;
* any other (a guest's, or the platform's without a shopper): the data set's rules, automatic promotions,
  then the discount codes named, then the shipping options chosen for platform-supplied destinations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from errand.sandbox.db import CheckoutRow
from errand.sandbox.merchant import discounts as disc
from errand.sandbox.merchant import fulfillment as ful
from errand.sandbox.merchant.pricing import Totals


@dataclass
class Quote:
    subtotal: int
    total: int
    totals: list[dict[str, Any]]
    applied: list[dict[str, Any]]
    ready: bool
    methods: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    legacy: Totals | None = None  # the shopper path's domain-shaped totals (the dev.errand extension)


def lines_of(row: CheckoutRow) -> list[dict[str, Any]]:
    """The checkout's lines, each with its line item id (rows made before ids were kept get ``li_<n>``)."""
    return [{"id": line.get("id") or f"li_{i + 1}", **line} for i, line in enumerate(json.loads(row.lines))]


def codes_of(row: CheckoutRow) -> list[str]:
    return list(json.loads(row.discount_codes)) if row.discount_codes else []


def methods_of(row: CheckoutRow) -> list[dict[str, Any]]:
    return list(json.loads(row.fulfillment)) if row.fulfillment else []


def legacy_totals(subtotal: int, adjustments: list[dict[str, Any]], total: int) -> list[dict[str, Any]]:
    """Domain-style adjustments as UCP totals entries (discounts negative, shipping as fulfillment)."""
    entries: list[dict[str, Any]] = [{"type": "subtotal", "display_text": "Subtotal", "amount": subtotal}]
    for adj in adjustments:
        if adj["kind"] in ("discount", "loyalty") and adj["amount"] < 0:
            entries.append({"type": "discount", "display_text": adj["label"], "amount": adj["amount"]})
        elif adj["kind"] == "shipping":
            entries.append({"type": "fulfillment", "display_text": adj["label"], "amount": adj["amount"]})
        elif adj["kind"] == "fee":
            entries.append({"type": "fee", "display_text": adj["label"], "amount": adj["amount"]})
    entries.append({"type": "total", "display_text": "Total", "amount": total})
    return entries


def shopper_quote(row: CheckoutRow, legacy: Totals) -> Quote:
    """The shopper path: today's totals, its multi-buy surfaced as automatic discounts; codes are not
    offered there (each named one is answered with a warning)."""
    applied = [{"title": a["label"], "amount": -a["amount"], "automatic": True}
               for a in legacy.adjustments if a["kind"] == "discount" and a["amount"] < 0]
    messages = [{"type": "warning", "code": "loyalty_adjusted", "content": m} for m in legacy.messages]
    messages += [{"type": "warning", "code": "discount_code_invalid", "path": f"$.discounts.codes[{i}]",
                  "content": f"discount code {code!r} is not valid"} for i, code in enumerate(codes_of(row))]
    return Quote(subtotal=legacy.subtotal, total=legacy.total,
                 totals=legacy_totals(legacy.subtotal, legacy.adjustments, legacy.total), applied=applied,
                 ready=row.address_label is not None, messages=messages, legacy=legacy)


def guest_quote(session: Session, row: CheckoutRow) -> Quote:
    """The data set's path: automatic promotions and codes on the items, then the chosen shipping."""
    lines = lines_of(row)
    priced = [disc.Line(line["id"], line["product_id"], line["quantity"], line["unit_price"] * line["quantity"])
              for line in lines]
    subtotal = sum(line.amount for line in priced)
    found = disc.apply(session, priced, codes_of(row))
    items_total = subtotal - found.amount
    shipping = ful.resolve(methods_of(row), ful.Rules.load(session), items_total,
                           [line["product_id"] for line in lines], [line["id"] for line in lines])
    totals: list[dict[str, Any]] = [{"type": "subtotal", "display_text": "Subtotal", "amount": subtotal}]
    for applied in found.applied:
        totals.append({"type": "discount", "display_text": applied["title"], "amount": -applied["amount"]})
    if any(g.get("selected_option_id") for m in shipping.methods for g in m["groups"]):
        totals.append({"type": "fulfillment", "display_text": "Shipping", "amount": shipping.amount})
    total = items_total + shipping.amount
    totals.append({"type": "total", "display_text": "Total", "amount": total})
    return Quote(subtotal=subtotal, total=total, totals=totals, applied=found.applied, ready=shipping.ready,
                 methods=shipping.methods, messages=found.messages + shipping.messages)


def line_totals(line: dict[str, Any]) -> list[dict[str, Any]]:
    amount = line["unit_price"] * line["quantity"]
    return [{"type": "subtotal", "amount": amount}, {"type": "total", "amount": amount}]


__all__ = ["Quote", "codes_of", "guest_quote", "legacy_totals", "line_totals", "lines_of", "methods_of",
           "shopper_quote"]
