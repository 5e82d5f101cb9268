"""`errand bulk "<sentence>"` for many cups from a local chain, `errand bulk-decide` after a branch refused.

The sentence is read by the rule reader in ``errand.domain.bulk_sentence``; anything it cannot read, an unknown
shopper or address, or a sandbox that is down is refused with one line before any workflow starts.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import typer
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text
from temporalio.client import Client

from errand.connectors import BackendError, BackendUnavailable, MerchantClient
from errand.domain.bulk import BulkDecision, BulkOrderStatus
from errand.domain.bulk_sentence import SHANGHAI, BulkSentenceNotUnderstood, parse_bulk_sentence
from errand.domain.intents import BulkOrderIntent
from errand.domain.money import format_minor
from errand.worker.settings import ErrandSettings
from errand.workflows import BulkOrderRequest, BulkOrderWorkflow

from . import errands
from .errands import CliError
from .kinds import Kind
from .kinds import register as register_kind
from .render import quote_card, timeline_table
from .running import run_command

console = Console()


def summary_of(intent: BulkOrderIntent) -> str:
    when = f" by {intent.deliver_by.astimezone(SHANGHAI):%H:%M}" if intent.deliver_by else ""
    chain = f" from {intent.chain}" if intent.chain else ""
    return f"bulk {intent.quantity}× {intent.item}{chain} for {intent.shopper_id}, to {intent.address_label}{when}"


def render_bulk(status: BulkOrderStatus) -> Group:
    """The bulk errand for people: state, the plan and why (split or not), the quote card, branch orders."""
    parts: list[RenderableType] = [Text.assemble(("Errand ", "bold"), status.errand_id, "  ",
                                         (status.state.replace("_", " "), "bold cyan"))]
    parts.append(Text(f"“{status.intent.sentence or status.intent.item}” — for {status.shopper_id}", style="dim"))
    if status.outcome:
        parts.append(Text(status.outcome))
    if status.plan is not None:
        title = "Split across branches: " if status.plan.split else "Why this branch: "
        parts.append(Text("\n" + title, style="bold") + Text(status.plan.reason))
    if status.quote is not None and status.quote_digest is not None:
        parts.append(quote_card(status.quote, status.quote_digest))
    if status.branches:
        table = Table("branch", "cups", "ready", "total", "order", show_edge=False, pad_edge=False)
        orders = {o.branch_order_id: o for o in status.orders}
        for b in status.branches:
            order = orders.get(b.branch_order_id)
            table.add_row(b.branch_name, str(b.quantity), b.ready_at.astimezone(SHANGHAI).strftime("%H:%M"),
                          format_minor(b.total), (order.status + (f" ({order.reason})" if order.reason else ""))
                          if order else "—")
        parts.append(table)
    if status.captured:
        parts.append(Text(f"charged {format_minor(status.captured)}"))
    parts.append(timeline_table(status))
    return Group(*parts)


register_kind(Kind(prefix="bulk", workflow_type="bulk_order", status_model=BulkOrderStatus, render=render_bulk))


async def _check_shopper(settings: ErrandSettings, intent: BulkOrderIntent) -> None:
    try:
        async with MerchantClient(settings.sandbox_url, token=settings.platform_token) as merchant:
            buyer = await merchant.get_buyer(intent.shopper_id)
    except BackendUnavailable as exc:
        raise CliError(f"the sandbox at {settings.sandbox_url} is not answering; start the stack with "
                       "`errand up`") from exc
    except BackendError as exc:
        raise CliError(f"unknown shopper “{intent.shopper_id}”" if exc.status == 404 else str(exc)) from exc
    labels = [a.label for a in buyer.addresses]
    if intent.address_label not in labels:
        raise CliError(f"{intent.shopper_id} has no “{intent.address_label}” address (has: {', '.join(labels)})")


def read_sentence(sentence: str, shopper: str, now: datetime | None = None) -> BulkOrderIntent:
    try:
        return parse_bulk_sentence(sentence, shopper, now or datetime.now(UTC))
    except BulkSentenceNotUnderstood as exc:
        raise CliError(str(exc)) from exc


async def start_bulk(client: Client, settings: ErrandSettings, intent: BulkOrderIntent) -> str:
    """Check the shopper and address, then start the bulk errand; returns its id."""
    await _check_shopper(settings, intent)
    sentence = intent.sentence
    errand_id = f"bulk-{intent.shopper_id}-{uuid.uuid4().hex[:8]}"
    await client.start_workflow(
        BulkOrderWorkflow.run,
        BulkOrderRequest(intent=intent, approval_timeout_seconds=settings.approval_timeout_seconds,
                         shipment_poll_seconds=settings.shipment_poll_seconds),
        id=errand_id, task_queue=settings.task_queue, static_summary=summary_of(intent),
        static_details=f"“{sentence}”",
        **errands.held_start(settings))
    return errand_id


async def decide(client: Client, errand_id: str, accept_partial: bool) -> BulkOrderStatus:
    status: Any = await errands.get_status(client, errand_id)
    if not isinstance(status, BulkOrderStatus) or status.state != "awaiting_decision":
        raise CliError(f"errand {errand_id} is {status.state.replace('_', ' ')}: there is nothing to decide")
    handle = client.get_workflow_handle_for(BulkOrderWorkflow.run, errand_id)
    signal = BulkOrderWorkflow.accept_partial if accept_partial else BulkOrderWorkflow.cancel_all
    await handle.signal(signal, BulkDecision(shopper_id=status.shopper_id))
    return await errands.wait_for(client, errand_id, lambda s: s.state != "awaiting_decision")


def register(app: typer.Typer) -> None:
    """Add `errand bulk` and `errand bulk-decide`."""

    @app.command()
    def bulk(sentence: str, shopper: str = typer.Option(None, help="who is ordering (default: ERRAND_SHOPPER)"),
             pay_with: str = typer.Option(None, "--pay-with", help="which of your payment methods pays: \"gift "
                                          "card\", \"PayPal\", \"card ending 4242\" or a method id"),
             ) -> None:
        """Order many cups from a local chain: finds branches, plans, prices one quote to approve."""
        settings = ErrandSettings()

        async def go() -> None:
            intent = read_sentence(sentence, shopper or settings.shopper)
            if pay_with is not None:
                if len(pay_with) > 80 or not pay_with.strip():
                    raise CliError("--pay-with takes 1 to 80 characters: a method id, or e.g. \"gift card\"")
                intent = intent.model_copy(update={"pay_with": pay_with})
                await errands.check_payment_method(settings, intent.shopper_id, pay_with)
            client = await errands.connect_client(settings)
            errand_id = await start_bulk(client, settings, intent)
            status: BulkOrderStatus = await errands.wait_for(client, errand_id,
                                                             lambda s: s.state == "awaiting_approval")
            console.print(render_bulk(status))
            if status.state == "awaiting_approval":
                console.print(f"approve with [bold]errand approve {errand_id}[/], or "
                              f"[bold]errand reject {errand_id}[/]")

        run_command(go(), console)

    @app.command("bulk-decide")
    def bulk_decide(errand_id: str,
                    accept_partial: bool = typer.Option(False, "--accept-partial", help="keep what was placed"),
                    cancel_all: bool = typer.Option(False, "--cancel-all", help="cancel everything, pay nothing")
                    ) -> None:
        """After a branch refused: keep the branches that took the order, or cancel all of it."""
        settings = ErrandSettings()
        if accept_partial == cancel_all:
            console.print("[bold red]error:[/] say exactly one of --accept-partial or --cancel-all")
            raise typer.Exit(1)

        async def go() -> None:
            status = await decide(await errands.connect_client(settings), errand_id, accept_partial)
            console.print(render_bulk(status))

        run_command(go(), console)

