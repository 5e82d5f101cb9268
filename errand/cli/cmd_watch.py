"""`errand watch`, `errand watch-show`, `errand watch-cancel`: price watches from the terminal.

``errand watch "Sony WH-1000XM5" --below ¥2000 --days 30 --mandate`` finds the product, and with
``--mandate`` signs a standing mandate (this product, at most the target per unit, this many, from this
merchant, until the watch ends, single use) with the shopper's local key, so the watch may buy with nobody
present; without it the watch asks for a normal signed approval when the target is met.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer
from temporalio.client import Client

from errand.connectors import BackendError, BackendUnavailable, MerchantClient
from errand.domain.intents import PriceWatchIntent
from errand.domain.mandate import Mandate, sign_mandate
from errand.domain.models import BuyIntent, Product
from errand.domain.money import format_minor, parse_major
from errand.domain.watch import PriceWatchStatus
from errand.worker.settings import ErrandSettings
from errand.workflows import PriceWatchRequest, PriceWatchWorkflow, WatchCancel

from . import errands
from .errands import CliError
from .kinds import Kind
from .kinds import register as register_kind
from .watch_render import price_chart_png, watch_view

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d)?\s*$", re.IGNORECASE)
_HOURS_PER_UNIT = {"m": 1 / 60, "min": 1 / 60, "h": 1.0, "d": 24.0}
_PRODUCT_ID = re.compile(r"^prd-\d{5}$")


def parse_price(text: str) -> int:
    """'¥2000', '2,000', '1999.5' → minor units; anything else is a CliError."""
    try:
        amount = parse_major(text.strip().lstrip("¥￥").strip())
    except ValueError as exc:
        raise CliError(f"--below wants an amount like ¥2000 or 1999.90, not “{text}”") from exc
    if amount <= 0:
        raise CliError("--below must be more than ¥0")
    return amount


def parse_every(text: str) -> float:
    """'6h', '30m', '1d', '2' (hours) → hours, between one minute and a week."""
    match = _EVERY.match(text)
    if not match:
        raise CliError(f"--every wants a period like 6h, 30m or 1d, not “{text}”")
    hours = float(match.group(1)) * _HOURS_PER_UNIT[(match.group(2) or "h").lower()]
    if not 1 / 60 <= hours <= 168:
        raise CliError("--every must be between 1m and 7d")
    return hours


async def _find_product(settings: ErrandSettings, product: str) -> tuple[Product, str]:
    """The product to watch (by id or the best search match) and the merchant's host for the mandate."""
    try:
        async with MerchantClient(settings.sandbox_url) as merchant:
            await merchant.discover()
            if _PRODUCT_ID.match(product):
                from errand.connectors.merchant_shapes import product_from_ucp as _product

                found = [_product(await merchant.get_product(product))]
            else:
                found = await merchant.search(product, limit=5)
            host = merchant.merchant_id or urlsplit(merchant.endpoint or merchant.base_url).netloc
    except BackendUnavailable as exc:
        raise CliError(f"the sandbox at {settings.sandbox_url} is not answering; start the stack with "
                       "`errand up`") from exc
    except BackendError as exc:
        raise CliError(f"no product “{product}”" if exc.status == 404 else f"the merchant refused: {exc}") from exc
    if not found:
        raise CliError(f"nothing in the catalogue matches “{product}”")
    return found[0], host


