"""Attacks on the audit ledger by someone with the worker's own database access.

Each ledger is written by a real buy errand (time-skipping Temporal, the worker, the sandbox over HTTP): one
errand for the module, whose untouched ledger every attack gets a copy of, and one through the worker's own
PostgreSQL role. The operator's side is the real ``errand audit checkpoint`` / ``errand audit verify`` commands, which look the
shopper's keys up in the sandbox's wallet over HTTP. The attacker drops the append-only triggers and edits
the table, recomputing the hash chain so that it still walks clean.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment
from typer.testing import CliRunner

from errand.connectors import CourierClient
from errand.domain.approval import approval_message, new_key_pair
from errand.ledger import Ledger
from errand.ledger.checkpoint import WITNESS_KEY_NAME, Checkpoint, append_published
from errand.ledger.schema import PG_ROW_TRIGGER, PG_TRUNCATE_TRIGGER, TABLE_NAME
from errand.ledger.signed_note import Signer
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyWorkflow
from tests.keys import shopper_key
from tests.ledger.conftest import libpq_uri, pg_url, postgres_server_url, writer_url  # noqa: F401 - fixtures
from tests.ledger.helpers import drop_triggers, rewrite_and_rechain, truncate_tail
from tests.temporal_fixtures import _binary
from tests.workflows.helpers import approval_for, start_buy, wait_state

pytestmark = pytest.mark.asyncio


def _witness_key() -> str:
    raw = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                     serialization.NoEncryption())
    return base64.b64encode(raw).decode()


@pytest.fixture
def operator_env(settings: ErrandSettings, tmp_path: Path) -> dict[str, str]:
    """The operator's environment: the witness key by setting, checkpoints published to a file of this test."""
    return {**os.environ, "ERRAND_HOME": str(settings.home), "ERRAND_SANDBOX_URL": settings.sandbox_url,
            "ERRAND_DATABASE_URL": settings.database_url, "ERRAND_WITNESS_KEY": _witness_key(),
            "ERRAND_CHECKPOINT_FILE": str(tmp_path / "checkpoints.log"), "COLUMNS": "200"}


def audit_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "errand.cli.main", "audit", *args], capture_output=True, text=True,
                          timeout=60, env=env, check=False)


def audit_here(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """The same ``errand audit`` command through its Typer app in this process: the first attack runs both
    commands as processes, the rest spare an interpreter start (seconds of imports) per call."""
    from errand.cli.main import app

    changed = {name: value for name, value in env.items() if os.environ.get(name) != value}
    done = CliRunner().invoke(app, ["audit", *args], env=changed)
    if done.exception is not None and not isinstance(done.exception, SystemExit):
        raise done.exception  # what a process would have shown as a traceback
    return subprocess.CompletedProcess(["errand", "audit", *args], done.exit_code, done.stdout, "")


async def _delivered_errand(client: Client, settings: ErrandSettings, sandbox: SandboxProcess) -> str:
    shopper_key(sandbox, "alice")  # enrolled before the errand reads the shopper's keys
    handle = await start_buy(client, settings.task_queue)
    status = await wait_state(handle, lambda s: s.state == "awaiting_approval")
    await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
    status = await wait_state(handle, lambda s: s.state == "shipping" or s.finished)
    assert status.order is not None and status.order.shipment_id
    async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.advance(f"tamper-{status.order.shipment_id}", status.order.shipment_id, steps=10)
    assert (await handle.result()).state == "delivered"
    return handle.id


@pytest.fixture(scope="module")
async def delivered_ledger(sandbox: SandboxProcess,
                           tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Path, str]]:
    """A SQLite ledger written by one delivered buy errand (its own time-skipping server and worker), and the
    errand's id: the untouched original the attacks below each rewrite a copy of."""
    folder = tmp_path_factory.mktemp("tamper-ledger")
    settings = ErrandSettings(home=sandbox.home, sandbox_url=sandbox.url,
                              database_url=f"sqlite:///{folder / 'ledger.db'}",
                              task_queue=f"errand-tamper-{uuid.uuid4().hex[:8]}")
    env = await WorkflowEnvironment.start_time_skipping(
        test_server_existing_path=_binary("temporal-test-server"), data_converter=pydantic_data_converter)
    try:
        async with errand_worker(env.client, settings):
            errand_id = await _delivered_errand(env.client, settings, sandbox)
    finally:
        await env.shutdown()
    yield folder / "ledger.db", errand_id


@pytest.fixture
def errand_id(delivered_ledger: tuple[Path, str], settings: ErrandSettings) -> str:
    """The delivered errand, its ledger copied to this test's ``settings.ledger_url``."""
    original, errand = delivered_ledger
    copy = Path(settings.ledger_url.removeprefix("sqlite:///"))
    with sqlite3.connect(original) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with Ledger(settings.ledger_url) as ledger:
        assert ledger.entries(errand)[-1].what == "errand.delivered" and ledger.verify().ok
    return errand


def _row(settings: ErrandSettings, errand_id: str, what: str) -> tuple[int, dict]:
    with Ledger(settings.ledger_url) as ledger:
        entry = next(e for e in ledger.entries(errand_id) if e.what == what)
        return entry.seq, entry.evidence()


def _checkpoint(env: dict[str, str]) -> None:
    done = audit_here(env, "checkpoint")
    assert done.returncode == 0 and "checkpoint signed" in done.stdout, done.stdout + done.stderr
    verified = audit_here(env, "verify")
    assert verified.returncode == 0 and "ledger ok" in verified.stdout, verified.stdout + verified.stderr


