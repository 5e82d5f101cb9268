"""A UCP (2026-04-08) REST client for merchants, mapping UCP shapes to Errand's domain models."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from errand.domain.models import Address, Adjustment, Order, Product, QuoteLine

from ._http import BaseClient, path_segment
from .errors import BackendRejected

EXT = "dev.errand"
WALLET_HANDLER = "dev.errand.wallet"
_SORTS = {"relevance": "relevance", "price": "price_asc", "price_asc": "price_asc", "price_desc": "price_desc",
          "rating": "rating"}


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


def _product(item: dict[str, Any]) -> Product:
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


def _adjustments_from_totals(totals: list[dict[str, Any]]) -> list[Adjustment]:
    # Fallback for merchants without our extension: derive adjustments from UCP totals entries.
    kinds = {"discount": "discount", "items_discount": "discount", "fulfillment": "shipping", "fee": "fee",
             "tax": "fee"}
    return [Adjustment(kind=kinds[t["type"]], label=t.get("display_text", t["type"]), amount=int(t["amount"]))
            for t in totals if t["type"] in kinds]


def _checkout(body: dict[str, Any]) -> CheckoutView:
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
                   else _adjustments_from_totals(body.get("totals", [])))
    address = Address(**ext["address"]) if ext.get("address") else None
    return CheckoutView(
        checkout_id=body["id"], status=body["status"], lines=lines,
        subtotal=int(ext.get("subtotal", totals.get("subtotal", 0))), adjustments=adjustments,
        total=int(ext.get("total", totals.get("total", 0))), currency=body["currency"],
        loyalty_points_used=int(ext.get("loyalty_points_used", 0)), address=address,
        expires_at=datetime.fromisoformat(body["expires_at"]),
        messages=[m.get("content", "") for m in body.get("messages") or []],
    )


def _order(body: dict[str, Any]) -> Order:
    ext = body.get(EXT) or {}
    total = ext.get("total")
    if total is None:
        total = next(int(t["amount"]) for t in body.get("totals", []) if t["type"] == "total")
    return Order(order_id=body["id"], checkout_id=body["checkout_id"], status=ext.get("status", "confirmed"),
                 total=int(total), currency=body["currency"], shipment_id=ext.get("shipment_id"))


class MerchantClient(BaseClient):
    """UCP REST client. ``discover()`` reads ``/.well-known/ucp`` and then uses the advertised endpoint."""

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self.endpoint: str | None = None
        self.profile: dict[str, Any] | None = None

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
        return CatalogueMatches(products=[_product(p) for p in items], match=str(ext.get("match", "exact")),
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
        return _checkout(await self._request("POST", await self._ep("/checkout-sessions"), json=body,
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
        return _checkout(await self._request("PUT", url, json=body, idempotency_key=idempotency_key))

    async def complete_checkout(self, idempotency_key: str, checkout_id: str, *, authorization_id: str) -> Order:
        """Pay with a held wallet authorization; returns the placed order."""
        body = {"payment": {"instruments": [{
            "id": f"pi_{authorization_id}", "handler_id": WALLET_HANDLER, "type": "wallet_authorization",
            "credential": {"type": "wallet_authorization", "authorization_id": authorization_id}}]}}
        result = await self._request("POST", await self._ep(f"/checkout-sessions/{checkout_id}/complete"),
                                     json=body, idempotency_key=idempotency_key)
        order_id = (result.get("order") or {}).get("id")
        if not order_id:
            raise BackendRejected("completed checkout carries no order", code="no_order")
        return await self.get_order(order_id)

    async def cancel_checkout(self, idempotency_key: str, checkout_id: str) -> CheckoutView:
        return _checkout(await self._request("POST", await self._ep(f"/checkout-sessions/{checkout_id}/cancel"),
                                             json={}, idempotency_key=idempotency_key))

    async def get_checkout(self, checkout_id: str) -> CheckoutView:
        return _checkout(await self._request("GET", await self._ep(f"/checkout-sessions/{checkout_id}")))

    async def cancel_order(self, idempotency_key: str, order_id: str, reason: str = "") -> Order:
        """Cancel an order that has not shipped; the merchant refunds what it captured for it."""
        return _order(await self._request("POST", await self._ep(f"/orders/{order_id}/cancel"),
                                          json={"reason": reason}, idempotency_key=idempotency_key))

    async def get_order(self, order_id: str) -> Order:
        return _order(await self._request("GET", await self._ep(f"/orders/{order_id}")))
