"""A buy errand approved with a passkey, on a real worker against the sandbox: the workflow refuses an
assertion for another quote, without user verification or from another origin, and buys on the real one."""

from __future__ import annotations

import httpx
from temporalio.client import Client
from temporalio.worker import Worker

from errand.domain.approval import quote_digest
from errand.domain.passkey import passkey_approval
from errand.ledger import Ledger
from errand.ledger.audit import audit
from errand.ledger.cli_support import wallet_keys, wallet_mandates
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyWorkflow
from tests.sandbox.helpers import key
from tests.workflows.helpers import start_buy, wait_state

from .authenticator import SoftAuthenticator


def _enrol(sandbox: SandboxProcess, phone: SoftAuthenticator) -> None:
    operator = {"Authorization": f"Bearer {read_token(sandbox.home, 'operator')}"}
    with httpx.Client(base_url=sandbox.url, timeout=10) as http:
        code = http.post(f"/admin/shoppers/{phone.shopper_id}/enrolment-codes", headers={**operator, **key()})
        public_key, credential = phone.registered()
        r = http.post(f"/wallet/shoppers/{phone.shopper_id}/passkeys", headers=key(), json={
            **credential.model_dump(), "public_key": public_key, "code": code.json()["code"]})
        assert r.status_code == 201, r.text


async def test_a_passkey_approves_only_its_quote(sandbox: SandboxProcess, ts_client: Client,
                                                  settings: ErrandSettings, worker: Worker) -> None:
    phone = SoftAuthenticator("bob")
    handle = await start_buy(ts_client, settings.task_queue, shopper="bob")
    status = await wait_state(handle, lambda s: s.state == "awaiting_approval")
    _enrol(sandbox, phone)  # after the errand started: the workflow reads the new key through the activity
    assert status.quote is not None
    quote = status.quote
    other = quote.model_copy(update={"total": quote.total + 1})
    attempts = [passkey_approval(quote, phone.approve(quote_digest(other))),
                passkey_approval(quote, phone.approve(quote_digest(quote), user_verified=False)),
                passkey_approval(quote, phone.approve(quote_digest(quote), origin="https://evil.example")),
                passkey_approval(quote, SoftAuthenticator("bob").approve(quote_digest(quote)))]
    for attempt in attempts:
        await handle.signal(BuyWorkflow.approve, attempt)
    status = await wait_state(handle, lambda s: sum(e.what == "approval.refused" for e in s.timeline) == 4)
    assert status.authorization is None
    assert [e.detail for e in status.timeline if e.what == "approval.refused"] == [
        "approval ignored: other quote", "approval ignored: not user verified", "approval ignored: wrong origin",
        "approval ignored: unknown key"]
    approval = passkey_approval(quote, phone.approve(quote_digest(quote)))
    await handle.signal(BuyWorkflow.approve, approval)
    status = await wait_state(handle, lambda s: s.authorization is not None)
    accepted = [e for e in status.timeline if e.what == "approval.accepted"]
    assert len(accepted) == 1
    status = await wait_state(handle, lambda s: s.state == "delivered", timeout=60)
    assert status.order is not None
    # `errand audit verify` checks the passkey approval again from its ledger row and the wallet's keys.
    token = read_token(sandbox.home, "platform")
    with Ledger(settings.ledger_url) as ledger:
        report = audit(ledger, [], None, "errand.ledger", wallet_keys(sandbox.url, token),
                       wallet_mandates(sandbox.url, token))
    assert report.approvals >= 1 and [f.message for f in report.findings if f.kind == "approval"] == []
