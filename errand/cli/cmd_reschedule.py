"""`errand reschedule <order> --when "tomorrow evening"` and `errand choose-delivery <errand> <slot or point>`.

The reschedule errand picks the slot the shopper asked for; a slot with a fee is approved like any quote
(`errand approve resched-…`), and when it has to ask (the slot is taken, the parcel is already out) the
choices are shown and answered with `errand choose-delivery`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import typer
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text
from temporalio.client import Client

from errand.connectors import BackendError, BackendUnavailable
from errand.connectors.delivery import DeliveryClient
from errand.domain.delivery import (
    DeliveryChoice,
    RescheduleStatus,
    WhenNotUnderstood,
    describe_slot,
    local_today,
    parse_when,
)
from errand.domain.intents import RescheduleIntent
from errand.domain.money import format_minor
from errand.worker.settings import ErrandSettings
from errand.workflows import RescheduleDeliveryWorkflow, RescheduleRequest

from . import errands
from .errands import CliError
from .kinds import Kind
from .kinds import register as register_kind
from .render import quote_card, timeline_table
from .running import run_command

console = Console()
ASKING = ("awaiting_approval", "awaiting_choice")


def render_reschedule(status: RescheduleStatus) -> RenderableType:
    """State, the shipment, what was chosen, what is on offer, the fee quote and the timeline."""
    parts: list[RenderableType] = [
        Text.assemble(("Errand ", "bold"), status.errand_id, "  ", (status.state.replace("_", " "), "bold cyan")),
        Text(f"“{status.intent.sentence or 'reschedule delivery'}” — for {status.shopper_id}"
             + (f", order {status.order_id}" if status.order_id else ""), style="dim"),
    ]
    if status.outcome:
        parts.append(Text(status.outcome))
    if status.shipment is not None:
        parts.append(Text(f"shipment {status.shipment.shipment_id}: {status.shipment.status.replace('_', ' ')}"))
    if status.state == "awaiting_choice" and status.slots:
        table = Table("slot", "when", "fee", title="free slots", title_justify="left", show_edge=False)
        for slot in status.slots:
            table.add_row(slot.slot_id, describe_slot(slot),
                          format_minor(slot.fee, slot.currency) if slot.fee else "free")
        parts.append(table)
    if status.state == "awaiting_choice" and status.points:
        table = Table("point", "name", "where", "distance", "hours", title="lockers and pickup points",
                      title_justify="left", show_edge=False)
        for point in status.points:
            table.add_row(point.point_id, point.name, point.address, f"{point.distance_m} m", point.hours)
        parts.append(table)
    if status.quote is not None and status.quote_digest is not None and status.state == "awaiting_approval":
        parts.append(quote_card(status.quote, status.quote_digest))
    parts.append(timeline_table(status))
    return Group(*parts)


def _hint(status: RescheduleStatus) -> str:
    if status.state == "awaiting_approval":
        return f"approve the fee with [bold]errand approve {status.errand_id}[/], or [bold]errand reject " \
               f"{status.errand_id}[/] to keep the delivery as it is"
    if status.state == "awaiting_choice":
        return f"answer with [bold]errand choose-delivery {status.errand_id} <slot or point>[/] (or [bold]keep[/])"
    return ""


async def _check_order(settings: ErrandSettings, shopper: str, order_id: str | None) -> None:
    """Refuse before starting anything: unknown order, delivered order, no undelivered order, sandbox down."""
    try:
        async with DeliveryClient(f"{settings.sandbox_url}/courier",
                                  token=settings.platform_token) as courier:
            shipments = await courier.shipments_of(shopper, active=False)
    except BackendUnavailable as exc:
        raise CliError(f"the sandbox at {settings.sandbox_url} is not answering; start the stack with "
                       "`errand up`") from exc
    except BackendError as exc:
        raise CliError(f"the courier refused: {exc.message}") from exc
    if order_id is None:
        if not any(not s.delivered for s in shipments):
            raise CliError(f"{shopper} has no undelivered order to reschedule")
        return
    found = next((s for s in shipments if s.order_id == order_id), None)
    if found is None:
        raise CliError(f"{shopper} has no order “{order_id}”")
    if found.delivered:
        raise CliError(f"order {order_id} has already been delivered")


async def start_reschedule(client: Client, settings: ErrandSettings, shopper: str, order_id: str | None,
                           when: str | None) -> str:
    """Validate, then start the reschedule errand; returns its id."""
    parsed = None
    if when:
        try:
            parsed = parse_when(when, local_today(datetime.now(UTC)))
        except WhenNotUnderstood as exc:
            raise CliError(str(exc)) from exc
    await _check_order(settings, shopper, order_id)
    intent = RescheduleIntent(shopper_id=shopper, order_id=order_id,
                              preferred_date=parsed.preferred_date if parsed else None,
                              preferred_part_of_day=parsed.preferred_part_of_day if parsed else None,
                              sentence=f"deliver {when}" if when else "")
    errand_id = f"resched-{shopper}-{uuid.uuid4().hex[:8]}"
    await client.start_workflow(
        RescheduleDeliveryWorkflow.run,
        RescheduleRequest(intent=intent, approval_timeout_seconds=settings.approval_timeout_seconds),
        id=errand_id, task_queue=settings.task_queue,
        static_summary=f"reschedule {order_id or 'the latest order'} for {shopper}"
                       + (f": {when}" if when else ""),
        **errands.held_start(settings))
    return errand_id


# Known as soon as this module is imported, so `errand status/approve/reject` read resched ids.
register_kind(Kind(prefix="resched", workflow_type="reschedule_delivery", status_model=RescheduleStatus,
                   render=render_reschedule))


def register(app: typer.Typer) -> None:
    """Add the reschedule commands and the `resched` errand kind."""
    @app.command()
    def reschedule(order: str = typer.Argument(None, help="order id (default: the latest undelivered one)"),
                   when: str = typer.Option(None, "--when", help="e.g. “tomorrow evening”, “friday”, an ISO date"),
                   shopper: str = typer.Option(None, help="whose order (default: ERRAND_SHOPPER)")) -> None:
        """Move an order's delivery to another day or time of day."""
        settings = ErrandSettings()

        async def go() -> None:
            client = await errands.connect_client(settings)
            errand_id = await start_reschedule(client, settings, shopper or settings.shopper, order, when)
            console.print(f"started [bold]{errand_id}[/]")
            status: RescheduleStatus = await errands.wait_for(client, errand_id, lambda s: s.state in ASKING)
            console.print(render_reschedule(status))
            if hint := _hint(status):
                console.print(hint)

        run_command(go(), console)

    @app.command("choose-delivery")
    def choose(errand_id: str, choice: str = typer.Argument(..., help="a slot id, a pickup point id, or keep")) -> None:
        """Answer a reschedule errand that is asking: a slot, a locker or pickup point, or keep."""
        settings = ErrandSettings()

        async def go() -> None:
            client = await errands.connect_client(settings)
            status = await errands.get_status(client, errand_id)
            if not isinstance(status, RescheduleStatus) or status.state != "awaiting_choice":
                raise CliError(f"errand {errand_id} is {status.state.replace('_', ' ')}: it is not asking")
            if choice == "keep":
                answer = DeliveryChoice(keep=True)
            elif any(s.slot_id == choice for s in status.slots):
                answer = DeliveryChoice(slot_id=choice)
            elif any(p.point_id == choice for p in status.points):
                answer = DeliveryChoice(point_id=choice)
            else:
                raise CliError(f"“{choice}” is not one of the choices offered by {errand_id}")
            await client.get_workflow_handle(errand_id).signal(RescheduleDeliveryWorkflow.choose, answer)
            status = await errands.wait_for(client, errand_id, lambda s: s.state != "awaiting_choice")
            console.print(render_reschedule(status))
            if hint := _hint(status):
                console.print(hint)

        run_command(go(), console)
