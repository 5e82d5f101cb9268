"""The connector against a merchant it does not control: what it refuses to build a quote from, and what
it refuses to pay."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

from errand.connectors.errors import BackendRejected
from errand.connectors.merchant import MerchantClient
from errand.connectors.payment_tokens import TokenSource
from errand.domain.models import Address
from errand.sandbox.process import SandboxProcess

HOME = Address(label="home", name="Alice Wang", line1="1 Century Ave", city="Shanghai", postal_code="200120")


async def test_every_call_names_the_platform_profile_and_version() -> None:
    seen: list[str] = []

    async def discovery(request: web.Request) -> web.Response:
        seen.append(request.headers.get("UCP-Agent", ""))
        return web.json_response({"ucp": {"version": "2026-04-08", "services": {"dev.ucp.shopping": [
            {"transport": "rest", "endpoint": str(request.url.origin())}]}}})

    app = web.Application()
    app.router.add_get("/.well-known/ucp", discovery)
    async with _serve(app) as url, MerchantClient(url, profile_url="file:///tmp/p.json") as merchant:
        await merchant.discover()
    assert seen == ['profile="file:///tmp/p.json"; version="2026-04-08"']


async def test_totals_that_do_not_add_up_are_refused_before_any_quote() -> None:
    """A merchant answering a total below its own lines and shipping cannot have that total signed."""
    def checkout(request: web.Request, status: str) -> dict[str, Any]:
        return {"id": "chk_1", "status": status, "currency": "USD", "expires_at": "2030-01-01T00:00:00+00:00",
                "line_items": [{"id": "li_1", "item": {"id": "p1", "title": "Roses", "price": 3000}, "quantity": 1}],
                "totals": [{"type": "subtotal", "amount": 3000}, {"type": "fulfillment", "amount": 500},
                           {"type": "total", "amount": 100}],
                "fulfillment": {"methods": [{"id": "m1", "type": "shipping", "line_item_ids": ["li_1"],
                                             "destinations": [{"id": "home", "full_name": "Alice Wang",
                                                               "address_country": "CN"}],
                                             "selected_destination_id": "home",
                                             "groups": [{"id": "g1", "selected_option_id": "std"}]}]}}
    cancelled: list[str] = []

    async def discovery(request: web.Request) -> web.Response:
        return web.json_response({"ucp": {"services": {"dev.ucp.shopping": [
            {"transport": "rest", "endpoint": str(request.url.origin())}]}, "capabilities": {}}})

    async def create(request: web.Request) -> web.Response:
        return web.json_response(checkout(request, "ready_for_complete"))

    async def cancel(request: web.Request) -> web.Response:
        cancelled.append(request.match_info["cid"])
        return web.json_response(checkout(request, "canceled"))

    app = web.Application()
    app.router.add_get("/.well-known/ucp", discovery)
    app.router.add_post("/checkout-sessions", create)
    app.router.add_post("/checkout-sessions/{cid}/cancel", cancel)
    async with _serve(app) as url, MerchantClient(url) as merchant:
        with pytest.raises(BackendRejected) as refused:
            await merchant.open_checkout("k1", shopper_id="alice", product_id="p1", quantity=1, address=HOME)
    assert refused.value.code == "totals_inconsistent" and cancelled == ["chk_1"]  # its hold released


def test_a_token_hold_pays_only_the_checkout_and_amount_it_was_issued_for() -> None:
    tokens = TokenSource({"mock_payment_handler": "success_token"}, b"k" * 32)
    hold = tokens.authorize("shop", "chk_1", 5900, "USD")
    assert tokens.token_for("mock_payment_handler", hold, merchant="shop", checkout_id="chk_1", amount=5900,
                            currency="USD") == "success_token"
    for other in ({"checkout_id": "chk_2", "amount": 5900, "merchant": "shop"},
                  {"checkout_id": "chk_1", "amount": 9900, "merchant": "shop"},
                  {"checkout_id": "chk_1", "amount": 5900, "merchant": "elsewhere"}):
        with pytest.raises(BackendRejected, match="not issued"):
            tokens.token_for("mock_payment_handler", hold, currency="USD", **other)  # type: ignore[arg-type]
    with pytest.raises(BackendRejected, match="not issued"):
        tokens.token_for("mock_payment_handler", "tok_" + "0" * 40, merchant="shop", checkout_id="chk_1",
                         amount=5900, currency="USD")


async def test_a_checkout_changed_after_signing_is_not_paid(flower_shop: SandboxProcess) -> None:
    """The merchant raised the quantity (and so the total) after the shopper signed: nothing is paid."""
    async with MerchantClient(flower_shop.url, token_handlers=frozenset({"mock_payment_handler"})) as merchant:
        view = await merchant.open_checkout("k-changed", shopper_id="alice", product_id="bouquet_tulips",
                                            quantity=1, address=HOME)
        assert view.status == "ready_for_complete" and view.total == 3500
        current = await merchant._request("GET", await merchant._ep(f"/checkout-sessions/{view.checkout_id}"))
        current["line_items"][0]["quantity"] = 3
        await merchant._request("PUT", await merchant._ep(f"/checkout-sessions/{view.checkout_id}"), json={
            "line_items": [{"id": li["id"], "item": {"id": li["item"]["id"]}, "quantity": li["quantity"]}
                           for li in current["line_items"]],
            "fulfillment": {"methods": [{k: m[k] for k in ("id", "type", "line_item_ids", "destinations",
                                                          "selected_destination_id", "groups")}
                                        for m in current["fulfillment"]["methods"]]}}, idempotency_key="k-raise")
        with pytest.raises(BackendRejected) as refused:
            await merchant.complete_with_token("k-pay", view.checkout_id, handler_id="mock_payment_handler",
                                               token="success_token", amount=view.total, currency=view.currency)
        assert refused.value.code == "total_changed"
        after = await merchant.get_checkout(view.checkout_id)
    assert after.status != "completed"


class _serve:
    """An aiohttp app on a free loopback port for the length of an ``async with``."""

    def __init__(self, app: web.Application) -> None:
        self._runner = web.AppRunner(app)

    async def __aenter__(self) -> str:
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        return f"http://127.0.0.1:{port}"

    async def __aexit__(self, *exc: object) -> None:
        await self._runner.cleanup()


