"""A buy errand whose pricing step fails after its checkout was opened must not leave the stock held.

The checkout is created inside the `reserve_and_quote` activity, so when that activity fails the workflow
never learns the checkout's id and cannot release it; the activity has to.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from temporalio.common import RetryPolicy
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from errand.activities.commerce import CommerceActivities
from errand.activities.messages import QuoteRequest
from errand.connectors import MerchantClient, SandboxAdmin
from errand.sandbox.common.auth import read_token

from .helpers import start_buy


def _active_holds(db_path, buyer: str) -> set[str]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10) as conn:
        return {r[0] for r in conn.execute("SELECT id FROM checkout WHERE hold_active = 1 AND buyer_id = ?",
                                           (buyer,))}


async def test_rejected_pricing_releases_the_checkout_it_opened(ts_client, settings, worker, sandbox) -> None:
    before = _active_holds(sandbox.db_path, "chen")
    async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        await admin.inject_fault("checkout.update", status=422, count=1)
        try:
            handle = await start_buy(ts_client, settings.task_queue, shopper="chen")
            result = await handle.result()
        finally:
            await admin.clear_faults()
    assert result.state == "failed" and "could not reserve" in result.outcome
    assert _active_holds(sandbox.db_path, "chen") - before == set()



async def test_the_last_failed_pricing_attempt_releases_the_checkout(sandbox) -> None:
    """Retryable failures keep the checkout for the next attempt; the last attempt lets it go."""
    env = ActivityEnvironment()
    request = QuoteRequest(idempotency_key=f"test-{uuid.uuid4().hex}", errand_id="buy-chen-00000000",
                           shopper_id="chen", product_id="prd-00001", quantity=1, address_label="home",
                           approve_by=datetime.now(UTC) + timedelta(minutes=5))
    policy = RetryPolicy(maximum_attempts=3)
    before = _active_holds(sandbox.db_path, "chen")
    platform, operator = read_token(sandbox.home, "platform"), read_token(sandbox.home, "operator")
    async with MerchantClient(sandbox.url, token=platform) as merchant, \
            SandboxAdmin(sandbox.url, token=operator) as admin:
        activities = CommerceActivities(merchant, None, None)  # type: ignore[arg-type]
        try:
            for attempt, still_held in ((1, 1), (3, 0)):
                await admin.inject_fault("checkout.update", status=503, count=1)
                env.info = dataclasses.replace(env.info, attempt=attempt, retry_policy=policy)
                with pytest.raises(ApplicationError):
                    await env.run(activities.reserve_and_quote, request)
                assert len(_active_holds(sandbox.db_path, "chen") - before) == still_held
        finally:
            await admin.clear_faults()
