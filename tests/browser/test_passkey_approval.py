"""In a real browser: register a passkey, buy the batteries from a sentence, approve the quote card with the
passkey and watch the errand reach "delivered"; a passkey the wallet never enrolled and a replayed assertion
are refused; the main pages are photographed at phone and desktop widths and checked."""

from __future__ import annotations

import asyncio
import base64
import functools
import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from PIL import Image
from playwright.async_api import TimeoutError as PlaywrightTimeout
from playwright.async_api import expect

from errand.cli import cmd_chat
from errand.connectors import MerchantClient
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.workflows import ConversationRequest

from .conftest import DESKTOP, PHONE, enrolment_code, virtual_authenticator

SCREENSHOTS = Path(__file__).parent / "screenshots"
SENTENCE = "two packs of AA batteries under ¥40, delivered home"

# Post an approval body as the page would, with a fresh idempotency key; answer the status and the body.
POST_APPROVAL = """async ([errandId, body]) => {
  const answer = await fetch(`/errands/${encodeURIComponent(errandId)}/approval`, {
    method: "POST", credentials: "same-origin", body: JSON.stringify(body),
    headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() } });
  return [answer.status, await answer.json().catch(() => ({}))];
}"""


# What sticks out past the right edge of the viewport, scrolled to or clipped (empty when nothing does).
TOO_WIDE = """() => {
  const scrolls = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (["auto", "scroll"].includes(getComputedStyle(a).overflowX)) return true;
    }
    return false;
  };
  const sideways = document.documentElement.scrollWidth > window.innerWidth ? ["the page scrolls sideways"] : [];
  return sideways.concat([...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !scrolls(el))
    .slice(0, 8).map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`));
}"""

def _stranger_credential(shopper: str) -> dict[str, Any]:
    """A passkey for ``shopper`` on this site that the wallet never enrolled (a second authenticator's)."""
    key = ec.generate_private_key(ec.SECP256R1())
    pkcs8 = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
    return {"credentialId": base64.b64encode(os.urandom(16)).decode(), "isResidentCredential": True,
            "rpId": "localhost", "privateKey": base64.b64encode(pkcs8).decode(),
            "userHandle": base64.b64encode(shopper.encode()).decode(), "signCount": 0}


async def _shoot(page: Any, name: str) -> None:
    """Screenshots at phone and desktop width: not blank, and nothing wider than the phone's screen."""
    for label, size in (("phone", PHONE), ("desktop", DESKTOP)):
        await page.set_viewport_size(size)
        await page.wait_for_timeout(150)
        path = SCREENSHOTS / f"{name}-{label}.png"
        await page.screenshot(path=str(path), full_page=True)
        with Image.open(path) as image:
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
            assert colours is None or len(colours) > 8, f"{path} looks blank"
        if label == "phone":
            wide = await page.evaluate(TOO_WIDE)
            assert not wide, f"{name} overflows sideways at phone width: {wide}"
    await page.set_viewport_size(DESKTOP)


