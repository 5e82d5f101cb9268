"""Price watch scenarios for the replay corpus: bought under a mandate, ended at its deadline, cancelled
(without a mandate, and with one, which the cancellation revokes), and the first run of a watch that continued
as new."""

from __future__ import annotations

import asyncio
from typing import Any

from temporalio.client import Client, WorkflowHandle

from errand.sandbox.process import SandboxProcess
from errand.workflows import PriceWatchWorkflow, WatchCancel
from tests.workflows.watch_helpers import own_product, set_price, signed_mandate, start_watch

from . import Scenario

Handle = WorkflowHandle[Any, Any]


async def _first_sample(handle: Handle) -> None:
    for _ in range(300):
        status = await handle.query(PriceWatchWorkflow.status)
        if status.track.samples >= 1 or status.finished:
            return
        await asyncio.sleep(0.1)
    raise TimeoutError("no price sample within 30 s")


async def mandate_bought(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    product_id, _, _ = own_product(sandbox, 30)
    await set_price(sandbox, product_id, 80_000)
    handle = await start_watch(client, task_queue, product_id, target=60_000,
                               mandate=signed_mandate(sandbox, product_id, 60_000))
    await _first_sample(handle)
    await set_price(sandbox, product_id, 55_000)
    return handle


async def expired(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    product_id, _, _ = own_product(sandbox, 31)
    await set_price(sandbox, product_id, 80_000)
    return await start_watch(client, task_queue, product_id, target=10_000, days=1)


async def cancelled(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    product_id, _, _ = own_product(sandbox, 32)
    await set_price(sandbox, product_id, 80_000)
    handle = await start_watch(client, task_queue, product_id, target=10_000)
    await _first_sample(handle)
    await handle.signal(PriceWatchWorkflow.cancel, WatchCancel(reason="found it elsewhere"))
    return handle


async def mandate_cancelled(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    product_id, _, _ = own_product(sandbox, 34)
    await set_price(sandbox, product_id, 80_000)
    handle = await start_watch(client, task_queue, product_id, target=10_000,
                               mandate=signed_mandate(sandbox, product_id, 10_000))
    await _first_sample(handle)
    await handle.signal(PriceWatchWorkflow.cancel, WatchCancel(reason="found it elsewhere"))
    return handle


async def continued_as_new(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """The recorded history is the first run's, ending in continue-as-new."""
    product_id, _, _ = own_product(sandbox, 33)
    await set_price(sandbox, product_id, 80_000)
    handle = await start_watch(client, task_queue, product_id, target=10_000, days=1, samples_per_run=2)
    await handle.result()  # through the latest run's handle: only that one lets the test server skip time
    return client.get_workflow_handle(handle.id, run_id=handle.first_execution_run_id)


SCENARIOS: dict[str, Scenario] = {
    "watch-mandate-bought": mandate_bought,
    "watch-expired": expired,
    "watch-cancelled": cancelled,
    "watch-mandate-cancelled": mandate_cancelled,
    "watch-continued-as-new": continued_as_new,
}
