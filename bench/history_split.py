"""Where a workflow's time went, by its Temporal history's own event timestamps (the server's clock).

``steps(handle)`` reads a workflow's history and answers one (label, milliseconds) pair per gap between
consecutive events, the label naming both ends (an activity's events carry its type, a local activity's
marker its type too), so gaps of many runs can be gathered by label; ``Split`` gathers them and prints the
median of each with its share of the whole. Used by the latency benches; asserts nothing.
"""

from __future__ import annotations

import itertools
import json
import statistics
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from temporalio.api.enums.v1 import EventType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import WorkflowHandle

_SHORT = {"WORKFLOW_TASK": "wft", "ACTIVITY_TASK": "activity", "WORKFLOW_EXECUTION": "workflow"}


def _name(event: HistoryEvent, activity_of: dict[int, str]) -> str:
    kind = EventType.Name(event.event_type).removeprefix("EVENT_TYPE_")
    for long, short in _SHORT.items():
        kind = kind.replace(long, short)
    kind = kind.lower()
    if event.HasField("activity_task_scheduled_event_attributes"):
        activity_of[event.event_id] = event.activity_task_scheduled_event_attributes.activity_type.name
        return f"{kind} {activity_of[event.event_id]}"
    for field in ("activity_task_started_event_attributes", "activity_task_completed_event_attributes",
                  "activity_task_failed_event_attributes"):
        if event.HasField(field):
            return f"{kind} {activity_of.get(getattr(event, field).scheduled_event_id, '?')}"
    if event.HasField("marker_recorded_event_attributes"):
        attrs = event.marker_recorded_event_attributes
        data = attrs.details.get("data")
        if attrs.marker_name == "core_local_activity" and data is not None and data.payloads:
            try:
                return f"local {json.loads(data.payloads[0].data).get('activity_type', '?')}"
            except ValueError:
                pass
        return f"marker {attrs.marker_name}"
    if event.HasField("workflow_execution_signaled_event_attributes"):
        return f"signal {event.workflow_execution_signaled_event_attributes.signal_name}"
    return kind


async def steps(handle: WorkflowHandle[Any, Any]) -> list[tuple[str, float, float]]:
    """(label "a → b", start offset ms, gap ms) for each pair of consecutive events of the workflow's history."""
    history = await handle.fetch_history()
    activity_of: dict[int, str] = {}
    events = [(_name(e, activity_of), e.event_time.ToDatetime().timestamp()) for e in history.events]
    if not events:
        return []
    first = events[0][1]
    seen: dict[str, int] = defaultdict(int)
    out = []
    for (a, at_a), (b, at_b) in itertools.pairwise(events):
        label = f"{a} → {b}"
        seen[label] += 1
        if seen[label] > 1:
            label += f" #{seen[label]}"
        out.append((label, (at_a - first) * 1000, (at_b - at_a) * 1000))
    return out


def event_times(history_steps: Sequence[tuple[str, float, float]]) -> dict[str, float]:
    """Milliseconds from the first event to the first event named ``label``'s right end."""
    found: dict[str, float] = {}
    for label, start, gap in history_steps:
        end = label.split(" → ", 1)[1].split(" #", 1)[0]
        found.setdefault(end, start + gap)
    return found


class Split:
    """Gaps gathered over runs by label, printed as medians in the order they first happened."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.gaps: dict[str, list[float]] = {}
        self.first_at: dict[str, float] = {}

    def add(self, history_steps: Sequence[tuple[str, float, float]], upto: str | None = None,
            since: str | None = None) -> None:
        """Gather one run's gaps: from the first event named ``since`` (else the start) through the first
        event named ``upto`` (else the end); offsets count from the ``since`` event."""
        origin = 0.0
        for label, start, gap in history_steps:
            if since is not None:
                if not label.split(" → ", 1)[0].startswith(since):
                    continue
                since, origin = None, start
            start -= origin
            self.gaps.setdefault(label, []).append(gap)
            self.first_at.setdefault(label, start)
            if upto is not None and label.split(" → ", 1)[1].startswith(upto):
                return

    def report(self, limit: int = 40) -> str:
        if not self.gaps:
            return f"{self.title}: nothing gathered"
        runs = max(len(v) for v in self.gaps.values())
        rows = sorted(self.gaps.items(), key=lambda kv: self.first_at[kv[0]])[:limit]
        lines = [f"{self.title} (medians over {runs} runs, by the server's event times):"]
        for label, values in rows:
            if len(values) * 2 < runs:
                continue  # a step most runs did not take
            lines.append(f"  {statistics.median(values):7.1f} ms  {label}")
        return "\n".join(lines)
