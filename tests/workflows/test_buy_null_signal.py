"""A signal with a null payload (e.g. `temporal workflow signal --input null`) must change nothing, not
crash the workflow task and wedge the errand — for every errand kind (a worker interceptor drops it)."""

from __future__ import annotations

from errand.domain.models import Rejection
from errand.ledger import Ledger
from errand.workflows import BuyWorkflow

from .helpers import approval_for, start_buy, wait_state


async def test_a_null_approval_is_refused_and_the_errand_goes_on(ts_client, settings, worker, sandbox) -> None:
    handle = await start_buy(ts_client, settings.task_queue, shopper="dana")
    status = await wait_state(handle, lambda s: s.state == "awaiting_approval")
    await handle.signal("approve", None)
    await handle.signal("reject", None)
    await handle.signal("hold", None)
    bad = approval_for(status, sandbox, signer="bob")
    await handle.signal(BuyWorkflow.approve, bad)  # a marker: handled after the nulls, in order
    status = await wait_state(handle, lambda s: any(e.what == "approval.refused" for e in s.timeline))
    assert status.state == "awaiting_approval"
    assert [e.detail for e in status.timeline if e.what == "approval.refused"] == ["approval ignored: unknown key"]
    assert approval_for(status, sandbox).quote_digest == status.quote_digest  # still approvable
    await handle.signal(BuyWorkflow.reject, Rejection(shopper_id="dana", reason="done"))
    assert (await handle.result()).state == "rejected"
    with Ledger(settings.ledger_url) as ledger:
        assert [e.what for e in ledger.entries(handle.id)].count("approval.refused") == 1
