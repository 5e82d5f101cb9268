"""A writer with insert-only access to the ledger cannot make ``errand audit verify`` pass a payment that no
approval or mandate of the errand's shopper backs, and the audit still vouches for honest rows.

A real price watch buys under alice's mandate (time-skipping Temporal, the worker, the sandbox over HTTP); the
writer then appends payments to that watch resting on bob's real, validly signed mandate, on a mandate the
errand never registered, and on nothing at all. Separately, an approval signed before alice rotated her key
must still verify from the wallet's full key list, and one signed after with the revoked key must not. The
audit asks the real wallet for keys and mandates over HTTP each time.
"""

from __future__ import annotations

import uuid

import httpx
from temporalio.client import Client
from temporalio.worker import Worker

from errand.ledger import Ledger, LedgerRecord
from errand.ledger.audit import audit
from errand.ledger.cli_support import wallet_keys, wallet_mandates
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from tests.workflows.watch_helpers import own_product, set_price, signed_mandate, start_watch, wait_watch


def _audit(settings: ErrandSettings, sandbox: SandboxProcess):
    token = read_token(sandbox.home, "platform")
    with Ledger(settings.ledger_url) as ledger:
        return audit(ledger, [], None, "errand.ledger", wallet_keys(sandbox.url, token),
                     wallet_mandates(sandbox.url, token))


def _append(settings: ErrandSettings, errand_id: str, rows: list[tuple[str, dict]]) -> list[int]:
    with Ledger(settings.ledger_url) as ledger:
        return [ledger.append(LedgerRecord(idempotency_key=f"{errand_id}/forged-{uuid.uuid4().hex[:8]}",
                                           errand_id=errand_id, who="system", what=what,
                                           evidence=evidence)).seq for what, evidence in rows]


async def test_payments_under_a_mandate_pass_only_on_the_errands_shoppers_mandate(
        ts_client: Client, settings: ErrandSettings, worker: Worker, sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 50)
    await set_price(sandbox, product_id, 80_000)
    mandate = signed_mandate(sandbox, product_id, 60_000)
    handle = await start_watch(ts_client, settings.task_queue, product_id, target=60_000, mandate=mandate)
    await wait_watch(handle, lambda s: s.track.samples >= 1)
    await set_price(sandbox, product_id, 55_000)
    status = await handle.result()
    assert status.state == "bought", status.outcome
    honest = _audit(settings, sandbox)
    assert honest.ok, honest.as_dict()  # the mandate's signature re-verified from the wallet's copy

    bobs = signed_mandate(sandbox, product_id, 60_000, shopper="bob")
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=20) as http:
        registered = await http.post("/wallet/mandates", json=bobs.model_dump(mode="json"), headers={
            "Idempotency-Key": uuid.uuid4().hex, "Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"})
    assert registered.status_code == 201, registered.text
    bob_id = bobs.mandate.mandate_id
    forged = _append(settings, handle.id, [
        ("mandate.registered", {"mandate_id": bob_id, "digest": registered.json()["digest"]}),
        ("payment.authorized", {"authorization_id": "auth_forged_1", "mandate_id": bob_id}),
        ("payment.authorized", {"authorization_id": "auth_forged_2", "mandate_id": "mdt-never-registered"}),
        ("payment.authorized", {"authorization_id": "auth_forged_3"}),
    ])
    report = _audit(settings, sandbox)
    flagged = {f.seq for f in report.findings if f.kind == "approval"}
    assert set(forged[1:]) <= flagged, report.as_dict()
    assert not report.ok


def test_approvals_verify_across_a_key_rotation_and_one_signed_after_revocation_does_not(tmp_path) -> None:
    """The wallet's full key list (``/keys``) vouches for an approval signed before a rotation; a writer holding
    the old device's key cannot sign new approvals with it once it is revoked."""
    from errand.cli.enrolment import rotate
    from errand.cli.keystore import KeyStore
    from errand.domain.approval import approval_message, public_key_b64, sign_b64
    from tests.keys import shopper_key

    url = f"sqlite:///{tmp_path / 'ledger.db'}"

    def approved_payment(errand_id: str, private) -> list[int]:
        digest = uuid.uuid4().hex * 2
        rows = [("errand.started", {"intent": {"shopper_id": "alice"}}),
                ("approval.accepted", {"quote_digest": digest, "shopper_id": "alice",
                                       "public_key": public_key_b64(private),
                                       "signature": sign_b64(private, approval_message(digest))}),
                ("payment.authorized", {"authorization_id": f"auth-{errand_id}", "quote_digest": digest})]
        with Ledger(url) as ledger:
            return [ledger.append(LedgerRecord(idempotency_key=f"{errand_id}/{n}", errand_id=errand_id,
                                               who="system", what=what, evidence=evidence)).seq
                    for n, (what, evidence) in enumerate(rows)]

    with SandboxProcess(tmp_path / "home", seed=7, products=300) as proc:
        old = shopper_key(proc, "alice")
        before = approved_payment("errand-before-rotation", old)
        rotate(KeyStore(proc.home), proc.url, "alice")
        after = approved_payment("errand-after-revocation", old)
        token = read_token(proc.home, "platform")
        with Ledger(url) as ledger:
            report = audit(ledger, [], None, "errand.ledger", wallet_keys(proc.url, token),
                           wallet_mandates(proc.url, token))
    flagged = {f.seq for f in report.findings}
    assert not flagged & set(before), report.as_dict()
    assert set(after[1:]) <= flagged, report.as_dict()
