"""`errand aftersales`: a change approved with the shopper's own key on this machine, another shopper's
errand refused before any key is read, and the read commands against the retail sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from temporalio.client import Client
from typer.testing import CliRunner

from errand.cli import errands
from errand.cli.cmd_aftersales import approve_change, start_change
from errand.cli.errands import CliError
from errand.cli.main import app
from errand.domain.aftersales import AftersalesIntent
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from tests.aftersales.conftest import Shop

MIA = "mia_li_3668"


async def test_a_change_signed_with_the_local_key_is_applied(
        shop: Shop, client: Client, settings: ErrandSettings, worker: object) -> None:
    me = settings.model_copy(update={"shopper": MIA})
    intent = AftersalesIntent.model_validate({"shopper_id": MIA, "sentence": "cancel #W0000005", "change": {
        "operation": "cancel", "order_id": "#W0000005", "reason": "ordered by mistake"}})
    errand_id = await start_change(client, me, intent)
    await approve_change(client, me, errand_id)
    assert (await client.get_workflow_handle(errand_id).result())["state"] == "completed"
    assert shop.order(MIA, "#W0000005")["status"] == "cancelled"


async def test_another_shopper_cannot_approve_the_change(
        shop: Shop, client: Client, settings: ErrandSettings, worker: object) -> None:
    intent = AftersalesIntent.model_validate({"shopper_id": MIA, "change": {
        "operation": "cancel", "order_id": "#W0000001", "reason": "no longer needed"}})
    errand_id = await start_change(client, settings, intent)
    with pytest.raises(CliError, match="only mia_li_3668 can approve it"):
        await approve_change(client, settings.model_copy(update={"shopper": "noah_brown_6181"}), errand_id)
    # `errand approve` signs purchase quotes only, and says which command signs this one.
    with pytest.raises(CliError, match="errand aftersales approve"):
        await errands.approve(client, settings.model_copy(update={"shopper": MIA}), errand_id)
    assert shop.order(MIA, "#W0000001")["status"] == "pending"


@pytest.mark.parametrize(("args", "expected"), [
    (["find", "--email", "MIA.LI3818@example.com"], "mia_li_3668"),
    (["find", "--first-name", "mia", "--last-name", "LI", "--zip", "78750"], "mia_li_3668"),
    (["find", "--email", "nobody@example.com"], "refused: identity.not_found"),
    (["order", "#W0000003", "--shopper", MIA], '"status": "delivered"'),
    (["order", "#W0000101", "--shopper", MIA], "refused: identity.own_orders"),
    (["product", "6086499569"], '"item_id": "9354168549"'),
    (["items", "#W0000001", "--item", "9612497925", "--method", "paypal_1111222"], "is not OLD_ITEM=NEW_ITEM"),
])
def test_read_commands_and_bad_input(args: list[str], expected: str, retail_sandbox: SandboxProcess,
                                     monkeypatch: pytest.MonkeyPatch, shop: Any) -> None:
    monkeypatch.setenv("ERRAND_HOME", str(retail_sandbox.home))
    monkeypatch.setenv("ERRAND_SANDBOX_URL", retail_sandbox.url)
    result = CliRunner().invoke(app, ["aftersales", *args], env={"COLUMNS": "200"})
    assert expected in result.output, result.output
