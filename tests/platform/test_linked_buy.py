"""A buy errand through the shopper's linked account (UCP Identity Linking, the platform's side): linked once,
the errand checks out as that account (its saved address and points, a checkout the platform cannot even
see); a revoked link is not used and the ledger says so; another shopper's link is never used."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from collections.abc import Iterator

import httpx
import pytest
from temporalio.client import Client
from typer.testing import CliRunner

from errand.cli import errands
from errand.cli.main import app
from errand.connectors.identity import ClientCredentials, LinkedAccount, TokenStore, link_account
from errand.domain.models import BuyIntent, ErrandStatus, Order
from errand.ledger import Ledger
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.workflows.buy import BuyRequest
from tests.identity.conftest import linking_code
from tests.keys import enrol_shoppers

QUERY = "Nanfu AA batteries 4-pack"
LINKED, OTHER = "dana", "bob"


@pytest.fixture
def linked_settings(platform_settings: ErrandSettings) -> Iterator[ErrandSettings]:
    """The platform's settings, with every link made here forgotten afterwards (the sandbox is shared)."""
    enrol_shoppers(platform_settings, LINKED, OTHER)
    yield platform_settings
    shutil.rmtree(platform_settings.home / "links", ignore_errors=True)


async def _link(settings: ErrandSettings, sandbox: SandboxProcess, shopper: str = LINKED) -> LinkedAccount:
    store, credentials = TokenStore(settings.home), ClientCredentials.from_home(settings.home)
    granted = await link_account(sandbox.url, shopper, linking_code(sandbox, shopper), credentials, store)
    assert "dev.ucp.shopping.checkout:buyer" in granted["scope"].split()
    return LinkedAccount(store, shopper, sandbox.url, credentials)


async def _quoted(client: Client, settings: ErrandSettings, shopper: str, *,
                  errand_shopper: str | None = None) -> tuple[str, ErrandStatus]:
    errand_id = f"buy-{errand_shopper or shopper}-{uuid.uuid4().hex[:8]}"
    await client.start_workflow("buy", BuyRequest(intent=BuyIntent(shopper_id=shopper, query=QUERY, quantity=1),
                                                  shipment_poll_seconds=1),
                                id=errand_id, task_queue=settings.task_queue)
    status: ErrandStatus = await errands.wait_for(client, errand_id, lambda s: s.state == "awaiting_approval",
                                                  timeout=90)
    assert status.quote is not None, status.outcome
    return errand_id, status


def _checkout(sandbox: SandboxProcess, checkout_id: str, token: str) -> httpx.Response:
    return httpx.get(f"{sandbox.url}/checkout-sessions/{checkout_id}", headers={"Authorization": f"Bearer {token}"})


def _notes(settings: ErrandSettings, errand_id: str) -> list[str]:
    ledger = Ledger(settings.ledger_url)
    try:
        return [e.outcome for e in ledger.entries(errand_id) if e.what == "merchant.link_expired"]
    finally:
        ledger.close()


async def _order_placed(client: Client, errand_id: str, timeout: float = 60.0) -> Order:
    handle = client.get_workflow_handle(errand_id)
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        status: ErrandStatus = await handle.query("status", result_type=ErrandStatus)
        if status.order is not None:
            return status.order
        assert not status.finished, status.outcome
        await asyncio.sleep(0.3)
    raise AssertionError(f"no order for {errand_id} after {timeout}s")


