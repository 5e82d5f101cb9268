"""Several merchants of our own world at once, started the way `errand up --merchants 3` starts them: the
shared sandbox is the payment provider (its wallet) and the first merchant; two more run beside it with their
own seed, prices, stock and shipping rules, registered with that wallet as payees. A buy errand compares the
three, pays the winner through the one wallet with the shopper's signature, and only that merchant, with the
credential the wallet issued to it, can take the money. The parcel is followed at the winner's own courier
(each merchant ships with its own) until it is delivered."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from temporalio.client import Client

from errand.cli import errands
from errand.connectors import BackendRejected, CourierClient
from errand.domain.models import BuyIntent, ErrandStatus, Order
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess, free_port
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.worker.stack import ExtraMerchant, merchant_characters, register_payee, start_merchant
from errand.workflows.buy import BuyRequest


@pytest.fixture(scope="module")
def extra_merchants(sandbox: SandboxProcess,
                    tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ExtraMerchant]]:
    running: dict[str, ExtraMerchant] = {}
    try:
        for character in merchant_characters(3):
            running[character.merchant_id] = start_merchant(
                character, home=tmp_path_factory.mktemp(character.merchant_id), port=free_port(),
                provider_url=sandbox.url, operator_token=read_token(sandbox.home, "operator"),
                products=2000)
        yield running
    finally:
        for merchant in running.values():
            merchant.process.stop()


def _settings(settings: ErrandSettings, merchants: dict[str, ExtraMerchant]) -> ErrandSettings:
    return settings.model_copy(update={
        "merchants": ",".join([settings.sandbox_url, *(m.url for m in merchants.values())]),
        "merchant_tokens": {m.url: m.platform_token for m in merchants.values()},
        "merchant_search_timeout_seconds": 5.0})


async def _order_shipped(client: Client, errand_id: str, timeout: float = 60.0) -> Order:
    """The errand's order as soon as it has one with a parcel to follow."""
    status: ErrandStatus = await errands.wait_for(
        client, errand_id, lambda s: s.order is not None and s.order.shipment_id is not None, timeout=timeout)
    assert status.order is not None and status.order.shipment_id, (status.state, status.outcome)
    return status.order


def _operator(sandbox: SandboxProcess) -> dict[str, str]:
    return {"Authorization": f"Bearer {read_token(sandbox.home, 'operator')}"}


async def test_three_merchants_the_cheapest_delivered_wins_and_is_paid_through_the_one_wallet(
        dev_client: Client, platform_settings: ErrandSettings, sandbox: SandboxProcess,
        extra_merchants: dict[str, ExtraMerchant]) -> None:
    settings = _settings(platform_settings, extra_merchants)
    errand_id = f"buy-alice-{uuid.uuid4().hex[:8]}"
    async with errand_worker(dev_client, settings):
        await dev_client.start_workflow(
            "buy", BuyRequest(intent=BuyIntent(shopper_id="alice", query="Nanfu AA batteries 4-pack", quantity=1),
                              shipment_poll_seconds=1),
            id=errand_id, task_queue=settings.task_queue)
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id,
                                                      lambda s: s.state == "awaiting_approval", timeout=90)
        assert status.quote is not None, status.outcome
        # 9.90 at the sandbox + 8.00 shipping; 85 % + 15.00 at bargain-bin; 108 % and free at free-post-mart
        # (each less the shopper's loyalty points, up to 20 %: what the session's earlier errands left of them).
        assert status.quote.merchant == "free-post-mart", status.ranking
        points = status.quote.loyalty_points_used
        assert 0 <= points <= 1069 * 20 // 100
        assert status.quote.lines[0].unit_price == 1069 and status.quote.total == 1069 - points
        total = status.quote.total
        assert status.ranking is not None and "free-post-mart" in status.ranking.reason
        assert "of 3 merchants" in status.ranking.reason, status.ranking.reason

        await errands.approve(dev_client, settings, errand_id)
        order = await _order_shipped(dev_client, errand_id)
        assert order.shipment_id is not None
        winner = extra_merchants["free-post-mart"]
        # Only the winner's courier carries the parcel: the sandbox's has never heard of it.
        async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as home:
            with pytest.raises(BackendRejected) as unknown:
                await home.get_shipment(order.shipment_id)
            assert unknown.value.status == 404
        async with CourierClient(f"{winner.url}/courier",
                                 token=read_token(winner.process.home, "operator")) as courier:
            await courier.advance(f"test-advance-{order.shipment_id}", order.shipment_id, steps=10)
        done: ErrandStatus = await errands.wait_for(dev_client, errand_id, lambda s: s.finished, timeout=60)
    assert done.state == "delivered", done.outcome
    assert done.shipment is not None and done.shipment.shipment_id == order.shipment_id and done.shipment.delivered
    assert order.total == total

    with httpx.Client(base_url=f"{sandbox.url}/wallet", headers=_operator(sandbox), timeout=10) as wallet:
        ops = wallet.get("/operations", params={"shopper_id": "alice"}).json()["operations"]
        checkout = status.quote.checkout_id
        auth_ids = {op["authorization_id"] for op in ops if op["kind"] == "authorize"
                    and wallet.get(f"/authorizations/{op['authorization_id']}").json()["checkout_id"] == checkout}
        assert len(auth_ids) == 1, ops  # one hold for the errand's checkout, made with the shopper's signature
        (auth_id,) = auth_ids
        view = wallet.get(f"/authorizations/{auth_id}").json()
        assert (view["payee"], view["status"], view["captured"], view["order_id"]) == (
            "free-post-mart", "captured", total, order.order_id)
        assert [op["kind"] for op in ops if op["authorization_id"] == auth_id] == ["authorize", "capture"]
    # The merchants that lost hold nothing: their checkouts were released, and no hold names them.
    for merchant in ("bargain-bin",):
        assert not [op for op in ops if op["kind"] == "authorize" and op["authorization_id"] != auth_id
                    and wallet_payee(sandbox, op["authorization_id"]) == merchant and
                    wallet_status(sandbox, op["authorization_id"]) == "held"]


