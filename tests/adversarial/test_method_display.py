"""Hostile text in how a payment method reads, over the real API, dev server, worker and sandbox.

The quote card shows the method the shopper signs for ("Visa ·4242"); the brand comes from the wallet's data,
the line titles from the merchant. Neither is the platform's to trust: on the web page it must stay text (no
markup, no script), and in the terminal the card must print exactly what the quote says (not read as Rich
markup, which a stray ``[/b]`` turns into a crash and a ``[link=…]`` or ``[red]`` into something other than
what is signed).
"""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from rich.console import Console
from temporalio.client import Client

from errand.api.store import ApiStore
from errand.cli.render import quote_card, status_view
from errand.domain.models import ErrandStatus
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyWorkflow
from tests.adversarial import own_methods as methods
from tests.adversarial.own_methods import AddMethod
from tests.api import conftest as api
from tests.api.conftest import bearer

# The API's server, store, dev server, worker and settings: the API folder's fixtures.
api_store, api_url, dev_client, dev_worker, e2e_settings = (api.api_store, api.api_url, api.dev_client,
                                                            api.dev_worker, api.e2e_settings)

BRAND = "<img src=x onerror=alert(1)>[/b][link=https://evil.example]visa"
SESSION_COOKIE = "errand_session"
own_methods = methods.own_methods  # a test's own payment methods, taken away when it ends


@pytest.fixture
def hostile_card(own_methods: AddMethod) -> str:
    """A card of alice's whose brand, as the wallet lists it, is hostile text; its last four."""
    last_four = f"{uuid.uuid4().int % 9000 + 1000}"
    own_methods("alice", "credit_card", brand=BRAND, last_four=last_four)
    return last_four


def _printed(renderable: object) -> str:
    console = Console(record=True, width=200, color_system=None)
    console.print(renderable)
    return console.export_text()


async def test_a_hostile_card_brand_stays_text_on_the_page_and_in_the_terminal(
        api_url: str, api_store: ApiStore, e2e_settings: ErrandSettings, dev_worker: object, dev_client: Client,
        hostile_card: str) -> None:
    alice = bearer(api_store.issue_token("alice"))
    intent = {"query": "AA batteries", "quantity": 1, "max_unit_price": 4000,
              "pay_with": f"card ending {hostile_card}"}
    async with httpx.AsyncClient(base_url=api_url, timeout=30) as http:
        started = await http.post("/errands", json={"intent": intent},
                                  headers={**alice, "Idempotency-Key": uuid.uuid4().hex})
        assert started.status_code == 201, started.text
        errand_id = started.json()["errand_id"]
        async with asyncio.timeout(60):
            while (view := (await http.get(f"/errands/{errand_id}", headers=alice)).json())["state"] not in (
                    "awaiting_approval", "failed", "no_match", "over_cap"):
                await asyncio.sleep(0.2)
        assert view["state"] == "awaiting_approval", view["status"]["outcome"]
        cookie = {"Cookie": f"{SESSION_COOKIE}={api_store.create_session('alice')}"}
        for path in (f"/app/errands/{errand_id}", f"/app/errands/{errand_id}/card"):
            page = await http.get(path, headers=cookie)
            assert page.status_code == 200, page.text
            assert "<img src=x" not in page.text and "&lt;img src=x onerror=alert(1)&gt;" in page.text, path

        status = await dev_client.get_workflow_handle_for(BuyWorkflow.run, errand_id).query(BuyWorkflow.status)
        assert status.quote is not None and status.quote.payment_method is not None
        display = status.quote.payment_method.display
        assert display == f"{BRAND[:1].upper()}{BRAND[1:]} ·{hostile_card}"
        printed = _printed(status_view(ErrandStatus.model_validate(status.model_dump())))
        assert display in printed
        # A merchant's line title is as hostile as a wallet's brand.
        titled = status.quote.model_copy(update={"lines": [status.quote.lines[0].model_copy(
            update={"title": "[/i][red]AA batteries"})]})
        assert "[/i][red]AA batteries" in _printed(quote_card(titled, status.quote_digest or ""))
        await http.post(f"/errands/{errand_id}/reject", json={}, headers={**alice, "Idempotency-Key": uuid.uuid4().hex})
