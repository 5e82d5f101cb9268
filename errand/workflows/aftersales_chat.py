"""The conversation's after-sales dialogue: a mixin of ``ConversationWorkflow``.

A message that opens an after-sales request (an order ``#W…``, an e-mail, "cancel my order", "exchange",
a payment method, the default address, or a change a model planner read in other words) and every message
after it until the dialogue ends is taken one step by the ``aftersales_turn`` activity, which follows the policy: identify the shopper, gather every item
of the change, state it and wait for a yes. The yes starts the after-sales errand, whose merchant quote the
shopper signs like any other; this conversation relays the quote's words and money and the outcome, and
never signs anything. A request for a person starts the errand as a hand-over to the needs-human queue.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from errand.activities.aftersales import AftersalesActivities, AftersalesTurnRequest, ChangeView
    from errand.activities.conversation import ErrandRef
    from errand.domain.aftersales import AftersalesIntent
    from errand.planner.aftersales import Dialogue, dialogue_for, is_aftersales

    from .chat_models import ChatErrand, ChatStatus, ConversationRequest, TurnKind
    from .errand import Errand, reason_of
    from .policies import READ

AFTERSALES_DIALOGUE_PATCH = "aftersales-dialogue-v1"
"""Histories recorded before the dialogue planned every message; a message that would open one now is
planned as before when this marker is absent."""


class AftersalesChat(Errand[ChatStatus]):
    """The after-sales dialogue's state and turns, inside one conversation."""

    _status: ChatStatus
    _followers: list[asyncio.Task[None]]
    _dialogue: Dialogue | None = None

    def say(self, text: str, kind: TurnKind = "text", errand_id: str | None = None) -> None:
        raise NotImplementedError

    def carried_dialogue(self) -> Dialogue | None:
        """The dialogue under way, for the carry into the next run (identity, gathered items and a pending
        yes survive a continue-as-new).

        No patch marker: carrying it changes no command, only the next run's input, and a run started from an
        earlier carry (which has no dialogue) goes on as it did."""
        return self._dialogue if self._dialogue is not None and self._dialogue.active else None

    def in_aftersales(self, text: str) -> bool:
        """Whether this message belongs to the after-sales dialogue (one under way, or one it opens)."""
        if self._dialogue is not None and self._dialogue.active:
            return True
        return is_aftersales(text) and workflow.patched(AFTERSALES_DIALOGUE_PATCH)

    async def aftersales_turn(self, request: ConversationRequest, text: str) -> None:
        """One step of the dialogue; the errand starts when the shopper confirmed the change."""
        try:
            outcome = await workflow.execute_activity_method(
                AftersalesActivities.aftersales_turn,
                AftersalesTurnRequest(shopper_id=request.shopper_id, text=text[:2000],
                                      dialogue=self._dialogue or Dialogue()), **READ)
        except ActivityError as err:
            self.say(f"Sorry, I can't reach the shop right now ({reason_of(err)[:200]}); please try again.", "error")
            return
        self._dialogue = outcome.dialogue
        await self.note("agent", "aftersales.turn", outcome.reply[:200],
                        evidence={"operation": outcome.dialogue.operation, "order_id": outcome.dialogue.order_id,
                                  "identified": outcome.dialogue.shopper_id is not None,
                                  "starts": outcome.start is not None})
        self.say(outcome.reply, "question" if outcome.start is None and outcome.dialogue.active else "text")
        if outcome.start is not None:
            await self._start_change(request, outcome.start)

    async def aftersales_planned(self, request: ConversationRequest, intent: AftersalesIntent, text: str,
                                 question: str) -> None:
        """A model planner read an after-sales change (or a request for a person) in a message the dialogue's
        own reading did not open: the dialogue opens on what it read and asks who the shopper is, so the
        policy's order holds (identify, gather, confirm) whichever planner read the message."""
        if intent.change is None:
            self.say(question, "text")
            await self._start_change(request, intent.model_copy(update={"shopper_id": request.shopper_id}))
            return
        self._dialogue = dialogue_for(intent, text)
        await self.note("agent", "aftersales.planned", intent.sentence[:200],
                        evidence={"operation": intent.change.operation, "identified": False})
        self.say(question, "question")

    async def _start_change(self, request: ConversationRequest, intent: AftersalesIntent) -> None:
        errand_id = f"aftersales-{request.shopper_id}-{str(workflow.uuid4())[:8]}"
        what = intent.change.operation.replace("_", " ") if intent.change else "hand-over to a person"
        summary = f"after-sales {what} for {intent.shopper_id}"
        memo = self.child_memo()
        if memo is None:
            await self.wait_while_held()
        await workflow.start_child_workflow(
            "aftersales", {"intent": intent.model_dump(mode="json"),
                           "approval_timeout_seconds": min(request.approval_timeout_seconds, 15 * 60)},
            id=errand_id, result_type=dict, static_summary=summary,
            static_details=f"started from conversation {self.errand_id}",
            parent_close_policy=workflow.ParentClosePolicy.ABANDON, memo=memo)
        errand = ChatErrand(errand_id=errand_id, kind="aftersales", summary=summary)
        self._status.errands.append(errand)
        self.say(f"On it: {summary} ({errand_id}).", "started", errand_id)
        self._followers.append(asyncio.create_task(self._follow_change(errand, request.relay_poll_seconds)))

    async def _follow_change(self, errand: ChatErrand, poll_seconds: float) -> None:
        """Relay the change's quote (its words and money, to sign) and its outcome (a refusal with its rule)."""
        seen = errand.state
        interval = poll_seconds
        while not errand.finished:
            await workflow.sleep(timedelta(seconds=interval), summary=f"follow {errand.errand_id}")
            try:
                view: ChangeView = await workflow.execute_activity_method(
                    AftersalesActivities.change_view, ErrandRef(errand_id=errand.errand_id), **READ)
            except ActivityError:
                interval = min(interval * 2, 300.0)
                continue
            errand.state, errand.finished = view.state or errand.state, view.finished
            if view.state == seen:
                interval = min(interval * 1.5, 60.0)
                continue
            seen, interval = view.state, poll_seconds
            if view.state == "awaiting_approval":
                self.say(f"{errand.errand_id}: the merchant quotes — {view.summary} Sign it: “approve” here "
                         f"(or `errand aftersales approve {errand.errand_id}`), or “reject”.", "quote",
                         errand.errand_id)
            elif view.finished:
                self.say(f"{errand.errand_id}: {view.state.replace('_', ' ')} — {view.outcome}", "done",
                         errand.errand_id)
            elif view.state == "needs_human":
                self.say(f"{errand.errand_id}: handed over to a person; they will get back to you.", "progress",
                         errand.errand_id)


__all__ = ["AFTERSALES_DIALOGUE_PATCH", "AftersalesChat"]
