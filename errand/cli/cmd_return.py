"""`errand return` for shoppers, `errand choose-slot` to pick the pickup, `errand decide` for operators.

Everything a person can get wrong (an unknown reason or order, a photo that is missing, too big or not an
image, a sandbox that is down) is refused here with one line, before any workflow starts.
"""

from __future__ import annotations

import getpass
import hashlib
import uuid
from pathlib import Path
from typing import Annotated, get_args

import typer
from rich.console import Console, Group, RenderableType
from rich.text import Text
from temporalio.client import Client

from errand.activities.photos import MAX_BYTES, check_photo
from errand.connectors import BackendError, BackendUnavailable
from errand.connectors.returns import ReturnsClient
from errand.domain.intents import ReturnIntent, ReturnReason
from errand.domain.money import format_minor
from errand.domain.returns import Decision, ReturnStatus, SlotChoice
from errand.worker.search_attributes import register_search_attributes
from errand.worker.settings import ErrandSettings
from errand.workflows import ReturnRequest, ReturnWorkflow

from . import errands
from .errands import CliError
from .kinds import Kind
from .kinds import register as register_kind
from .render import timeline_table
from .running import run_command

console = Console()
REASONS: tuple[str, ...] = get_args(ReturnReason)


def render_return(status: ReturnStatus) -> Group:
    """The return errand for people: state, the rule that applied, photos, RMA, pickup, refund, timeline."""
    parts: list[RenderableType] = [Text.assemble(("Errand ", "bold"), status.errand_id, "  ",
                                         (status.state.replace("_", " "), "bold cyan"))]
    intent = status.intent
    parts.append(Text(f"return order {intent.order_id} ({intent.reason.replace('_', ' ')}) — for "
                      f"{status.shopper_id}", style="dim"))
    if status.outcome:
        parts.append(Text(status.outcome))
    if status.verdict is not None:
        parts.append(Text(f"policy: {status.verdict.decision.replace('_', ' ')} — {status.verdict.reason}"
                          + (f" (rule: {status.verdict.rule})" if status.verdict.rule else "")))
    for photo in status.photos:
        parts.append(Text(f"photo {photo.photo_id}: {photo.verdict} — {photo.detail}"))
    if status.rma is not None:
        parts.append(Text(f"return {status.rma.rma_id}: {status.rma.status.replace('_', ' ')}, refund "
                          f"{format_minor(status.rma.refund_amount, status.rma.currency)} on receipt"))
    if status.support_reply:
        parts.append(Text(f"merchant support: “{status.support_reply}”", style="italic"))
    if status.state == "awaiting_slot_choice":
        parts.append(Text("pickup slots: " + ", ".join(s.slot_id for s in status.slots)))
    if status.pickup is not None:
        parts.append(Text(f"pickup {status.pickup.pickup_id} in slot {status.pickup.slot_id}: "
                          f"{status.pickup.status.replace('_', ' ')}"))
    return Group(*parts, timeline_table(status))


