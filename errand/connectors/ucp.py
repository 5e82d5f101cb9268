"""What the platform side of UCP (2026-04-08) decides from a merchant's own words, independent of transport.

A merchant written by someone else declares what it supports in ``/.well-known/ucp`` and answers every
checkout with a ``status`` and ``messages``; these helpers read those (capabilities, payment handlers,
fulfillment options, totals) so the client can negotiate rather than assume Errand's sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from errand.domain.models import Address, Adjustment

from .errors import BackendRejected

UCP_VERSION = "2026-04-08"
EXT = "dev.errand"
WALLET_HANDLER = "dev.errand.wallet"
CHECKOUT = "dev.ucp.shopping.checkout"
FULFILLMENT = "dev.ucp.shopping.fulfillment"
DISCOUNT = "dev.ucp.shopping.discount"
ORDER = "dev.ucp.shopping.order"
AP2_MANDATE = "dev.ucp.shopping.ap2_mandate"

PLATFORM_CAPABILITIES = ("dev.ucp.shopping.catalog.search", "dev.ucp.shopping.catalog.lookup", CHECKOUT,
                         FULFILLMENT, DISCOUNT, ORDER, AP2_MANDATE)
"""What Errand can do as a platform; a flow step runs only when the merchant declares it too."""

_ADJUSTMENT_KINDS = {"discount": "discount", "items_discount": "discount", "fulfillment": "shipping",
                     "fee": "fee", "tax": "fee"}


def agent_header(profile_url: str) -> str:
    """The ``UCP-Agent`` header value (RFC 8941 dictionary) naming Errand's profile and the version it speaks."""
    return f'profile="{profile_url}"; version="{UCP_VERSION}"'


def platform_profile(webhook_url: str = "") -> dict[str, Any]:
    """Errand's platform profile: the capabilities it speaks and, when it receives them, where order events go."""
    capabilities: dict[str, list[dict[str, Any]]] = {name: [{"version": UCP_VERSION}]
                                                     for name in PLATFORM_CAPABILITIES}
    if webhook_url:
        capabilities[ORDER] = [{"version": UCP_VERSION, "config": {"webhook_url": webhook_url}}]
    return {"ucp": {"version": UCP_VERSION, "capabilities": capabilities,
                    "payment_handlers": {WALLET_HANDLER: [{"id": WALLET_HANDLER, "version": UCP_VERSION}]}}}


@dataclass(frozen=True)
class HandlerChoice:
    """The payment handler both sides support: the wallet (signed approval held in the wallet) or a token
    handler (a credential obtained once the shopper signed)."""

    handler_id: str
    kind: str  # "wallet" | "token"
    wallet_url: str | None = None


def declared_capabilities(profile: dict[str, Any]) -> set[str]:
    return set(((profile.get("ucp") or {}).get("capabilities") or {}).keys())


def choose_handler(profile: dict[str, Any], token_handlers: set[str]) -> HandlerChoice | None:
    """The wallet handler when the merchant offers it, else a token handler Errand holds a token source for."""
    handlers: dict[str, list[dict[str, Any]]] = (profile.get("ucp") or {}).get("payment_handlers") or {}
    for entry in handlers.get(WALLET_HANDLER, []):
        return HandlerChoice(str(entry.get("id") or WALLET_HANDLER), "wallet",
                             (entry.get("config") or {}).get("base_url"))
    for entries in handlers.values():
        for entry in entries:
            handler_id = str(entry.get("id") or "")
            types = (entry.get("config") or {}).get("credential_types") or ["token"]
            if handler_id in token_handlers and "token" in types:
                return HandlerChoice(handler_id, "token")
    return None


def postal_address(address: Address) -> dict[str, Any]:
    """The shopper's address as a UCP PostalAddress destination; its id is the shopper's label for it."""
    return {"id": address.label, "full_name": address.name, "street_address": address.line1,
            "address_locality": address.city, "postal_code": address.postal_code,
            "address_country": address.country.upper(), **({"address_region": address.region}
                                                             if address.region else {})}


