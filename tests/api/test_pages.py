"""The pages with attacker-controlled merchant text: a product title, a merchant name, a ranking reason and
an agent's turn that carry markup are shown as text, and no script of theirs runs (checked in headless
Chromium when it is installed; the escaping itself is checked without a browser)."""

from __future__ import annotations

import asyncio
import re
import shutil
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from errand.api import routes_chat, service
from errand.api.auth import SESSION_COOKIE
from errand.api.store import ApiStore
from errand.domain.models import (
    Address,
    Adjustment,
    BuyIntent,
    Candidate,
    ErrandStatus,
    Product,
    Quote,
    QuoteLine,
    Ranking,
    TimelineEntry,
)
from errand.sandbox.process import free_port
from errand.workflows.chat_models import ChatErrand, ChatStatus, ChatTurn

EVIL = ('<script>window.__pwned = "script"</script><img src=x onerror="window.__pwned = \'img\'">'
        '<svg onload="window.__pwned = \'svg\'"></svg>"><b>bold</b>')
ERRAND = "buy-alice-0badc0de"
CHAT = "chat-alice-0badc0de"


def _product(pid: str, title: str) -> Product:
    return Product(product_id=pid, title=title, brand="x", category="batteries", price=1990, stock=5, rating=4.5,
                   review_count=10, seller=EVIL)


def evil_status(now: datetime) -> ErrandStatus:
    quote = Quote(quote_id="q1", errand_id=ERRAND, shopper_id="alice", merchant=EVIL, checkout_id="c1",
                  lines=[QuoteLine(product_id="p1", title=EVIL, quantity=2, unit_price=1990, line_total=3980)],
                  subtotal=3980, adjustments=[Adjustment(kind="discount", label=EVIL, amount=-200),
                                              Adjustment(kind="shipping", label="Shipping", amount=0)],
                  total=3780, currency="CNY", loyalty_points_used=100,
                  address=Address(label="home", name=EVIL, line1="1 Road", city="Shanghai", postal_code="200000"),
                  expires_at=now + timedelta(minutes=30))
    ranking = Ranking(chosen=Candidate(product=_product("p1", EVIL), value_score=1.0),
                      considered=[Candidate(product=_product("p1", EVIL), value_score=1.0),
                                  Candidate(product=_product("p2", EVIL), value_score=2.0, note=EVIL)],
                      reason=EVIL)
    return ErrandStatus(errand_id=ERRAND, shopper_id="alice", state="awaiting_approval",
                        intent=BuyIntent(shopper_id="alice", query="AA batteries", quantity=2),
                        timeline=[TimelineEntry(at=now, who="agent", what="quote.offered", detail=EVIL)],
                        ranking=ranking, quote=quote, quote_digest="0" * 64)


def evil_chat(now: datetime) -> ChatStatus:
    return ChatStatus(errand_id=CHAT, shopper_id="alice", state="listening",
                      turns=[ChatTurn(at=now, who="shopper", text="batteries please"),
                             ChatTurn(at=now + timedelta(seconds=1), who="agent", text=EVIL, kind="quote",
                                      errand_id=ERRAND)],
                      errands=[ChatErrand(errand_id=ERRAND, kind="buy", state="awaiting_approval")])