def _read_photo(path: Path) -> tuple[bytes, str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read photo {path}: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise CliError(f"photo {path} is {len(data)} bytes; the limit is {MAX_BYTES}")
    check = check_photo(path.name, data)
    if check.verdict == "invalid":
        raise CliError(f"photo {path} is not usable: {check.detail}")
    return data, "image/png" if check.format == "png" else "image/jpeg"


async def start_return(client: Client, settings: ErrandSettings, intent: ReturnIntent,
                       photo_files: list[Path]) -> str:
    """Check the order exists, upload the photos, register the search attributes, start the errand."""
    photos = [_read_photo(path) for path in photo_files]
    try:
        async with ReturnsClient(settings.sandbox_url, token=settings.platform_token) as returns:
            await returns.order_facts(intent.order_id)
            ids = [await returns.upload_photo(f"photo-{intent.order_id}-{hashlib.sha256(data).hexdigest()}", data,
                                              kind, shopper_id=intent.shopper_id, order_id=intent.order_id)
                   for data, kind in photos]
    except BackendUnavailable as exc:
        raise CliError(f"the sandbox at {settings.sandbox_url} is not answering ({exc}); "
                       "start the stack with `errand up`") from exc
    except BackendError as exc:
        raise CliError(f"no order “{intent.order_id}”" if exc.status == 404 else f"the merchant refused: {exc}") \
            from exc
    intent = intent.model_copy(update={"photos": ids})
    attributes = await register_search_attributes(client, settings.temporal_namespace)
    errand_id = f"return-{intent.shopper_id}-{uuid.uuid4().hex[:8]}"
    await client.start_workflow(
        ReturnWorkflow.run, ReturnRequest(intent=intent, search_attributes=attributes), id=errand_id,
        task_queue=settings.task_queue, static_details=f"“{intent.sentence}”",
        static_summary=f"return order {intent.order_id} ({intent.reason.replace('_', ' ')}) for {intent.shopper_id}",
        **errands.held_start(settings))
    return errand_id


async def decide(client: Client, errand_id: str, decision: Decision, settings: ErrandSettings) -> ReturnStatus:
    """Record the operator's decision at the returns desk with the operator token (the errand believes only
    what the desk recorded, and the desk grants a policy exception only from there), then tell the errand."""
    status = await errands.get_status(client, errand_id)
    if not isinstance(status, ReturnStatus):
        raise CliError(f"{errand_id} is not a return errand")
    if status.state != "needs_human":
        raise CliError(f"errand {errand_id} is {status.state.replace('_', ' ')}: there is nothing to decide")
    if not settings.admin_token:
        raise CliError("no operator token: set ERRAND_OPERATOR_TOKEN, or run where the sandbox keeps it")
    try:
        async with ReturnsClient(settings.sandbox_url, token=settings.admin_token) as returns:
            recorded = await returns.record_decision(
                order_id=status.intent.order_id, product_id=status.intent.product_id, errand_id=errand_id,
                approve=decision.approve, note=decision.note, operator=decision.operator)
    except BackendError as exc:
        raise CliError(f"the returns desk refused the decision: {exc}") from exc
    decision = decision.model_copy(update={"decision_id": str(recorded["decision_id"])})
    await client.get_workflow_handle_for(ReturnWorkflow.run, errand_id).signal(ReturnWorkflow.decide, decision)
    return await errands.wait_for(client, errand_id, lambda s: s.state not in ("needs_human", "decided"))


RETURN_KIND = Kind(prefix="return", workflow_type="return", status_model=ReturnStatus, render=render_return,
                   approve_signal=None, reject_signal=None)
register_kind(RETURN_KIND)


def register(app: typer.Typer) -> None:
    """Add the return commands to ``app`` (the return kind is registered when this module is imported)."""

    @app.command("return")
    def return_order(
        order: str = typer.Argument(..., help="the order id, e.g. ord_1a2b3c4d5e6f7a8b"),
        reason: str = typer.Option(..., help=f"one of: {', '.join(REASONS)}"),
        photo: Annotated[list[Path] | None, typer.Option(
            "--photo", help="a PNG or JPEG of the item (repeatable, up to 5)")] = None,
        note: str = typer.Option("", "--note", help="what is wrong, in your words"),
        product: str = typer.Option(None, help="which item of the order (default: all of it)"),
        shopper: str = typer.Option(None, help="who is returning (default: ERRAND_SHOPPER)"),
        wait: bool = typer.Option(True, help="wait for the first decision and show it"),
    ) -> None:
        """Return a delivered order for a refund to the original payment."""
        settings = ErrandSettings()

        async def go() -> None:
            if reason not in REASONS:
                raise CliError(f"unknown reason “{reason}”: use one of {', '.join(REASONS)}")
            photos = list(photo or [])
            if len(photos) > 5:
                raise CliError("at most 5 photos")
            try:
                intent = ReturnIntent(shopper_id=shopper or settings.shopper, order_id=order, product_id=product,
                                      reason=reason, description=note,
                                      sentence=f"return {order}: {reason.replace('_', ' ')} {note}".strip())
            except ValueError as exc:
                raise CliError(f"cannot start this return: {str(exc).splitlines()[-1].strip()}") from None
            client = await errands.connect_client(settings)
            errand_id = await start_return(client, settings, intent, photos)
            console.print(f"started [bold]{errand_id}[/]")
            if wait:
                status: ReturnStatus = await errands.wait_for(
                    client, errand_id, lambda s: s.state in ("awaiting_slot_choice", "needs_human"))
                console.print(render_return(status))

        run_command(go(), console)

    @app.command("choose-slot")
    def choose_slot(errand_id: str, slot_id: str) -> None:
        """Choose the courier's pickup slot for a return."""
        settings = ErrandSettings()

        async def go() -> None:
            client = await errands.connect_client(settings)
            status = await errands.get_status(client, errand_id)
            if not isinstance(status, ReturnStatus) or status.state != "awaiting_slot_choice":
                raise CliError(f"errand {errand_id} is not waiting for a pickup slot")
            if slot_id not in [s.slot_id for s in status.slots]:
                raise CliError(f"“{slot_id}” is not offered; choose one of "
                               f"{', '.join(s.slot_id for s in status.slots)}")
            await client.get_workflow_handle_for(ReturnWorkflow.run, errand_id).signal(
                ReturnWorkflow.choose_slot, SlotChoice(slot_id=slot_id))
            console.print(f"pickup slot {slot_id} chosen for {errand_id}")

        run_command(go(), console)

    @app.command("decide")
    def decide_return(
        errand_id: str,
        approve: bool = typer.Option(..., "--approve/--refuse", help="approve the refund, or refuse it"),
        note: str = typer.Option(..., "--note", help="why (kept in the ledger)"),
        operator: str = typer.Option(None, help="who decides (default: your login name)"),
    ) -> None:
        """Settle a return that waits for a person (state "needs human")."""
        settings = ErrandSettings()

        async def go() -> None:
            client = await errands.connect_client(settings)
            status = await decide(client, errand_id, Decision(approve=approve, note=note[:500],
                                                              operator=(operator or getpass.getuser())[:64]),
                                  settings)
            console.print(render_return(status))

        run_command(go(), console)