async def start_watch(client: Client, settings: ErrandSettings, product: str, *, below: str, days: int,
                      shopper: str, mandate: bool = False, quantity: int = 1, every: str = "6h",
                      samples_per_run: int = 100) -> str:
    """Validate everything, sign the mandate if asked, start the watch; returns its id."""
    if not 1 <= days <= 365:
        raise CliError("--days must be between 1 and 365")
    if not 1 <= quantity <= 99:
        raise CliError("--quantity must be between 1 and 99")
    target, hours = parse_price(below), parse_every(every)
    await errands.check_shopper(settings, BuyIntent(shopper_id=shopper, query=product, quantity=quantity))
    found, merchant_host = await _find_product(settings, product)
    errand_id = f"watch-{shopper}-{uuid.uuid4().hex[:8]}"
    signed = None
    if mandate:
        signed = sign_mandate(errands.load_private_key(settings, shopper).private_key, Mandate(
            mandate_id=f"mdt-{errand_id}", shopper_id=shopper, product_id=found.product_id,
            max_unit_price=target, quantity=quantity, currency=found.currency, merchant=merchant_host,
            expires_at=datetime.now(UTC) + timedelta(days=days, hours=1), nonce=uuid.uuid4().hex))
    intent = PriceWatchIntent(shopper_id=shopper, query=product, product_id=found.product_id, target_price=target,
                              days=days, buy_when_met=mandate, quantity=quantity, interval_hours=hours,
                              sentence=f"watch {product} below {format_minor(target)}")
    summary = (f"watch {found.title} for ≤ {format_minor(target)} ({days} d, every {every}) for {shopper}"
               + (f", buy {quantity} under mandate" if mandate else ""))
    await client.start_workflow(
        PriceWatchWorkflow.run,
        PriceWatchRequest(intent=intent, mandate=signed, samples_per_run=samples_per_run,
                          approval_timeout_seconds=settings.approval_timeout_seconds,
                          shipment_poll_seconds=settings.shipment_poll_seconds),
        id=errand_id, task_queue=settings.task_queue, static_summary=summary[:200],
        static_details=f"product {found.product_id}, now {format_minor(found.price, found.currency)}",
        **errands.held_start(settings))
    return errand_id


async def cancel_watch(client: Client, errand_id: str, reason: str) -> PriceWatchStatus:
    found = await errands.get_status(client, errand_id)
    if not isinstance(found, PriceWatchStatus):
        raise CliError(f"{errand_id} is not a price watch")
    status = found
    if status.finished:
        raise CliError(f"the watch {errand_id} has already ended ({status.state})")
    await client.get_workflow_handle(errand_id).signal(PriceWatchWorkflow.cancel, WatchCancel(reason=reason))
    for _ in range(100):
        status = await errands.get_status(client, errand_id)
        if status.finished:
            break
        await asyncio.sleep(0.1)
    return status


# Registered on import, so that `errand status` and `errands.get_status` read watch ids as watches.
register_kind(Kind(prefix="watch", workflow_type="price_watch", status_model=PriceWatchStatus, render=watch_view,
                   approve_signal=None, reject_signal=None))


def register(app: typer.Typer) -> None:
    """Add the watch commands to the `errand` app."""
    from .main import console
    from .running import run_command

    @app.command()
    def watch(product: str,
              below: str = typer.Option(..., help="target unit price, e.g. ¥2000"),
              days: int = typer.Option(30, help="how long to watch"),
              mandate: bool = typer.Option(False, "--mandate", help="sign a standing mandate: buy when met"),
              quantity: int = typer.Option(1, help="how many to buy when the target is met"),
              every: str = typer.Option("6h", help="how often to sample: 30m, 6h, 1d"),
              shopper: str = typer.Option(None, help="who is watching (default: ERRAND_SHOPPER)")) -> None:
        """Watch a product's price and tell (or, with --mandate, buy) when it is at or below a target."""
        settings = ErrandSettings()

        async def go() -> None:
            parse_price(below), parse_every(every)  # bad input is refused before anything is contacted
            client = await errands.connect_client(settings)
            errand_id = await start_watch(client, settings, product, below=below, days=days,
                                          shopper=shopper or settings.shopper, mandate=mandate,
                                          quantity=quantity, every=every)
            console.print(f"started [bold]{errand_id}[/]; follow it with [bold]errand watch-show {errand_id}[/]")

        run_command(go(), console)

    @app.command("watch-show")
    def watch_show(errand_id: str,
                   png: Annotated[Path | None, typer.Option(help="also write a PNG chart here")] = None) -> None:
        """Show a price watch: the running figures, a sparkline of the prices and the timeline."""
        settings = ErrandSettings()

        async def go() -> None:
            status = await errands.get_status(await errands.connect_client(settings), errand_id)
            if not isinstance(status, PriceWatchStatus):
                raise CliError(f"{errand_id} is not a price watch")
            console.print(watch_view(status))
            if png is not None:
                price_chart_png([p.price for p in status.track.recent], status.intent.target_price, png)
                console.print(f"chart written to {png}")

        run_command(go(), console)

    @app.command("watch-cancel")
    def watch_cancel(errand_id: str, reason: str = typer.Option("cancelled by the shopper")) -> None:
        """Stop a price watch."""
        settings = ErrandSettings()

        async def go() -> None:
            console.print(watch_view(await cancel_watch(await errands.connect_client(settings), errand_id, reason)))

        run_command(go(), console)


__all__ = ["cancel_watch", "parse_every", "parse_price", "register", "start_watch"]
