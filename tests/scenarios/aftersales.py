"""After-sales errand scenarios for the replay corpus: a change applied after a forged approval was refused,
a change refused by a rule, and a hand-over resolved by a person.

The errand acts on a retail data set, which the recorder's default sandbox does not serve: each scenario
starts a sandbox loaded with tests/aftersales/data and its own worker on a queue of its own, drives the
errand to its end there, and returns the finished handle (the recorder reads its history).
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from temporalio.client import Client

from errand.cli.enrolment import local_key
from errand.cli.keystore import KeyStore
from errand.domain.aftersales import AftersalesIntent, AftersalesRequest, AftersalesStatus, change_digest
from errand.domain.approval import approval_message, key_id_of, public_key_b64, sign_b64
from errand.domain.models import SignedApproval
from errand.domain.returns import Decision
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.workflows import AftersalesWorkflow, ChatEnd, ConversationWorkflow
from tests.aftersales.passkeys import change_approval, enrolled_phone
from tests.aftersales_errands.conftest import Handle, quoted, wait_state
from tests.planner.chat_helpers import say, start_chat, wait_turn

from . import Scenario

DATA = Path(__file__).parents[1] / "aftersales" / "data"
MIA, NOAH = "mia_li_3668", "noah_brown_6181"

Drive = Callable[[Handle, dict[str, Any]], Awaitable[None]]


async def _on_retail(client: Client, intent: AftersalesIntent | None, drive: Drive) -> Any:
    """Run ``drive`` against a fresh retail sandbox and worker: on the errand started for ``intent``, or with
    no errand (``intent`` None: the driver starts what it records and returns it under ``"handle"``)."""
    with tempfile.TemporaryDirectory() as home, SandboxProcess(Path(home), dataset="retail",
                                                               dataset_dir=DATA) as sandbox:
        operator = read_token(Path(home), "operator")
        keys = {s: local_key(KeyStore(Path(home)), sandbox.url, s, operator).private_key for s in (MIA, NOAH)}

        def sign(quote: dict[str, Any], signer: str) -> SignedApproval:
            digest = change_digest(quote)
            return SignedApproval(shopper_id=quote["shopper_id"], quote_digest=digest,
                                  signature=sign_b64(keys[signer], approval_message(digest)),
                                  key_id=key_id_of(public_key_b64(keys[signer])))

        settings = ErrandSettings(home=Path(home), sandbox_url=sandbox.url, task_queue=f"rec-as-{uuid.uuid4().hex[:8]}",
                                  database_url=f"sqlite:///{home}/ledger.db")
        async with errand_worker(client, settings):
            tools: dict[str, Any] = {"sign": sign, "task_queue": settings.task_queue, "sandbox": sandbox}
            if intent is None:
                await drive(None, tools)  # type: ignore[arg-type]
                handle = tools["handle"]
            else:
                handle = await client.start_workflow(
                    AftersalesWorkflow.run, AftersalesRequest(intent=intent),
                    id=f"aftersales-{intent.shopper_id}-{uuid.uuid4().hex[:8]}", task_queue=settings.task_queue)
                await drive(handle, tools)
            await handle.result()
        return handle


async def completed(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    intent = AftersalesIntent.model_validate({"shopper_id": MIA, "sentence": "the T-shirt in black S instead", "change": {
        "operation": "change_items", "order_id": "#W0000001", "item_ids": ["9612497925"],
        "new_item_ids": ["1176194968"], "payment_method_id": "gift_card_4806466"}})

    async def drive(handle: Handle, tools: dict[str, Any]) -> None:
        status: AftersalesStatus = await quoted(handle)
        quote = status.quote or {}
        await handle.signal(AftersalesWorkflow.approve, tools["sign"](quote, NOAH))  # another shopper's key
        await wait_state(handle, lambda s: any(e.what == "approval.refused" for e in s.timeline))
        await handle.signal(AftersalesWorkflow.approve, tools["sign"](quote, MIA))

    return await _on_retail(client, intent, drive)


async def passkey_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """A cancel approved with the shopper's passkey (enrolled after the errand read the keys), after the same
    passkey's assertion over another quote's digest was refused."""
    intent = AftersalesIntent.model_validate({"shopper_id": MIA, "sentence": "cancel #W0000001", "change": {
        "operation": "cancel", "order_id": "#W0000001", "reason": "ordered by mistake"}})

    async def drive(handle: Handle, tools: dict[str, Any]) -> None:
        digest = change_digest((await quoted(handle)).quote or {})
        phone = enrolled_phone(tools["sandbox"], MIA)
        await handle.signal(AftersalesWorkflow.approve, change_approval(phone, "0" * 64, claimed_digest=digest))
        await wait_state(handle, lambda s: any(e.what == "approval.refused" for e in s.timeline))
        await handle.signal(AftersalesWorkflow.approve, change_approval(phone, digest))

    return await _on_retail(client, intent, drive)


async def refused(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    intent = AftersalesIntent.model_validate({"shopper_id": MIA, "sentence": "cancel #W0000003", "change": {
        "operation": "cancel", "order_id": "#W0000003", "reason": "no longer needed"}})

    async def drive(handle: Handle, tools: dict[str, Any]) -> None:
        return None

    return await _on_retail(client, intent, drive)


async def handed_over(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    intent = AftersalesIntent(shopper_id=MIA, handover="wants compensation for a late delivery of #W0000001",
                              sentence="I want compensation for #W0000001")

    async def drive(handle: Handle, tools: dict[str, Any]) -> None:
        await wait_state(handle, lambda s: s.state == "needs_human")
        await handle.signal(AftersalesWorkflow.resolve, Decision(approve=True, note="refunded shipping by hand",
                                                                 operator="olga"))

    return await _on_retail(client, intent, drive)


async def chat_refused(client: Client, task_queue: str, sandbox: SandboxProcess) -> Any:
    """A conversation's after-sales dialogue: identify, gather, confirm; the errand it starts is refused by
    rule and the conversation relays the rule."""

    async def drive(_: Handle, tools: dict[str, Any]) -> None:
        chat = await start_chat(client, tools["task_queue"], shopper=MIA)
        for text, kind in (("please cancel order #W0000003", "question"), ("mia.li3818@example.com", "question"),
                           ("ordered by mistake", "question"), ("yes", "done")):
            before = await say(chat, text)
            await wait_turn(chat, lambda t, kind=kind: t.kind == kind, after=before)  # type: ignore[misc]
        await chat.signal(ConversationWorkflow.end, ChatEnd(reason="done"))
        tools["handle"] = chat

    return await _on_retail(client, None, drive)


SCENARIOS: dict[str, Scenario] = {
    "chat-aftersales-refused": chat_refused,
    "aftersales-completed": completed,
    "aftersales-passkey-approved": passkey_approved,
    "aftersales-refused": refused,
    "aftersales-needs-human": handed_over,
}