@pytest.fixture
def evil_app(offline_app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> FastAPI:
    now = datetime.now(UTC)

    async def owned(_state: Any, shopper: Any, errand_id: str) -> Any:
        if shopper.shopper_id != "alice" or errand_id not in (ERRAND, CHAT):
            raise service.not_found(errand_id)
        return evil_chat(now) if errand_id == CHAT else evil_status(now)

    async def not_running(_state: Any, _errand_id: str) -> None:
        return None  # no Temporal here: the chat stream follows each errand through ``owned`` above

    monkeypatch.setattr(service, "owned_status", owned)
    monkeypatch.setattr(routes_chat, "_running_status", not_running)
    offline_app.state.api.poll_seconds = 0.2
    return offline_app


async def test_merchant_text_is_escaped_in_every_page(evil_app: FastAPI, api_store: ApiStore) -> None:
    cookie = {"Cookie": f"{SESSION_COOKIE}={api_store.create_session('alice')}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=evil_app), base_url="http://127.0.0.1") as http:
        for path in (f"/app/errands/{ERRAND}", f"/app/errands/{ERRAND}/card"):
            page = await http.get(path, headers=cookie)
            assert page.status_code == 200, page.text
            assert "<script>window" not in page.text and "<img src=x" not in page.text and "<svg onload" not in page.text
            assert "&lt;script&gt;window.__pwned" in page.text and "&lt;b&gt;bold&lt;/b&gt;" in page.text
            assert 'data-test="quote-card"' in page.text and 'data-test="approve-passkey"' in page.text
            assert "unsafe-inline" not in page.headers["content-security-policy"]
        bob = {"Cookie": f"{SESSION_COOKIE}={api_store.create_session('bob')}"}
        assert (await http.get(f"/app/errands/{ERRAND}", headers=bob)).status_code == 404


@pytest.fixture
def served(evil_app: FastAPI) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(evil_app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("no Chromium on this machine (Debian's `chromium` package)")
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        pytest.skip("Playwright's Python package is not installed")
    return found


async def test_no_script_of_a_malicious_title_runs_in_a_browser(served: str, api_store: ApiStore) -> None:
    executable = _chromium()
    from playwright.async_api import async_playwright

    session = api_store.create_session("alice")
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            for width in (375, 1280):
                context = await browser.new_context(viewport={"width": width, "height": 800})
                await context.add_cookies([{"name": SESSION_COOKIE, "value": session, "url": served}])
                # The chat page reuses the conversation its tab opened: point it at the malicious one.
                await context.add_init_script(f"sessionStorage.setItem('errand.chat', '{CHAT}')")
                page = await context.new_page()
                await page.goto(f"{served}/app/errands/{ERRAND}")
                await page.wait_for_selector("[data-test=quote-card]")
                assert await page.inner_text("[data-test=line-title]") == EVIL
                assert await page.evaluate("window.__pwned") is None

                await page.goto(f"{served}/app/chat")
                await page.wait_for_selector("[data-test=turn][data-kind=quote] [data-test=quote-card]")
                agent_turn = page.locator("[data-test=turn][data-kind=quote] > p")
                assert await agent_turn.inner_text() == EVIL
                await page.wait_for_timeout(300)
                assert await page.evaluate("window.__pwned") is None
                overflow = await page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
                assert not overflow, f"the chat page scrolls sideways at {width}px"
                await context.close()
        finally:
            await browser.close()


async def test_a_bulk_order_page_shows_the_split_per_branch(offline_app: FastAPI, api_store: ApiStore,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from errand.domain.bulk import Allocation, BranchQuote, BulkOrderStatus, BulkPlan
    from errand.domain.intents import BulkOrderIntent

    now = datetime.now(UTC)
    base = evil_status(now).quote
    assert base is not None
    quote = base.model_copy(update={"errand_id": "bulk-alice-0badc0de", "merchant": "Tea Chain", "lines": [
        QuoteLine(product_id="t1", title="Milk tea", quantity=30, unit_price=1500, line_total=45000),
        QuoteLine(product_id="t1", title="Milk tea", quantity=10, unit_price=1500, line_total=15000)]})
    branches = [BranchQuote(branch_order_id=f"bo{i}", branch_id=f"b{i}", branch_name=name, title="Milk tea",
                            quantity=qty, unit_price=1500, line_total=qty * 1500, discount=500, total=qty * 1500 - 500,
                            delivery_fee=600, ready_at=now) for i, (name, qty) in enumerate((("Branch A", 30),
                                                                                              ("Branch B", 10)))]
    status = BulkOrderStatus(
        errand_id="bulk-alice-0badc0de", shopper_id="alice", state="awaiting_approval",
        intent=BulkOrderIntent(shopper_id="alice", item="milk tea", quantity=40),
        plan=BulkPlan(allocations=[Allocation(branch_id="b0", name="Branch A", quantity=30, distance_km=1.2),
                                   Allocation(branch_id="b1", name="Branch B", quantity=10, distance_km=2.5)],
                      split=True, reason="no branch can make 40 in time: split across two"),
        quote=quote, quote_digest="0" * 64, branches=branches)

    async def owned(_state: Any, shopper: Any, errand_id: str) -> Any:
        return status

    monkeypatch.setattr(service, "owned_status", owned)
    cookie = {"Cookie": f"{SESSION_COOKIE}={api_store.create_session('alice')}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=offline_app), base_url="http://127.0.0.1") as http:
        page = await http.get("/app/errands/bulk-alice-0badc0de", headers=cookie)
    assert page.status_code == 200, page.text
    assert page.text.count('data-test="branch"') == 2 and page.text.count('data-test="allocation"') == 2
    assert "Split per branch" in page.text and "Branch B" in page.text and "split across two" in page.text


async def test_the_quote_card_shows_the_payment_method_the_shopper_signs(
        offline_app: FastAPI, api_store: ApiStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """A quote paid with a chosen method names it on the card (it is part of what the passkey signs); the
    method's display text comes from the wallet and is shown as text. A quote without a chosen method shows no row."""
    from errand.domain.payment import QuotePaymentMethod

    now = datetime.now(UTC)
    plain = evil_status(now)
    assert plain.quote is not None
    method = QuotePaymentMethod(method_id="gift_card_1", kind="gift_card", display=f"Gift card {EVIL}"[:120])
    paid = plain.model_copy(update={"quote": plain.quote.model_copy(update={"payment_method": method})})
    shown: list[ErrandStatus] = [paid]

    async def owned(_state: Any, shopper: Any, errand_id: str) -> Any:
        return shown[0]

    monkeypatch.setattr(service, "owned_status", owned)
    cookie = {"Cookie": f"{SESSION_COOKIE}={api_store.create_session('alice')}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=offline_app), base_url="http://127.0.0.1") as http:
        page = await http.get(f"/app/errands/{ERRAND}/card", headers=cookie)
        assert page.status_code == 200, page.text
        row = re.search(r'data-test="payment-method">([^<]*)<', page.text)
        assert row is not None and row.group(1).startswith("Gift card &lt;")
        assert "<script>window" not in page.text
        shown[0] = plain
        page = await http.get(f"/app/errands/{ERRAND}/card", headers=cookie)
    assert page.status_code == 200 and 'data-test="payment-method"' not in page.text
