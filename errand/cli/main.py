"""The `errand` command: start the local stack, ask for errands, approve, follow, audit."""

from __future__ import annotations

import asyncio
import signal
import sys
import time

import typer
from rich.console import Console
from temporalio.client import Client

from errand.domain.models import ErrandStatus, Quote
from errand.worker.settings import ErrandSettings
from errand.worker.stack import LocalStack, StackError

from . import errands
from .kinds import kind_of
from .render import quote_card, status_view
from .running import run_command

app = typer.Typer(help="Errand: durable agentic commerce. Every purchase a workflow, every approval a signature.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
audit_app = typer.Typer(help="Check the hash-chained ledger.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")
console = Console()


async def _client(settings: ErrandSettings) -> Client:
    from errand.worker.telemetry import configure_tracing

    configure_tracing("errand-cli")  # with an OTLP endpoint the errands started here are traced from here
    return await errands.connect_client(settings)


@app.command()
def up(merchants: int = typer.Option(1, "--merchants", min=1, max=20,
                                     help="sandbox merchants to start and compare (one wallet pays them all)")) -> None:
    """Start the Temporal dev server (Web UI on), the sandbox and a worker; Ctrl-C stops them all."""
    from errand.api.passkeys import relying_party

    settings = ErrandSettings()
    stack = LocalStack(settings, merchants=merchants)
    # Ctrl-C and SIGTERM both stop everything cleanly, even when started from a shell that ignores SIGINT.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        for part in stack.start():
            console.print(f"[green]started[/] {part}")
        web = relying_party(settings).origin  # passkeys need a name, not an address: loopback is localhost
        console.print(f"Web app: {web}/signin   ·   Temporal Web UI: {settings.web_ui_url}   ·   Ctrl-C to stop")
        while (problem := stack.check()) is None:
            time.sleep(1.0)
        console.print(f"[bold red]error:[/] {problem}")
        raise typer.Exit(1)
    except StackError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        console.print("stopping…")
    finally:
        stack.stop()


@app.command()
def worker() -> None:
    """Run one worker (workflows and activities) against the configured Temporal and sandbox."""
    from errand.worker.__main__ import _main

    asyncio.run(_main())


@app.command()
def buy(sentence: str, shopper: str = typer.Option(None, help="who is buying (default: ERRAND_SHOPPER)"),
        wait: bool = typer.Option(True, help="wait for the quote and show it"),
        pay_with: str = typer.Option(None, "--pay-with", help="which of your payment methods pays: \"gift card\", "
                                     "\"PayPal\", \"card ending 4242\" or a method id (default: the wallet's way)"),
        ) -> None:
    """Ask for a purchase in one sentence, e.g. "two packs of AA batteries under ¥40, delivered home"."""
    settings = ErrandSettings()

    async def go() -> None:
        client = await _client(settings)
        errand_id = await errands.start_buy(client, settings, sentence, shopper or settings.shopper, pay_with=pay_with)
        console.print(f"started [bold]{errand_id}[/]")
        if not wait:
            return
        status: ErrandStatus = await errands.wait_for(client, errand_id, lambda s: s.state == "awaiting_approval")
        console.print(status_view(status))
        if status.state == "awaiting_approval":
            console.print(f"approve with [bold]errand approve {errand_id}[/], or [bold]errand reject {errand_id}[/]")

    run_command(go(), console)


@app.command()
def approve(errand_id: str,
            digest: str = typer.Option(None, help="sign only if the quote's digest starts with this"),
            yes: bool = typer.Option(False, "--yes", "-y", help="do not ask before signing")) -> None:
    """Show the errand's quote, then sign it with your own local key (ERRAND_SHOPPER) and approve it."""
    settings = ErrandSettings()
    ask = not yes and digest is None and sys.stdin.isatty()

    def confirm(quote: Quote) -> bool:
        return not ask or typer.confirm(f"Sign this quote as {settings.shopper}?", default=False)

    async def go() -> None:
        client = await _client(settings)
        status = await errands.approve(client, settings, errand_id, digest_pin=digest, confirm=confirm,
                                       show=lambda quote, shown: console.print(quote_card(quote, shown)))
        console.print(kind_of(errand_id).render(status))

    run_command(go(), console)


@app.command()
def reject(errand_id: str, reason: str = typer.Option("rejected by the shopper")) -> None:
    """Decline the errand's quote; its stock hold is released."""
    settings = ErrandSettings()

    async def go() -> None:
        status = await errands.reject(await _client(settings), errand_id, reason)
        console.print(kind_of(errand_id).render(status))

    run_command(go(), console)


@app.command()
def status(errand_id: str) -> None:
    """Show an errand: state, why this product, the quote card and the timeline."""
    settings = ErrandSettings()

    async def go() -> None:
        console.print(kind_of(errand_id).render(await errands.get_status(await _client(settings), errand_id)))
        if trace_id := _trace_id(settings, errand_id):
            console.print(f"trace {trace_id}", style="dim")

    run_command(go(), console)


def _trace_id(settings: ErrandSettings, errand_id: str) -> str | None:
    """The trace the errand's ledger rows were written in (None with tracing off or no rows yet)."""
    from sqlalchemy.exc import SQLAlchemyError

    from errand.ledger import Ledger

    try:
        with Ledger(settings.ledger_url) as ledger:
            return next((e.trace_id for e in ledger.entries(errand_id) if e.trace_id), None)
    except SQLAlchemyError:  # the ledger out of reach: the status stands without its trace id
        return None


@app.command("list")
def list_errands(limit: int = typer.Option(20, min=1, max=500)) -> None:
    """List recent errands."""
    settings = ErrandSettings()

    async def go() -> None:
        from rich.table import Table

        client = await _client(settings)
        table = Table("errand", "status", "started (UTC)", "summary")
        count = 0
        async for wf in client.list_workflows(f'TaskQueue="{settings.task_queue}"'):
            description = await client.get_workflow_handle(wf.id, run_id=wf.run_id).describe()
            summary = await description.static_summary() or ""
            table.add_row(wf.id, wf.status.name.lower() if wf.status else "?",
                          wf.start_time.strftime("%Y-%m-%d %H:%M:%S"), summary)
            count += 1
            if count >= limit:
                break
        console.print(table if count else "no errands yet")

    run_command(go(), console)


@audit_app.command("verify")
def audit_verify(as_json: bool = typer.Option(False, "--json", help="one JSON object, for machines")) -> None:
    """Walk the hash chain, check it against every signed checkpoint, re-verify the recorded approvals."""
    from errand.ledger.cli_support import run_verify

    lines, code = run_verify(ErrandSettings(), as_json=as_json)
    for line in lines:
        if as_json:
            typer.echo(line)
        else:
            console.print(line, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@audit_app.command("checkpoint")
def audit_checkpoint(every: float = typer.Option(0, min=0, help="keep signing every this many seconds")) -> None:
    """Sign the ledger's head with the witness key and publish it, if it extends every earlier checkpoint."""
    from errand.ledger.cli_support import run_checkpoint

    while True:
        line, code = run_checkpoint(ErrandSettings())
        console.print(line, highlight=False, soft_wrap=True)
        if not every:
            raise typer.Exit(code)
        time.sleep(every)


@app.command()
def demo(
    sentence: str = typer.Option("two packs of AA batteries under ¥40, delivered home", help="what to buy"),
    shopper: str = typer.Option("alice"),
    yes: bool = typer.Option(False, "--yes", "-y", help="approve without asking"),
    keep: bool = typer.Option(None, help="keep the stack running afterwards (default: when interactive)"),
) -> None:
    """The whole story in one command: start the stack, buy, approve with a signature, deliver, audit."""
    from .demo import run_demo

    keep_running = sys.stdin.isatty() if keep is None else keep
    raise typer.Exit(run_demo(console, ErrandSettings(), sentence, shopper, yes=yes, keep=keep_running))


EXTRA_COMMANDS: tuple[str, ...] = ("errand.cli.cmd_return", "errand.cli.cmd_bulk", "errand.cli.cmd_reschedule", "errand.cli.cmd_watch",
                                  "errand.cli.cmd_chat", "errand.cli.cmd_keys", "errand.cli.cmd_kpis", "errand.cli.cmd_db",
                                  "errand.cli.cmd_link", "errand.cli.cmd_mcp", "errand.cli.cmd_serve",
                                  "errand.cli.cmd_aftersales")
"""Modules with a ``register(app)`` that adds an errand kind's commands (``errand bulk``, ...)."""


@app.command("codec-server")
def codec_server(host: str = typer.Option("127.0.0.1", help="address to listen on"),
                 port: int = typer.Option(8234, help="port to listen on")) -> None:
    """Decode encrypted workflow payloads for the Temporal Web UI and CLI (operator token required)."""
    from aiohttp import web

    from errand.worker.codec import codec_app, codec_from

    settings = ErrandSettings()
    codec = codec_from(settings.payload_key, settings.payload_key_file, settings.payload_old_keys)
    if codec is None:
        console.print("[bold red]error:[/] no payload key: set ERRAND_PAYLOAD_KEY or ERRAND_PAYLOAD_KEY_FILE")
        raise typer.Exit(1)
    if not settings.admin_token:
        console.print("[bold red]error:[/] no operator token: set ERRAND_OPERATOR_TOKEN")
        raise typer.Exit(1)
    console.print(f"codec server at http://{host}:{port} (key {codec.key_id}) for the Web UI at {settings.web_ui_url}")
    web.run_app(codec_app(codec, token=settings.admin_token, ui_origin=settings.web_ui_url), host=host, port=port,
                print=None)


def _register_extra_commands() -> None:
    import importlib

    for module in EXTRA_COMMANDS:
        importlib.import_module(module).register(app)


_register_extra_commands()


def main() -> None:
    """Run the command, then leave without interpreter finalization.

    The Temporal client's native runtime keeps threads that can race Python's teardown and crash the
    process after the command has finished and printed its result; every resource of ours is closed by
    then, so exit directly with the command's own code.
    """
    import os

    # Everything this process and the stack it starts create (keys, databases, logs) is private to the user.
    os.umask(0o077)
    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
