"""`errand aftersales …`: change an order under the after-sales policy, sign the change, read orders.

Each change starts the after-sales errand, which asks the merchant to quote it; ``--approve`` (or
`errand aftersales approve <errand>` later) shows that quote's summary and money, then signs its digest with
the shopper's own key on this machine, exactly as `errand approve` signs a purchase. Input a person can get
wrong (an order id, an item pair, an address missing a field) is refused here with one line, before any
workflow starts; what the policy refuses the errand reports as "refused: <rule>".
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console, Group, RenderableType
from rich.text import Text
from temporalio.client import Client

from errand.connectors import BackendError, BackendUnavailable
from errand.connectors.aftersales import AftersalesClient, PolicyRefusal
from errand.domain.aftersales import (
    CHANGE_QUOTE_KIND,
    AftersalesIntent,
    AftersalesRequest,
    AftersalesStatus,
    change_digest,
    money_lines,
)
from errand.domain.approval import approval_message, key_id_of, public_key_b64, sign_b64
from errand.domain.models import Rejection, SignedApproval
from errand.worker.search_attributes import register_search_attributes
from errand.worker.settings import ErrandSettings
from errand.workflows import AftersalesWorkflow

from . import errands
from .errands import CliError
from .kinds import Kind
from .kinds import register as register_kind
from .render import timeline_table

console = Console()
T = TypeVar("T")


def render_aftersales(status: AftersalesStatus) -> Group:
    """The after-sales errand for people: state, the change, the quote's words and money, the timeline."""
    change = status.intent.change
    what = change.operation.replace("_", " ") if change is not None else "hand-over to a person"
    order = f" of order {getattr(change, 'order_id', '')}" if getattr(change, "order_id", None) else ""
    parts: list[RenderableType] = [
        Text.assemble(("Errand ", "bold"), status.errand_id, "  ", (status.state.replace("_", " "), "bold cyan")),
        Text(f"{what}{order} — for {status.shopper_id}", style="dim")]
    if status.summary:
        parts.append(Text(status.summary))
    if status.quote_digest and status.state == "awaiting_approval":
        parts.append(Text(f"digest {status.quote_digest[:16]}…; approve with `errand aftersales approve "
                          f"{status.errand_id}`", style="dim"))
    if status.outcome:
        parts.append(Text(status.outcome, style="bold"))
    return Group(*parts, timeline_table(status))


AFTERSALES_KIND = Kind(prefix="aftersales", workflow_type="aftersales", status_model=AftersalesStatus,
                       render=render_aftersales, approve_signal=None, reject_signal="reject")
register_kind(AFTERSALES_KIND)


