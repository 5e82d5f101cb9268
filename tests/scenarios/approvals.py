"""Scenarios for the other ways a shopper approves a quote: a passkey's assertion (made by a software
authenticator, as the browser would return it; one from another origin refused first), and an approval carrying
the shopper's AP2 checkout mandate, at a merchant that negotiated the extension."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx
from temporalio.client import Client

from errand.domain.approval import quote_digest
from errand.domain.mandate_ap2 import approve_quote
from errand.domain.passkey import passkey_approval
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.workflows import BuyWorkflow
from tests.keys import shopper_key
from tests.passkeys.authenticator import SoftAuthenticator
from tests.workflows.helpers import start_buy

from . import Scenario
from .buy import Handle, awaiting, deliver, start
from .own_worker import own_worker, served_platform_profile


def _enrol_passkey(sandbox: SandboxProcess, phone: SoftAuthenticator) -> None:
    """Register the authenticator's credential with the wallet under a one-time enrolment code."""
    operator = {"Authorization": f"Bearer {read_token(sandbox.home, 'operator')}"}
    with httpx.Client(base_url=sandbox.url, timeout=10) as http:
        code = http.post(f"/admin/shoppers/{phone.shopper_id}/enrolment-codes",
                         headers={**operator, "Idempotency-Key": uuid.uuid4().hex})
        code.raise_for_status()
        public_key, credential = phone.registered()
        registered = http.post(f"/wallet/shoppers/{phone.shopper_id}/passkeys",
                               headers={"Idempotency-Key": uuid.uuid4().hex},
                               json={**credential.model_dump(), "public_key": public_key, "code": code.json()["code"]})
        assert registered.status_code == 201, registered.text


async def passkey_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    phone = SoftAuthenticator("bob")
    _enrol_passkey(sandbox, phone)
    handle = await start_buy(client, task_queue, shopper="bob")
    status = await awaiting(handle)
    assert status.quote is not None, status.outcome
    digest = quote_digest(status.quote)
    await handle.signal(BuyWorkflow.approve,
                        passkey_approval(status.quote, phone.approve(digest, origin="https://evil.example")))
    await handle.signal(BuyWorkflow.approve, passkey_approval(status.quote, phone.approve(digest)))
    await deliver(handle, sandbox)
    return handle


async def ap2_mandate_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    with served_platform_profile() as profile_url:
        async with own_worker(client, sandbox, platform_profile_url=profile_url) as settings:
            handle = await start(client, settings.task_queue)
            status = await awaiting(handle)
            quote = status.quote
            assert quote is not None and quote.merchant_terms is not None, status.outcome
            approval = approve_quote(shopper_key(sandbox, "alice"), quote, datetime.now(UTC))
            assert approval.checkout_mandate is not None
            await handle.signal(BuyWorkflow.approve, approval)
            await deliver(handle, sandbox)
            await handle.result()
    return handle


SCENARIOS: dict[str, Scenario] = {
    "buy-passkey-approved": passkey_approved,
    "buy-ap2-mandate-approved": ap2_mandate_approved,
}