async def test_a_rewritten_payment_with_a_recomputed_chain_is_reported(errand_id, settings, operator_env) -> None:
    _checkpoint(operator_env)
    seq, evidence = _row(settings, errand_id, "payment.authorized")
    drop_triggers(settings.ledger_url)
    rewrite_and_rechain(settings.ledger_url, seq, evidence_json=json.dumps({**evidence, "authorization_id": "x"}))
    with Ledger(settings.ledger_url) as ledger:
        assert ledger.verify().ok  # the chain alone is fooled

    done = audit_cli(operator_env, "verify")
    assert done.returncode == 1
    assert "rewritten before checkpoint 1" in done.stdout, done.stdout
    refused = audit_cli(operator_env, "checkpoint")
    assert refused.returncode == 1 and "checkpoint refused: rewritten before checkpoint 1" in refused.stdout


async def test_a_truncated_tail_is_reported(errand_id, settings, operator_env) -> None:
    _checkpoint(operator_env)
    seq, _ = _row(settings, errand_id, "payment.captured")  # cut the capture and everything after it
    drop_triggers(settings.ledger_url)
    truncate_tail(settings.ledger_url, seq - 1)
    with Ledger(settings.ledger_url) as ledger:
        assert ledger.verify().ok  # what is left is a valid chain

    done = audit_here(operator_env, "verify", "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert [f["kind"] for f in report["findings"]] == ["truncated"]
    assert report["findings"][0]["message"].startswith("truncated: checkpoint 1 signed")


async def test_a_forged_checkpoint_is_refused(errand_id, settings, operator_env) -> None:
    _checkpoint(operator_env)
    # Rewrite the history, then publish a checkpoint of it signed by a key of the attacker's own (named like
    # the witness): the original checkpoint still stands and the forged one is refused.
    seq, evidence = _row(settings, errand_id, "order.placed")
    drop_triggers(settings.ledger_url)
    rewrite_and_rechain(settings.ledger_url, seq, evidence_json=json.dumps({**evidence, "order_id": "ord_forged"}))
    with Ledger(settings.ledger_url) as ledger:
        head = ledger.head()
    assert head is not None
    forged = Checkpoint("errand.ledger", head.seq, head.row_hash, datetime.now(UTC))
    append_published(Path(operator_env["ERRAND_CHECKPOINT_FILE"]),
                     Signer(WITNESS_KEY_NAME, Ed25519PrivateKey.generate()).sign(forged.text()))

    done = audit_here(operator_env, "verify")
    assert done.returncode == 1
    lines = done.stdout.strip().splitlines()
    assert any("checkpoint 2 refused: not signed by the witness key" in line for line in lines), done.stdout
    assert any("rewritten before checkpoint 1" in line for line in lines), done.stdout


async def test_an_altered_approval_signature_is_reported(errand_id, settings, operator_env) -> None:
    # No checkpoint covers the rows: the signatures are checked on their own, against the wallet's keys.
    seq, evidence = _row(settings, errand_id, "approval.accepted")
    assert evidence["shopper_id"] == "alice" and evidence["public_key"]
    signature = bytearray(base64.b64decode(evidence["signature"]))
    signature[0] ^= 1
    drop_triggers(settings.ledger_url)
    rewrite_and_rechain(settings.ledger_url, seq, evidence_json=json.dumps(
        {**evidence, "signature": base64.b64encode(bytes(signature)).decode()}))
    with Ledger(settings.ledger_url) as ledger:
        assert ledger.verify().ok

    done = audit_here(operator_env, "verify")
    assert done.returncode == 1
    assert f"row {seq}: bad approval signature by alice" in done.stdout, done.stdout
    assert "payment authorized for quote" in done.stdout


async def test_an_approval_re_signed_with_another_key_is_reported(errand_id, settings, operator_env) -> None:
    # The attacker signs the digest with a key of its own and records that key beside it.
    seq, evidence = _row(settings, errand_id, "approval.accepted")
    private, public = new_key_pair()
    signature = base64.b64encode(private.sign(approval_message(evidence["quote_digest"]))).decode()
    drop_triggers(settings.ledger_url)
    rewrite_and_rechain(settings.ledger_url, seq, evidence_json=json.dumps(
        {**evidence, "signature": signature, "public_key": public}))

    done = audit_here(operator_env, "verify")
    assert done.returncode == 1
    assert f"row {seq}: approval signed with a key the wallet does not hold for alice" in done.stdout, done.stdout


async def test_the_workers_postgres_role_cannot_rewrite_what_it_wrote(ts_client, settings, sandbox,
                                                                      writer_url) -> None:  # noqa: F811
    worker_settings = settings.model_copy(update={"database_url": writer_url})
    async with errand_worker(ts_client, worker_settings):
        errand_id = await _delivered_errand(ts_client, worker_settings, sandbox)
    seq, _ = _row(worker_settings, errand_id, "payment.captured")
    attacks = [f"UPDATE {TABLE_NAME} SET outcome = 'forged' WHERE seq = {seq}",
               f"DELETE FROM {TABLE_NAME} WHERE seq >= {seq}", f"TRUNCATE {TABLE_NAME}",
               f"DROP TRIGGER {PG_ROW_TRIGGER} ON {TABLE_NAME}", f"DROP TRIGGER {PG_TRUNCATE_TRIGGER} ON {TABLE_NAME}",
               f"ALTER TABLE {TABLE_NAME} DISABLE TRIGGER ALL"]
    for attack in attacks:
        with psycopg.connect(libpq_uri(writer_url)) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(attack)
    with Ledger(writer_url) as ledger:
        assert ledger.verify().ok
        assert ledger.entries(errand_id)[-1].what == "errand.delivered"
