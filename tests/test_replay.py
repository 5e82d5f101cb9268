"""Replay every recorded history (tests/histories/*.json) against today's workflow code.

A change to a workflow that would break running errands fails here. The histories are produced by
`python scripts/record_histories.py`.
"""

from __future__ import annotations

import importlib
import json
from datetime import timedelta
from pathlib import Path

import pytest
from temporalio import workflow
from temporalio.api.enums.v1 import EventType
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer, UnsandboxedWorkflowRunner
from temporalio.workflow import NondeterminismError

from errand import workflows as workflows_package
from errand.domain.models import ErrandStatus
from errand.worker.run import workflow_runner
from errand.workflows import ALL_WORKFLOWS, BuyRequest, BuyWorkflow

ROOT = Path(__file__).parent / "histories"
# Today's recordings, and in subfolders those recorded before a versioned change (``workflow.patched``):
# errands that were running at the upgrade must still replay, down the branch they took then.
CURRENT = sorted(ROOT.glob("*.json"))
HISTORIES = sorted(ROOT.glob("**/*.json"))


def _history(path: Path) -> WorkflowHistory:
    return WorkflowHistory.from_json(path.stem, path.read_text())


def test_corpus_covers_the_important_branches() -> None:
    names = {path.stem for path in CURRENT}
    assert {"buy-approved", "buy-rejected", "buy-expired", "buy-compensated"} <= names
    assert {"bulk-single", "bulk-split", "bulk-partial-accepted", "bulk-partial-cancelled"} <= names
    assert {"resched-slot-chosen", "resched-fee-approved", "resched-locker", "buy-failed-attempt-rescheduled"} <= names
    assert {"chat-buy-approved", "buy-over-cap", "buy-next-candidate"} <= names
    assert {"return-refunded", "return-refused", "return-needs-human-approved"} <= names
    assert {"watch-mandate-bought", "watch-expired", "watch-cancelled", "watch-continued-as-new"} <= names
    assert {"aftersales-completed", "aftersales-refused", "aftersales-needs-human", "chat-aftersales-refused"} <= names
    assert {"buy-nearest-chosen", "buy-nearest-declined", "bulk-earliest-accepted", "chat-nearest-relayed",
            "chat-other-shoppers-errand", "buy-passkey-approved", "buy-ap2-mandate-approved",
            "buy-several-merchants-ordered", "buy-merchant-down-skipped", "watch-mandate-cancelled"} <= names


def _patches_taken(history: WorkflowHistory) -> set[str]:
    return {json.loads(e.marker_recorded_event_attributes.details["patch-data"].payloads[0].data)["id"]
            for e in history.events if e.event_type == EventType.EVENT_TYPE_MARKER_RECORDED
            and e.marker_recorded_event_attributes.marker_name == "core_patch"}


def test_every_patched_branch_has_a_recorded_history() -> None:
    """A ``workflow.patched`` branch nobody recorded is one replay never checks: each patch id declared in
    errand.workflows is taken by at least one of today's histories."""
    modules = [importlib.import_module(f"errand.workflows.{path.stem}")
               for path in Path(workflows_package.__file__).parent.glob("*.py")]
    declared = {value for module in modules for name, value in vars(module).items()
                if name.endswith("_PATCH") and isinstance(value, str)}
    taken: set[str] = set().union(*(_patches_taken(_history(path)) for path in CURRENT))
    assert declared and declared - taken == set(), f"patched branches without a recorded history: {declared - taken}"


@pytest.mark.parametrize("path", HISTORIES, ids=[str(p.relative_to(ROOT).with_suffix("")) for p in HISTORIES])
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


@workflow.defn(name="buy")
class _BuyWithoutThePatch(BuyWorkflow):
    """Ledger notes as local activities, but unconditionally: no ``workflow.patched`` marker."""

    @workflow.run
    async def run(self, request: BuyRequest) -> ErrandStatus:
        self._ledger_local = True
        return await super().run(request)


def _ledger_activities(history: WorkflowHistory) -> int:
    return sum(1 for e in history.events if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
               and e.activity_task_scheduled_event_attributes.activity_type.name == "record_ledger")


async def test_ledger_notes_became_local_activities_behind_a_patch() -> None:
    before, after = _history(ROOT / "pre-local-ledger" / "buy-approved.json"), _history(ROOT / "buy-approved.json")
    markers = sum(1 for e in after.events if e.event_type == EventType.EVENT_TYPE_MARKER_RECORDED)
    assert _ledger_activities(before) >= 5 and _ledger_activities(after) == 0 and markers >= 5
    assert len(after.events) < len(before.events)
    # The patch is what lets an errand that was running at the upgrade finish: without it, replay breaks.
    replayer = Replayer(workflows=[_BuyWithoutThePatch], data_converter=pydantic_data_converter,
                        workflow_runner=UnsandboxedWorkflowRunner())
    result = await replayer.replay_workflow(before, raise_on_replay_failure=False)
    assert isinstance(result.replay_failure, NondeterminismError)
