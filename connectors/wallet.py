"""Client for the sandbox wallet (a payment-handler-shaped API)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from domain.models import Authorization, Quote, ShopperKey, SignedApproval

from ._http import BaseClient, path_segment


class WalletOperation(BaseModel):
    """One wallet ledger entry: authorize, capture, void or refund."""

    operation_id: int
    authorization_id: str
    shopper_id: str
    kind: str
    amount: int
    currency: str
    at: datetime
    detail: str = ""


def _auth(body: dict) -> Authorization:
    return Authorization(authorization_id=body["authorization_id"], amount=body["amount"],
                         currency=body["currency"], status=body["status"])


class WalletClient(BaseClient):
    """Holds, captures, voids and refunds against the wallet at ``base_url`` (e.g. ``<sandbox>/wallet``)."""

    async def get_public_keys(self, shopper_id: str) -> list[ShopperKey]:
        """The shopper's active signing keys (public halves, with their ids) as the wallet registered them."""
        body = await self._request("GET", f"/shoppers/{path_segment(shopper_id)}")
        return [ShopperKey(key_id=key["key_id"], public_key=key["public_key"]) for key in body["keys"]]

    async def authorize(self, idempotency_key: str, quote: Quote, approval: SignedApproval) -> Authorization:
        """Hold quote.total; the wallet verifies the shopper's signature over the quote first."""
        body = {"shopper_id": quote.shopper_id, "quote": quote.model_dump(mode="json"),
                "approval": approval.model_dump(mode="json")}
        return _auth(await self._request("POST", "/authorizations", json=body, idempotency_key=idempotency_key))

    async def capture(self, idempotency_key: str, authorization_id: str, amount: int) -> Authorization:
        return _auth(await self._request("POST", f"/authorizations/{authorization_id}/capture",
                                         json={"amount": amount}, idempotency_key=idempotency_key))

    async def void(self, idempotency_key: str, authorization_id: str) -> Authorization:
        return _auth(await self._request("POST", f"/authorizations/{authorization_id}/void", json={},
                                         idempotency_key=idempotency_key))

    async def refund(self, idempotency_key: str, authorization_id: str, amount: int, reason: str) -> Authorization:
        return _auth(await self._request("POST", f"/authorizations/{authorization_id}/refund",
                                         json={"amount": amount, "reason": reason}, idempotency_key=idempotency_key))

    async def get_authorization(self, authorization_id: str) -> Authorization:
        return _auth(await self._request("GET", f"/authorizations/{authorization_id}"))

    async def operations(self, authorization_id: str | None = None,
                         shopper_id: str | None = None) -> list[WalletOperation]:
        params = {k: v for k, v in {"authorization_id": authorization_id, "shopper_id": shopper_id}.items() if v}
        body = await self._request("GET", "/operations", params=params)
        return [WalletOperation.model_validate(op) for op in body["operations"]]
