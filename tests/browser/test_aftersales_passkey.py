"""In a real browser: the shopper registers a passkey, opens an after-sales change's page, sees what changes and
the money that moves, approves it with the passkey and watches the change applied; the same assertion again is
refused. Photographed at phone and desktop widths."""

from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.async_api import expect
from temporalio.client import Client

from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from tests.aftersales.conftest import Shop, retail_keys, retail_sandbox, shop  # noqa: F401 - fixtures
from tests.aftersales.passkeys import e2e_settings  # noqa: F401 - the retail sandbox behind the web app
from tests.aftersales_errands.conftest import quoted, start

from .conftest import DESKTOP, enrolment_code, virtual_authenticator
from .test_passkey_approval import POST_APPROVAL, SCREENSHOTS, _shoot

MIA = "mia_li_3668"


@pytest.mark.timeout(300)
async def test_a_change_is_shown_and_approved_with_a_passkey(
        browser: Any, web_url: str, dev_client: Client, e2e_settings: ErrandSettings, shop: Shop,  # noqa: F811
        retail_sandbox: SandboxProcess) -> None:  # noqa: F811
    SCREENSHOTS.mkdir(exist_ok=True)
    context = await browser.new_context(viewport=DESKTOP, base_url=web_url)
    page = await context.new_page()
    await virtual_authenticator(page)
    await page.goto("/signin")
    await page.fill("#shopper-id", MIA)
    await page.fill("#enrolment-code", enrolment_code(retail_sandbox, MIA))
    await page.click("#passkey-register")
    await page.wait_for_url("**/app/chat")

    handle = await start(dev_client, e2e_settings.task_queue, MIA, {
        "operation": "cancel", "order_id": "#W0000001", "reason": "ordered by mistake"})
    assert (await quoted(handle)).state == "awaiting_approval"
    await page.goto(f"/app/errands/{handle.id}")
    card = page.locator("[data-test=quote-card][data-kind=change]")
    await expect(card.locator("[data-test=action]")).to_have_text("Cancel the order")
    await expect(card.locator("[data-test=money-line] [data-test=amount]")).to_have_text(["+$323.47"])
    await expect(card.locator("[data-test=change-new]").first).to_have_text("cancelled")
    assert "cancel.reason" in await card.locator("[data-test=rules]").inner_text()
    await _shoot(page, "aftersales-change")

    async with page.expect_request(lambda r: r.method == "POST" and r.url.endswith("/approval")) as sent:
        await card.locator("[data-test=approve-passkey]").click()
    approval = json.loads((await sent.value).post_data or "{}")
    assert approval["passkey"]["credential_id"] and approval["quote_digest"] == await card.get_attribute("data-digest")
    await expect(page.locator("#errand-state")).to_have_text("completed", timeout=60_000)
    assert shop.order(MIA, "#W0000001")["status"] == "cancelled"

    # The same assertion again (a fresh idempotency key) approves nothing.
    status, answer = await page.evaluate(POST_APPROVAL, [handle.id, approval])
    assert status == 409 and answer["error"]["code"] == "nothing_to_approve", (status, answer)
    await page.goto("/app/errands")
    row = page.locator(f"[data-test=errand-row][data-errand='{handle.id}']")
    await expect(row.locator("[data-test=errand-state]")).to_have_text("completed")
    await _shoot(page, "aftersales-errands")
    await context.close()
