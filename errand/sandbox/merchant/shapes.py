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
from errand.sandbox.merchant.quote import Quote, codes_of, legacy_totals, line_totals, lines_of

EXT = "dev.errand"


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


def _shopper_methods(checkout: CheckoutRow, shopper: ShopperRow, priced: Quote,
                     line_ids: list[str]) -> list[dict[str, Any]]:
    """A shopper's checkout ships to a saved address (its label is the destination id), at the one rate."""
    method: dict[str, Any] = {
        "id": "ship_1", "type": "shipping", "line_item_ids": line_ids,
        "destinations": [address_to_destination(a) for a in json.loads(shopper.addresses)],
        "selected_destination_id": checkout.address_label, "groups": []}
    shipping = next((t for t in priced.totals if t["type"] == "fulfillment"), None)
    if checkout.address_label and shipping is not None:
        option = {"id": "standard", "title": shipping["display_text"],
                  "totals": [{"type": "subtotal", "amount": shipping["amount"]},
                             {"type": "total", "amount": shipping["amount"]}]}
        method["groups"] = [{"id": "group_1", "line_item_ids": line_ids, "options": [option],
                             "selected_option_id": "standard"}]
    return [method]


def checkout_to_ucp(checkout: CheckoutRow, shopper: ShopperRow | None, priced: Quote, base_url: str,
                    messages: list[dict[str, Any]], payment_handlers: dict[str, Any]) -> dict[str, Any]:
    """A checkout session in UCP shape, with the payment handlers this checkout may use in its envelope."""
    lines = lines_of(checkout)
    line_items = [{
        "id": line["id"],
        "item": {"id": line["product_id"], "title": line["title"], "price": line["unit_price"]},
        "quantity": line["quantity"],
        "totals": line_totals(line),
    } for line in lines]
    line_ids = [li["id"] for li in line_items]
    buyer: dict[str, Any] | None = json.loads(checkout.buyer) if checkout.buyer else None
    if buyer is None and shopper is not None:
        buyer = {"first_name": shopper.name.split(" ")[0], "last_name": shopper.name.split(" ")[-1]}
    body: dict[str, Any] = {
        "ucp": {**ucp_meta("checkout"), "payment_handlers": payment_handlers},
        "id": checkout.id,
        "line_items": line_items,
        "status": checkout.status,
        "currency": checkout.currency or "CNY",
        "totals": priced.totals,
        "messages": messages,
        "links": [{"type": "terms_of_service", "url": f"{base_url}/terms"},
                  {"type": "privacy_policy", "url": f"{base_url}/privacy"}],
        "expires_at": checkout.expires_at.isoformat().replace("+00:00", "Z"),
        "payment": {"instruments": json.loads(checkout.payment_instruments) if checkout.payment_instruments else []},
        "fulfillment": {"methods": _shopper_methods(checkout, shopper, priced, line_ids) if shopper is not None
                        else priced.methods},
        "discounts": {"codes": codes_of(checkout), "applied": priced.applied},
    }
    if buyer is not None:
        body["buyer"] = buyer
    legacy = priced.legacy
    if shopper is not None and legacy is not None:
        chosen = next((a for a in json.loads(shopper.addresses) if a["label"] == checkout.address_label), None)
        body[EXT] = {
            "buyer_id": checkout.buyer_id,
            "lines": [{k: v for k, v in line.items() if k != "id"} | {"line_total": line["unit_price"] * line["quantity"]}
                      for line in lines],
            "subtotal": legacy.subtotal,
            "adjustments": legacy.adjustments,
            "total": legacy.total,
            "loyalty_points_used": legacy.loyalty_points_used,
            "loyalty_points_held": checkout.loyalty_points,
            "address": chosen,
            "payment_handler": "dev.errand.wallet",
        }
    if checkout.order_id:
        body["order"] = {"id": checkout.order_id, "permalink_url": f"{base_url}/orders/{checkout.order_id}"}
    return body


def order_to_ucp(order: OrderRow, base_url: str, shipment: dict[str, Any] | None) -> dict[str, Any]:
    """A stored order snapshot in UCP order shape: the courier's events (when a courier carries it) and the
    merchant's own, its adjustments, and the courier reference in the extension."""
    snap = json.loads(order.snapshot)
    delivered = bool(shipment and shipment["status"] == "delivered")
    line_items: list[dict[str, Any]] = [{
        "id": line.get("id") or f"li_{i + 1}",
        "item": {"id": line["product_id"], "title": line["title"], "price": line["unit_price"]},
        "quantity": {"original": line["quantity"], "total": line["quantity"],
                     "fulfilled": line["quantity"] if delivered else 0},
        "totals": line_totals(line),
        "status": "fulfilled" if delivered else "processing",
    } for i, line in enumerate(snap["lines"])]
    events = [{"id": f"{order.shipment_id}-{i}", "occurred_at": e["at"], "type": e["status"],
               "line_items": [{"id": li["id"], "quantity": li["quantity"]["total"]} for li in line_items],
               "description": e["description"]}
              for i, e in enumerate(shipment["events"] if shipment else [])]
    events += json.loads(order.events) if order.events else []
    totals_by_line = {li["id"]: li["quantity"]["total"] for li in line_items}
    expectations = [{**e, "line_items": [{"id": i, "quantity": totals_by_line.get(i, 0)} for i in e["line_items"]]}
                    for e in snap.get("expectations", [])]
    body: dict[str, Any] = {
        "ucp": ucp_meta("order"),
        "id": order.id,
        "label": order.id.upper(),
        "checkout_id": order.checkout_id,
        "permalink_url": f"{base_url}/orders/{order.id}",
        "line_items": line_items,
        "fulfillment": {"expectations": expectations, "events": events},
        "currency": order.currency,
        "totals": snap.get("totals") or legacy_totals(snap["subtotal"], snap["adjustments"], order.total),
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
    if order.adjustments:
        body["adjustments"] = json.loads(order.adjustments)
    return body
