"""Cases the rules cannot settle wait for an operator (visible through the ErrandNeedsHuman search
attribute), and a refund retried after it went through is still one refund."""

from __future__ import annotations

import contextlib

from temporalio import activity
from temporalio.client import Client
from temporalio.exceptions import ApplicationError
from temporalio.worker import Worker

from errand.activities.messages import RefundRequest
from errand.domain.models import Authorization
from errand.domain.returns import Decision, SlotChoice
from errand.sandbox.process import SandboxProcess
from errand.worker.run import _activities, workflow_runner
from errand.worker.search_attributes import ERRAND_STATE, NEEDS_HUMAN, register_search_attributes
from errand.worker.settings import ErrandSettings
from errand.workflows import ALL_WORKFLOWS, ReturnWorkflow
from tests.operator import record_decision

from .helpers import advance_pickup, delivered_order, png, product_in, start_return, upload, wait_state
from .test_return_workflow import refunds


async def attributes(handle) -> tuple[bool | None, str | None]:
    found = (await handle.describe()).typed_search_attributes
    return found.get(NEEDS_HUMAN), found.get(ERRAND_STATE)


async def test_late_but_damaged_waits_for_a_person_who_approves(
        sandbox: SandboxProcess, ts_client: Client, settings: ErrandSettings, worker: object) -> None:
    assert await register_search_attributes(ts_client)
    order = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=5), days_ago=20)
    handle = await start_return(ts_client, settings.task_queue, order["order_id"],
                                photos=[await upload(sandbox, png())], search_attributes=True)
    status = await wait_state(handle, lambda s: s.state == "needs_human")
    assert status.needs_human and "outside the 15-day window" in status.verdict.reason  # type: ignore[union-attr]
    assert await attributes(handle) == (True, "needs_human")
    recorded = record_decision(sandbox, order["order_id"], approve=True, note="kettle cracked in transit, photo "
                                                                               "shows it")
    await handle.signal(ReturnWorkflow.decide, Decision(approve=True, note="kettle cracked in transit, photo "
                                                                         "shows it", operator="olga",
                                                        decision_id=recorded["decision_id"]))
    status = await wait_state(handle, lambda s: s.state == "awaiting_slot_choice")
    assert status.rma is not None and "approved by olga" in status.rma.exception_note
    assert await attributes(handle) == (False, "awaiting_slot_choice")
    await handle.signal(ReturnWorkflow.choose_slot, SlotChoice(slot_id=status.slots[0].slot_id))
    await advance_pickup(sandbox, handle)
    result = await handle.result()
    assert result.state == "refunded", result.outcome
    assert await refunds(sandbox, order["authorization_id"]) == [order["total"]]
    assert await attributes(handle) == (False, "refunded")


async def test_inconclusive_photo_waits_for_a_person_who_refuses(
        sandbox: SandboxProcess, ts_client: Client, settings: ErrandSettings, worker: object) -> None:
    assert await register_search_attributes(ts_client)
    order = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=6), days_ago=1)
    handle = await start_return(ts_client, settings.task_queue, order["order_id"], reason="not_as_described",
                                photos=[await upload(sandbox, png(120, 90))], search_attributes=True)
    status = await wait_state(handle, lambda s: s.state == "needs_human")
    assert status.photos[0].verdict == "inconclusive"
    recorded = record_decision(sandbox, order["order_id"], approve=False, note="photo shows nothing")
    await handle.signal(ReturnWorkflow.decide, Decision(approve=False, note="photo shows nothing", operator="olga",
                                                        decision_id=recorded["decision_id"]))
    result = await handle.result()
    assert result.state == "refused" and "refused by olga: photo shows nothing" in result.outcome
    assert result.rma is None
    assert await attributes(handle) == (False, "refused")
    assert await refunds(sandbox, order["authorization_id"]) == []


async def test_refund_retried_after_the_wallet_applied_it_is_one_refund(
        sandbox: SandboxProcess, ts_client: Client, settings: ErrandSettings) -> None:
    attempts: list[int] = []
    async with contextlib.AsyncExitStack() as stack:
        served = await _activities(settings, stack)
        real = next(fn for fn in served if getattr(fn, "__name__", "") == "refund_payment")

        @activity.defn(name="refund_payment")
        async def refund_then_lose_the_answer(request: RefundRequest) -> Authorization:
            # The wallet applies the refund, then the answer is lost: the retry must not refund again.
            attempts.append(activity.info().attempt)
            answer = await real(request)
            if activity.info().attempt == 1:
                raise ApplicationError("connection dropped after the refund was applied")
            return answer

        activities = [fn for fn in served if fn is not real] + [refund_then_lose_the_answer]
        async with Worker(ts_client, task_queue=settings.task_queue, workflows=ALL_WORKFLOWS,
                          workflow_runner=workflow_runner(), activities=activities):
            order = delivered_order(sandbox, product_in(sandbox, "audio", offset=1), days_ago=1)
            handle = await start_return(ts_client, settings.task_queue, order["order_id"], reason="changed_mind",
                                        slot_choice_timeout_seconds=1)
            await advance_pickup(sandbox, handle)
            result = await handle.result()
    assert result.state == "refunded", result.outcome
    assert attempts == [1, 2]
    assert await refunds(sandbox, order["authorization_id"]) == [order["total"]]
