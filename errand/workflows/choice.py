"""Asking the shopper a one-word question from inside an errand: the `choose` signal and the wait for it.

An errand that cannot do exactly what was asked offers the nearest thing it can (the closest products, a
later delivery time) and waits, with a timeout, for the shopper's one-word answer. An answer from another
shopper, or one that is not an answer, is recorded and changes nothing; the wait goes on until its deadline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pydantic import BaseModel, ConfigDict, Field
from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from errand.domain.models import ErrandStatusBase

    from .errand import Errand, StatusT

CHOICE_SIGNAL = "choose"


class ErrandChoice(BaseModel):
    """The shopper's one-word answer to an errand's question ("1", "yes", "no")."""

    model_config = ConfigDict(extra="forbid")

    answer: str = Field(min_length=1, max_length=40)
    shopper_id: str = Field(default="", max_length=64, description="who answers; another shopper's is ignored")


class AsksShopper(Errand[StatusT]):
    """Mixin for errands that put a question to the shopper and go on with the answer."""

    _answers: list[ErrandChoice]
    _status: StatusT

    @workflow.signal(name=CHOICE_SIGNAL)
    def choose(self, choice: ErrandChoice) -> None:
        self._answers.append(choice)

    async def ask(self, question: str, read: Callable[[str], int | None], timeout_seconds: int) -> int | None:
        """Put ``question`` and wait for an answer ``read`` understands (it returns an index, or
        ``DECLINED``); None when none came before the timeout."""
        status: ErrandStatusBase = self._status
        status.question = question
        self.set_state("awaiting_choice", question[:300])
        await self.note("agent", "choice.requested", question[:200], evidence={"question": question})
        deadline = workflow.now() + timedelta(seconds=timeout_seconds)
        try:
            while True:
                left = deadline - workflow.now()
                if left <= timedelta(0):
                    await self.note("system", "choice.timed_out", "no answer before the deadline")
                    return None
                try:
                    await workflow.wait_condition(lambda: bool(self._answers), timeout=left,
                                                  timeout_summary="the shopper's answer")
                except TimeoutError:
                    await self.note("system", "choice.timed_out", "no answer before the deadline")
                    return None
                choice = self._answers.pop(0)
                if choice.shopper_id and choice.shopper_id != status.shopper_id:
                    await self.note("system", "choice.ignored", "an answer from another shopper",
                                    evidence={"from": choice.shopper_id[:64]}, outcome="ignored")
                    continue
                picked = read(choice.answer)
                if picked is None:
                    await self.note("shopper", "choice.unclear", choice.answer[:40], outcome="ignored")
                    continue
                await self.note("shopper", "choice.answered", choice.answer[:40], evidence={"picked": picked})
                return picked
        finally:
            status.question = ""


__all__ = ["CHOICE_SIGNAL", "AsksShopper", "ErrandChoice"]
