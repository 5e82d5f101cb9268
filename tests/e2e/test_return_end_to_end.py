"""A return on the real dev server, through the `errand` command: a late damaged kettle waits for a person
(found by the ErrandNeedsHuman search attribute), an operator approves, the courier collects, one refund."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest
from temporalio.client import Client
from typer.testing import CliRunner

from errand.cli import errands
from errand.cli.cmd_return import RETURN_KIND
from errand.domain.returns import CourierEvent, ReturnStatus
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import ReturnWorkflow
from tests.returns.helpers import advance_pickup, delivered_order, png, product_in
from tests.returns.test_return_workflow import refunds

from .test_cli import assert_clear_error


def errand(settings: ErrandSettings, *args: str) -> subprocess.CompletedProcess[str]:
    """The `errand` command in this process (typer's runner): the same code path as the console script,
    without paying a Python start-up per call."""
    from errand.cli.main import app

    env = {"ERRAND_HOME": str(settings.home), "ERRAND_TEMPORAL_ADDRESS": settings.temporal_address,
           "ERRAND_SANDBOX_URL": settings.sandbox_url, "ERRAND_TASK_QUEUE": settings.task_queue,
           "ERRAND_DATABASE_URL": settings.database_url, "COLUMNS": "200"}
    done = CliRunner().invoke(app, list(args), env=env)
    return subprocess.CompletedProcess(list(args), done.exit_code, done.output, "")


async def aerrand(settings: ErrandSettings, *args: str) -> subprocess.CompletedProcess[str]:
    """In a thread: the command runs its own event loop, and this one keeps serving the worker."""
    return await asyncio.to_thread(errand, settings, *args)


async def listed(client: Client, query: str, errand_id: str) -> bool:
    """Visibility is eventually consistent: look for a while."""
    for _ in range(100):
        if errand_id in [wf.id async for wf in client.list_workflows(query)]:
            return True
        await asyncio.sleep(0.1)
    return False


async def test_needs_human_return_approved_by_an_operator_and_refunded_once(
        sandbox: SandboxProcess, dev_client: Client, e2e_settings: ErrandSettings, dev_worker: object,
        tmp_path: Path) -> None:
    assert RETURN_KIND.prefix == "return"  # importing it lets `errands` read return errands' status
    order = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=9), days_ago=20)
    photo = tmp_path / "kettle.png"
    photo.write_bytes(png())
    started = await aerrand(e2e_settings, "return", order["order_id"], "--reason", "damaged", "--photo", str(photo),
                            "--note", "the lid arrived cracked")
    assert started.returncode == 0, started.stdout + started.stderr
    errand_id = started.stdout.split("started ", 1)[1].split()[0]
    assert errand_id.startswith("return-alice-") and "needs human" in started.stdout

    query = f'ErrandNeedsHuman = true AND TaskQueue = "{e2e_settings.task_queue}"'
    assert await listed(dev_client, query, errand_id)

    decided = await aerrand(e2e_settings, "decide", errand_id, "--approve", "--note", "cracked in transit",
                            "--operator", "olga")
    assert decided.returncode == 0, decided.stdout + decided.stderr
    status: ReturnStatus = await errands.wait_for(dev_client, errand_id,  # type: ignore[assignment]
                                                  lambda s: s.state == "awaiting_slot_choice")
    chosen = await aerrand(e2e_settings, "choose-slot", errand_id, status.slots[0].slot_id)
    assert chosen.returncode == 0, chosen.stdout + chosen.stderr
    handle = dev_client.get_workflow_handle_for(ReturnWorkflow.run, errand_id)
    await advance_pickup(sandbox, handle)
    # The courier's webhook: wakes the errand from its (one-minute) poll; the courier's API is what it believes.
    await handle.signal(ReturnWorkflow.courier_event, CourierEvent(status="at_warehouse"))
    result = await handle.result()
    assert result.state == "refunded", result.outcome
    assert await refunds(sandbox, order["authorization_id"]) == [order["total"]]
    assert await listed(dev_client, f'ErrandState = "refunded" AND TaskQueue = "{e2e_settings.task_queue}"',
                        errand_id)
    shown = await aerrand(e2e_settings, "status", errand_id)
    assert "decision.approved" in shown.stdout and "payment.refunded" in shown.stdout, shown.stdout
    assert_clear_error(await aerrand(e2e_settings, "decide", errand_id, "--refuse", "--note", "late"),
                       "nothing to decide")


@pytest.mark.parametrize(("args", "expected"), [
    (["return", "ord_x", "--reason", "bored"], "unknown reason “bored”"),
    (["return", "ord_x", "--reason", "damaged", "--photo", "/nonexistent/p.png"], "cannot read photo"),
    (["return", "ord_doesnotexist", "--reason", "changed_mind"], "no order “ord_doesnotexist”"),
])
def test_bad_return_input_gets_one_clear_line(e2e_settings: ErrandSettings, args: list[str], expected: str) -> None:
    assert_clear_error(errand(e2e_settings, *args), expected)


def test_a_file_that_is_not_an_image_is_refused_before_anything_starts(e2e_settings: ErrandSettings,
                                                                        tmp_path: Path) -> None:
    fake = tmp_path / "receipt.png"
    fake.write_text("not an image")
    assert_clear_error(errand(e2e_settings, "return", "ord_x", "--reason", "damaged", "--photo", str(fake)),
                       "not a PNG or JPEG")
