"""A change the dialogue's own reading does not open, read by a model planner (its provider mocked): the
conversation opens the after-sales dialogue on the model's tool call, identifies the shopper first, asks
for any other item, confirms, and the shopper's signature applies it, over real Temporal and the retail
sandbox."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx2
from temporalio.client import Client
from temporalio.worker import Worker

from errand.activities.planner import PlannerActivities
from errand.planner import AnthropicBackend, Planner
from errand.planner.aftersales import is_aftersales
from errand.worker import run as worker_run
from errand.worker.settings import ErrandSettings
from errand.workflows import ALL_WORKFLOWS, AftersalesWorkflow
from tests.aftersales.conftest import Shop
from tests.planner.chat_helpers import say, start_chat, wait_turn
from tests.planner.recorded import anthropic_tool_use

from .conftest import sign

MIA = "mia_li_3668"
SENTENCE = "the blue T-shirt in W0000001 should be a black S instead, my gift card pays the difference"
SWAP = {"order_id": "#W0000001", "item_ids": ["9612497925"], "new_item_ids": ["1176194968"],
        "payment_method_id": "gift_card_4806466"}


class _Model:
    """Answers every planning request with the after-sales tool call a model makes for the sentence."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.sent.append(json.loads(request.content))
        return httpx2.Response(200, json=anthropic_tool_use("aftersales_change_items", SWAP))


@contextlib.asynccontextmanager
async def _worker_with_planner(client: Client, settings: ErrandSettings, planner: Planner) -> AsyncIterator[None]:
    async with contextlib.AsyncExitStack() as stack:
        activities = [a for a in await worker_run._activities(settings, stack)
                      if getattr(a, "__temporal_activity_definition").name != "plan_errand"]
        async with Worker(client, task_queue=settings.task_queue, workflows=ALL_WORKFLOWS,
                          workflow_runner=worker_run.workflow_runner(),
                          activities=[*activities, PlannerActivities(planner).plan_errand]):
            yield


async def _reply(chat: Any, text: str) -> str:
    before = await say(chat, text)
    return (await wait_turn(chat, lambda t: True, after=before)).text


async def test_a_models_after_sales_call_opens_the_dialogue_identity_first(
        shop: Shop, client: Client, settings: ErrandSettings) -> None:
    assert not is_aftersales(SENTENCE)  # the dialogue's own reading would hand it to the planner
    model = _Model()
    backend = AnthropicBackend(api_key="sk-ant-test", model="claude-sonnet-5",
                               http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(model)))
    async with _worker_with_planner(client, settings, Planner(backend)):
        chat = await start_chat(client, settings.task_queue, shopper=MIA)
        asked = await _reply(chat, SENTENCE)
        assert "identify you" in asked and "#W0000001" not in asked
        asked = await _reply(chat, "mia.li3818@example.com")
        assert "Is that every item?" in asked and "9612497925 → 1176194968" in asked
        asked = await _reply(chat, "that's all")
        assert asked.startswith("To confirm: change items of order #W0000001: 9612497925 → 1176194968; the "
                                "difference through gift_card_4806466")
        assert shop.order(MIA, "#W0000001")["status"] == "pending"
        before = await say(chat, "yes")
        started = await wait_turn(chat, lambda t: t.kind == "started", after=before)
        quote = await wait_turn(chat, lambda t: t.kind == "quote", after=before)
        assert "$1.89 paid by gift_card_4806466 now" in quote.text
        child = client.get_workflow_handle_for(AftersalesWorkflow.run, started.errand_id or "")
        status = await child.query(AftersalesWorkflow.status)
        await child.signal(AftersalesWorkflow.approve, sign(shop, status.quote or {}))
        done = await wait_turn(chat, lambda t: t.kind == "done", after=before)
    await backend.aclose()
    assert "completed" in done.text
    assert shop.order(MIA, "#W0000001")["status"] == "pending (item modified)"
    assert len(model.sent) == 1  # the model planned the first message only: the dialogue took the rest
