"""UCP (2026-04-08) merchant shapes read into Errand's domain models: catalogue matches, checkouts, orders."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from errand.domain.models import Address, Adjustment, Order, Product, QuoteLine

from . import ucp
from .errors import BackendRejected
from .ucp import EXT


class BuyerInfo(BaseModel):
    """What the merchant knows about a buyer."""

    name: str
    addresses: list[Address]
    loyalty_points: int
    loyalty_points_held: int = 0  # held by this buyer's open checkouts


class CatalogueMatches(BaseModel):
    """A search answer with how well it matched: "exact", "close" (nothing had every word and attribute;
    these are the nearest), "none" (nothing near) or "all" (no text). ``lacking`` names, per product id, what
    of the query it does not have, so a caller can say "closest match, but for iPhone 15" and ask."""

    products: list[Product]
    match: str = "exact"
    unmatched: list[str] = Field(default_factory=list)
    lacking: dict[str, list[str]] = Field(default_factory=dict)


class CheckoutView(BaseModel):
    """A checkout session as the agent needs it (all money in minor units)."""

    checkout_id: str
    status: str
    lines: list[QuoteLine]
    subtotal: int
    adjustments: list[Adjustment]
    total: int
    currency: str
    loyalty_points_used: int = 0
    address: Address | None = None
    expires_at: datetime
    messages: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="codes rejected, quantities adjusted")
    body: dict[str, Any] = Field(default_factory=dict, repr=False,
                                 description="the merchant's answer as sent (what its AP2 signature covers)")


class CheckoutIncomplete(BackendRejected):
    """The merchant still needs something the platform cannot supply: a question for the shopper."""


class LinkExpired(BackendRejected):
    """The shopper's linked account no longer answers (revoked, or its refresh refused): act without it."""


def product_from_ucp(item: dict[str, Any]) -> Product:
    variant = (item.get("variants") or [{}])[0]
    meta = {**(item.get("metadata") or {}), **(variant.get("metadata") or {})}
    price = (variant.get("price") or item["price_range"]["min"])
    rating = item.get("rating") or variant.get("rating") or {}
    categories = item.get("categories") or [{}]
    available = (variant.get("availability") or {}).get("available", True)
    return Product(
        product_id=item["id"], title=item["title"], brand=meta.get("brand", ""),
        category=meta.get("category") or categories[0].get("value", ""), price=int(price["amount"]),
        currency=price.get("currency", "CNY"), stock=int(meta.get("stock", 1 if available else 0)),
        rating=float(rating.get("value", 0.0)), review_count=int(rating.get("count") or 0),
        seller=meta.get("seller") or (variant.get("seller") or {}).get("name", ""),
        units_per_pack=int(meta.get("units_per_pack", 1)),
        attributes={str(k): str(v) for k, v in (meta.get("attributes") or {}).items()},
    )


def selected_destination(body: dict[str, Any]) -> dict[str, Any] | None:
    for method in (body.get("fulfillment") or {}).get("methods") or []:
        for destination in method.get("destinations") or []:
            if destination.get("id") == method.get("selected_destination_id"):
                return dict(destination)
    return None


def checkout_from_ucp(body: dict[str, Any], *, label: str = "") -> CheckoutView:
    ext = body.get(EXT) or {}
    totals = {t["type"]: int(t["amount"]) for t in body.get("totals", []) if t["type"] in ("subtotal", "total")}
    if ext.get("lines") is not None:
        lines = [QuoteLine(**{k: line[k] for k in ("product_id", "title", "quantity", "unit_price", "line_total")})
                 for line in ext["lines"]]
    else:
        lines = [QuoteLine(product_id=li["item"]["id"], title=li["item"]["title"], quantity=li["quantity"],
                           unit_price=int(li["item"]["price"]), line_total=int(li["item"]["price"]) * li["quantity"])
                 for li in body.get("line_items", [])]
    adjustments = ([Adjustment(**a) for a in ext["adjustments"]] if ext.get("adjustments") is not None
                   else ucp.adjustments_from_totals(body.get("totals", [])))
    address = Address(**ext["address"]) if ext.get("address") else None
    if address is None and (destination := selected_destination(body)) is not None:
        address = ucp.address_of(destination, label or str(destination.get("id") or ""))
    return CheckoutView(
        checkout_id=body["id"], status=body["status"], lines=lines,
        subtotal=int(ext.get("subtotal", totals.get("subtotal", 0))), adjustments=adjustments,
        total=int(ext.get("total", totals.get("total", 0))), currency=body["currency"],
        loyalty_points_used=int(ext.get("loyalty_points_used", 0)), address=address,
        expires_at=datetime.fromisoformat(body["expires_at"]),
        messages=[m.get("content", "") for m in body.get("messages") or []], warnings=ucp.warnings(body),
        body=body,
    )


def order_from_ucp(body: dict[str, Any]) -> Order:
    ext = body.get(EXT) or {}
    total = ext.get("total")
    if total is None:
        total = next(int(t["amount"]) for t in body.get("totals", []) if t["type"] == "total")
    return Order(order_id=body["id"], checkout_id=body["checkout_id"], status=ext.get("status", "confirmed"),
                 total=int(total), currency=body["currency"], shipment_id=ext.get("shipment_id"))
