"""A shopper approves an after-sales change with a passkey through the API, against real Temporal, a worker and
the retail sandbox: the assertion is over the change quote's digest, the errand and the merchant verify it
against the registered credential and the change is applied once; the same assertion again, one made for
another change, one from a passkey the wallet never registered, and another shopper are all refused."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from temporalio.client import Client

from errand.api.auth import SESSION_COOKIE
from errand.api.store import ApiStore
from errand.domain.aftersales import change_digest
from errand.domain.models import Rejection
from errand.ledger import Ledger
from errand.ledger.audit import audit
from errand.ledger.cli_support import wallet_keys
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import AftersalesWorkflow
from tests.aftersales.conftest import Shop, retail_keys, retail_sandbox, shop  # noqa: F401 - fixtures
from tests.aftersales.passkeys import change_approval, e2e_settings, enrolled_phone  # noqa: F401 - fixture
from tests.aftersales_errands.conftest import Handle, quoted, start, wait_state
from tests.passkeys.authenticator import SoftAuthenticator

from .conftest import bearer

MIA, NOAH = "mia_li_3668", "noah_brown_6181"
CANCEL = {"operation": "cancel", "order_id": "#W0000001", "reason": "no longer needed"}
DEFAULT_ADDRESS = {"operation": "change_default_address", "address": {
    "address1": "9 Passkey Lane", "city": "Austin", "country": "USA", "zip": "78701"}}


@dataclass
class Stack:
    """The API on a real server in front of a worker, Temporal and the retail sandbox (reset for the test)."""

    url: str
    store: ApiStore
    client: Client
    settings: ErrandSettings
    shop: Shop
    sandbox: SandboxProcess

    def http(self, shopper: str) -> httpx.AsyncClient:
        """The shopper's shop app: its bearer token."""
        return httpx.AsyncClient(base_url=self.url, headers=bearer(self.store.issue_token(shopper)), timeout=30)

    def cookie(self, shopper: str) -> dict[str, str]:
        """The shopper's browser session, for the pages."""
        return {"Cookie": f"{SESSION_COOKIE}={self.store.create_session(shopper)}"}


@pytest.fixture
def stack(api_url: str, api_store: ApiStore, dev_client: Client, dev_worker: object,
          e2e_settings: ErrandSettings, shop: Shop, retail_sandbox: SandboxProcess) -> Stack:  # noqa: F811
    return Stack(api_url, api_store, dev_client, e2e_settings, shop, retail_sandbox)


async def _quoted(stack: Stack, change: dict[str, Any]) -> tuple[Handle, str]:
    handle = await start(stack.client, stack.settings.task_queue, MIA, change)
    status = await quoted(handle)
    assert status.state == "awaiting_approval" and status.quote is not None, status.outcome
    return handle, change_digest(status.quote)


async def _approve(http: httpx.AsyncClient, errand_id: str, approval: Any) -> httpx.Response:
    return await http.post(f"/errands/{errand_id}/approval", json=approval.model_dump(mode="json"),
                           headers={"Idempotency-Key": uuid.uuid4().hex})


