"""ConversationWorkflow: one chat session (``chat-<shopper>-<8 hex>``) between a shopper and the agent.

Messages arrive as signals. Each is planned by the planner activity into exactly one action: a clarifying
question goes back to the shopper, a question about an errand is answered from that errand's status, and an
errand starts as a child workflow (abandoned on close, so it outlives the chat). The conversation follows
each child and relays its progress, the quote awaiting a signature included; it never approves anything:
the shopper signs the quote and signals the child. After N messages it continues as new, carrying a
compact transcript.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from errand.activities.commerce import CommerceActivities
    from errand.activities.conversation import ConversationActivities, ErrandRef, ErrandSnapshot
    from errand.activities.messages import ShopperRef
    from errand.activities.planner import PlannerActivities
    from errand.domain.intents import BuyAction, Clarification, ErrandQuestion, Plan
    from errand.domain.nearest import is_one_word_answer
    from errand.planner.context import DataBlock, PlannerTrace, PlanRequest, PlanResult, ShopperContext

    from .aftersales_chat import AftersalesChat
    from .chat_models import (
        ChatCarry,
        ChatEnd,
        ChatErrand,
        ChatMessage,
        ChatStatus,
        ChatTurn,
        ConversationRequest,
        TurnKind,
    )
    from .chat_text import answer_question, errand_summary, progress_line
    from .choice import CHOICE_SIGNAL, ErrandChoice
    from .errand import Errand
    from .kinds import ERRAND_WORKFLOWS
    from .policies import PLANNER, READ
    from .service_help import service_help

WORKFLOW_TYPES = {"buy": "buy", "bulk_order": "bulk_order", "return": "return", "price_watch": "price_watch",
                  "reschedule": "reschedule_delivery"}
"""Which workflow type serves each planned action kind."""
# The planner is shown the agent's own earlier replies as data, not as transcript: they quote merchant text.
AGENT_TURNS_AS_DATA_PATCH = "planner-agent-turns-as-data-v1"
# A one-word answer ("1", "yes", "no") while an errand asks the shopper something goes to that errand.
RELAY_CHOICE_PATCH = "relay-one-word-choice-v1"
OWN_ERRANDS_PATCH = "chat-own-errands-only-v1"
"""Marks conversations that refuse to tell about an errand id naming another shopper."""


def names_shopper(errand_id: str, shopper_id: str) -> bool:
    """Whether ``errand_id`` follows the ``<kind>-<shopper>-<8 hex>`` convention for exactly this shopper
    (shopper ids may hold hyphens, so a prefix alone would let ``al`` read ``al-ice``'s errands)."""
    kind, _, rest = errand_id.partition("-")
    suffix = rest[len(shopper_id):]
    return (bool(kind) and rest.startswith(shopper_id) and len(suffix) == 9 and suffix[0] == "-"
            and all(c in "0123456789abcdef" for c in suffix[1:]))


ID_PREFIX = {"buy": "buy", "bulk_order": "bulk", "return": "return", "price_watch": "watch",
             "reschedule": "reschedule"}


def registered_workflow_types() -> set[str]:
    """Workflow types of the errands this worker serves (``workflows.kinds.ERRAND_WORKFLOWS``); an action
    whose workflow is not among them is answered with "not available yet"."""
    return {getattr(cls, "__temporal_workflow_definition").name for cls in ERRAND_WORKFLOWS}


@workflow.defn(name="conversation")
class ConversationWorkflow(AftersalesChat, Errand[ChatStatus]):
    _status: ChatStatus

    @workflow.init
    def __init__(self, request: ConversationRequest) -> None:
        carry = request.carry or ChatCarry()
        super().__init__(ChatStatus(
            errand_id=workflow.info().workflow_id, shopper_id=request.shopper_id, state="listening",
            turns=list(carry.turns), errands=list(carry.errands), messages=carry.messages,
            planner_calls=carry.planner_calls, tokens_in=carry.tokens_in, tokens_out=carry.tokens_out, runs=carry.runs,
        ))
        self._ledger_rows = carry.ledger_rows
        self._carry = carry
        self._inbox: list[ChatMessage] = list(carry.inbox)
        self._ended: ChatEnd | None = None
        self._pending: str | None = carry.pending_sentence
        self._handled = 0
        self._followers: list[asyncio.Task[None]] = []
        self._product_texts: dict[str, str] = {}
        if carry.hold is not None:
            self._hold = carry.hold
        self._dialogue = carry.aftersales_dialogue

    @workflow.signal
    def message(self, message: ChatMessage) -> None:
        self._inbox.append(message)

    @workflow.signal
    def end(self, end: ChatEnd) -> None:
        self._ended = end

    @workflow.query
    def status(self) -> ChatStatus:
        return self._status

    def say(self, text: str, kind: TurnKind = "text", errand_id: str | None = None) -> None:
        self._status.turns.append(ChatTurn(at=workflow.now(), who="agent", text=text, kind=kind, errand_id=errand_id))

    @workflow.run
    async def run(self, request: ConversationRequest) -> ChatStatus:
        if not self._carry.address_labels:
            await self._load_profile(request.shopper_id)
        for errand in self._status.errands:
            if not errand.finished:
                self._followers.append(asyncio.create_task(self._follow(errand, request.relay_poll_seconds)))
        while True:
            await workflow.wait_condition(lambda: bool(self._inbox) or self._ended is not None)
            if not self._inbox:
                await self.finish("ended", self._ended.reason if self._ended else "ended", who="shopper")
                return self._status
            if self._handled >= request.messages_before_continue or workflow.info().is_continue_as_new_suggested():
                workflow.continue_as_new(request.model_copy(update={"carry": self._carry_over()}))
            message = self._inbox.pop(0)
            self._handled += 1
            self._status.messages += 1
            self._status.turns.append(ChatTurn(at=workflow.now(), who="shopper", text=message.text))
            self.set_state("planning", "planning the shopper's message")
            if self.in_aftersales(message.text):
                await self.aftersales_turn(request, message.text)
            else:
                await self._handle(request, message)
            self.set_state("listening", f"{len(self._status.errands)} errands; listening")

    async def _load_profile(self, shopper_id: str) -> None:
        try:
            profile = await workflow.execute_activity_method(
                CommerceActivities.get_shopper_profile, ShopperRef(shopper_id=shopper_id), **READ)
        except ActivityError:
            self._carry.address_labels = ["home", "office"]
            return
        # Only labels and memberships reach the planner: never addresses, keys or payment data.
        self._carry.address_labels = [a.label for a in profile.addresses]
        self._carry.loyalty_memberships = ["marketplace points"] if profile.loyalty_points else []

    def _context(self, shopper_id: str) -> ShopperContext:
        return ShopperContext(
            shopper_id=shopper_id, address_labels=self._carry.address_labels,
            loyalty_memberships=self._carry.loyalty_memberships,
            recent_errands=[e.errand_id for e in self._status.errands][-10:])

    async def _plan(self, request: ConversationRequest, sentence: str) -> PlanResult | None:
        earlier = self._status.turns[-7:-1]
        untrusted = self._untrusted()
        if workflow.patched(AGENT_TURNS_AS_DATA_PATCH):
            transcript = [t.text for t in earlier if t.who == "shopper"]
            untrusted += [DataBlock(source="agent_turn", text=t.text[:4000]) for t in earlier if t.who == "agent"]
        else:
            transcript = [f"{t.who}: {t.text}" for t in earlier]
        try:
            result: PlanResult = await workflow.execute_activity_method(
                PlannerActivities.plan_errand,
                PlanRequest(sentence=sentence, context=self._context(request.shopper_id), now=workflow.now(),
                            transcript=transcript, untrusted=untrusted), **PLANNER)
        except ActivityError as err:
            self.say(f"Sorry, I can't think right now ({err.cause or err}); please try again in a minute.", "error")
            await self.note("agent", "planner.failed", str(err.cause or err)[:200], outcome="failed")
            return None
        self._status.planner_calls += result.trace.calls
        self._status.tokens_in += result.trace.tokens_in
        self._status.tokens_out += result.trace.tokens_out
        return result

    def _untrusted(self) -> list[DataBlock]:
        """Merchant text about this conversation's errands: the planner sees it only as JSON data."""
        return [DataBlock(source="product", text=f"{errand_id}: {text}")
                for errand_id, text in list(self._product_texts.items())[-3:]]

    async def _handle(self, request: ConversationRequest, message: ChatMessage) -> None:
        if await self._relay_choice(request.shopper_id, message.text):
            return
        result = await self._plan(request, message.text)
        if result is None:
            return
        if result.aftersales is not None:  # a model's after-sales tool call: the dialogue takes it from here
            await self._record(result.trace, None)
            question = result.plan.action.question if isinstance(result.plan.action, Clarification) else ""
            await self.aftersales_planned(request, result.aftersales, message.text, question)
            return
        if (isinstance(result.plan.action, Clarification) and self._pending and result.trace.backend == "offline"):
            # The rule planner has no memory: read the answer together with the sentence it completes.
            combined = await self._plan(request, f"{self._pending}, {message.text}")
            if combined is not None and not isinstance(combined.plan.action, Clarification):
                await self._record(result.trace, None)
                result = combined
        action = result.plan.action
        if isinstance(action, Clarification):
            self._pending = message.text if self._pending is None else f"{self._pending}, {message.text}"
            await self._record(result.trace, None)
            self.say(action.question, "question")
            return
        self._pending = None
        if isinstance(action, ErrandQuestion):
            await self._record(result.trace, None)
            await self._answer(action)
            return
        errand_id = await self._start(request, result.plan)
        await self._record(result.trace, errand_id)

    async def _relay_choice(self, shopper_id: str, text: str) -> bool:
        """Send a one-word answer to the latest errand asking the shopper something; False when there is none
        or the message is not such an answer (it is planned as usual)."""
        running = [e for e in self._status.errands if not e.finished]
        if not running or not is_one_word_answer(text) or not workflow.patched(RELAY_CHOICE_PATCH):
            return False
        if not any(e.state == "awaiting_choice" for e in running):
            # The follower looks at its errands less often while they wait: look now, the shopper is answering.
            # Only the asking is taken from this look: what else changed is the follower's to announce.
            for errand in running[-3:]:
                try:
                    snapshot = await workflow.execute_activity_method(
                        ConversationActivities.errand_snapshot,
            ErrandRef(errand_id=errand.errand_id, shopper_id=self._status.shopper_id), **READ)
                except ActivityError:
                    continue
                if snapshot.state == "awaiting_choice" and not snapshot.finished:
                    errand.state = snapshot.state
        asking = [e for e in running if e.state == "awaiting_choice" and not e.finished]
        if not asking:
            return False
        errand = asking[-1]
        await self.wait_while_held()
        await workflow.get_external_workflow_handle(errand.errand_id).signal(
            CHOICE_SIGNAL, ErrandChoice(answer=text.strip()[:40], shopper_id=shopper_id))
        errand.state = "answered"  # until the errand's own next state is read
        await self.note("shopper", "choice.relayed", f"{text.strip()[:40]} → {errand.errand_id}",
                        evidence={"errand_id": errand.errand_id})
        self.say(f"Telling {errand.errand_id}: “{text.strip()[:40]}”.", "text", errand.errand_id)
        return True

    async def _record(self, trace: PlannerTrace, errand_id: str | None) -> None:
        """One ledger row per planner call, linked to the errand it started."""
        await self.note("agent", "planner.planned", f"{trace.action} via {trace.backend}:{trace.model}",
                        evidence={**trace.model_dump(mode="json"), "started_errand": errand_id},
                        outcome=trace.action)

    async def _answer(self, question: ErrandQuestion) -> None:
        errand = self._which_errand(question)
        # "how do returns work?": the service explained, not the last errand's state. Only the words said
        # change; the errand is still read as before, so a history replays with the same commands.
        explained = service_help(question)
        if errand is None and question.errand_id:  # another shopper's id: answered as one that does not exist
            self.say(f"I can't find an errand called {question.errand_id}.", "text")
            return
        if errand is None:
            self.say(explained or "I have no errand in this conversation to tell you about yet.", "text")
            return
        snapshot = await workflow.execute_activity_method(
            ConversationActivities.errand_snapshot,
            ErrandRef(errand_id=errand.errand_id, shopper_id=self._status.shopper_id), **READ)
        self._remember(errand, snapshot)
        if explained is not None:
            self.say(explained, "text")
            return
        self.say(answer_question(question.topic, snapshot), "text", errand.errand_id)

    def _which_errand(self, question: ErrandQuestion) -> ChatErrand | None:
        errands: list[ChatErrand] = self._status.errands
        for errand in reversed(errands):
            if question.errand_id and errand.errand_id == question.errand_id:
                return errand
            if question.order_id and errand.order_id == question.order_id:
                return errand
        if question.errand_id:
            # Only the shopper's own errands are told about: an id naming another shopper (or none) is unknown
            # here. Patched: histories from before the check replay as they ran (a foreign id never reached it).
            if not names_shopper(question.errand_id, self._status.shopper_id) and workflow.patched(OWN_ERRANDS_PATCH):
                return None
            return ChatErrand(errand_id=question.errand_id, kind=question.errand_id.split("-", 1)[0])
        return errands[-1] if errands else None

    async def _start(self, request: ConversationRequest, plan: Plan) -> str | None:
        action = plan.action
        workflow_type = WORKFLOW_TYPES[action.kind]
        if workflow_type not in registered_workflow_types():
            self.say(f"Sorry, {action.kind.replace('_', ' ')} errands are not available yet.", "unavailable")
            return None
        errand_id = f"{ID_PREFIX[action.kind]}-{request.shopper_id}-{str(workflow.uuid4())[:8]}"
        intent: Any = action.intent if isinstance(action, BuyAction) else action
        child_request: dict[str, Any] = {"intent": intent.model_dump(mode="json")}
        if isinstance(action, BuyAction):
            child_request.update(approval_timeout_seconds=request.approval_timeout_seconds,
                                 shipment_poll_seconds=request.shipment_poll_seconds)
            if request.caps is not None:
                child_request["caps"] = request.caps.model_dump(mode="json")
        summary = errand_summary(plan)
        # Held: the errand starts held (it does nothing until released) rather than the chat waiting.
        memo = self.child_memo()
        if memo is None:
            await self.wait_while_held()
        await workflow.start_child_workflow(
            workflow_type, child_request, id=errand_id, result_type=dict, static_summary=summary,
            static_details=f"started from conversation {self.errand_id}",
            parent_close_policy=workflow.ParentClosePolicy.ABANDON, memo=memo)
        errand = ChatErrand(errand_id=errand_id, kind=action.kind, summary=summary)
        self._status.errands.append(errand)
        held = " It is held by the operator's kill switch until released." if memo else ""
        self.say(f"On it: {summary} ({errand_id}).{held}", "started", errand_id)
        self._followers.append(asyncio.create_task(self._follow(errand, request.relay_poll_seconds)))
        return errand_id

    def _remember(self, errand: ChatErrand, snapshot: ErrandSnapshot) -> None:
        errand.state, errand.finished = snapshot.state or errand.state, snapshot.finished
        errand.total = snapshot.total if snapshot.total is not None else errand.total
        errand.order_id = snapshot.order_id or errand.order_id
        if snapshot.product_text:
            self._product_texts[errand.errand_id] = snapshot.product_text

    async def _follow(self, errand: ChatErrand, poll_seconds: float) -> None:
        """Relay the child's progress: each new state once, the quote when it awaits a signature."""
        interval = poll_seconds
        seen = errand.state
        while not errand.finished:
            await workflow.sleep(timedelta(seconds=interval), summary=f"follow {errand.errand_id}")
            try:
                snapshot = await workflow.execute_activity_method(
                    ConversationActivities.errand_snapshot,
            ErrandRef(errand_id=errand.errand_id, shopper_id=self._status.shopper_id), **READ)
            except ActivityError:
                interval = min(interval * 2, 300.0)
                continue
            self._remember(errand, snapshot)
            if snapshot.state and snapshot.state != seen:
                seen = snapshot.state
                interval = poll_seconds
                kind: TurnKind = "quote" if snapshot.state == "awaiting_approval" else (
                    "choice" if snapshot.state == "awaiting_choice" and snapshot.question else
                    "done" if snapshot.finished else "progress")
                self.say(progress_line(snapshot), kind, errand.errand_id)
            else:
                interval = min(interval * 1.5, 120.0)

    def _carry_over(self) -> ChatCarry:
        carry = self._carry.model_copy(update={
            "turns": self._status.turns[-20:], "errands": self._status.errands[-20:], "inbox": self._inbox,
            "pending_sentence": self._pending, "messages": self._status.messages,
            "planner_calls": self._status.planner_calls, "tokens_in": self._status.tokens_in,
            "tokens_out": self._status.tokens_out, "ledger_rows": self._ledger_rows, "runs": self._status.runs + 1,
            "hold": self.carried_hold(), "aftersales_dialogue": self.carried_dialogue(),
        })
        return carry


__all__ = ["WORKFLOW_TYPES", "ConversationWorkflow", "registered_workflow_types"]
