"""A shopper's errands as Temporal knows them, not only those started through the API.

Every errand's workflow id is ``<kind>-<shopper>-<8 characters>`` wherever it starts (the CLI, the API, a
chat, MCP, a price watch buying, a shipment's reschedule), so visibility finds a shopper's errands with one
``WorkflowId STARTS_WITH`` per kind on the task queue. A prefix alone is not proof: shopper ids may hold
hyphens (``al`` is a prefix of ``al-ice``), so each id is checked to name exactly this shopper before it is
listed. Chats are conversations, not errands, and are left out.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import datetime

from temporalio.client import Client, WorkflowExecution
from temporalio.service import RPCError

from errand.cli.kinds import KINDS

from .errors import ApiError
from .state import ApiState

_SHOPPER = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
"""What a shopper id may hold here; anything else cannot be put in a visibility query and has no errands."""
_SUFFIX = re.compile(r"^[0-9a-f]{8}$")
_EXTRA_PREFIXES = ("reschedule",)
"""A chat names the reschedules it starts ``reschedule-…``; the CLI's kind is ``resched``."""
_DESCRIBE_AT_ONCE = 8


@dataclass(frozen=True)
class ListedErrand:
    errand_id: str
    kind: str
    summary: str
    created_at: datetime
    execution: str
    """Temporal's word for the run: running, completed, failed, terminated, …"""


def errand_prefixes() -> list[str]:
    return sorted({*KINDS, *_EXTRA_PREFIXES} - {"chat"})


def names_shopper(errand_id: str, prefix: str, shopper_id: str) -> bool:
    """True when ``errand_id`` is exactly ``<prefix>-<shopper_id>-<8 hex>``."""
    head = f"{prefix}-{shopper_id}-"
    return errand_id.startswith(head) and bool(_SUFFIX.match(errand_id[len(head):]))


def visibility_query(task_queue: str, shopper_id: str, prefixes: list[str]) -> str:
    if not _SHOPPER.match(shopper_id) or '"' in task_queue or "\\" in task_queue:
        raise ValueError("not a name a visibility query can hold")
    anyof = " OR ".join(f'WorkflowId STARTS_WITH "{p}-{shopper_id}-"' for p in prefixes)
    return f'TaskQueue = "{task_queue}" AND ({anyof})'


async def errands_of(state: ApiState, shopper_id: str, limit: int = 50,
                     kind: str | None = None) -> list[ListedErrand]:
    """The shopper's errands, newest first (Temporal's visibility order), at most ``limit``.

    503 while Temporal cannot be reached. A summary comes from the API's own record when it started the
    errand, else from the workflow's static summary (one describe each, a few at a time).
    """
    prefixes = errand_prefixes()
    if kind is not None:
        prefixes = [p for p in prefixes if p == kind or KINDS.get(p) and KINDS[p].workflow_type == kind]
        if not prefixes:
            return []
    try:
        query = visibility_query(state.settings.task_queue, shopper_id, prefixes)
    except ValueError:
        return []
    client = await state.temporal()
    found: list[WorkflowExecution] = []
    try:
        async for execution in client.list_workflows(query, page_size=min(limit * 2, 1000)):
            if any(names_shopper(execution.id, p, shopper_id) for p in prefixes):
                found.append(execution)
                if len(found) >= limit:
                    break
    except RPCError as exc:
        raise ApiError(503, "temporal_error", f"Temporal refused to list errands: {exc.message}") from exc
    known = {row.errand_id: row.summary for row in state.store.errands_of(shopper_id, 1000)}
    summaries = await _summaries(client, [e for e in found if not known.get(e.id)])
    return [ListedErrand(errand_id=e.id, kind=e.id.split("-", 1)[0],
                         summary=known.get(e.id) or summaries.get(e.id, ""), created_at=e.start_time,
                         execution=e.status.name.lower() if e.status is not None else "unknown")
            for e in found]


async def _summaries(client: Client, executions: list[WorkflowExecution]) -> dict[str, str]:
    gate = asyncio.Semaphore(_DESCRIBE_AT_ONCE)

    async def one(execution: WorkflowExecution) -> tuple[str, str]:
        async with gate:
            try:
                described = await client.get_workflow_handle(execution.id, run_id=execution.run_id).describe()
                return execution.id, await described.static_summary() or ""
            except RPCError:
                return execution.id, ""  # listed without its summary

    return dict(await asyncio.gather(*(one(e) for e in executions)))