@pytest.mark.timeout(180)
async def test_a_change_approved_with_a_passkey_through_the_api_is_applied_once(stack: Stack) -> None:
    phone = enrolled_phone(stack.sandbox, MIA)
    handle, digest = await _quoted(stack, CANCEL)
    async with stack.http(MIA) as http:
        # What the page reads: the card's digest is the change quote's, and the shopper's passkey may answer.
        card = await http.get(f"/app/errands/{handle.id}/card", headers=stack.cookie(MIA))
        assert card.status_code == 200, card.text
        assert re.findall(r'data-digest="([0-9a-f]{64})"', card.text) == [digest, digest]
        options = (await http.get("/passkeys/approval-options")).json()
        assert phone.credential_id in options["credentials"]

        approval = change_approval(phone, digest)
        accepted = await _approve(http, handle.id, approval)
        assert accepted.status_code == 202, accepted.text
        status = await wait_state(handle, lambda s: s.finished, timeout=60)
        assert status.state == "completed", status.outcome
        assert [e.detail for e in status.timeline if e.what == "approval.accepted"] == [
            "passkey verified against the change quote"]
        assert stack.shop.order(MIA, "#W0000001")["status"] == "cancelled"

        # The same assertion again approves nothing: not through the API, not at the merchant.
        replayed = await _approve(http, handle.id, approval)
        assert replayed.status_code == 409 and replayed.json()["error"]["code"] == "nothing_to_approve"
        assert status.quote is not None
        again = stack.shop.apply(status.quote, approval.model_dump(mode="json"))
        assert again.status_code in (403, 409), again.text
    # `errand audit verify` checks the passkey's approval again from its ledger row and the wallet's keys.
    with Ledger(stack.settings.ledger_url) as ledger:
        report = audit(ledger, [], None, "errand.ledger",
                       wallet_keys(stack.sandbox.url, read_token(stack.sandbox.home, "platform")))
    assert report.approvals >= 1 and [f.message for f in report.findings if f.kind == "approval"] == []


@pytest.mark.timeout(180)
async def test_an_assertion_for_another_change_or_key_is_refused(stack: Stack) -> None:
    phone = enrolled_phone(stack.sandbox, MIA)
    cancel, cancel_digest = await _quoted(stack, CANCEL)
    address, address_digest = await _quoted(stack, DEFAULT_ADDRESS)
    async with stack.http(MIA) as http:
        for attempt, code in ((change_approval(phone, address_digest), "approval_other_quote"),
                              (change_approval(phone, address_digest, claimed_digest=cancel_digest),
                               "approval_other_quote"),
                              (change_approval(SoftAuthenticator(MIA), cancel_digest), "approval_unknown_key"),
                              (change_approval(phone, cancel_digest, user_verified=False),
                               "approval_not_user_verified")):
            refused = await _approve(http, cancel.id, attempt)
            assert refused.status_code == 422 and refused.json()["error"]["code"] == code, refused.text
        # Signalled straight to the errand, past the API, the other change's assertion is refused there too.
        await cancel.signal(AftersalesWorkflow.approve, change_approval(phone, address_digest))
        status = await wait_state(cancel, lambda s: any(e.what == "approval.refused" for e in s.timeline))
        assert status.state == "awaiting_approval"
        assert [e.detail for e in status.timeline if e.what == "approval.refused"] == [
            "approval ignored: other quote"]

        # The assertion made for its own change applies that one only.
        assert (await _approve(http, address.id, change_approval(phone, address_digest))).status_code == 202
        assert (await wait_state(address, lambda s: s.finished, timeout=60)).state == "completed"
        assert (await cancel.query(AftersalesWorkflow.status)).state == "awaiting_approval"
        assert stack.shop.order(MIA, "#W0000001")["status"] == "pending"
        rejected = await http.post(f"/errands/{cancel.id}/reject", json={"reason": "changed my mind"},
                                   headers={"Idempotency-Key": uuid.uuid4().hex})
        assert rejected.status_code == 202, rejected.text


@pytest.mark.timeout(120)
async def test_another_shoppers_change_errand_is_not_found(stack: Stack) -> None:
    noah_phone = enrolled_phone(stack.sandbox, NOAH)
    handle, digest = await _quoted(stack, CANCEL)
    cookie = stack.cookie(NOAH)
    async with stack.http(NOAH) as http:
        assert (await http.get(f"/errands/{handle.id}")).status_code == 404
        assert (await http.get(f"/app/errands/{handle.id}", headers=cookie)).status_code == 404
        assert (await http.get(f"/app/errands/{handle.id}/card", headers=cookie)).status_code == 404
        answer = await _approve(http, handle.id, change_approval(noah_phone, digest))
        assert answer.status_code == 404 and answer.json()["error"]["code"] == "not_found"
    status = await handle.query(AftersalesWorkflow.status)
    assert status.state == "awaiting_approval" and not any(e.what.startswith("approval.") for e in status.timeline)
    await handle.signal(AftersalesWorkflow.reject, Rejection(shopper_id=MIA, reason="test over"))
