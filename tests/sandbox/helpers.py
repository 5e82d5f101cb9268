"""Helpers for sandbox tests: HTTP calls, quotes and signatures."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx

from errand.domain.approval import sign_quote
from errand.domain.models import Address, Adjustment, Quote, QuoteLine
from errand.sandbox.common.auth import read_token
from tests.keys import shopper_key


def key() -> dict[str, str]:
    return {"Idempotency-Key": uuid.uuid4().hex}


def bearer(sandbox, role: str) -> dict[str, str]:
    """The ``Authorization`` header of one of the sandbox's credentials (operator, platform, merchant)."""
    return {"Authorization": f"Bearer {read_token(sandbox.home, role)}"}  # type: ignore[arg-type]


def open_checkout(client: httpx.Client, product_id: str, quantity: int, buyer: str = "alice") -> httpx.Response:
    return client.post("/checkout-sessions", headers=key() | as_platform(client), json={
        "line_items": [{"item": {"id": product_id}, "quantity": quantity}], "dev.errand": {"buyer_id": buyer}})


def set_address(client: httpx.Client, checkout_id: str, label: str = "home", points: int = 0) -> dict:
    r = client.put(f"/checkout-sessions/{checkout_id}", headers=key() | as_platform(client), json={
        "fulfillment": {"methods": [{"type": "shipping", "selected_destination_id": label}]},
        "dev.errand": {"loyalty_points": points}})
    assert r.status_code == 200, r.text
    return r.json()


def quote_for(checkout: dict, *, total: int | None = None, minutes: int = 10) -> Quote:
    ext = checkout["dev.errand"]
    return Quote(
        quote_id=f"q_{uuid.uuid4().hex[:8]}", errand_id="e1", shopper_id=ext["buyer_id"],
        merchant="errand-sandbox",
        checkout_id=checkout["id"], lines=[QuoteLine(**line) for line in ext["lines"]], subtotal=ext["subtotal"],
        adjustments=[Adjustment(**a) for a in ext["adjustments"]],
        total=ext["total"] if total is None else total, currency="CNY",
        loyalty_points_used=ext["loyalty_points_used"], address=Address(**ext["address"]),
        expires_at=datetime.now(UTC) + timedelta(minutes=minutes))


def sign(sandbox, quote: Quote, shopper: str | None = None):
    private = shopper_key(sandbox, shopper or quote.shopper_id)
    return sign_quote(private, quote)


def as_platform(client: httpx.Client) -> dict[str, str]:
    """The platform's bearer header for a test client that carries the sandbox's tokens (tests.operator)."""
    platform = getattr(client.auth, "platform", "")
    return {"Authorization": f"Bearer {platform}"} if platform else {}


def authorize(client: httpx.Client, quote: Quote, approval, shopper: str | None = None) -> httpx.Response:
    return client.post("/wallet/authorizations", headers=key() | as_platform(client), json={
        "shopper_id": shopper or quote.shopper_id, "quote": quote.model_dump(mode="json"),
        "approval": approval.model_dump(mode="json")})


def complete(client: httpx.Client, checkout_id: str, authorization_id: str) -> httpx.Response:
    return client.post(f"/checkout-sessions/{checkout_id}/complete", headers=key() | as_platform(client), json={
        "payment": {"instruments": [{
            "id": "pi", "handler_id": "dev.errand.wallet", "type": "wallet_authorization",
            "credential": {"type": "wallet_authorization", "authorization_id": authorization_id}}]}})


def product(client: httpx.Client, product_id: str) -> dict:
    r = client.post("/catalog/product", json={"id": product_id})
    assert r.status_code == 200, r.text
    return r.json()["product"]


def stock(client: httpx.Client, product_id: str) -> int:
    return product(client, product_id)["metadata"]["stock"]


def store_quote_for(view: dict, shopper: str, *, total: int | None = None, minutes: int = 5) -> Quote:
    """The quote a shopper signs for a bulk store quote (``GET /stores/quotes/{id}``), lines as the platform
    shows them: one per branch order, ``<branch>/<item>``; ``total`` below the real one adds a discount."""
    orders = view["branch_orders"]
    lines = [QuoteLine(product_id=f"{bo['branch_id']}/{bo['item_id']}", title=bo["title"], quantity=bo["quantity"],
                       unit_price=bo["unit_price"], line_total=bo["line_total"]) for bo in orders]
    adjustments = [Adjustment(kind=kind, label=f"{kind} {bo['branch_id']}", amount=sign * bo[field])
                   for bo in orders for kind, field, sign in (("discount", "discount", -1),
                                                              ("loyalty", "points_used", -1),
                                                              ("shipping", "delivery_fee", 1)) if bo[field]]
    if total is not None and total < view["total"]:
        adjustments.append(Adjustment(kind="discount", label="off", amount=total - view["total"]))
    return Quote(quote_id=f"q-{view['quote_id']}-{uuid.uuid4().hex[:6]}", errand_id="e", shopper_id=shopper,
                 merchant="stores:" + ",".join(sorted({bo["chain_id"] for bo in orders})),
                 checkout_id=view["quote_id"], lines=lines, subtotal=sum(line.line_total for line in lines),
                 adjustments=adjustments, total=view["total"] if total is None else total, currency="CNY",
                 address=Address(**view["address"]), expires_at=datetime.now(UTC) + timedelta(minutes=minutes))
