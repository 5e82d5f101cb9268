"""A reschedule asked in words the planner's table never held is understood end to end in a conversation:
the chat starts the reschedule workflow with the day and part of day the shopper wanted."""

from __future__ import annotations

from datetime import timedelta

from temporalio.client import WorkflowExecutionStatus

from errand.workflows import ChatEnd, ConversationWorkflow

from .chat_helpers import say, start_chat, wait_turn


async def test_a_new_phrasing_of_a_reschedule_starts_the_reschedule_errand(ts_client, settings, worker) -> None:
    chat = await start_chat(ts_client, settings.task_queue, "erin")
    n = await say(chat, "Can my parcel come tomorrow evening instead?")
    started = await wait_turn(chat, lambda t: t.kind in ("started", "unavailable", "error", "question"), n)
    assert started.kind == "started", started.text
    assert started.errand_id and started.errand_id.startswith("reschedule-erin-")
    child = ts_client.get_workflow_handle(started.errand_id)
    description = await child.describe()
    assert description.workflow_type == "reschedule_delivery"
    history = await child.fetch_history()
    intent = history.events[0].workflow_execution_started_event_attributes.input.payloads[0].data.decode()
    assert '"preferred_part_of_day":"evening"' in intent.replace(" ", "")
    started_on = description.start_time.date()
    assert any(f'"preferred_date":"{started_on + timedelta(days=d)}"' in intent.replace(" ", "") for d in (1, 2)), intent
    assert "evening" in started.text
    await chat.signal(ConversationWorkflow.end, ChatEnd())
    await chat.result()
    # erin has no undelivered order, so the errand may already have ended saying so; stop it if not.
    if (await child.describe()).status == WorkflowExecutionStatus.RUNNING:
        await child.terminate("test over")
