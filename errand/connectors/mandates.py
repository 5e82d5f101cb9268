"""Client for the wallet's standing mandates: register a signed mandate, authorize a quote under it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from errand.domain.mandate import Mandate, SignedMandate
from errand.domain.models import Authorization, Quote

from ._http import BaseClient


class MandateView(BaseModel):
    """A registered mandate as the wallet keeps it."""

    mandate_id: str
    shopper_id: str
    digest: str
    status: str
    uses: int
    spent: int = 0
    last_authorization_id: str | None = None
    mandate: Mandate


def _auth(body: dict[str, Any]) -> Authorization:
    return Authorization(authorization_id=body["authorization_id"], amount=body["amount"],
                         currency=body["currency"], status=body["status"])


class MandateClient(BaseClient):
    """Talks to ``<wallet>/mandates``; ``base_url`` is the wallet root (e.g. ``<sandbox>/wallet``)."""

    async def register(self, idempotency_key: str, signed: SignedMandate) -> MandateView:
        """Register a shopper-signed mandate; the wallet checks the signature against the shopper's key."""
        body = await self._request("POST", "/mandates", json=signed.model_dump(mode="json"),
                                   idempotency_key=idempotency_key)
        return MandateView.model_validate(body)

    async def get(self, mandate_id: str, shopper_id: str | None = None) -> MandateView:
        params = {"shopper_id": shopper_id} if shopper_id else None
        return MandateView.model_validate(
            await self._request("GET", f"/mandates/{mandate_id}", params=params))

    async def revoke(self, idempotency_key: str, mandate_id: str, shopper_id: str) -> MandateView:
        """Revoke the shopper's mandate: the wallet authorizes nothing more under it."""
        return MandateView.model_validate(await self._request(
            "POST", f"/mandates/{mandate_id}/revoke", json={"shopper_id": shopper_id},
            idempotency_key=idempotency_key))

    async def authorize(self, idempotency_key: str, mandate_id: str, quote: Quote) -> Authorization:
        """Hold ``quote.total`` with nobody present; refused (``mandate_*`` codes) outside the mandate."""
        body = await self._request("POST", f"/mandates/{mandate_id}/authorize",
                                   json={"quote": quote.model_dump(mode="json")}, idempotency_key=idempotency_key)
        return _auth(body)


__all__ = ["MandateClient", "MandateView"]
