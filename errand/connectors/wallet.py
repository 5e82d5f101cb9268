"""Client for the sandbox wallet (a payment-handler-shaped API)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from errand.domain.models import Authorization, PasskeyApproval, Quote, ShopperKey, SignedApproval
from errand.domain.passkey import b64url

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


class AuthorizationView(BaseModel):
    """An authorization as the wallet reports it for reconciliation: what is held, taken and given back."""

    authorization_id: str
    shopper_id: str
    amount: int
    currency: str
    status: str
    captured: int = 0
    refunded: int = 0
    quote_id: str = ""
    checkout_id: str | None = None
    order_id: str | None = None
    payee: str | None = None
    expires_at: datetime | None = None

    def as_authorization(self) -> Authorization:
        return Authorization(authorization_id=self.authorization_id, amount=self.amount,
                             currency=self.currency, status=self.status)


def _auth(body: dict[str, Any]) -> Authorization:
    return Authorization(authorization_id=body["authorization_id"], amount=body["amount"],
                         currency=body["currency"], status=body["status"])


class WalletClient(BaseClient):
    """The wallet at ``base_url`` (e.g. ``<sandbox>/wallet``). The platform authorizes and reads; capture,
    void and refund need the payee merchant's credential (a client made with the merchant token)."""

    async def get_public_keys(self, shopper_id: str) -> list[ShopperKey]:
        """The shopper's active signing keys (public halves, with their ids) as the wallet registered them."""
        body = await self._request("GET", f"/shoppers/{path_segment(shopper_id)}")
        return [ShopperKey(key_id=key["key_id"], public_key=key["public_key"], passkey=key.get("passkey"))
                for key in body["keys"]]

    async def register_passkey(self, idempotency_key: str, shopper_id: str,
                               passkey: dict[str, Any]) -> dict[str, Any]:
        """Enrol a WebAuthn credential as one of the shopper's keys; ``passkey`` carries the credential and an
        enrolment code or an endorsement, as for any key. Answers the key as the wallet lists it."""
        body: dict[str, Any] = await self._request("POST", f"/shoppers/{path_segment(shopper_id)}/passkeys",
                                                   json=passkey, idempotency_key=idempotency_key)
        return body

    async def verify_sign_in(self, idempotency_key: str, shopper_id: str, *, challenge: bytes, rp_id: str,
                             origin: str, assertion: PasskeyApproval) -> dict[str, Any]:
        """Have the wallet, which keeps the credential, verify a passkey sign-in's assertion over
        ``challenge`` for the relying party ``rp_id`` at ``origin`` and take its signature counter. Answers
        the key and the counter; a refusal is a ``BackendRejected`` (403, the verdict as its code)."""
        body: dict[str, Any] = await self._request(
            "POST", f"/shoppers/{path_segment(shopper_id)}/passkeys/sign-in", idempotency_key=idempotency_key,
            json={"challenge": b64url(challenge), "rp_id": rp_id, "origin": origin,
                  "assertion": assertion.model_dump(mode="json")})
        return body

    async def authorize(self, idempotency_key: str, quote: Quote, approval: SignedApproval,
                        daily_cap: int | None = None) -> Authorization:
        """Hold quote.total; the wallet verifies the shopper's signature over the quote first. ``daily_cap``:
        the errand's own daily cap, which the wallet enforces beside its own at the hold (the smaller binds)."""
        body: dict[str, Any] = {"shopper_id": quote.shopper_id, "quote": quote.model_dump(mode="json"),
                                "approval": approval.model_dump(mode="json")}
        if daily_cap is not None:
            body["daily_cap_minor"] = daily_cap
        return _auth(await self._request("POST", "/authorizations", json=body, idempotency_key=idempotency_key))

    async def capture(self, idempotency_key: str, authorization_id: str, amount: int,
                      order_id: str | None = None) -> Authorization:
        return _auth(await self._request("POST", f"/authorizations/{authorization_id}/capture",
                                         json={"amount": amount, "order_id": order_id},
                                         idempotency_key=idempotency_key))

    async def void(self, idempotency_key: str, authorization_id: str) -> Authorization:
        return _auth(await self._request("POST", f"/authorizations/{authorization_id}/void", json={},
                                         idempotency_key=idempotency_key))

    async def refund(self, idempotency_key: str, authorization_id: str, amount: int, reason: str) -> Authorization:
        return _auth(await self._request("POST", f"/authorizations/{authorization_id}/refund",
                                         json={"amount": amount, "reason": reason}, idempotency_key=idempotency_key))

    async def get_authorization(self, authorization_id: str) -> Authorization:
        return _auth(await self._request("GET", f"/authorizations/{authorization_id}"))

    async def authorization(self, authorization_id: str) -> AuthorizationView:
        """The full read view (captured, refunded, checkout and order it is bound to)."""
        return AuthorizationView.model_validate(
            await self._request("GET", f"/authorizations/{path_segment(authorization_id)}"))

    async def spending(self, shopper_id: str) -> dict[str, Any]:
        """What the wallet's daily cap counts for the shopper today: ``counted`` (open holds and captures),
        ``held``, ``captured``, ``refunded`` and ``since`` (the day's start)."""
        spending: dict[str, Any] = await self._request("GET", f"/shoppers/{path_segment(shopper_id)}/spending")
        return spending

    async def operations(self, authorization_id: str | None = None,
                         shopper_id: str | None = None) -> list[WalletOperation]:
        params = {k: v for k, v in {"authorization_id": authorization_id, "shopper_id": shopper_id}.items() if v}
        body = await self._request("GET", "/operations", params=params)
        return [WalletOperation.model_validate(op) for op in body["operations"]]