def wallet_payee(sandbox: SandboxProcess, authorization_id: str) -> str:
    view = httpx.get(f"{sandbox.url}/wallet/authorizations/{authorization_id}", headers=_operator(sandbox)).json()
    return str(view["payee"])


def wallet_status(sandbox: SandboxProcess, authorization_id: str) -> str:
    view = httpx.get(f"{sandbox.url}/wallet/authorizations/{authorization_id}", headers=_operator(sandbox)).json()
    return str(view["status"])


def test_a_capture_without_the_merchants_credential_is_refused(
        sandbox: SandboxProcess, extra_merchants: dict[str, ExtraMerchant]) -> None:
    """A hold for free-post-mart (made through the wallet like any) cannot be captured by a stranger, the
    platform, another merchant, or the merchant itself for another checkout or other terms."""
    wallet_url = f"{sandbox.url}/wallet"
    def fresh_key(request: httpx.Request) -> None:
        request.headers["Idempotency-Key"] = uuid.uuid4().hex  # past the key check, to the credential's

    with httpx.Client(base_url=wallet_url, timeout=10, event_hooks={"request": [fresh_key]}) as wallet:
        ops = wallet.get("/operations", headers=_operator(sandbox)).json()["operations"]
        held = [op["authorization_id"] for op in ops if op["kind"] == "authorize"]
        body = {"amount": 100, "order_id": "ord_x", "checkout_id": "chk_x", "terms": {}}
        target = held[0] if held else "auth_missing"
        assert wallet.post(f"/authorizations/{target}/capture", json=body).status_code == 401
        platform = {"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"}
        assert wallet.post(f"/authorizations/{target}/capture", json=body, headers=platform).status_code == 403
        # A merchant credential the wallet did not issue is nobody's.
        forged = {"Authorization": "Bearer " + "x" * 43}
        assert wallet.post(f"/authorizations/{target}/capture", json=body, headers=forged).status_code == 401
        # Registering again retires the old credential; a registered merchant sees only its own holds.
        stranger = register_payee(sandbox.url, read_token(sandbox.home, "operator"), "stranger-shop", "")
        as_stranger = {"Authorization": f"Bearer {stranger}"}
        for auth_id in held:
            assert wallet.post(f"/authorizations/{auth_id}/capture", json=body,
                               headers=as_stranger).status_code == 404
        again = register_payee(sandbox.url, read_token(sandbox.home, "operator"), "stranger-shop", "")
        assert wallet.post("/checkouts/chk_x/void", headers=as_stranger).status_code == 401
        assert wallet.post("/checkouts/chk_x/void", headers={"Authorization": f"Bearer {again}"}).status_code == 200
        # Nobody registers as the sandbox's own merchant or its stores and courier payees.
        for reserved in ("stores", "courier"):
            answer = httpx.post(f"{sandbox.url}/admin/wallet/payees", json={"merchant_id": reserved},
                                headers=_operator(sandbox))
            assert answer.status_code == 409
        payees = f"{sandbox.url}/admin/wallet/payees"
        assert httpx.post(payees, json={"merchant_id": "some-shop"}, headers=platform).status_code == 403
        assert httpx.post(payees, json={"merchant_id": "Bad Id!"}, headers=_operator(sandbox)).status_code == 422
