"""`errand demo`: the whole story on the embedded defaults, in one command.

Starts what is not running (Temporal dev server with Web UI, the sandbox, a worker), asks for a purchase
in one sentence, shows why that product and the quote card, asks the shopper to approve (or --yes), signs
with the shopper's own key (made on this machine and enrolled with the wallet when the stack starts),
follows the parcel to delivered, then checks the wallet (exactly one capture) and the ledger's hash chain,
and ends with the Web UI link.
"""

from __future__ import annotations

import asyncio
import sys
import time

import typer
from rich.console import Console
from temporalio.client import Client

from errand.connectors import WalletClient
from errand.domain.models import ErrandStatus
from errand.domain.money import format_minor
from errand.ledger import Ledger
from errand.ledger.cli_support import format_report
from errand.worker.settings import ErrandSettings
from errand.worker.stack import LocalStack, StackError

from . import errands
from .errands import CliError
from .render import quote_card


def run_demo(console: Console, settings: ErrandSettings, sentence: str, shopper: str, *, yes: bool,
             keep: bool) -> int:
    if not yes and not sys.stdin.isatty():
        console.print("[bold red]error:[/] there is no terminal to ask for approval; pass --yes to approve")
        return 2
    stack = LocalStack(settings, courier_step_seconds=2.0)
    try:
        with console.status("starting the local stack (first run seeds 20,000 products)…"):
            started = stack.start()
        for part in started:
            console.print(f"[green]started[/] {part}")
        code = asyncio.run(_story(console, settings, sentence, shopper, yes=yes))
        if code == 0:
            _web_app(console, settings, shopper, keep=keep)
        if keep and code == 0:
            console.print("The stack keeps running for the Web UI; Ctrl-C to stop.")
            while stack.check() is None:
                time.sleep(1.0)
        return code
    except (StackError, CliError) as exc:
        console.print(f"[bold red]error:[/] {exc}")
        return 1
    except KeyboardInterrupt:
        console.print("stopping…")
        return 0
    finally:
        stack.stop()


async def _story(console: Console, settings: ErrandSettings, sentence: str, shopper: str, *, yes: bool) -> int:
    client = await errands.connect_client(settings)
    console.rule(f"[bold]{shopper}[/]: “{sentence}”")
    started = time.perf_counter()
    errand_id = await errands.start_buy(client, settings, sentence, shopper, shipment_poll_seconds=1)
    status: ErrandStatus = await errands.wait_for(client, errand_id, lambda s: s.state == "awaiting_approval",
                                                  timeout=120)
    quoted_in = time.perf_counter() - started
    console.print(f"errand [bold]{errand_id}[/] — sentence → quote in {quoted_in:.2f}s")
    if status.ranking is not None:
        console.print(f"[bold]Why this one:[/] {status.ranking.reason}")
    if status.state != "awaiting_approval" or status.quote is None or status.quote_digest is None:
        console.print(f"[bold red]{status.state.replace('_', ' ')}:[/] {status.outcome}")
        return 1
    console.print(quote_card(status.quote, status.quote_digest))
    if not yes and not typer.confirm(f"Approve {format_minor(status.quote.total, status.quote.currency)} and "
                                     f"sign with {shopper}'s key?", default=True):
        status = await errands.reject(client, errand_id, "declined in the demo")
        console.print(f"rejected: {status.outcome}")
        return 0
    # Sign exactly the quote shown above, with the shopper's own key from the local key store.
    status = await errands.approve(client, settings, errand_id, shopper=shopper,
                                   digest_pin=status.quote_digest)
    console.print(f"[green]signed and approved[/] ({shopper}'s Ed25519 key over digest "
                  f"{status.quote_digest[:16] if status.quote_digest else ''}…)")
    status = await _follow(console, client, errand_id)
    if status.state != "delivered":
        console.print(f"[bold red]{status.state}:[/] {status.outcome}")
        return 1
    ok = await _check_wallet(console, settings, status)
    ledger = Ledger(settings.ledger_url)
    try:
        report = ledger.verify()
    finally:
        ledger.close()
    console.print(format_report(report))
    console.print(f"Web UI: {settings.web_ui_url}/namespaces/{settings.temporal_namespace}/workflows/{errand_id}")
    return 0 if ok and report.ok else 1


def _web_app(console: Console, settings: ErrandSettings, shopper: str, *, keep: bool) -> None:
    """Where a person follows errands and approves with a passkey, and a one-time code to register one."""
    from errand.api.passkeys import relying_party

    from .enrolment import EnrolmentError, issue_code

    origin = relying_party(settings).origin  # passkeys need a name, not an address: loopback is localhost
    console.print(f"Web app: {origin}/signin (your errands: {origin}/app/errands)")
    try:
        code = issue_code(settings.sandbox_url, shopper, settings.admin_token)
    except EnrolmentError as exc:
        console.print(f"[yellow]no enrolment code for a passkey:[/] {exc}")
        return
    console.print(f"Register a passkey there as [bold]{shopper}[/] with the one-time enrolment code "
                  f"[bold]{code}[/] (valid 15 minutes, once)")
    if not keep:
        console.print("The stack stops now: `errand up` (or this demo with --keep) keeps the web app running.")


async def _follow(console: Console, client: Client, errand_id: str) -> ErrandStatus:
    shown = 0
    while True:
        status: ErrandStatus = await errands.get_status(client, errand_id)
        for entry in status.timeline[shown:]:
            console.print(f"  [dim]{entry.at:%H:%M:%S}[/] {entry.who:<7} {entry.what:<26} {entry.detail}")
        shown = len(status.timeline)
        if status.finished:
            return status
        await asyncio.sleep(0.5)


async def _check_wallet(console: Console, settings: ErrandSettings, status: ErrandStatus) -> bool:
    assert status.authorization is not None and status.order is not None
    async with WalletClient(f"{settings.sandbox_url}/wallet", token=settings.platform_token) as wallet:
        operations = await wallet.operations(authorization_id=status.authorization.authorization_id)
    captures = [op for op in operations if op.kind == "capture"]
    amount = sum(op.amount for op in captures)
    ok = len(captures) == 1 and amount == status.order.total
    style = "green" if ok else "bold red"
    console.print(f"[{style}]wallet:[/] {len(captures)} capture(s) of {format_minor(amount)} for order "
                  f"{status.order.order_id} (authorization {status.authorization.authorization_id})")
    return ok
