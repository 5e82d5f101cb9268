"""Rendering sandbox rows as UCP (2026-04-08) JSON.

Our extras (brand, stock, units per pack, seller, price history, domain-shaped adjustments) ride in each
object's ``metadata`` or in a ``dev.errand`` extension object, which UCP's schemas leave open.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Row

from errand.sandbox.common.errors import UCP_VERSION
from errand.sandbox.db import CheckoutRow, OrderRow, ProductRow, ShopperRow

EXT = "dev.errand"
CURRENCY = "CNY"


def ucp_meta(kind: str | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"version": UCP_VERSION, "status": "success"}
    if kind:
        meta["capabilities"] = {f"dev.ucp.shopping.{kind}": [{"version": UCP_VERSION}]}
    return meta


def product_to_ucp(row: ProductRow | Row[Any], base_url: str, detail: bool = False) -> dict[str, Any]:
    """One catalog row (a model, or a ``product`` row read with SQL) as a UCP product with a single variant."""
    available = row.stock - row.held
    attributes = json.loads(row.attributes)
    price = {"amount": row.price, "currency": row.currency}
    rating = {"value": row.rating, "scale_min": 0, "scale_max": 5, "count": row.review_count}
    metadata: dict[str, Any] = {
        "brand": row.brand, "category": row.category, "stock": max(0, available),
        "units_per_pack": row.units_per_pack, "seller": row.seller, "attributes": attributes,
    }
    if detail:
        metadata["price_history"] = {"days": 30, "currency": row.currency, "daily": json.loads(row.price_history)}
    return {
        "id": row.id,
        "title": row.title,
        "description": {"plain": row.description},
        "url": f"{base_url}/products/{row.id}",
        "categories": [{"value": row.category, "taxonomy": "merchant"}],
        "price_range": {"min": price, "max": price},
        "variants": [{
            "id": row.id,
            "sku": row.id.upper(),
            "title": row.title,
            "description": {"plain": row.description},
            "price": price,
            "availability": {"available": available > 0, "status": "in_stock" if available > 0 else "out_of_stock"},
            "seller": {"name": row.seller},
            "rating": rating,
            "metadata": metadata,
        }],
        "rating": rating,
        "tags": [row.brand.lower(), row.category],
        "metadata": metadata,
    }


def address_to_destination(address: dict[str, Any]) -> dict[str, Any]:
    """A domain Address dict as a UCP shipping destination (id = the shopper's label)."""
    return {
        "id": address["label"], "full_name": address["name"], "street_address": address["line1"],
        "address_locality": address["city"], "postal_code": address["postal_code"],
        "address_country": address.get("country", "CN"),
    }


def totals_to_ucp(subtotal: int, adjustments: list[dict], total: int) -> list[dict[str, Any]]:
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


def checkout_to_ucp(checkout: CheckoutRow, shopper: ShopperRow, priced: Any, base_url: str,
                    messages: list[dict] | None = None) -> dict[str, Any]:
    """A checkout session in UCP shape; ``priced`` is a pricing.Totals."""
    lines = json.loads(checkout.lines)
    addresses = json.loads(shopper.addresses)
    chosen = next((a for a in addresses if a["label"] == checkout.address_label), None)
    line_items = [{
        "id": f"li_{i + 1}",
        "item": {"id": line["product_id"], "title": line["title"], "price": line["unit_price"]},
        "quantity": line["quantity"],
        "totals": [{"type": "subtotal", "amount": line["unit_price"] * line["quantity"]}],
    } for i, line in enumerate(lines)]
    body: dict[str, Any] = {
        "ucp": ucp_meta("checkout"),
        "id": checkout.id,
        "line_items": line_items,
        "buyer": {"first_name": shopper.name.split(" ")[0], "last_name": shopper.name.split(" ")[-1]},
        "status": checkout.status,
        "currency": CURRENCY,
        "totals": totals_to_ucp(priced.subtotal, priced.adjustments, priced.total),
        "messages": messages or [],
        "links": [{"type": "terms_of_service", "url": f"{base_url}/terms"}],
        "expires_at": checkout.expires_at.isoformat().replace("+00:00", "Z"),
        "fulfillment": {"methods": [{
            "id": "ship_1", "type": "shipping", "line_item_ids": [li["id"] for li in line_items],
            "destinations": [address_to_destination(a) for a in addresses],
            "selected_destination_id": checkout.address_label,
        }]},
        EXT: {
            "buyer_id": checkout.buyer_id,
            "lines": [{**line, "line_total": line["unit_price"] * line["quantity"]} for line in lines],
            "subtotal": priced.subtotal,
            "adjustments": priced.adjustments,
            "total": priced.total,
            "loyalty_points_used": priced.loyalty_points_used,
            "loyalty_points_held": checkout.loyalty_points,
            "address": chosen,
            "payment_handler": "dev.errand.wallet",
        },
    }
    if checkout.order_id:
        body["order"] = {"id": checkout.order_id, "permalink_url": f"{base_url}/orders/{checkout.order_id}"}
    return body


def order_to_ucp(order: OrderRow, base_url: str, shipment: dict[str, Any] | None) -> dict[str, Any]:
    """A stored order snapshot in UCP order shape, with the courier reference in the extension."""
    snap = json.loads(order.snapshot)
    line_items = [{
        "id": f"li_{i + 1}",
        "item": {"id": line["product_id"], "title": line["title"], "price": line["unit_price"]},
        "quantity": {"original": line["quantity"], "total": line["quantity"],
                     "fulfilled": line["quantity"] if shipment and shipment["status"] == "delivered" else 0},
        "totals": [{"type": "subtotal", "amount": line["unit_price"] * line["quantity"]}],
        "status": "fulfilled" if shipment and shipment["status"] == "delivered" else "processing",
    } for i, line in enumerate(snap["lines"])]
    events = [{"id": f"{order.shipment_id}-{i}", "occurred_at": e["at"], "type": e["status"],
               "line_items": [{"id": li["id"], "quantity": li["quantity"]["total"]} for li in line_items],
               "description": e["description"]}
              for i, e in enumerate(shipment["events"] if shipment else [])]
    return {
        "ucp": ucp_meta("order"),
        "id": order.id,
        "label": order.id.upper(),
        "checkout_id": order.checkout_id,
        "permalink_url": f"{base_url}/orders/{order.id}",
        "line_items": line_items,
        "fulfillment": {"expectations": [], "events": events},
        "currency": order.currency,
        "totals": totals_to_ucp(snap["subtotal"], snap["adjustments"], order.total),
        "messages": [],
        EXT: {
            "status": order.status,
            "buyer_id": order.buyer_id,
            "total": order.total,
            "authorization_id": order.authorization_id,
            "shipment_id": order.shipment_id,
            "tracking_url": f"{base_url}/courier/shipments/{order.shipment_id}" if order.shipment_id else None,
            "shipment_status": shipment["status"] if shipment else None,
            "address": snap.get("address"),
        },
    }