@pytest.mark.timeout(300)
async def test_register_buy_approve_with_a_passkey_and_refuse_the_rest(
        browser: Any, web_url: str, sandbox: SandboxProcess) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    context = await browser.new_context(viewport=DESKTOP, base_url=web_url)
    page = await context.new_page()
    cdp, phone = await virtual_authenticator(page)

    await page.goto("/signin")
    await _shoot(page, "signin")
    # A wrong enrolment code enrols nothing.
    await page.fill("#shopper-id", "alice")
    await page.fill("#enrolment-code", "AAAAAA-BBBBBB-CCCCCC-DDDDDD")
    await page.click("#passkey-register")
    await expect(page.locator("#passkey-status")).to_contain_text("enrolment code")
    assert page.url.endswith("/signin")

    await page.fill("#enrolment-code", enrolment_code(sandbox, "alice"))
    await page.click("#passkey-register")
    await page.wait_for_url("**/app/chat")
    # Signed out, the passkey signs alice in again.
    await context.clear_cookies()
    await page.goto("/signin")
    await page.click("#passkey-signin")
    await page.wait_for_url("**/app/chat")
    assert await page.text_content("[data-test=shopper]") == "alice"

    await expect(page.locator("#chat-state")).to_contain_text("connected")
    await page.fill("#message", SENTENCE)
    await page.click("#send")
    card = page.locator("[data-test=quote-card]").first
    try:
        await card.locator("[data-test=approve-passkey]").wait_for(timeout=90_000)
    except PlaywrightTimeout as exc:
        raise AssertionError(f"no quote card; the chat shows {await page.locator('#turns').inner_text()!r} "
                             f"({await page.locator('#chat-state').inner_text()})") from exc
    errand_id = await card.get_attribute("data-errand")
    digest = await card.get_attribute("data-digest")
    assert errand_id and digest and "AA" in (await card.locator("[data-test=line-title]").first.text_content() or "")
    await _shoot(page, "chat-quote")

    # A passkey the wallet never enrolled for alice (another authenticator's) is refused by the API.
    saved = (await cdp.send("WebAuthn.getCredentials", {"authenticatorId": phone}))["credentials"]
    await cdp.send("WebAuthn.removeVirtualAuthenticator", {"authenticatorId": phone})
    _, stranger = await virtual_authenticator(page)
    await cdp.send("WebAuthn.addCredential", {"authenticatorId": stranger, "credential": _stranger_credential("alice")})
    forged = await page.evaluate("""(digest) => errandPasskey.approvalFor(digest,
        { shopper_id: "alice", rp_id: location.hostname, credentials: [] })""", digest)
    status, answer = await page.evaluate(POST_APPROVAL, [errand_id, forged])
    assert status == 422 and answer["error"]["code"] == "approval_unknown_key", answer
    await cdp.send("WebAuthn.removeVirtualAuthenticator", {"authenticatorId": stranger})
    _, phone = await virtual_authenticator(page)
    for credential in saved:
        await cdp.send("WebAuthn.addCredential", {"authenticatorId": phone, "credential": credential})

    async with page.expect_request(lambda r: r.method == "POST" and r.url.endswith("/approval")) as sent:
        await card.locator("[data-test=approve-passkey]").click()
    approval = json.loads((await sent.value).post_data or "{}")
    assert approval["passkey"]["credential_id"] and approval["quote_digest"] == digest
    await expect(card.locator("[data-test=state]")).to_have_text("delivered", timeout=120_000)

    # The same assertion again (a replay with a fresh idempotency key) approves nothing: not through the API,
    # and not at the wallet, which has seen its signature counter and its quote.
    status, answer = await page.evaluate(POST_APPROVAL, [errand_id, approval])
    assert status == 409 and answer["error"]["code"] == "nothing_to_approve", (status, answer)
    view = await page.evaluate("async (id) => (await fetch(`/errands/${id}`)).json()", errand_id)
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10) as wallet:
        replayed = await wallet.post("/wallet/authorizations", headers={
            "Authorization": f"Bearer {read_token(sandbox.home, 'platform')}",
            "Idempotency-Key": f"replay-{errand_id}"},
            json={"shopper_id": "alice", "quote": view["status"]["quote"], "approval": approval})
    assert replayed.status_code == 403, replayed.text
    assert replayed.json()["messages"][0]["code"] == "stale_sign_count", replayed.text

    await page.goto(f"/app/errands/{errand_id}")
    assert "delivered" in (await page.text_content("[data-test=quote-card] [data-test=state]") or "")
    await _shoot(page, "errand-delivered")
    await page.goto("/app/errands")
    await _shoot(page, "errands")
    await context.close()


@pytest.mark.timeout(240)
async def test_the_chat_card_follows_its_errand_and_approves_from_the_chat(
        browser: Any, web_url: str, sandbox: SandboxProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    """The conversation relays nothing here (its follower looks every ten minutes) and the merchant takes a
    few seconds to open the checkout, so the card first drawn has no quote: the chat page's card still
    reaches the quote with its Approve button, is approved there, and follows the errand to "delivered"."""
    monkeypatch.setattr(cmd_chat, "ConversationRequest", functools.partial(ConversationRequest,
                                                                           relay_poll_seconds=600))
    create_checkout = MerchantClient.create_checkout

    async def slow_checkout(self: MerchantClient, *args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(3)
        return await create_checkout(self, *args, **kwargs)

    monkeypatch.setattr(MerchantClient, "create_checkout", slow_checkout)
    context = await browser.new_context(viewport=PHONE, base_url=web_url)
    page = await context.new_page()
    await virtual_authenticator(page)
    await page.goto("/signin")
    await page.fill("#shopper-id", "alice")
    await page.fill("#enrolment-code", enrolment_code(sandbox, "alice"))
    await page.click("#passkey-register")
    await page.wait_for_url("**/app/chat")
    await expect(page.locator("#chat-state")).to_contain_text("connected")

    await page.fill("#message", SENTENCE)
    await page.click("#send")
    card = page.locator("[data-test=quote-card]")
    try:
        await card.locator("[data-test=approve-passkey]").wait_for(timeout=30_000)
    except PlaywrightTimeout as exc:
        raise AssertionError(f"the card never offered approval; the chat shows "
                             f"{await page.locator('#turns').inner_text()!r}") from exc
    assert await card.count() == 1
    assert not await page.locator("[data-test=turn][data-kind=quote]").count()  # nothing came from the relay
    await card.locator("[data-test=approve-passkey]").click()
    await expect(card.locator("[data-test=state]")).to_have_text("delivered", timeout=120_000)
    assert page.url.endswith("/app/chat")
    await context.close()
