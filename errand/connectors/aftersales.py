"""Client for the merchant's after-sales routes (``/aftersales``): find a shopper, read orders and the
catalogue, quote a change and apply it with the shopper's signed approval.

A refusal by the written policy (docs/after-sales-policy.md) comes back as ``PolicyRefusal`` carrying the
rule id the merchant named, so an errand can end as "refused: <rule>" and never retry it. Order ids hold
``#``: every id is sent as one percent-encoded path segment.
"""

from __future__ import annotations

from typing import Any

from errand.domain.aftersales import AftersalesChange, ChangeQuote
from errand.domain.models import SignedApproval

from ._http import BaseClient, path_segment
from .errors import BackendError, BackendRejected, error_from_response

_REFUSAL_STATUSES = (403, 404, 409, 422)


class PolicyRefusal(BackendRejected):
    """The merchant refused by a rule of the after-sales policy; nothing was changed.

    Attributes:
        rule: the rule's id (``cancel.status_pending``); ``message`` is the rule's sentence and what the
            request did.
    """

    def __init__(self, message: str, *, status: int | None, rule: str) -> None:
        super().__init__(message, status=status, code=rule)
        self.rule = rule


def as_refusal(exc: BackendError) -> PolicyRefusal | None:
    """The policy refusal ``exc`` is, when the merchant named a rule (dotted ids); None otherwise."""
    if isinstance(exc, PolicyRefusal):
        return exc
    if exc.retryable or exc.status not in _REFUSAL_STATUSES or "." not in exc.code or " " in exc.code:
        return None
    return PolicyRefusal(exc.message, status=exc.status, rule=exc.code)


class AftersalesClient(BaseClient):
    """After-sales at the merchant, as the platform (its credential acts for the shopper named in the path)."""

    async def _call(self, method: str, url: str, *, json: Any = None, params: dict[str, Any] | None = None,
                    idempotency_key: str | None = None) -> Any:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        response = await self._send(method, url, json=json, params=params, headers=headers)
        if response.status >= 400:
            error = error_from_response(response)
            raise as_refusal(error) or error
        return response.json()

    async def find_shopper(self, *, email: str | None = None, first_name: str | None = None,
                           last_name: str | None = None, zip_code: str | None = None) -> str:
        """The shopper id for an e-mail, or first and last name with the zip; ``identity.not_found`` otherwise."""
        params = {"email": email} if email else {"first_name": first_name, "last_name": last_name, "zip": zip_code}
        found: dict[str, Any] = await self._call("GET", "/aftersales/shoppers", params=params)
        return str(found["shopper_id"])

    async def shopper(self, shopper_id: str) -> dict[str, Any]:
        """Name, e-mail, default address, payment methods and order ids."""
        body: dict[str, Any] = await self._call("GET", f"/aftersales/shoppers/{path_segment(shopper_id)}")
        return body

    async def order(self, shopper_id: str, order_id: str) -> dict[str, Any]:
        """One of the shopper's orders (another shopper's is ``identity.own_orders``)."""
        body: dict[str, Any] = await self._call(
            "GET", f"/aftersales/shoppers/{path_segment(shopper_id)}/orders/{path_segment(order_id)}")
        return body

    async def products(self) -> list[dict[str, Any]]:
        body = await self._call("GET", "/aftersales/products")
        products: list[dict[str, Any]] = body["products"]
        return products

    async def product(self, product_id: str) -> dict[str, Any]:
        """A product with every variant: item id, options, available, price."""
        body: dict[str, Any] = await self._call("GET", f"/aftersales/products/{path_segment(product_id)}")
        return body

    async def item(self, item_id: str) -> dict[str, Any]:
        body: dict[str, Any] = await self._call("GET", f"/aftersales/items/{path_segment(item_id)}")
        return body

    async def quote_change(self, idempotency_key: str, shopper_id: str, change: AftersalesChange) -> ChangeQuote:
        """The merchant's quote of ``change``: what changes and the money that moves (a refusal raises)."""
        body = await self._call("POST", f"/aftersales/shoppers/{path_segment(shopper_id)}/quotes",
                                json={"change": change.model_dump(mode="json")}, idempotency_key=idempotency_key)
        return ChangeQuote(quote=body["quote"], quote_digest=body["quote_digest"])

    async def apply_change(self, idempotency_key: str, shopper_id: str, quote_id: str,
                           approval: SignedApproval) -> dict[str, Any]:
        """Apply a quoted change with the shopper's approval of it (single use; a refusal raises)."""
        body: dict[str, Any] = await self._call(
            "POST", f"/aftersales/shoppers/{path_segment(shopper_id)}/quotes/{path_segment(quote_id)}/apply",
            json={"approval": approval.model_dump(mode="json", exclude_none=True)}, idempotency_key=idempotency_key)
        return body


__all__ = ["AftersalesClient", "PolicyRefusal", "as_refusal"]