def address_of(destination: dict[str, Any], label: str) -> Address:
    return Address(label=label, name=str(destination.get("full_name") or ""),
                   line1=str(destination.get("street_address") or ""),
                   city=str(destination.get("address_locality") or ""),
                   postal_code=str(destination.get("postal_code") or ""),
                   country=str(destination.get("address_country") or ""),
                   region=str(destination.get("address_region") or ""))


def _option_total(option: dict[str, Any]) -> int:
    totals = {t.get("type"): int(t.get("amount", 0)) for t in option.get("totals") or []}
    return totals.get("total", totals.get("subtotal", 0))


def choose_options(methods: list[dict[str, Any]], deliver_by: datetime | None = None) -> bool:
    """Select, in place, the cheapest option of every group that has none selected, among those promised by
    ``deliver_by`` when the merchant states a latest time (an option without one is taken as meeting it).
    Returns whether anything was chosen."""
    chosen = False
    for method in methods:
        for group in method.get("groups") or []:
            if group.get("selected_option_id"):
                continue
            options = list(group.get("options") or [])
            if deliver_by is not None:
                options = [o for o in options if not o.get("latest_fulfillment_time")
                           or datetime.fromisoformat(str(o["latest_fulfillment_time"])) <= deliver_by] or options
            if options:
                group["selected_option_id"] = min(options, key=lambda o: (_option_total(o), str(o.get("id"))))["id"]
                chosen = True
    return chosen


def request_methods(methods: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``fulfillment.methods`` as a platform sends them back: ids, lines, destinations and selections only
    (``options`` and totals are the merchant's to compute)."""
    out = []
    for method in methods:
        kept = {k: method[k] for k in ("id", "type", "line_item_ids", "destinations", "selected_destination_id")
                if method.get(k) is not None}
        kept["groups"] = [{k: g[k] for k in ("id", "selected_option_id") if g.get(k) is not None}
                          for g in method.get("groups") or []]
        out.append(kept)
    return out


def adjustments_from_totals(totals: list[dict[str, Any]]) -> list[Adjustment]:
    """UCP ``totals`` entries as Errand adjustments (discounts negative, shipping and fees positive)."""
    out = []
    for entry in totals:
        kind = _ADJUSTMENT_KINDS.get(str(entry.get("type")))
        if kind is not None:
            amount = int(entry["amount"])
            if kind == "discount" and amount > 0:  # some merchants state a discount as a positive amount
                amount = -amount
            out.append(Adjustment(kind=kind, label=str(entry.get("display_text") or entry["type"]),
                                  amount=amount))
    return out


def check_totals(subtotal: int, line_totals: list[int], adjustments: list[Adjustment], total: int) -> None:
    """Refuse a checkout whose figures do not add up: the quote a shopper signs is built from them."""
    if sum(line_totals) != subtotal or subtotal + sum(a.amount for a in adjustments) != total or total < 0:
        raise BackendRejected(
            f"the merchant's totals do not add up (lines {sum(line_totals)}, subtotal {subtotal}, adjustments "
            f"{sum(a.amount for a in adjustments)}, total {total})", code="totals_inconsistent")


def unresolved(body: dict[str, Any]) -> list[str]:
    """What an incomplete checkout still needs, in the merchant's words (its error and info messages)."""
    return [str(m.get("content") or m.get("code") or "") for m in body.get("messages") or []
            if m.get("type") in ("error", "info") or m.get("severity") == "requires_buyer_input"]


def warnings(body: dict[str, Any]) -> list[str]:
    """Warnings worth telling the shopper (a code rejected, a quantity adjusted)."""
    return [str(m.get("content") or m.get("code") or "") for m in body.get("messages") or []
            if m.get("type") == "warning" or m.get("code") == "quantity_adjusted"]
