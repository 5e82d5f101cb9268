"""Moving prices and standing mandates in the sandbox, over real HTTP."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from errand.connectors import BackendRejected, MerchantClient, WalletClient
from errand.connectors.mandates import MandateClient
from errand.connectors.prices import PriceAdmin, PriceClient
from errand.sandbox.common.auth import read_token
from errand.sandbox.merchant.prices import walk_step
from errand.sandbox.process import SandboxProcess
from tests.workflows.watch_helpers import own_product, quote_for, set_price, signed_mandate


def _key() -> str:
    return f"test-{uuid.uuid4().hex}"


async def test_prices_move_deterministically_and_checkout_charges_the_current_price(
        sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 0)
    await set_price(sandbox, product_id, 100_000)
    async with PriceClient(sandbox.url) as prices, PriceAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        before = await admin.reads(product_id)
        assert (await prices.current(product_id)).price == 100_000
        day = (await admin.reads())["day"]
        await admin.advance(1, [product_id])
        moved = (await prices.current(product_id)).price
        assert moved == walk_step(sandbox.seed, product_id, day + 1, 100_000)
        assert (await admin.reads(product_id))["reads"][product_id] == before["reads"].get(product_id, 0) + 2
    async with MerchantClient(sandbox.url) as merchant:
        history = (await merchant.get_product(product_id))["metadata"]["price_history"]["daily"]
    assert history[-1] == moved and len(history) == 30
    quote = await quote_for(sandbox, product_id)
    assert quote.lines[0].unit_price == moved


async def test_a_purchase_inside_the_mandate_is_held_once(sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 1)
    await set_price(sandbox, product_id, 50_000)
    signed = signed_mandate(sandbox, product_id, 50_000)
    quote = await quote_for(sandbox, product_id)
    async with MandateClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as mandates:
        view = await mandates.register(_key(), signed)
        assert view.status == "active"
        key = _key()
        auth = await mandates.authorize(key, view.mandate_id, quote)
        assert (auth.amount, auth.status) == (quote.total, "held")
        assert (await mandates.authorize(key, view.mandate_id, quote)) == auth  # a retry replays
        with pytest.raises(BackendRejected) as reused:
            await mandates.authorize(_key(), view.mandate_id, quote)
        assert (reused.value.status, reused.value.code) == (409, "mandate_used")
        assert (await mandates.get(view.mandate_id, shopper_id="alice")).status == "used"


@pytest.mark.parametrize(("max_unit_price", "quantity", "other_product", "code"), [
    (49_999, 1, False, "mandate_price_exceeded"),
    (50_000, 2, False, "mandate_quantity_exceeded"),
    (50_000, 1, True, "mandate_scope_mismatch"),
])
async def test_purchases_outside_the_mandate_hold_nothing(
        sandbox: SandboxProcess, max_unit_price: int, quantity: int, other_product: bool, code: str) -> None:
    product_id, _, _ = own_product(sandbox, 2)
    other_id, _, _ = own_product(sandbox, 3)
    await set_price(sandbox, product_id, 50_000)
    signed = signed_mandate(sandbox, other_id if other_product else product_id, max_unit_price)
    quote = await quote_for(sandbox, product_id, quantity=quantity)
    platform = read_token(sandbox.home, "platform")
    async with MandateClient(f"{sandbox.url}/wallet", token=platform) as mandates, \
            WalletClient(f"{sandbox.url}/wallet", token=platform) as wallet:
        held_before = len(await wallet.operations(shopper_id="alice"))
        view = await mandates.register(_key(), signed)
        with pytest.raises(BackendRejected) as refused:
            await mandates.authorize(_key(), view.mandate_id, quote)
        assert refused.value.code == code
        assert len(await wallet.operations(shopper_id="alice")) == held_before
        assert (await mandates.get(view.mandate_id, shopper_id="alice")).status == "active"


async def test_expired_and_forged_mandates_are_refused(sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 4)
    async with MandateClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as mandates:
        with pytest.raises(BackendRejected) as forged:
            await mandates.register(_key(), signed_mandate(sandbox, product_id, 90_000, signer="bob"))
        assert forged.value.code == "mandate_invalid_signature"
        soon = signed_mandate(sandbox, product_id, 900_000, expires_at=datetime.now(UTC) + timedelta(seconds=1))
        view = await mandates.register(_key(), soon)
        quote = await quote_for(sandbox, product_id)
        await asyncio.sleep(max(0.0, (soon.mandate.expires_at - datetime.now(UTC)).total_seconds()) + 0.05)
        with pytest.raises(BackendRejected) as expired:
            await mandates.authorize(_key(), view.mandate_id, quote)
        assert expired.value.code == "mandate_expired"


async def test_a_single_use_mandate_is_spent_by_exactly_one_of_concurrent_authorizations(
        sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 5)
    await set_price(sandbox, product_id, 20_000)
    signed = signed_mandate(sandbox, product_id, 20_000)
    quotes = [await quote_for(sandbox, product_id) for _ in range(4)]
    async with MandateClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as mandates:
        view = await mandates.register(_key(), signed)
        results = await asyncio.gather(*(mandates.authorize(_key(), view.mandate_id, q) for q in quotes),
                                       return_exceptions=True)
    assert sum(1 for r in results if not isinstance(r, BaseException)) == 1
    assert all(r.code == "mandate_used" for r in results if isinstance(r, BackendRejected))
