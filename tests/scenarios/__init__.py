"""Drivers for recorded histories: each module's ``SCENARIOS`` maps a history name to a coroutine that
starts one workflow on the given client and drives it to its end (signals, faults, couriers).

``scripts/record_histories.py`` runs every scenario of every module listed in ``MODULES``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from temporalio.client import Client, WorkflowHandle

from errand.sandbox.process import SandboxProcess

Scenario = Callable[[Client, str, SandboxProcess], Awaitable[WorkflowHandle[Any, Any]]]
"""(client, task_queue, sandbox) -> the handle of a workflow that will finish without further help."""

MODULES: tuple[str, ...] = ("tests.scenarios.buy", "tests.scenarios.bulk", "tests.scenarios.resched",
                              "tests.scenarios.returns", "tests.scenarios.watch", "tests.scenarios.chat",
                              "tests.scenarios.aftersales", "tests.scenarios.outcomes", "tests.scenarios.approvals",
                              "tests.scenarios.merchants", "tests.scenarios.payment")
