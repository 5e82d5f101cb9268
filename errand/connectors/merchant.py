"""A UCP (2026-04-08) REST client for merchants, mapping UCP shapes to Errand's domain models."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any, Self
from urllib.parse import urlsplit

import aiohttp

from errand.domain.models import Address, Order, Product

from . import ucp
from ._http import BaseClient, path_segment
from .errors import BackendRejected
from .identity import LinkedAccount, LinkError
from .merchant_shapes import (
    BuyerInfo,
    CatalogueMatches,
    CheckoutIncomplete,
    CheckoutView,
    LinkExpired,
    checkout_from_ucp,
    order_from_ucp,
    product_from_ucp,
)
from .raw import RawResponse
from .ucp import EXT, WALLET_HANDLER

DEFAULT_PROFILE_URL = "https://errand.dev/ucp/platform-profile.json"
MAX_UPDATES = 3
_SORTS = {"relevance": "relevance", "price": "price_asc", "price_asc": "price_asc", "price_desc": "price_desc",
          "rating": "rating"}


class MerchantClient(BaseClient):
    """UCP REST client. ``discover()`` reads ``/.well-known/ucp`` and then uses the advertised endpoint."""

    def __init__(self, base_url: str, *, profile_url: str = DEFAULT_PROFILE_URL,
                 token_handlers: frozenset[str] = frozenset(), **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self.endpoint: str | None = None
        self.profile: dict[str, Any] | None = None
        self.agent = ucp.agent_header(profile_url)
        self.token_handlers = token_handlers  # handlers Errand can obtain a token for
        self.key_override: str | None = None  # set by a directory when two merchants claim one id
        self.account: LinkedAccount | None = None  # set on a view acting for a shopper's linked account
        self._pool: MerchantClient | None = None  # the client whose connections such a view borrows

    def acting_for(self, account: LinkedAccount) -> Self:
        """This merchant as the shopper's linked account sees it: the same discovery and connections, the
        account's bearer token (refreshed when due) instead of the platform's credential on every call.

        The merchant then knows the caller as the shopper, with the scopes they granted: the checkouts it
        opens are that shopper's, reachable with no other credential."""
        view = copy.copy(self)
        view.account = account
        view._pool = self._pool or self
        return view

    def _open(self) -> aiohttp.ClientSession:
        return self._pool._open() if self._pool is not None else super()._open()

    async def aclose(self) -> None:
        if self._pool is None:  # a view's connections are its pool's to close
            await super().aclose()

    async def _send(self, method: str, url: str, *, json: Any = None, params: dict[str, Any] | None = None,
                    data: bytes | None = None, headers: dict[str, str] | None = None) -> RawResponse:
        # Every call names Errand's platform profile and the protocol version it speaks.
        sent = {**(headers or {}), "UCP-Agent": self.agent}
        if self.account is None:
            return await super()._send(method, url, json=json, params=params, data=data, headers=sent)
        try:
            sent["Authorization"] = f"Bearer {await self.account.access_token()}"
            response = await super()._send(method, url, json=json, params=params, data=data, headers=sent)
            if response.status == 401:  # revoked, or expired early: one refresh, then it is gone
                sent["Authorization"] = f"Bearer {await self.account.access_token(force_refresh=True)}"
                response = await super()._send(method, url, json=json, params=params, data=data, headers=sent)
        except LinkError as exc:
            raise LinkExpired(str(exc), status=401, code="link_expired") from exc
        if response.status == 401:
            raise LinkExpired(f"{self.key} no longer accepts the linked account", status=401, code="link_expired")
        return response

    @property
    def key(self) -> str:
        """How quotes and the directory name this merchant: its advertised id, else its host."""
        return self.key_override or self.merchant_id or urlsplit(self.endpoint or self.base_url).netloc

    @property
    def speaks_errand_buyers(self) -> bool:
        """Whether the merchant takes Errand's buyer extension (``dev.errand.buyer_id``, saved address labels,
        loyalty points). Its wallet handler pays only a checkout made for a named buyer, so a merchant that
        offers it speaks the extension; any other merchant gets a destination and a guest checkout."""
        handlers = ((self.profile or {}).get("ucp") or {}).get("payment_handlers") or {}
        return WALLET_HANDLER in handlers

    @property
    def payment_handler(self) -> ucp.HandlerChoice | None:
        """The payment handler both sides support, or None (the merchant cannot be paid by Errand)."""
        return ucp.choose_handler(self.profile or {}, set(self.token_handlers))

    def declares(self, capability: str) -> bool:
        return capability in ucp.declared_capabilities(self.profile or {})

    @property
    def wallet_url(self) -> str | None:
        """The wallet payment handler's base URL, if the merchant advertised one."""
        handlers = ((self.profile or {}).get("ucp") or {}).get("payment_handlers") or {}
        for handler in handlers.get(WALLET_HANDLER, []):
            return (handler.get("config") or {}).get("base_url")
        return None

    @property
    def merchant_id(self) -> str | None:
        """The identity the merchant advertises (quotes and mandates name it), if it advertised one."""
        found = ((self.profile or {}).get(EXT) or {}).get("merchant_id")
        return str(found) if found else None

    async def discover(self) -> dict[str, Any]:
        """Fetch the discovery profile and pick the shopping service's REST endpoint."""
        profile: dict[str, Any] = await self._request("GET", self.base_url + "/.well-known/ucp")
        services = (profile.get("ucp") or {}).get("services") or {}
        rest = [s for s in services.get("dev.ucp.shopping", []) if s.get("transport") == "rest"]
        if not rest or not rest[0].get("endpoint"):
            raise BackendRejected("merchant advertises no REST shopping endpoint", code="no_rest_endpoint")
        self.profile = profile
        self.endpoint = rest[0]["endpoint"].rstrip("/")
        return profile

    async def ensure_discovered(self) -> dict[str, Any]:
        """The discovery profile, fetched on first use."""
        return self.profile if self.profile is not None else await self.discover()

    async def _ep(self, path: str) -> str:
        if self.endpoint is None:
            await self.discover()
        return f"{self.endpoint}{path}"

    async def search(self, query: str, *, category: str | None = None, max_price: int | None = None,
                     min_rating: float | None = None, limit: int = 50, sort: str = "relevance") -> list[Product]:
        """Products matching every word and attribute of ``query``; ``max_price`` is the per-item cap in minor units.

        The merchant's closest matches are left out: a caller that can present them as such (and ask) uses
        ``search_matches``, so no near miss is chosen as if it were what the shopper named.
        """
        found = await self.search_matches(query, category=category, max_price=max_price, min_rating=min_rating,
                                          limit=limit, sort=sort)
        return [p for p in found.products if not found.lacking.get(p.product_id)]

    async def search_matches(self, query: str, *, category: str | None = None, max_price: int | None = None,
                             min_rating: float | None = None, limit: int = 50,
                             sort: str = "relevance") -> CatalogueMatches:
        """Catalogue search with the merchant's word on how well it matched (exact, close or none)."""
        body: dict[str, Any] = {"query": query, "pagination": {"limit": limit},
                                EXT: {"sort": _SORTS.get(sort, sort)}}
        filters: dict[str, Any] = {}
        if category:
            filters["categories"] = [category]
        if max_price is not None:
            filters["price"] = {"max": max_price}
        if filters:
            body["filters"] = filters
        if min_rating is not None:
            body[EXT]["min_rating"] = min_rating
        result = await self._request("POST", await self._ep("/catalog/search"), json=body)
        items = result.get("products", [])
        ext = result.get(EXT) or {}  # a merchant without our extension: what it returns is its match
        lacking = {str(item["id"]): [str(x) for x in (item.get(EXT) or {}).get("lacking") or []] for item in items}
        return CatalogueMatches(products=[product_from_ucp(p) for p in items], match=str(ext.get("match", "exact")),
                                unmatched=[str(x) for x in ext.get("unmatched") or []],
                                lacking={k: v for k, v in lacking.items() if v})

    async def get_product(self, product_id: str) -> dict[str, Any]:
        """The raw UCP product detail (includes ``metadata.price_history``)."""
        product: dict[str, Any] = (await self._request("POST", await self._ep("/catalog/product"),
                                                       json={"id": product_id}))["product"]
        return product

    async def get_buyer(self, shopper_id: str) -> BuyerInfo:
        body = await self._request("GET", await self._ep(f"/buyers/{path_segment(shopper_id)}"))
        return BuyerInfo(name=body["name"], addresses=[Address(**a) for a in body["addresses"]],
                         loyalty_points=body["loyalty_points"],
                         loyalty_points_held=body.get("loyalty_points_held", 0))

    async def create_checkout(self, idempotency_key: str, *, shopper_id: str, product_id: str,
                              quantity: int) -> CheckoutView:
        """Open a checkout session; the merchant holds the stock until it expires."""
        body = {"line_items": [{"item": {"id": product_id}, "quantity": quantity}], EXT: {"buyer_id": shopper_id}}
        return checkout_from_ucp(await self._request("POST", await self._ep("/checkout-sessions"), json=body,
                                             idempotency_key=idempotency_key))

    async def update_checkout(self, idempotency_key: str, checkout_id: str, *, address_label: str,
                              loyalty_points: int) -> CheckoutView:
        """Choose the destination and the points to redeem.

        A UCP update replaces the checkout whole, so the lines, buyer and discount codes it holds now are sent
        back unchanged with the new choice (a retry reads the same ones and sends the same body).
        """
        url = await self._ep(f"/checkout-sessions/{checkout_id}")
        current = await self._request("GET", url)
        body: dict[str, Any] = {
            "line_items": [{"id": li["id"], "item": {"id": li["item"]["id"]}, "quantity": li["quantity"]}
                           for li in current.get("line_items") or []],
            "fulfillment": {"methods": [{"type": "shipping", "selected_destination_id": address_label}]},
            EXT: {"loyalty_points": loyalty_points}}
        if current.get("buyer"):
            body["buyer"] = current["buyer"]
        codes = (current.get("discounts") or {}).get("codes")
        if codes:
            body["discounts"] = {"codes": codes}
        return checkout_from_ucp(await self._request("PUT", url, json=body, idempotency_key=idempotency_key))

    async def open_checkout(self, idempotency_key: str, *, shopper_id: str, product_id: str, quantity: int,
                            address: Address, discount_codes: list[str] | None = None,
                            deliver_by: datetime | None = None) -> CheckoutView:
        """A checkout at a merchant without Errand's buyer extension, made ready to complete.

        Created with the line, the shopper's address as the destination and the discount codes they named
        (when the merchant declares discounts); then, while the merchant answers ``incomplete``, what can be
        resolved is (the cheapest shipping option that meets ``deliver_by``) and sent back whole, as a UCP
        update replaces the checkout. What cannot be resolved is raised as ``CheckoutIncomplete`` with the
        merchant's words, to be asked of the shopper.
        """
        url = await self._ep("/checkout-sessions")
        body: dict[str, Any] = {
            "line_items": [{"item": {"id": product_id}, "quantity": quantity}],
            "buyer": {"full_name": address.name},
            "fulfillment": {"methods": [{"type": "shipping", "destinations": [ucp.postal_address(address)],
                                         "selected_destination_id": address.label}]}}
        if discount_codes and self.declares(ucp.DISCOUNT):
            body["discounts"] = {"codes": list(discount_codes)}
        current: dict[str, Any] = await self._request("POST", url, json=body,
                                                      idempotency_key=f"{idempotency_key}/create")
        for step in range(1, MAX_UPDATES + 1):
            if current.get("status") == "ready_for_complete":
                break
            methods = list((current.get("fulfillment") or {}).get("methods") or [])
            if not methods:  # the merchant dropped the destination on create: supply it on update
                methods = [{"type": "shipping", "destinations": [ucp.postal_address(address)],
                            "selected_destination_id": address.label}]
            elif not ucp.choose_options(methods, deliver_by) and step > 1:
                break
            update: dict[str, Any] = {
                "line_items": [{"id": li["id"], "item": {"id": li["item"]["id"]}, "quantity": li["quantity"]}
                               for li in current.get("line_items") or []],
                "fulfillment": {"methods": ucp.request_methods(methods)}}
            for name in ("buyer", "discounts"):
                if current.get(name):
                    update[name] = ({"codes": current[name].get("codes") or []} if name == "discounts"
                                    else current[name])
            current = await self._request("PUT", f"{url}/{path_segment(current['id'])}", json=update,
                                          idempotency_key=f"{idempotency_key}/update-{step}")
        view = checkout_from_ucp(current, label=address.label)
        if current.get("status") != "ready_for_complete":
            needs = "; ".join(ucp.unresolved(current)) or f"the checkout is {current.get('status')}"
            await self._cancel_quietly(f"{idempotency_key}/abandon", view.checkout_id)
            raise CheckoutIncomplete(f"{self.key} needs more before it can sell this: {needs}",
                                     code="checkout_incomplete")
        try:
            ucp.check_totals(view.subtotal, [line.line_total for line in view.lines], view.adjustments, view.total)
        except BackendRejected:
            await self._cancel_quietly(f"{idempotency_key}/abandon", view.checkout_id)
            raise
        return view

    async def _cancel_quietly(self, idempotency_key: str, checkout_id: str) -> None:
        try:
            await self.cancel_checkout(idempotency_key, checkout_id)
        except BackendRejected:
            pass

    async def complete_with_token(self, idempotency_key: str, checkout_id: str, *, handler_id: str, token: str,
                                  amount: int, currency: str, checkout_mandate: str | None = None) -> Order:
        """Pay with a token from a handler both sides support, bound to this checkout, and only when the
        merchant's checkout still totals ``amount`` (what the shopper signed); the order must say so too."""
        url = await self._ep(f"/checkout-sessions/{path_segment(checkout_id)}")
        current = await self._request("GET", url)
        if current.get("status") == "completed" and (current.get("order") or {}).get("id"):
            return await self.get_order(current["order"]["id"])  # a retry after the answer was lost
        now = checkout_from_ucp(current)
        if now.total != amount or now.currency != currency:
            raise BackendRejected(f"the checkout now totals {now.total} {now.currency}, not the {amount} {currency} "
                                  "the shopper signed; nothing paid", code="total_changed")
        body: dict[str, Any] = {"payment": {"instruments": [{
            "id": "pi_1", "handler_id": handler_id, "type": "card",
            "credential": {"type": "token", "token": token, "binding": {"checkout_id": checkout_id}}}]}}
        if checkout_mandate:
            body["ap2"] = {"checkout_mandate": checkout_mandate}
        result = await self._request("POST", f"{url}/complete", json=body, idempotency_key=idempotency_key)
        order_id = (result.get("order") or {}).get("id")
        if not order_id:
            raise BackendRejected("completed checkout carries no order", code="no_order")
        order = await self.get_order(order_id)
        if order.total != amount:
            raise BackendRejected(f"order {order_id} totals {order.total}, not the {amount} signed", code="total_changed")
        return order

    async def complete_checkout(self, idempotency_key: str, checkout_id: str, *, authorization_id: str,
                                checkout_mandate: str | None = None) -> Order:
        """Pay with a held wallet authorization (and, where AP2 was negotiated, the shopper's checkout
        mandate); returns the placed order."""
        body: dict[str, Any] = {"payment": {"instruments": [{
            "id": f"pi_{authorization_id}", "handler_id": WALLET_HANDLER, "type": "wallet_authorization",
            "credential": {"type": "wallet_authorization", "authorization_id": authorization_id}}]}}
        if checkout_mandate:
            body["ap2"] = {"checkout_mandate": checkout_mandate}
        result = await self._request("POST", await self._ep(f"/checkout-sessions/{checkout_id}/complete"),
                                     json=body, idempotency_key=idempotency_key)
        order_id = (result.get("order") or {}).get("id")
        if not order_id:
            raise BackendRejected("completed checkout carries no order", code="no_order")
        return await self.get_order(order_id)

    async def cancel_checkout(self, idempotency_key: str, checkout_id: str) -> CheckoutView:
        return checkout_from_ucp(await self._request("POST", await self._ep(f"/checkout-sessions/{checkout_id}/cancel"),
                                             json={}, idempotency_key=idempotency_key))

    async def get_checkout(self, checkout_id: str) -> CheckoutView:
        return checkout_from_ucp(await self._request("GET", await self._ep(f"/checkout-sessions/{checkout_id}")))

    async def cancel_order(self, idempotency_key: str, order_id: str, reason: str = "") -> Order:
        """Cancel an order that has not shipped; the merchant refunds what it captured for it."""
        return order_from_ucp(await self._request("POST", await self._ep(f"/orders/{order_id}/cancel"),
                                          json={"reason": reason}, idempotency_key=idempotency_key))

    async def get_order(self, order_id: str) -> Order:
        return order_from_ucp(await self._request("GET", await self._ep(f"/orders/{order_id}")))
