"""Words that name two payment methods at once, over the real wallet (the sandbox subprocess) and, for the
errand itself, the API in front of the Temporal dev server and a worker.

"PayPal, not the gift card" names two methods; so do two last fours or two brands, or two method ids. Which
one pays is the shopper's to say: the resolution used to take whichever kind it tested first (the gift card,
here the very method the shopper refused), and the quote then carried it for a hurried signature. Such words
are asked about, and nothing starts.
"""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
import typer
from rich.console import Console

from errand.api.store import ApiStore
from errand.cli import errands
from errand.cli.running import run_command
from errand.worker.settings import ErrandSettings
from tests.api import conftest as api
from tests.api.conftest import bearer

# The API's server, store, dev server, worker and settings: the API folder's fixtures.
api_store, api_url, dev_client, dev_worker, e2e_settings = (api.api_store, api.api_url, api.dev_client,
                                                            api.dev_worker, api.e2e_settings)

TWO_AT_ONCE = ["PayPal, not the gift card", "use PayPal instead of my gift card", "不要用礼品卡，用贝宝",
               "visa, not the mastercard", "card ending 4242 or 5454", "gift_card_alice paypal_alice"]


@pytest.mark.parametrize("pay_with", TWO_AT_ONCE)
async def test_errand_buy_pay_with_two_methods_is_asked_about(settings: ErrandSettings, pay_with: str) -> None:
    with pytest.raises(errands.CliError) as refused:
        await errands.check_payment_method(settings, "alice", pay_with)
    assert "more than one payment method" in str(refused.value) and "\n" not in str(refused.value)


async def test_a_typed_intent_naming_two_methods_pays_with_neither(
        api_url: str, api_store: ApiStore, e2e_settings: ErrandSettings, dev_worker: object) -> None:
    alice = bearer(api_store.issue_token("alice"))
    intent = {"query": "AA batteries", "quantity": 1, "max_unit_price": 4000,
              "pay_with": "PayPal, not the gift card"}
    async with httpx.AsyncClient(base_url=api_url, timeout=30) as http:
        started = await http.post("/errands", json={"intent": intent},
                                  headers={**alice, "Idempotency-Key": uuid.uuid4().hex})
        if started.status_code == 201:
            errand_id = started.json()["errand_id"]
            async with asyncio.timeout(60):
                while not (view := (await http.get(f"/errands/{errand_id}", headers=alice)).json())["finished"]:
                    if view["state"] == "awaiting_approval":
                        break
                    await asyncio.sleep(0.2)
            quote = view["status"].get("quote")
            assert quote is None, f"a quote paid with {quote['payment_method']} for words refusing the gift card"
            assert view["state"] == "failed" and "more than one payment method" in view["status"]["outcome"]
        else:
            assert started.status_code == 422 and "more than one" in started.text, started.text


@pytest.mark.parametrize("pay_with", ["[/b]", "[link=https://evil.example]bitcoin[/link] [/]", "gift[/i] card 1234 5678"])
def test_pay_with_holding_terminal_markup_is_a_one_line_refusal(settings: ErrandSettings, pay_with: str) -> None:
    """The refusal quotes the shopper's words; printed as Rich markup, '[/b]' was a MarkupError traceback and
    '[link=…]' a hidden link."""
    console = Console(record=True, width=400, color_system=None)
    with pytest.raises(typer.Exit):
        run_command(errands.check_payment_method(settings, "alice", pay_with), console)
    printed = console.export_text()
    assert printed.startswith("error: cannot pay with") and printed.count("\n") == 1, printed
    assert " ".join(pay_with.split()) in printed
