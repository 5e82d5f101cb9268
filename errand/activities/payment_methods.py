"""Which of the shopper's payment methods pays: the wallet's list, read and matched to the shopper's words.

A read: it changes nothing, so a retry (or a replayed errand) asks again and gets the same answer while the
shopper's methods stay as they are. The match itself is ``errand.domain.payment.resolve_method``: exactly one
of the shopper's own methods, or the problem said back to them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from temporalio import activity

from errand.connectors import WalletClient
from errand.connectors._http import path_segment
from errand.domain.payment import MethodResolution, PayWith, methods_from, resolve_method

from .calls import call_backend


class PaymentMethodQuery(BaseModel):
    """The shopper and the method they named (a wallet id or a kind: "gift card", "card ending 4242")."""

    model_config = ConfigDict(extra="forbid")

    shopper_id: str = Field(min_length=1, max_length=64)
    pay_with: PayWith = Field(min_length=1, max_length=80)


class PaymentMethodActivities:
    """Reads the shopper's payment methods from the wallet (as the platform acting for the shopper)."""

    def __init__(self, wallet: WalletClient) -> None:
        self._wallet = wallet

    @activity.defn(name="resolve_payment_method")
    async def resolve_payment_method(self, query: PaymentMethodQuery) -> MethodResolution:
        body: dict[str, Any] = await call_backend(self._wallet._request(
            "GET", f"/shoppers/{path_segment(query.shopper_id)}/payment-methods"))
        return resolve_method(methods_from(body), query.pay_with)

    def all(self) -> list[object]:
        """Every activity of this class, for ``Worker(activities=...)``."""
        return [self.resolve_payment_method]


__all__ = ["PaymentMethodActivities", "PaymentMethodQuery"]
