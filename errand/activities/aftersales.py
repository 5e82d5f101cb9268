"""Activities of the after-sales errand and the conversation's after-sales turns.

Thin wrappers over ``connectors.aftersales.AftersalesClient``. A refusal by a rule of the policy becomes a
non-retryable ``ApplicationError`` of type ``PolicyRefusal`` whose first detail is the rule id: the errand
ends on it and never asks again. Other 4xx answers are non-retryable too; transport failures and 5xx are
retried by Temporal under the call's policy. Every write carries the idempotency key the errand derives
from its id, so a retried quote or apply is answered from the merchant's stored answer.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from temporalio import activity
from temporalio.client import WorkflowExecutionStatus
from temporalio.exceptions import ApplicationError
from temporalio.service import RPCError

from errand.activities.conversation import ErrandRef
from errand.connectors import BackendError
from errand.connectors.aftersales import AftersalesClient, PolicyRefusal, as_refusal
from errand.connectors.wallet import WalletClient
from errand.domain.aftersales import AftersalesChange, ChangeQuote
from errand.domain.models import TERMINAL_STATES, ShopperKey, SignedApproval
from errand.planner.aftersales import Dialogue, DialogueFacts, TurnOutcome, next_turn, wanted_facts

T = TypeVar("T")

POLICY_REFUSAL = "PolicyRefusal"
"""The ``ApplicationError`` type of a refusal by a policy rule; its first detail is the rule id."""


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class QuoteChangeRequest(_Message):
    idempotency_key: str
    shopper_id: str
    change: AftersalesChange


class ApplyChangeRequest(_Message):
    idempotency_key: str
    shopper_id: str
    quote_id: str
    approval: SignedApproval


class ShopperKeysRequest(_Message):
    shopper_id: str


class ShopperKeys(_Message):
    """The shopper's active signing keys as the wallet lists them now."""

    shopper_id: str
    keys: list[ShopperKey]


class AppliedChange(_Message):
    """The merchant's answer to an applied change: the order or shopper after it, and the money."""

    answer: dict[str, Any]


class ChangeView(_Message):
    """What a conversation relays of an after-sales errand: its state, the quote's words, the outcome."""

    errand_id: str
    found: bool = True
    state: str = ""
    finished: bool = False
    summary: str = ""
    outcome: str = ""


class AftersalesTurnRequest(_Message):
    """One shopper message in an after-sales dialogue of the conversation ``shopper_id`` owns."""

    shopper_id: str
    text: str = Field(max_length=2000)
    dialogue: Dialogue


async def _backend(call: Awaitable[T]) -> T:
    try:
        return await call
    except BackendError as exc:
        refusal = as_refusal(exc)
        if refusal is not None:
            raise ApplicationError(f"{refusal.rule}: {refusal.message}", refusal.rule, type=POLICY_REFUSAL,
                                   non_retryable=True) from exc
        raise ApplicationError(str(exc), type=exc.code or type(exc).__name__,
                               non_retryable=not exc.retryable) from exc


class AftersalesActivities:
    """Bound to one after-sales client and the wallet (both with the platform's credential)."""

    def __init__(self, aftersales: AftersalesClient, wallet: WalletClient) -> None:
        self._aftersales = aftersales
        self._wallet = wallet

    @activity.defn(name="aftersales_shopper_keys")
    async def shopper_keys(self, request: ShopperKeysRequest) -> ShopperKeys:
        """Only the keys: a retail shopper's buyer profile carries addresses in the data set's shape, and a
        change's approval needs nothing else of it."""
        keys = await _backend(self._wallet.get_public_keys(request.shopper_id))
        return ShopperKeys(shopper_id=request.shopper_id, keys=keys)

    @activity.defn(name="quote_aftersales_change")
    async def quote_change(self, request: QuoteChangeRequest) -> ChangeQuote:
        return await _backend(self._aftersales.quote_change(request.idempotency_key, request.shopper_id,
                                                            request.change))

    @activity.defn(name="apply_aftersales_change")
    async def apply_change(self, request: ApplyChangeRequest) -> AppliedChange:
        return AppliedChange(answer=await _backend(self._aftersales.apply_change(
            request.idempotency_key, request.shopper_id, request.quote_id, request.approval)))

    @activity.defn(name="aftersales_turn")
    async def aftersales_turn(self, request: AftersalesTurnRequest) -> TurnOutcome:
        """Read the facts this message needs (who the shopper is, their order, the variants it names) and
        take the dialogue one step; a lookup the merchant refuses is a fact, not a failure."""
        wanted = wanted_facts(request.dialogue, request.text)
        facts = DialogueFacts()
        try:
            if wanted.email or wanted.name_zip:
                facts.found_shopper = await self._aftersales.find_shopper(
                    email=wanted.email, first_name=wanted.name_zip[0] if wanted.name_zip else None,
                    last_name=wanted.name_zip[1] if wanted.name_zip else None,
                    zip_code=wanted.name_zip[2] if wanted.name_zip else None)
            shopper = facts.found_shopper or request.dialogue.shopper_id
            if shopper and shopper == request.shopper_id:
                facts.shopper = await self._aftersales.shopper(shopper)
                if wanted.order_id:
                    facts.order = await self._aftersales.order(shopper, wanted.order_id)
                products = {line["product_id"] for line in (facts.order or {}).get("items", [])}
                facts.products = [await self._aftersales.product(p) for p in sorted(products)]
        except PolicyRefusal as exc:
            facts.refusal = (exc.rule, exc.message)
        except BackendError as exc:
            if exc.retryable:
                raise ApplicationError(str(exc), type=exc.code) from exc
            facts.refusal = (exc.code, exc.message)
        return next_turn(request.dialogue, request.text, request.shopper_id, facts)

    @activity.defn(name="aftersales_change_view")
    async def change_view(self, ref: ErrandRef) -> ChangeView:
        """The errand's status by query while it runs, from its result once it finished."""
        handle = activity.client().get_workflow_handle(ref.errand_id, result_type=dict)
        try:
            description = await handle.describe()
            if description.status == WorkflowExecutionStatus.RUNNING:
                status: dict[str, Any] = await handle.query("status", result_type=dict)
            elif description.status == WorkflowExecutionStatus.COMPLETED:
                status = await handle.result()
            else:
                return ChangeView(errand_id=ref.errand_id, state="ended", finished=True, outcome="ended abnormally")
        except RPCError:
            return ChangeView(errand_id=ref.errand_id, found=False)
        state = str(status.get("state", ""))
        return ChangeView(errand_id=ref.errand_id, state=state, finished=state in TERMINAL_STATES,
                          summary=str(status.get("summary", "")), outcome=str(status.get("outcome", "")))

    def all(self) -> list[object]:
        """Every activity of this class, for ``Worker(activities=...)``."""
        return [self.change_view, self.shopper_keys, self.quote_change, self.apply_change, self.aftersales_turn]


__all__ = ["POLICY_REFUSAL", "AftersalesActivities", "AftersalesTurnRequest", "AppliedChange",
           "ApplyChangeRequest", "ChangeView", "QuoteChangeRequest", "ShopperKeys", "ShopperKeysRequest"]
