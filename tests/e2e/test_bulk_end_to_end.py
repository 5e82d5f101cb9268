"""A bulk order on the real dev server, driven the way `errand bulk` / `errand approve` drive it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from temporalio.client import Client

from errand.cli import errands
from errand.cli.cmd_bulk import read_sentence, start_bulk
from errand.cli.kinds import kind_of
from errand.connectors import CourierClient, WalletClient
from errand.domain.bulk import BulkOrderStatus
from errand.domain.bulk_sentence import SHANGHAI
from errand.worker.settings import ErrandSettings


async def test_bubble_tea_sentence_to_delivered(dev_client: Client, e2e_settings: ErrandSettings,
                                                dev_worker: object) -> None:
    settings = e2e_settings.model_copy(update={"shipment_poll_seconds": 1})
    # "tomorrow at 17:00" keeps clear of the afternoon slots the time-skipping tests book.
    now = datetime.now(UTC)
    intent = read_sentence("twenty cups of brown-sugar milk tea, half sugar, from the nearest Chagee to the office "
                           "tomorrow at 17:00", "alice", now)
    assert intent.deliver_by == (now.astimezone(SHANGHAI) + timedelta(days=1)).replace(
        hour=17, minute=0, second=0, microsecond=0)
    errand_id = await start_bulk(dev_client, settings, intent)
    assert errand_id.startswith("bulk-alice-") and kind_of(errand_id).workflow_type == "bulk_order"
    status = await errands.wait_for(dev_client, errand_id, lambda s: s.state == "awaiting_approval")
    assert isinstance(status, BulkOrderStatus) and status.quote is not None and status.plan is not None
    description = await dev_client.get_workflow_handle(errand_id).describe()
    assert (await description.static_summary() or "").startswith("bulk 20× brown-sugar milk tea from chagee")

    status = await errands.approve(dev_client, settings, errand_id)  # signs with alice's key file
    status = await errands.wait_for(dev_client, errand_id, lambda s: s.state == "shipping", timeout=60)
    async with CourierClient(f"{settings.sandbox_url}/courier", token=settings.admin_token) as courier:
        for order in status.orders:
            assert order.shipment_id is not None
            await courier.advance(f"e2e-{order.shipment_id}", order.shipment_id, steps=10)
    status = await errands.wait_for(dev_client, errand_id, lambda s: s.finished, timeout=60)
    assert status.state == "delivered", status.outcome
    assert status.authorization is not None
    async with WalletClient(f"{settings.sandbox_url}/wallet", token=settings.platform_token) as wallet:
        ops = await wallet.operations(authorization_id=status.authorization.authorization_id)
    assert [(op.kind, op.amount) for op in ops] == [("authorize", status.quote.total),
                                                    ("capture", status.quote.total)]


def test_cli_refuses_unreadable_sentences_and_bad_flags_in_one_line() -> None:
    from typer.testing import CliRunner

    from errand.cli.main import app

    runner = CliRunner()
    unread = runner.invoke(app, ["bulk", "some milk tea please"])
    assert unread.exit_code == 1 and "say how many cups" in unread.output and "Traceback" not in unread.output
    both = runner.invoke(app, ["bulk-decide", "bulk-alice-00000000", "--accept-partial", "--cancel-all"])
    assert both.exit_code == 1 and "exactly one of" in both.output
