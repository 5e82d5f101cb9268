"""The `errand` command as a person meets it: bad input gets one clear line, never a traceback."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import pytest
from temporalio.client import Client

from errand.cli import errands
from errand.sandbox.process import free_port
from errand.worker.settings import ErrandSettings


def errand(settings: ErrandSettings, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ, "ERRAND_HOME": str(settings.home), "ERRAND_TEMPORAL_ADDRESS": settings.temporal_address,
        "ERRAND_SANDBOX_URL": settings.sandbox_url, "ERRAND_TASK_QUEUE": settings.task_queue,
        "ERRAND_DATABASE_URL": settings.database_url, "COLUMNS": "200", **env,
    }
    return subprocess.run([sys.executable, "-m", "errand.cli.main", *args], capture_output=True, text=True, timeout=60,
                          env=environment, check=False)


async def aerrand(settings: ErrandSettings, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI from an async test: in a thread, so this process's worker keeps serving its queries."""
    return await asyncio.to_thread(errand, settings, *args)


def assert_clear_error(done: subprocess.CompletedProcess[str], expected: str) -> None:
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "Traceback" not in out
    assert out.strip().startswith("error:") and expected in out, out
    assert len(out.strip().splitlines()) <= 2, out


@pytest.mark.parametrize(("args", "expected"), [
    (["buy", "under ¥40"], "could not tell what to buy"),
    (["buy", "0 AA batteries"], "at least 1"),
    (["buy", "AA batteries", "--shopper", "nobody"], "unknown shopper “nobody”"),
    (["approve", "buy-alice-doesnotexist"], "no errand called “buy-alice-doesnotexist”"),
    (["status", "buy-alice-doesnotexist"], "no errand called"),
])
def test_bad_input_gets_one_clear_line(e2e_settings: ErrandSettings, args: list[str], expected: str) -> None:
    assert_clear_error(errand(e2e_settings, *args), expected)


def test_sandbox_down_is_named(e2e_settings: ErrandSettings) -> None:
    done = errand(e2e_settings, "buy", "AA batteries", ERRAND_SANDBOX_URL=f"http://127.0.0.1:{free_port()}")
    assert_clear_error(done, "is not answering")


def test_temporal_down_is_named(e2e_settings: ErrandSettings) -> None:
    done = errand(e2e_settings, "list", ERRAND_TEMPORAL_ADDRESS=f"127.0.0.1:{free_port()}")
    assert_clear_error(done, "Temporal is not reachable")


async def test_finished_errand_cannot_be_approved_or_rejected(dev_client: Client, e2e_settings: ErrandSettings,
                                                              dev_worker: object) -> None:
    errand_id = await errands.start_buy(dev_client, e2e_settings, "AA batteries under ¥40", "alice")
    await errands.wait_for(dev_client, errand_id, lambda s: s.state == "awaiting_approval")
    rejected = await aerrand(e2e_settings, "reject", errand_id, "--reason", "too pricey")
    assert rejected.returncode == 0 and "rejected" in rejected.stdout, rejected.stdout + rejected.stderr
    assert_clear_error(await aerrand(e2e_settings, "approve", errand_id), "is rejected: there is nothing to approve")
    assert_clear_error(await aerrand(e2e_settings, "reject", errand_id), "nothing to reject")
    status = await aerrand(e2e_settings, "status", errand_id)
    assert status.returncode == 0 and "too pricey" in status.stdout and "stock.released" in status.stdout
    listed = await aerrand(e2e_settings, "list")
    assert listed.returncode == 0 and errand_id in listed.stdout and "completed" in listed.stdout
    audit = await aerrand(e2e_settings, "audit", "verify")
    assert audit.returncode == 0 and "ledger ok" in audit.stdout, audit.stdout


async def test_buy_shows_the_quote_card_and_approve_signs(dev_client: Client, e2e_settings: ErrandSettings,
                                                          dev_worker: object) -> None:
    done = await aerrand(e2e_settings, "buy", "two packs of AA batteries under ¥40, delivered home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Quote" in done.stdout and "total" in done.stdout and "Why this product" in done.stdout
    errand_id = done.stdout.split("started ", 1)[1].split()[0]
    approved = await aerrand(e2e_settings, "approve", errand_id)
    assert approved.returncode == 0, approved.stdout + approved.stderr
    assert "approval.accepted" in approved.stdout and "payment.authorized" in approved.stdout
