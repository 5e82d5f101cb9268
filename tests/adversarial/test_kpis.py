"""Attacks on `errand kpis` through the ledger it reads.

An errand's id is chosen by whoever starts its workflow, and the KPIs group errands by the id's prefix. A
real buy errand (time-skipping Temporal, the worker, the sandbox over HTTP) started under an id whose prefix is
terminal markup must not be shown to the operator as a kind of its own, nor dressed up as a real one.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from asyncio.subprocess import PIPE

import pytest
from rich.console import Console
from temporalio.client import Client
from typer.testing import CliRunner

from errand.domain.models import BuyIntent, Rejection
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyRequest, BuyWorkflow
from tests.keys import shopper_key
from tests.workflows.helpers import wait_state

pytestmark = pytest.mark.asyncio


async def _kpis(settings: ErrandSettings, *args: str) -> tuple[int, str]:
    env = {**os.environ, "ERRAND_HOME": str(settings.home), "ERRAND_DATABASE_URL": settings.ledger_url,
           "COLUMNS": "200"}
    command = await asyncio.create_subprocess_exec(sys.executable, "-m", "errand.cli.main", "kpis", *args, env=env,
                                                   stdout=PIPE, stderr=PIPE)
    out, _ = await asyncio.wait_for(command.communicate(), timeout=60)
    assert command.returncode is not None
    return command.returncode, out.decode()


def _kpis_here(settings: ErrandSettings, *args: str) -> tuple[int, str]:
    """``errand kpis`` through the same Typer app in this process (one interpreter start above is enough), its
    table as wide as the subprocess's (``COLUMNS`` is read when a console is made, not when it prints)."""
    from errand.cli import cmd_kpis
    from errand.cli.main import app

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cmd_kpis, "console", Console(width=200))
        done = CliRunner().invoke(app, ["kpis", *args], env={
            "ERRAND_HOME": str(settings.home), "ERRAND_DATABASE_URL": settings.ledger_url, "COLUMNS": "200"})
    return done.exit_code, done.stdout


async def test_an_errand_id_of_markup_is_no_kind_of_its_own(ts_client: Client, settings: ErrandSettings,
                                                            worker: object, sandbox: SandboxProcess) -> None:
    shopper_key(sandbox, "alice")
    intent = BuyIntent(shopper_id="alice", query="AA batteries", quantity=2, max_unit_price=4000,
                       sentence="2 AA batteries")
    handle = await ts_client.start_workflow(
        BuyWorkflow.run, BuyRequest(intent=intent, shipment_poll_seconds=1),
        id="[green]buy[/green]-alice-0badc0de", task_queue=settings.task_queue)
    status = await wait_state(handle, lambda s: s.state == "awaiting_approval" or s.finished)
    if not status.finished:
        await handle.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="test over"))
    await handle.result()

    code, out = await _kpis(settings, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["errands"] == 1 and set(report["handle_time_seconds"]) == {"other"}

    code, table = _kpis_here(settings)
    assert code == 0
    # No buy errand ran: no row may read as one, however the id's markup renders.
    assert "handle time: other" in table and "handle time: buy" not in table
    code, refused = _kpis_here(settings, "--kind", "[green]buy[/green]")
    assert code == 2 and "--kind takes" in refused
