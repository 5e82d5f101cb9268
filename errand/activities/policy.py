"""What the spending caps need from the outside world: how much the shopper's wallet counts toward today."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from temporalio import activity

from errand.connectors import WalletClient

from .calls import call_backend


class SpendQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    shopper_id: str
    timezone: str = Field(default="Asia/Shanghai", description="kept for recorded histories; the wallet's day counts")


class SpendTotal(BaseModel):
    model_config = ConfigDict(extra="forbid")

    amount: int
    since: datetime


class PolicyActivities:
    def __init__(self, wallet: WalletClient) -> None:
        self._wallet = wallet

    @activity.defn(name="spent_today")
    async def spent_today(self, query: SpendQuery) -> SpendTotal:
        """What the wallet's daily cap counts for the shopper today: open holds and captures, so the quote
        an errand offers is one the wallet will hold (the wallet decides again, atomically, when it holds).
        The day is the wallet's (``ERRAND_SANDBOX_CAP_TIMEZONE``, Asia/Shanghai by default, as here)."""
        body = await call_backend(self._wallet.spending(query.shopper_id))
        return SpendTotal(amount=max(int(body["counted"]), 0), since=datetime.fromisoformat(body["since"]))
