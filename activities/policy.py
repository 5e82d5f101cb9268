"""What the spending caps need from the outside world: how much a shopper's wallet paid out today."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict
from temporalio import activity

from connectors import WalletClient

from .commerce import _backend


class SpendQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    shopper_id: str
    timezone: str = "Asia/Shanghai"


class SpendTotal(BaseModel):
    model_config = ConfigDict(extra="forbid")

    amount: int
    since: datetime


class PolicyActivities:
    def __init__(self, wallet: WalletClient) -> None:
        self._wallet = wallet

    @activity.defn(name="spent_today")
    async def spent_today(self, query: SpendQuery) -> SpendTotal:
        """Captured minus refunded since local midnight, by the wallet's own (wall-clock) timestamps."""
        local = datetime.now(UTC).astimezone(ZoneInfo(query.timezone))
        since = local.replace(hour=0, minute=0, second=0, microsecond=0)
        operations = await _backend(self._wallet.operations(shopper_id=query.shopper_id))
        amount = sum(op.amount if op.kind == "capture" else -op.amount for op in operations
                     if op.kind in ("capture", "refund") and op.at >= since)
        return SpendTotal(amount=max(amount, 0), since=since)
