"""Attacks on the shopper's key: recomputing it, registering one for someone else, using a revoked one,
approving someone else's errand, signing a quote other than the one pinned, tampering with the key files.

Each attack runs over real HTTP against the sandbox subprocess (and real Temporal where an errand is
involved) and must fail.
"""

from __future__ import annotations

import base64
import hashlib
import os
import stat
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from errand.cli.enrolment import enroll, revoke
from errand.cli.keystore import KeyStore, KeyStoreError
from errand.domain.approval import (
    endorsement_message,
    key_id_of,
    public_key_b64,
    revocation_message,
    sign_b64,
    sign_quote,
)
from errand.domain.models import ErrandStatus, Quote, SignedApproval
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyWorkflow
from tests.keys import shopper_key
from tests.sandbox.helpers import key, open_checkout, quote_for, set_address
from tests.workflows.helpers import start_buy, wait_state


def _seed_derived_key(seed: int, shopper_id: str) -> Ed25519PrivateKey:
    """How the sandbox used to make every shopper's key: anyone who knows the public seed can do this."""
    digest = hashlib.sha256(f"errand-sandbox/v1/{seed}/{shopper_id}".encode()).digest()
    return Ed25519PrivateKey.from_private_bytes(digest)


@pytest.fixture
def http(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    """A client with the platform's credential, as Errand's worker calls the merchant and the wallet."""
    with httpx.Client(base_url=sandbox.url, timeout=10,
                      headers={"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"}) as client:
        yield client


def _operator(sandbox: SandboxProcess) -> dict[str, str]:
    return {"Authorization": f"Bearer {read_token(sandbox.home, 'operator')}"}


def _quote(http: httpx.Client, shopper: str = "alice") -> Quote:
    checkout = open_checkout(http, "prd-00002", 1, buyer=shopper)
    assert checkout.status_code == 201, checkout.text
    return quote_for(set_address(http, checkout.json()["id"]))


def _authorize(http: httpx.Client, quote: Quote, approval: SignedApproval) -> httpx.Response:
    return http.post("/wallet/authorizations", headers=key(), json={
        "shopper_id": quote.shopper_id, "quote": quote.model_dump(mode="json"),
        "approval": approval.model_dump(mode="json")})


def _code(http: httpx.Client, sandbox: SandboxProcess, shopper: str) -> str:
    r = http.post(f"/admin/shoppers/{shopper}/enrolment-codes", headers=_operator(sandbox))
    assert r.status_code == 201, r.text
    return r.json()["code"]


def _register(http: httpx.Client, shopper: str, public_key: str, **proof: object) -> httpx.Response:
    return http.post(f"/wallet/shoppers/{shopper}/keys", headers=key(), json={"public_key": public_key, **proof})


def _active_ids(http: httpx.Client, shopper: str) -> set[str]:
    return {k["key_id"] for k in http.get(f"/wallet/shoppers/{shopper}").json()["keys"]}


def test_the_key_recomputed_from_the_seed_is_refused(http: httpx.Client, sandbox: SandboxProcess) -> None:
    shopper_key(sandbox, "alice")  # alice has enrolled a real key
    forged_key = _seed_derived_key(sandbox.seed, "alice")
    quote = _quote(http)
    forged = sign_quote(forged_key, quote)
    r = _authorize(http, quote, forged)
    assert r.status_code == 403 and r.json()["messages"][0]["code"] == "unknown_key", r.text
    # Naming alice's real key id does not help: the signature does not verify under it.
    real_id = sign_quote(shopper_key(sandbox, "alice"), quote).key_id
    r = _authorize(http, quote, forged.model_copy(update={"key_id": real_id}))
    assert r.status_code == 403 and r.json()["messages"][0]["code"] == "bad_signature", r.text
    assert key_id_of(public_key_b64(forged_key)) not in _active_ids(http, "alice")
    assert _authorize(http, quote, sign_quote(shopper_key(sandbox, "alice"), quote)).status_code == 201


def test_a_stranger_cannot_register_a_key_for_alice(http: httpx.Client, sandbox: SandboxProcess) -> None:
    stranger = Ed25519PrivateKey.generate()
    public = public_key_b64(stranger)
    assert _register(http, "alice", public).status_code == 401  # no code, no endorsement
    assert _register(http, "alice", public, code="0000-0000-0000-0000").status_code == 403
    assert _register(http, "alice", public, code=_code(http, sandbox, "bob")).status_code == 403  # bob's code
    # An endorsement signed by the stranger's own key (registered to nobody), or naming alice's key id.
    alice_id = sign_quote(shopper_key(sandbox, "alice"), _quote(http)).key_id
    for signer_id in (key_id_of(public), alice_id):
        r = _register(http, "alice", public, endorsement={
            "key_id": signer_id, "signature": sign_b64(stranger, endorsement_message("alice", public))})
        assert r.status_code == 403 and r.json()["messages"][0]["code"] == "endorsement_invalid", r.text
    # A code is single use: once alice's new device used it, it enrols nothing else.
    code = _code(http, sandbox, "alice")
    device = Ed25519PrivateKey.generate()
    assert _register(http, "alice", public_key_b64(device), code=code).status_code == 201
    r = _register(http, "alice", public, code=code)
    assert r.status_code == 403 and r.json()["messages"][0]["code"] == "enrolment_code_invalid", r.text
    assert key_id_of(public) not in _active_ids(http, "alice")
    # The endorsement alice's real key gives cannot be replayed for another key: it names the new key.
    endorsed = sign_b64(shopper_key(sandbox, "alice"), endorsement_message("alice", public_key_b64(device)))
    r = _register(http, "alice", public, endorsement={"key_id": alice_id, "signature": endorsed})
    assert r.status_code == 403 and key_id_of(public) not in _active_ids(http, "alice")
    # Codes are issued by an operator only.
    assert http.post("/admin/shoppers/alice/enrolment-codes").status_code in (401, 403)
    # An operator can revoke a key too (here: the device key, so alice keeps only the shared test key).
    r = http.post(f"/wallet/shoppers/alice/keys/{key_id_of(public_key_b64(device))}/revoke", headers={
        **key(), **_operator(sandbox)}, json={})
    assert r.status_code == 200 and r.json()["status"] == "revoked" and r.json()["revoked_at"]


def test_revocations_are_signed_fresh_and_accepted_once(http: httpx.Client, sandbox: SandboxProcess,
                                                        tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    keeper = enroll(store, sandbox.url, "chen", code=_code(http, sandbox, "chen"))
    lost = enroll(KeyStore(tmp_path / "other-device"), sandbox.url, "chen", code=_code(http, sandbox, "chen"))
    path = f"/wallet/shoppers/chen/keys/{lost.key_id}/revoke"
    stale = "2020-01-01T00:00:00+00:00"
    r = http.post(path, headers=key(), json={"signed_by": keeper.key_id, "at": stale, "signature": sign_b64(
        keeper.private_key, revocation_message("chen", lost.key_id, stale))})
    assert r.status_code == 403 and r.json()["messages"][0]["code"] == "revocation_stale"
    stranger = Ed25519PrivateKey.generate()
    now = datetime.now(UTC).isoformat()
    r = http.post(path, headers=key(), json={"signed_by": keeper.key_id, "at": now, "signature": sign_b64(
        stranger, revocation_message("chen", lost.key_id, now))})
    assert r.status_code == 403 and lost.key_id in _active_ids(http, "chen")
    body = {"signed_by": keeper.key_id, "at": now,
            "signature": sign_b64(keeper.private_key, revocation_message("chen", lost.key_id, now))}
    assert http.post(path, headers=key(), json=body).status_code == 200
    assert lost.key_id not in _active_ids(http, "chen")
    replayed = http.post(f"/wallet/shoppers/chen/keys/{lost.key_id}/revoke", headers=key(), json=body)
    assert replayed.status_code == 409 and replayed.json()["messages"][0]["code"] == "revocation_replayed"
    # The same signature spelled differently in base64 (the unused low bits of its last character).
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    signature = body["signature"]
    respelled = signature[:85] + alphabet[alphabet.index(signature[85]) ^ 1] + signature[86:]
    assert respelled != signature and base64.b64decode(respelled) == base64.b64decode(signature)
    replayed = http.post(path, headers=key(), json={**body, "signature": respelled})
    assert replayed.status_code == 409 and replayed.json()["messages"][0]["code"] == "revocation_replayed"
    revoke(store, sandbox.url, "chen", keeper.key_id)  # leave chen with only the shared test key


async def test_an_approval_signed_with_a_revoked_key_is_refused(http: httpx.Client, sandbox: SandboxProcess,
                                                                ts_client: Client, settings: ErrandSettings,
                                                                worker: Worker, tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    device = enroll(store, sandbox.url, "alice", code=_code(http, sandbox, "alice"))
    quote = _quote(http)
    revoke(KeyStore(tmp_path), sandbox.url, "alice", device.key_id, signer=device)
    r = _authorize(http, quote, sign_quote(device.private_key, quote))
    assert r.status_code == 403 and r.json()["messages"][0]["code"] == "unknown_key", r.text

    lost = enroll(KeyStore(tmp_path / "lost-device"), sandbox.url, "alice", code=_code(http, sandbox, "alice"))
    handle = await start_buy(ts_client, settings.task_queue)
    status = await wait_state(handle, lambda s: s.state == "awaiting_approval")
    assert status.quote is not None
    await handle.signal(BuyWorkflow.approve, sign_quote(device.private_key, status.quote))
    status = await wait_state(handle, lambda s: any(e.what == "approval.refused" for e in s.timeline))
    assert status.state == "awaiting_approval" and status.authorization is None
    assert [e.detail for e in status.timeline if e.what == "approval.refused"] == ["approval ignored: unknown key"]
    # A key that was active when the errand started, revoked since (a lost phone), is refused as well.
    revoke(KeyStore(tmp_path / "lost-device"), sandbox.url, "alice", lost.key_id, signer=lost)
    await handle.signal(BuyWorkflow.approve, sign_quote(lost.private_key, status.quote))
    status = await wait_state(handle, lambda s: sum(e.what == "approval.refused" for e in s.timeline) == 2)
    assert status.state == "awaiting_approval" and status.authorization is None
    # A key enrolled after the errand started (a new device) is looked up in the wallet and counts.
    late = enroll(KeyStore(tmp_path / "new-device"), sandbox.url, "alice", code=_code(http, sandbox, "alice"))
    await handle.signal(BuyWorkflow.approve, sign_quote(late.private_key, status.quote))
    status = await wait_state(handle, lambda s: any(e.what == "approval.accepted" for e in s.timeline))
    assert [e.detail for e in status.timeline if e.what == "approval.refused"] == ["approval ignored: unknown key"] * 2
    revoke(KeyStore(tmp_path / "new-device"), sandbox.url, "alice", late.key_id)  # alice keeps the session key


# `errand approve` as a person runs it: a subprocess against the real Temporal dev server and a worker.

@pytest.fixture
def dev_settings(settings: ErrandSettings, dev_server_env: WorkflowEnvironment) -> ErrandSettings:
    return settings.model_copy(update={"temporal_address": dev_server_env.client.service_client.config.target_host})


@pytest.fixture
async def dev_worker(dev_server_env: WorkflowEnvironment, dev_settings: ErrandSettings) -> AsyncIterator[Worker]:
    async with errand_worker(dev_server_env.client, dev_settings) as running:
        yield running


def _errand(settings: ErrandSettings, *args: str, shopper: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ERRAND_HOME": str(settings.home), "ERRAND_TEMPORAL_ADDRESS": settings.temporal_address,
           "ERRAND_SANDBOX_URL": settings.sandbox_url, "ERRAND_TASK_QUEUE": settings.task_queue,
           "ERRAND_DATABASE_URL": settings.database_url, "ERRAND_SHOPPER": shopper, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "errand.cli.main", *args], capture_output=True, text=True, timeout=60,
                          env=env, check=False, stdin=subprocess.DEVNULL)


async def _approve_signals(client: Client, errand_id: str) -> int:
    history = await client.get_workflow_handle(errand_id).fetch_history()
    return sum(1 for event in history.events if event.HasField("workflow_execution_signaled_event_attributes")
               and event.workflow_execution_signaled_event_attributes.signal_name == "approve")


async def test_errand_approve_signs_only_as_you_and_only_what_is_pinned(
        dev_server_env: WorkflowEnvironment, dev_settings: ErrandSettings, dev_worker: Worker,
        sandbox: SandboxProcess) -> None:
    import asyncio

    client = dev_server_env.client
    shopper_key(sandbox, "alice")
    shopper_key(sandbox, "bob")  # bob has a key of his own on this machine
    handle = await start_buy(client, dev_settings.task_queue)
    status: ErrandStatus = await wait_state(handle, lambda s: s.state == "awaiting_approval")
    assert status.quote_digest is not None

    as_bob = await asyncio.to_thread(_errand, dev_settings, "approve", handle.id, shopper="bob")
    out = as_bob.stdout + as_bob.stderr
    assert as_bob.returncode == 1 and "belongs to alice" in out and "Traceback" not in out, out
    assert len(out.strip().splitlines()) <= 2, out

    wrong = "0123456789abcdef" if not status.quote_digest.startswith("0123") else "fedcba9876543210"
    pinned = await asyncio.to_thread(_errand, dev_settings, "approve", handle.id, "--digest", wrong, shopper="alice")
    out = pinned.stdout + pinned.stderr
    assert pinned.returncode == 1 and "does not start with --digest" in out, out
    assert await _approve_signals(client, handle.id) == 0  # nothing was signed, nothing was sent
    assert (await handle.query(BuyWorkflow.status)).state == "awaiting_approval"

    right = await asyncio.to_thread(_errand, dev_settings, "approve", handle.id, "--digest",
                                    status.quote_digest[:12], shopper="alice")
    assert right.returncode == 0 and "approval.accepted" in right.stdout, right.stdout + right.stderr
    assert status.quote_digest in right.stdout  # the quote card with its digest, shown before signing


def test_key_files_are_private_and_a_symlinked_key_is_refused(http: httpx.Client, sandbox: SandboxProcess,
                                                               tmp_path: Path) -> None:
    home = tmp_path / "errand-home"
    env = {**os.environ, "ERRAND_HOME": str(home), "ERRAND_SANDBOX_URL": sandbox.url, "COLUMNS": "200"}
    done = subprocess.run([sys.executable, "-m", "errand.cli.main", "enroll", "--shopper", "dana", "--code",
                           _code(http, sandbox, "dana")], capture_output=True, text=True, timeout=60, env=env,
                          check=False)
    assert done.returncode == 0 and "enrolled" in done.stdout, done.stdout + done.stderr
    store = KeyStore(home)
    enrolled = store.current("dana")
    assert enrolled is not None and enrolled.key_id in _active_ids(http, "dana")
    for directory in (home, home / "keys", home / "keys" / "dana"):
        assert stat.S_IMODE(os.lstat(directory).st_mode) == 0o700, directory
    assert stat.S_IMODE(os.lstat(enrolled.path).st_mode) == 0o600

    # A key file someone made readable is tightened before it is used.
    os.chmod(enrolled.path, 0o644)
    assert store.current("dana") is not None and stat.S_IMODE(os.lstat(enrolled.path).st_mode) == 0o600
    # A symlink in place of the key (to a key the attacker controls) is refused, not followed.
    planted = tmp_path / "planted.key"
    planted.write_text(enrolled.path.read_text())
    enrolled.path.unlink()
    enrolled.path.symlink_to(planted)
    with pytest.raises(KeyStoreError, match="refusing"):
        store.current("dana")
    # ... and so is a symlinked key directory.
    enrolled.path.unlink()
    (home / "keys" / "dana").rmdir()
    (home / "keys" / "dana").symlink_to(tmp_path)
    with pytest.raises(KeyStoreError, match="refusing"):
        store.generate("dana")
