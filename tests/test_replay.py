"""Replay every recorded history (tests/histories/*.json) against today's workflow code.

A change to a workflow that would break running errands fails here. The histories are produced by
`python scripts/record_histories.py`.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from temporalio import workflow
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer, UnsandboxedWorkflowRunner
from temporalio.workflow import NondeterminismError

from domain.models import ErrandStatus
from worker.run import workflow_runner
from workflows import ALL_WORKFLOWS, BuyRequest, BuyWorkflow

HISTORIES = sorted((Path(__file__).parent / "histories").glob("*.json"))


def _history(path: Path) -> WorkflowHistory:
    return WorkflowHistory.from_json(path.stem, path.read_text())


def test_corpus_covers_the_important_branches() -> None:
    names = {path.stem for path in HISTORIES}
    assert {"buy-approved", "buy-rejected", "buy-expired", "buy-compensated"} <= names
    assert {"bulk-single", "bulk-split", "bulk-partial-accepted", "bulk-partial-cancelled"} <= names
    assert {"resched-slot-chosen", "resched-fee-approved", "resched-locker", "buy-failed-attempt-rescheduled"} <= names
    assert {"chat-buy-approved", "buy-over-cap"} <= names
    assert {"return-refunded", "return-refused", "return-needs-human-approved"} <= names
    assert {"watch-mandate-bought", "watch-expired", "watch-cancelled", "watch-continued-as-new"} <= names


@pytest.mark.parametrize("path", HISTORIES, ids=[p.stem for p in HISTORIES])
async def test_history_replays(path: Path) -> None:
    replayer = Replayer(workflows=ALL_WORKFLOWS, data_converter=pydantic_data_converter,
                        workflow_runner=workflow_runner())
    result = await replayer.replay_workflow(_history(path), raise_on_replay_failure=False)
    assert result.replay_failure is None, f"{path.name}: {result.replay_failure}"


@workflow.defn(name="buy")
class _BuyWithAnExtraTimer(BuyWorkflow):
    """A careless edit: an extra durable step before the work starts."""

    @workflow.run
    async def run(self, request: BuyRequest) -> ErrandStatus:
        await workflow.sleep(timedelta(seconds=1))
        return await super().run(request)


async def test_a_nondeterministic_change_fails_replay() -> None:
    # Unsandboxed: the sandbox would re-import this test module, and determinism checks don't need it.
    replayer = Replayer(workflows=[_BuyWithAnExtraTimer], data_converter=pydantic_data_converter,
                        workflow_runner=UnsandboxedWorkflowRunner())
    result = await replayer.replay_workflow(_history(Path(__file__).parent / "histories" / "buy-approved.json"),
                                            raise_on_replay_failure=False)
    assert isinstance(result.replay_failure, NondeterminismError)