def _run(coro: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(coro)
    except CliError as exc:
        console.print(Text.assemble(("error:", "bold red"), " ", str(exc)))  # the message is text, never markup
        raise typer.Exit(1) from None


def _intent(shopper: str, change: dict[str, Any], sentence: str) -> AftersalesIntent:
    try:
        return AftersalesIntent.model_validate({"shopper_id": shopper, "change": change, "sentence": sentence})
    except ValidationError as exc:
        problem = exc.errors()[0]
        field = ".".join(str(p) for p in problem["loc"][2:]) or "change"
        raise CliError(f"cannot start this change: {field}: {problem['msg']}") from None


async def start_change(client: Client, settings: ErrandSettings, intent: AftersalesIntent) -> str:
    """Register the search attributes and start the errand (held when the kill switch is on)."""
    attributes = await register_search_attributes(client, settings.temporal_namespace)
    errand_id = f"aftersales-{intent.shopper_id}-{uuid.uuid4().hex[:8]}"
    what = intent.change.operation.replace("_", " ") if intent.change else "hand-over"
    await client.start_workflow(
        AftersalesWorkflow.run, AftersalesRequest(intent=intent, search_attributes=attributes), id=errand_id,
        task_queue=settings.task_queue, static_summary=f"after-sales {what} for {intent.shopper_id}",
        static_details=f"“{intent.sentence[:200]}”", **errands.held_start(settings))
    return errand_id


def checked_quote(status: AftersalesStatus, shopper: str, digest_pin: str | None) -> dict[str, Any]:
    """The change quote about to be signed: the invoking shopper's, a change quote (never a purchase's), its
    digest recomputed from what is shown and equal to the errand's (and to ``--digest`` when given)."""
    if status.state != "awaiting_approval" or status.quote is None:
        raise CliError(f"errand {status.errand_id} is {status.state.replace('_', ' ')}: there is nothing to approve")
    if status.shopper_id != shopper:
        raise CliError(f"errand {status.errand_id} belongs to {status.shopper_id}; you are {shopper}, and only "
                       f"{status.shopper_id} can approve it")
    quote = status.quote
    if quote.get("kind") != CHANGE_QUOTE_KIND or quote.get("shopper_id") != shopper:
        raise CliError("what the errand shows is not a change quote for you: nothing was signed")
    shown = change_digest(quote)
    if shown != status.quote_digest:
        raise CliError("the quote shown does not match the digest the errand reports: nothing was signed")
    if datetime.fromisoformat(str(quote["expires_at"])) <= datetime.now(UTC):
        raise CliError(f"the quote for {status.errand_id} has expired; start the change again")
    if digest_pin is not None and (len(digest_pin.strip()) < 8 or not shown.startswith(digest_pin.strip().lower())):
        raise CliError(f"the quote's digest {shown[:16]}… does not start with --digest {digest_pin[:64]}: nothing "
                       "was signed")
    return quote


async def approve_change(client: Client, settings: ErrandSettings, errand_id: str, *, digest_pin: str | None = None,
                         yes: bool = True, shopper: str | None = None,
                         out: Console | None = None) -> AftersalesStatus:
    """Show the change quote, sign it with the invoking shopper's key and signal the errand; the errand after.

    ``shopper`` is who is at the terminal (default ``settings.shopper``; `errand chat` passes the person
    chatting), never the shopper the errand names: another shopper's errand is refused before a key is read.
    """
    status: AftersalesStatus = await errands.wait_for(client, errand_id,
                                                      lambda s: s.state == "awaiting_approval", timeout=30)
    me = shopper or settings.shopper
    quote = checked_quote(status, me, digest_pin)
    key = errands.load_private_key(settings, me)
    shown_to = out or console
    shown_to.print(Text(str(quote.get("summary", "")), style="bold"))
    for line in money_lines(list(quote.get("money") or []), str(quote.get("currency", "USD"))):
        shown_to.print(f"  {line}")
    if not yes and not typer.confirm(f"Sign this change as {me}?", default=False):
        raise CliError("not approved: nothing was signed")
    digest = change_digest(quote)
    approval = SignedApproval(shopper_id=me, quote_digest=digest, signature=sign_b64(key.private_key,
                                                                                     approval_message(digest)),
                              key_id=key_id_of(public_key_b64(key.private_key)))
    refusals = sum(1 for e in status.timeline if e.what == "approval.refused")
    await client.get_workflow_handle_for(AftersalesWorkflow.run, errand_id).signal(AftersalesWorkflow.approve, approval)
    return await errands.wait_for(client, errand_id, lambda s: s.state not in ("awaiting_approval", "applying")
                                  or sum(1 for e in s.timeline if e.what == "approval.refused") > refusals)


def _address(address1: str, address2: str, city: str, state: str, country: str, zip_code: str) -> dict[str, str]:
    return {"address1": address1, "address2": address2, "city": city, "state": state, "country": country,
            "zip": zip_code}


def _pairs(items: list[str]) -> tuple[list[str], list[str]]:
    """``OLD=NEW`` pairs as two lists; anything else ends the command with one line."""
    olds, news = [], []
    for pair in items:
        old, sep, new = pair.partition("=")
        if not sep or not old.strip() or not new.strip():
            console.print(f"[bold red]error:[/] “{pair[:100]}” is not OLD_ITEM=NEW_ITEM")
            raise typer.Exit(1)
        olds.append(old.strip())
        news.append(new.strip())
    return olds, news


async def _read(settings: ErrandSettings, call: Any) -> Any:
    try:
        async with AftersalesClient(settings.sandbox_url, token=settings.platform_token) as aftersales:
            return await call(aftersales)
    except PolicyRefusal as exc:
        raise CliError(f"refused: {exc.rule}: {exc.message}") from exc
    except BackendUnavailable as exc:
        raise CliError(f"the sandbox at {settings.sandbox_url} is not answering ({exc}); start the stack with "
                       "`errand up`") from exc
    except BackendError as exc:
        raise CliError(f"the merchant refused: {exc.message or exc}") from exc


def register(app: typer.Typer) -> None:
    """Add `errand aftersales …` to ``app``."""
    sub = typer.Typer(help="Cancel or change an order, return or exchange items, change the default address "
                           "(docs/after-sales-policy.md); find a shopper, show an order or a product.",
                      no_args_is_help=True)
    app.add_typer(sub, name="aftersales")
    shopper_opt = typer.Option(None, "--shopper", help="who asks (default: ERRAND_SHOPPER)")
    approve_opt = typer.Option(False, "--approve", help="sign the quote with your key as soon as it is shown")

    def change(shopper: str | None, body: dict[str, Any], sentence: str, approve: bool) -> None:
        settings = ErrandSettings()

        async def go() -> None:
            intent = _intent(shopper or settings.shopper, body, sentence)
            client = await errands.connect_client(settings)
            errand_id = await start_change(client, settings, intent)
            console.print(f"started [bold]{errand_id}[/]")
            status: AftersalesStatus = await errands.wait_for(
                client, errand_id, lambda s: s.state in ("awaiting_approval", "needs_human"))
            if approve and status.state == "awaiting_approval":
                status = await approve_change(client, settings, errand_id)
            console.print(render_aftersales(status))
            if status.state == "refused":
                raise typer.Exit(2)

        _run(go())

    @sub.command("cancel")
    def cancel(order: str, reason: str = typer.Option(..., help="“no longer needed” or “ordered by mistake”"),
               shopper: str | None = shopper_opt, approve: bool = approve_opt) -> None:
        """Cancel a pending order; what was paid goes back to the methods that paid it."""
        change(shopper, {"operation": "cancel", "order_id": order, "reason": reason}, f"cancel {order}: {reason}",
               approve)

    @sub.command("address")
    def address(order: str, address1: str = typer.Option(...), city: str = typer.Option(...),
                country: str = typer.Option(...), zip_code: str = typer.Option(..., "--zip"),
                address2: str = typer.Option(""), state: str = typer.Option(""),
                shopper: str | None = shopper_opt, approve: bool = approve_opt) -> None:
        """Ship a pending order to another address (the whole address is replaced)."""
        change(shopper, {"operation": "change_address", "order_id": order,
                         "address": _address(address1, address2, city, state, country, zip_code)},
               f"ship {order} to {address1}, {city}", approve)

    @sub.command("default-address")
    def default_address(address1: str = typer.Option(...), city: str = typer.Option(...),
                        country: str = typer.Option(...), zip_code: str = typer.Option(..., "--zip"),
                        address2: str = typer.Option(""), state: str = typer.Option(""),
                        shopper: str | None = shopper_opt, approve: bool = approve_opt) -> None:
        """Replace your default address; orders already placed keep theirs."""
        change(shopper, {"operation": "change_default_address",
                         "address": _address(address1, address2, city, state, country, zip_code)},
               f"default address {address1}, {city}", approve)

    @sub.command("payment")
    def payment(order: str, method: str = typer.Argument(..., help="e.g. gift_card_4806466"),
                shopper: str | None = shopper_opt, approve: bool = approve_opt) -> None:
        """Pay a pending order with another of your payment methods (once)."""
        change(shopper, {"operation": "change_payment_method", "order_id": order, "payment_method_id": method},
               f"pay {order} with {method}", approve)

    @sub.command("items")
    def items(order: str, item: Annotated[list[str], typer.Option(
                  "--item", help="OLD_ITEM=NEW_ITEM (repeat for every item: items change once)")],
              method: str = typer.Option(..., help="pays or receives the difference"),
              shopper: str | None = shopper_opt, approve: bool = approve_opt) -> None:
        """Change items of a pending order to other variants of the same products — every item at once."""
        olds, news = _pairs(item)
        change(shopper, {"operation": "change_items", "order_id": order, "item_ids": olds, "new_item_ids": news,
                         "payment_method_id": method}, f"change items of {order}", approve)

    @sub.command("exchange")
    def exchange(order: str, item: Annotated[list[str], typer.Option("--item", help="OLD_ITEM=NEW_ITEM (repeatable)")],
                 method: str = typer.Option(..., help="pays or receives the difference"),
                 shopper: str | None = shopper_opt, approve: bool = approve_opt) -> None:
        """Exchange items of a delivered order for other variants of the same products."""
        olds, news = _pairs(item)
        change(shopper, {"operation": "exchange", "order_id": order, "item_ids": olds, "new_item_ids": news,
                         "payment_method_id": method}, f"exchange items of {order}", approve)

    @sub.command("return")
    def return_items(order: str, item: Annotated[list[str], typer.Option("--item", help="an item of the order "
                                                                                      "(repeatable)")],
                     method: str = typer.Option(..., help="the original payment method or a gift card"),
                     shopper: str | None = shopper_opt, approve: bool = approve_opt) -> None:
        """Return items of a delivered order; refunded when they are received."""
        change(shopper, {"operation": "return", "order_id": order, "item_ids": item, "payment_method_id": method},
               f"return items of {order}", approve)

    @sub.command("approve")
    def approve(errand_id: str, digest: str | None = typer.Option(None, help="the digest's first hex characters "
                                                                           "you expect (at least 8)"),
                yes: bool = typer.Option(False, "--yes", help="do not ask before signing")) -> None:
        """Show the change's quote and sign it with your own key (ERRAND_SHOPPER)."""
        settings = ErrandSettings()

        async def go() -> None:
            client = await errands.connect_client(settings)
            status = await approve_change(client, settings, errand_id, digest_pin=digest, yes=yes or digest is not None)
            console.print(render_aftersales(status))

        _run(go())

    @sub.command("reject")
    def reject(errand_id: str, reason: str = typer.Option("rejected by the shopper")) -> None:
        """Decline the change; nothing is changed."""
        settings = ErrandSettings()

        async def go() -> None:
            client = await errands.connect_client(settings)
            await client.get_workflow_handle_for(AftersalesWorkflow.run, errand_id).signal(
                AftersalesWorkflow.reject, Rejection(shopper_id=settings.shopper, reason=reason[:200]))
            console.print(render_aftersales(await errands.wait_for(client, errand_id, lambda s: s.finished)))

        _run(go())

    @sub.command("find")
    def find(email: str | None = typer.Option(None), first_name: str | None = typer.Option(None),
             last_name: str | None = typer.Option(None), zip_code: str | None = typer.Option(None, "--zip")) -> None:
        """Identify a shopper by e-mail, or by first name, last name and zip (never a near match)."""
        settings = ErrandSettings()
        if not email and not (first_name and last_name and zip_code):
            console.print("[bold red]error:[/] give --email, or --first-name, --last-name and --zip")
            raise typer.Exit(1)
        found = _run(_read(settings, lambda c: c.find_shopper(email=email, first_name=first_name,
                                                              last_name=last_name, zip_code=zip_code)))
        console.print(found)

    @sub.command("shopper")
    def shopper_view(shopper_id: str) -> None:
        """A shopper's default address, payment methods and orders."""
        console.print_json(json.dumps(_run(_read(ErrandSettings(), lambda c: c.shopper(shopper_id)))))

    @sub.command("order")
    def order_view(order_id: str, shopper: str | None = shopper_opt) -> None:
        """One of the shopper's orders: status, lines, address, payments."""
        settings = ErrandSettings()
        console.print_json(json.dumps(_run(_read(settings, lambda c: c.order(shopper or settings.shopper,
                                                                             order_id)))))

    @sub.command("product")
    def product_view(product_id: str) -> None:
        """A product with every variant (item id, options, available, price)."""
        console.print_json(json.dumps(_run(_read(ErrandSettings(), lambda c: c.product(product_id)))))


__all__ = ["AFTERSALES_KIND", "approve_change", "checked_quote", "register", "render_aftersales", "start_change"]
