"""`errand chat` (talk to the agent in the terminal) and `errand kill-switch on|off` (operators).

The chat is a ConversationWorkflow: typed lines go in as signals, the agent's turns come back from its
status query, and a quote awaiting a signature is shown as a quote card. Typing ``approve`` signs that
quote with the chatting shopper's own key and signals the errand itself, exactly as `errand approve` does
(``approve <errand>`` when more than one quote is open): the conversation never holds a key and cannot
approve anything.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable

import typer
from rich.console import Console
from rich.text import Text
from temporalio.client import Client
from temporalio.service import RPCError

from errand.domain.policy import KillSwitch, caps_from_settings
from errand.worker.settings import ErrandSettings
from errand.workflows import ChatEnd, ChatMessage, ChatStatus, ConversationRequest, ConversationWorkflow
from errand.workflows.chat_models import ChatTurn

from . import errands
from .errands import CliError
from .kinds import Kind, kind_of
from .kinds import register as register_kind
from .render import quote_card

ReadLine = Callable[[], Awaitable[str | None]]
_STYLE = {"question": "yellow", "quote": "bold cyan", "done": "bold green", "error": "bold red",
          "unavailable": "red", "started": "cyan"}


def render_chat(status: ChatStatus) -> Text:
    out = Text(f"{status.errand_id} — {status.state}, {len(status.errands)} errands, {status.messages} messages\n")
    for turn in status.turns[-20:]:
        out.append(f"{turn.who}> ", style="bold" if turn.who == "agent" else "dim")
        out.append(turn.text + "\n", style=_STYLE.get(turn.kind, ""))
    return out


async def start_chat(client: Client, settings: ErrandSettings, shopper: str) -> str:
    chat_id = f"chat-{shopper}-{uuid.uuid4().hex[:8]}"
    request = ConversationRequest(
        shopper_id=shopper, caps=caps_from_settings(settings.cap_per_errand, settings.cap_per_day),
        approval_timeout_seconds=settings.approval_timeout_seconds,
        shipment_poll_seconds=settings.shipment_poll_seconds,
        messages_before_continue=settings.chat_messages_before_continue)
    await client.start_workflow(ConversationWorkflow.run, request, id=chat_id, task_queue=settings.task_queue,
                                static_summary=f"chat with {shopper}", **errands.held_start(settings))
    return chat_id


async def _show_turn(console: Console, client: Client, turn: ChatTurn) -> None:
    console.print(Text("agent> ", style="bold") + Text(turn.text, style=_STYLE.get(turn.kind, "")))
    if turn.kind == "quote" and turn.errand_id:
        try:
            console.print(kind_of(turn.errand_id).render(await errands.get_status(client, turn.errand_id)))
        except CliError as exc:
            console.print(f"[red]{exc}[/]")


def _awaiting(status: ChatStatus) -> list[str]:
    return [e.errand_id for e in status.errands if e.state == "awaiting_approval" and not e.finished]


def decision_target(words: list[str], waiting: list[str]) -> tuple[str | None, str]:
    """Which errand “approve”/“reject” means: the one named, else the only open quote; with several open
    the person must name one (a signature never goes to a quote they did not pick). Returns (errand, why
    not)."""
    if len(words) > 1:
        return words[1], ""
    if len(waiting) == 1:
        return waiting[0], ""
    if waiting:
        listed = ", ".join(waiting)
        return None, f"{len(waiting)} quotes are open ({listed}): say “{words[0].lower()} <errand>”"
    return None, "nothing is awaiting your approval"


async def run_chat(client: Client, settings: ErrandSettings, shopper: str, read_line: ReadLine,
                   console: Console, *, settle_seconds: float = 0.6) -> str:
    """The chat loop; ``read_line`` returns the next typed line (None at end of input)."""
    chat_id = await start_chat(client, settings, shopper)
    handle = client.get_workflow_handle_for(ConversationWorkflow.run, chat_id)
    console.print(f"chatting as [bold]{shopper}[/] in [bold]{chat_id}[/]; type “approve”, “reject” or “quit”.")
    shown = 0

    async def show_new(wait: float) -> ChatStatus:
        nonlocal shown
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            status = await handle.query(ConversationWorkflow.status)
            for turn in status.turns[shown:]:
                if turn.who == "agent":
                    await _show_turn(console, client, turn)
            shown = len(status.turns)
            if asyncio.get_running_loop().time() >= deadline and status.state == "listening":
                return status
            await asyncio.sleep(0.2)

    status = await show_new(0)
    while True:
        line = await read_line()
        if line is None or line.strip().lower() in ("quit", "exit", "bye"):
            await handle.signal(ConversationWorkflow.end, ChatEnd())
            return chat_id
        words = line.strip().split()
        if not words:
            status = await show_new(settle_seconds)
            continue
        if words[0].lower() in ("approve", "reject"):
            status = await handle.query(ConversationWorkflow.status)
            target, why_not = decision_target(words, _awaiting(status))
            if target is None:
                console.print(f"[yellow]{why_not}[/]")
                continue
            try:
                if words[0].lower() == "approve":
                    # Signed as the person chatting, with their own key, after showing the exact quote again.
                    result = await errands.approve(
                        client, settings, target, shopper=shopper,
                        show=lambda quote, digest: console.print(quote_card(quote, digest)))
                else:
                    result = await errands.reject(client, target, "rejected in chat")
                console.print(f"{target}: {result.state.replace('_', ' ')}")
            except CliError as exc:
                console.print(f"[bold red]error:[/] {exc}")
            status = await show_new(settle_seconds)
            continue
        await handle.signal(ConversationWorkflow.message, ChatMessage(text=line.strip()[:2000]))
        status = await show_new(settle_seconds)


async def set_kill_switch(client: Client, settings: ErrandSettings, on: bool, reason: str) -> int:
    """Signal every running errand on the task queue to hold (or to go on); returns how many."""
    count = 0
    query = f'TaskQueue="{settings.task_queue}" AND ExecutionStatus="Running"'
    async for execution in client.list_workflows(query):
        try:
            await client.get_workflow_handle(execution.id).signal("hold" if on else "release_hold",
                                                                  KillSwitch(reason=reason))
            count += 1
        except RPCError:
            continue  # it finished meanwhile
    return count


def register(app: typer.Typer) -> None:
    register_kind(Kind(prefix="chat", workflow_type="conversation", status_model=ChatStatus, render=render_chat,
                       approve_signal=None, reject_signal=None))

    @app.command()
    def chat(shopper: str = typer.Option(None, help="who is chatting (default: ERRAND_SHOPPER)")) -> None:
        """Talk to the agent: ask for errands in plain words, see quotes, approve them inline."""
        settings = ErrandSettings()
        console = Console()

        async def read_line() -> str | None:
            try:
                return await asyncio.to_thread(console.input, "[bold]you> [/]")
            except EOFError:
                return None

        async def go() -> None:
            await run_chat(await errands.connect_client(settings), settings, shopper or settings.shopper, read_line,
                           console)

        try:
            asyncio.run(go())
        except CliError as exc:
            console.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            console.print("bye")

    @app.command("kill-switch")
    def kill_switch(state: str = typer.Argument(..., help="on | off"),
                    reason: str = typer.Option("operator kill switch", help="shown in the Web UI")) -> None:
        """Hold every running errand before its next side effect (on), or let them go on (off)."""
        console = Console()
        if state not in ("on", "off"):
            console.print("[bold red]error:[/] say `errand kill-switch on` or `errand kill-switch off`")
            raise typer.Exit(1)
        settings = ErrandSettings()

        async def go() -> int:
            return await set_kill_switch(await errands.connect_client(settings), settings, state == "on", reason)

        try:
            count = asyncio.run(go())
        except CliError as exc:
            console.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(1) from None
        console.print(f"kill switch {state}: {'held' if state == 'on' else 'released'} {count} running errands")