async def test_a_linked_shopper_buys_as_their_account(dev_client: Client, linked_settings: ErrandSettings,
                                                      sandbox: SandboxProcess) -> None:
    settings = linked_settings
    account = await _link(settings, sandbox)
    # Other tests in this session spend and hold the shared sandbox's points: use what the account has now.
    async with httpx.AsyncClient() as http:
        buyer = await http.get(f"{sandbox.url}/identity/buyer",
                               headers={"Authorization": f"Bearer {await account.access_token()}"})
    points = buyer.json()["loyalty_points"]
    async with errand_worker(dev_client, settings):
        errand_id, status = await _quoted(dev_client, settings, LINKED)
        quote = status.quote
        assert quote is not None
        # The merchant's saved address, chosen by its label, and the points it keeps for the account.
        assert quote.address.label == "home" and quote.address.name == "Dana Zhou"
        # Points the account has (other tests' open checkouts may hold them all) are priced as a loyalty line.
        assert points >= 0 and (quote.loyalty_points_used > 0) == any(a.kind == "loyalty" for a in quote.adjustments)
        # The checkout is the linked account's: the platform's own credential is told of no such checkout.
        assert _checkout(sandbox, quote.checkout_id, settings.platform_token).status_code == 404
        mine = _checkout(sandbox, quote.checkout_id, await account.access_token())
        assert mine.status_code == 200 and mine.json()["dev.errand"]["buyer_id"] == LINKED

        await errands.approve(dev_client, settings, errand_id, shopper=LINKED)
        order = await _order_placed(dev_client, errand_id)
    assert order.total == quote.total
    assert _notes(settings, errand_id) == []


async def test_after_errand_link_revoke_the_errand_falls_back_and_says_so(
        dev_client: Client, linked_settings: ErrandSettings, sandbox: SandboxProcess) -> None:
    settings = linked_settings
    await _link(settings, sandbox)
    revoked = await asyncio.to_thread(CliRunner().invoke, app, ["link", sandbox.url, "--shopper", LINKED,
                                                                "--revoke"], env={"ERRAND_HOME": str(settings.home)})
    assert revoked.exit_code == 0, revoked.output
    async with errand_worker(dev_client, settings):
        errand_id, status = await _quoted(dev_client, settings, LINKED)
    assert status.quote is not None
    # The platform's path as before the link: the platform opened the checkout, for the same saved address.
    assert _checkout(sandbox, status.quote.checkout_id, settings.platform_token).status_code == 200
    assert status.quote.address.label == "home"
    assert _notes(settings, errand_id) == ["link expired: run errand link"]


async def test_a_link_revoked_at_the_merchant_falls_back_and_says_so(
        dev_client: Client, linked_settings: ErrandSettings, sandbox: SandboxProcess) -> None:
    """The tokens are still kept, but the merchant revoked the family (the shopper unlinked there): the
    access token is refused, its refresh too, so the errand goes on as the platform and notes it."""
    settings = linked_settings
    account = await _link(settings, sandbox)
    kept = account.store.load(LINKED, sandbox.url)
    assert kept is not None
    credentials = account.credentials
    async with httpx.AsyncClient() as http:
        answer = await http.post(f"{sandbox.url}/oauth/revoke", data={"token": kept["refresh_token"]},
                                 auth=(credentials.client_id, credentials.client_secret))
    assert answer.status_code == 200
    async with errand_worker(dev_client, settings):
        errand_id, status = await _quoted(dev_client, settings, LINKED)
    assert status.quote is not None
    assert _checkout(sandbox, status.quote.checkout_id, settings.platform_token).status_code == 200
    assert _notes(settings, errand_id) == ["link expired: run errand link"]


async def test_another_shoppers_link_is_never_used(dev_client: Client, linked_settings: ErrandSettings,
                                                   sandbox: SandboxProcess) -> None:
    settings = linked_settings
    await _link(settings, sandbox)  # dana's link
    async with errand_worker(dev_client, settings):
        # bob's errand: his own checkout through the platform, nothing of dana's
        errand_id, status = await _quoted(dev_client, settings, OTHER)
        assert status.quote is not None and status.quote.address.name == "Bob Li"
        assert _checkout(sandbox, status.quote.checkout_id, settings.platform_token).status_code == 200
        # an errand id naming bob that asks to buy for dana does not get dana's link either
        claimed, claimed_status = await _quoted(dev_client, settings, LINKED, errand_shopper=OTHER)
        assert claimed_status.quote is not None
        assert _checkout(sandbox, claimed_status.quote.checkout_id, settings.platform_token).status_code == 200
    assert _notes(settings, errand_id) == [] and _notes(settings, claimed) == []
