"""What the MCP tools do, for the one shopper the server was started for.

Each operation reuses the CLI's own starters (the same checks before any workflow starts, the same errand
ids), so an errand started from an MCP client is the errand `errand status` shows. Nothing here approves:
a purchase returns the link to the web page where the shopper approves, and an errand of another shopper
is "not found", never shown.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from temporalio.client import Client, WorkflowExecutionStatus
from temporalio.service import RPCError, RPCStatusCode

from errand.activities.conversation import snapshot_of
from errand.cli import cmd_bulk, cmd_reschedule, cmd_return, cmd_watch, errands
from errand.cli.errands import CliError
from errand.connectors import BackendError, BackendUnavailable, MerchantClient
from errand.domain.delivery import WhenNotUnderstood, local_today, parse_when
from errand.domain.intents import (
    BulkOrderIntent,
    BuyAction,
    Clarification,
    ErrandQuestion,
    PriceWatchIntent,
    RescheduleIntent,
    ReturnIntent,
)
from errand.domain.models import BuyIntent
from errand.domain.money import format_minor
from errand.domain.policy import caps_from_settings
from errand.planner.context import PlanRequest, ShopperContext
from errand.planner.offline import plan_offline
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyRequest, BuyWorkflow, RescheduleDeliveryWorkflow, RescheduleRequest

from .models import (
    BulkOrderInput,
    BuyInput,
    Cancelled,
    ErrandList,
    ErrandView,
    PriceWatchInput,
    ProductHit,
    RescheduleInput,
    ReturnInput,
    SearchResult,
    Started,
)

_APPROVED_ON_THE_WEB = ("buy", "bulk", "watch", "resched")
"""Errand kinds whose quote a shopper may have to approve: their start returns the approval link."""


def owner_of(errand_id: str) -> str | None:
    """The shopper an errand id names (``buy-alice-1a2b3c4d`` → ``alice``; shopper ids may hold hyphens)."""
    head, _, tail = errand_id.rpartition("-")
    prefix, _, shopper = head.partition("-")
    return shopper if prefix and shopper and len(tail) == 8 else None


def _major(amount: int) -> str:
    return f"{amount // 100}.{amount % 100:02d}"


class ErrandService:
    """The MCP tools' operations for ``shopper``; the Temporal client is connected on first use, so the
    server starts (and says what is wrong) even while the stack is down."""

    def __init__(self, settings: ErrandSettings, shopper: str, client: Client | None = None) -> None:
        self.settings = settings
        self.shopper = shopper
        self._client = client

    async def client(self) -> Client:
        if self._client is None:
            self._client = await errands.connect_client(self.settings)
        return self._client

    def approval_url(self, errand_id: str) -> str:
        return f"{self.settings.web_url.rstrip('/')}/errands/{errand_id}"

    def _started(self, errand_id: str, kind: str) -> Started:
        link = self.approval_url(errand_id) if errand_id.split("-", 1)[0] in _APPROVED_ON_THE_WEB else None
        return Started(errand_id=errand_id, kind=kind, approval_url=link,
                       status_tool_hint=f"follow it with get_errand_status(errand_id=\"{errand_id}\")"
                       + ("; when its quote is ready the shopper approves it at approval_url" if link else ""))

    async def search(self, query: str, max_price: int | None, limit: int) -> SearchResult:
        try:
            async with MerchantClient(self.settings.sandbox_url, token=self.settings.platform_token) as merchant:
                found = await merchant.search_matches(query, max_price=max_price, limit=limit)
        except BackendUnavailable as exc:
            raise CliError(f"the merchant at {self.settings.sandbox_url} is not answering; start the stack "
                           "with `errand up`") from exc
        except BackendError as exc:
            raise CliError(f"the merchant refused the search: {exc.message}") from exc
        return SearchResult(match=found.match, products=[
            ProductHit(product_id=p.product_id, title=p.title, brand=p.brand, price=p.price,
                       price_text=format_minor(p.price, p.currency), currency=p.currency, rating=p.rating,
                       stock=p.stock, lacking=found.lacking.get(p.product_id, []))
            for p in found.products[:limit]])

    async def start_buy(self, wanted: BuyInput, sentence: str = "") -> Started:
        intent = BuyIntent(shopper_id=self.shopper, query=wanted.query, quantity=wanted.quantity,
                           max_unit_price=wanted.max_unit_price, max_total=wanted.max_total,
                           address_label=wanted.address_label, sentence=sentence)
        return await self._start_buy_intent(intent)

    async def _start_buy_intent(self, intent: BuyIntent) -> Started:
        await errands.check_shopper(self.settings, intent)
        errand_id = f"buy-{self.shopper}-{uuid.uuid4().hex[:8]}"
        request = BuyRequest(intent=intent, approval_timeout_seconds=self.settings.approval_timeout_seconds,
                             shipment_poll_seconds=self.settings.shipment_poll_seconds,
                             caps=caps_from_settings(self.settings.cap_per_errand, self.settings.cap_per_day))
        await (await self.client()).start_workflow(
            BuyWorkflow.run, request, id=errand_id, task_queue=self.settings.task_queue,
            static_summary=errands.summary_of(intent),
            static_details=f"“{intent.sentence}” (MCP)" if intent.sentence else "started over MCP",
            **errands.held_start(self.settings))
        return self._started(errand_id, "buy")

    async def start_bulk(self, wanted: BulkOrderInput, sentence: str = "") -> Started:
        intent = BulkOrderIntent(shopper_id=self.shopper, item=wanted.item, quantity=wanted.quantity,
                                 options=wanted.options, chain=wanted.chain, address_label=wanted.address_label,
                                 deliver_by=wanted.deliver_by, max_total=wanted.max_total,
                                 sentence=sentence or f"{wanted.quantity}× {wanted.item}")
        return await self._start_bulk_intent(intent)

    async def _start_bulk_intent(self, intent: BulkOrderIntent) -> Started:
        errand_id = await cmd_bulk.start_bulk(await self.client(), self.settings, intent)
        return self._started(errand_id, "bulk_order")

    async def start_return(self, wanted: ReturnInput) -> Started:
        intent = ReturnIntent(shopper_id=self.shopper, order_id=wanted.order_id, product_id=wanted.product_id,
                              reason=wanted.reason, description=wanted.note,
                              sentence=f"return {wanted.order_id}: {wanted.reason.replace('_', ' ')} "
                                       f"{wanted.note}".strip())
        return await self._start_return_intent(intent)

    async def _start_return_intent(self, intent: ReturnIntent) -> Started:
        await self._check_order_is_mine(intent.order_id)
        errand_id = await cmd_return.start_return(await self.client(), self.settings, intent, [])
        return self._started(errand_id, "return")

    async def _check_order_is_mine(self, order_id: str) -> None:
        """A return names an order: refuse one that is not this shopper's before the desk is asked."""
        from errand.connectors.delivery import DeliveryClient

        try:
            async with DeliveryClient(f"{self.settings.sandbox_url}/courier",
                                      token=self.settings.platform_token) as courier:
                shipments = await courier.shipments_of(self.shopper, active=False)
        except (BackendError, BackendUnavailable) as exc:
            raise CliError(f"cannot read {self.shopper}'s orders: {exc}") from exc
        if not any(s.order_id == order_id for s in shipments):
            raise CliError(f"{self.shopper} has no order “{order_id}”")

    async def start_watch(self, wanted: PriceWatchInput) -> Started:
        # Never with a standing mandate: that would be signing for the shopper. When the target is met the
        # watch asks for an ordinary approval, which the shopper gives on the web page.
        errand_id = await cmd_watch.start_watch(
            await self.client(), self.settings, wanted.product, below=_major(wanted.target_price),
            days=wanted.days, shopper=self.shopper, quantity=wanted.quantity, every=wanted.every)
        return self._started(errand_id, "price_watch")

    async def start_reschedule(self, wanted: RescheduleInput) -> Started:
        try:
            parsed = parse_when(wanted.when, local_today(datetime.now(UTC)))
        except WhenNotUnderstood as exc:
            raise CliError(str(exc)) from exc
        intent = RescheduleIntent(shopper_id=self.shopper, order_id=wanted.order_id,
                                  preferred_date=parsed.preferred_date,
                                  preferred_part_of_day=parsed.preferred_part_of_day, sentence=f"deliver {wanted.when}")
        return await self._start_reschedule_intent(intent)

    async def _start_reschedule_intent(self, intent: RescheduleIntent) -> Started:
        await cmd_reschedule._check_order(self.settings, self.shopper, intent.order_id)
        errand_id = f"resched-{self.shopper}-{uuid.uuid4().hex[:8]}"
        await (await self.client()).start_workflow(
            RescheduleDeliveryWorkflow.run,
            RescheduleRequest(intent=intent, approval_timeout_seconds=self.settings.approval_timeout_seconds),
            id=errand_id, task_queue=self.settings.task_queue,
            static_summary=f"reschedule {intent.order_id or 'the latest order'} for {self.shopper}",
            static_details=f"“{intent.sentence}” (MCP)", **errands.held_start(self.settings))
        return self._started(errand_id, "reschedule")

    async def start_from_sentence(self, sentence: str) -> Started:
        """Read the sentence with the offline planner (no model call, same reading every time) and start the
        errand it names; a sentence that lacks something comes back as the question to ask."""
        plan = plan_offline(PlanRequest(sentence=sentence, context=ShopperContext(shopper_id=self.shopper),
                                        now=datetime.now(UTC)))
        action = plan.action
        if isinstance(action, Clarification):
            return Started(errand_id=None, kind="clarify", question=action.question)
        if isinstance(action, ErrandQuestion):
            return Started(errand_id=action.errand_id, kind="question",
                           question="that reads as a question about an errand: call get_errand_status or "
                                    "list_errands")
        if isinstance(action, BuyAction):
            return await self._start_buy_intent(action.intent.model_copy(update={"shopper_id": self.shopper}))
        if isinstance(action, BulkOrderIntent):
            return await self._start_bulk_intent(action.model_copy(update={"shopper_id": self.shopper}))
        if isinstance(action, ReturnIntent):
            return await self._start_return_intent(action.model_copy(update={"shopper_id": self.shopper}))
        if isinstance(action, PriceWatchIntent):
            return await self.start_watch(PriceWatchInput(
                product=action.product_id or action.query, target_price=action.target_price, days=action.days,
                quantity=action.quantity, every=f"{max(1, round(action.interval_hours * 60))}m"))
        if isinstance(action, RescheduleIntent):
            return await self._start_reschedule_intent(action.model_copy(update={"shopper_id": self.shopper}))
        raise CliError(f"cannot start “{action.kind}” errands over MCP")

    def _check_mine(self, errand_id: str) -> None:
        if owner_of(errand_id) != self.shopper or errand_id.startswith("chat-"):
            raise CliError(f"no errand called “{errand_id}”")

    async def _read(self, errand_id: str) -> tuple[dict[str, Any], bool, str]:
        """The errand's status as plain data, whether it finished, and its one-line summary."""
        handle = (await self.client()).get_workflow_handle(errand_id, result_type=dict)
        try:
            description = await handle.describe()
            summary = await description.static_summary() or ""
            if description.status == WorkflowExecutionStatus.COMPLETED:
                return await handle.result(), True, summary
            if description.status != WorkflowExecutionStatus.RUNNING:
                ended = description.status.name.lower() if description.status is not None else "unknown"
                return {"state": ended, "outcome": "ended abnormally", "shopper_id": self.shopper}, True, summary
            return await handle.query("status", result_type=dict), False, summary
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:
                raise CliError(f"no errand called “{errand_id}”") from exc
            raise CliError(f"Temporal refused: {exc.message}") from exc

    async def status(self, errand_id: str) -> ErrandView:
        self._check_mine(errand_id)
        data, finished, summary = await self._read(errand_id)
        if data.get("shopper_id", self.shopper) != self.shopper:
            raise CliError(f"no errand called “{errand_id}”")
        snap = snapshot_of(errand_id, data, finished)
        awaiting = snap.state == "awaiting_approval" and not snap.finished
        return ErrandView(
            errand_id=errand_id, kind=snap.kind or errand_id.split("-", 1)[0], state=snap.state,
            finished=snap.finished, outcome=snap.outcome, summary=summary, total=snap.total,
            total_text=format_minor(snap.total, snap.currency) if snap.total is not None else None,
            currency=snap.currency, lines=snap.lines, quote_digest=snap.quote_digest, order_id=snap.order_id,
            shipment_status=snap.shipment_status, approval_url=self.approval_url(errand_id) if awaiting else None,
            recent_events=[f"{e.get('what', '')}: {e.get('detail', '')}"[:300]
                           for e in (data.get("timeline") or [])[-8:]])

    async def list_errands(self, limit: int) -> ErrandList:
        client = await self.client()
        views: list[ErrandView] = []
        async for execution in client.list_workflows(f'TaskQueue="{self.settings.task_queue}"'):
            if execution.id.startswith("chat-") or owner_of(execution.id) != self.shopper:
                continue
            try:
                views.append(await self.status(execution.id))
            except CliError:
                continue  # gone meanwhile, or not an errand's status
            if len(views) >= limit:
                break
        return ErrandList(errands=views)

    async def cancel_watch(self, errand_id: str, reason: str) -> Cancelled:
        self._check_mine(errand_id)
        if not errand_id.startswith("watch-"):
            raise CliError(f"{errand_id} is not a price watch")
        status = await cmd_watch.cancel_watch(await self.client(), errand_id, reason)
        return Cancelled(errand_id=errand_id, state=status.state, outcome=status.outcome)


__all__ = ["ErrandService", "owner_of"]
