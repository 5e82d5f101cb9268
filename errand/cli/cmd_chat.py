"""`errand chat` (talk to the agent in the terminal) and `errand kill-switch on|off` (operators).

The chat is a ConversationWorkflow: typed lines go in as signals, the agent's turns come back from its
status query, and a quote awaiting a signature is shown as a quote card. Typing ``approve`` signs that
quote with the chatting shopper's own key and signals the errand itself, exactly as `errand approve` does
(`errand aftersales approve` for an after-sales change quote; ``approve <errand>`` when more than one quote
is open): the conversation never holds a key and cannot approve anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sys
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import typer
from rich.console import Console
from rich.text import Text
from temporalio.client import Client, WorkflowExecutionStatus
from temporalio.service import RPCError

from errand.activities.conversation import ErrandSnapshot, snapshot_of
from errand.connectors import BackendError, BackendUnavailable, MerchantClient
from errand.domain.money import format_minor
from errand.domain.policy import KillSwitch, caps_from_settings
from errand.worker.settings import ErrandSettings
from errand.workflows import ChatEnd, ChatMessage, ChatStatus, ConversationRequest, ConversationWorkflow
from errand.workflows.chat_text import progress_line

from . import errands
from .cmd_aftersales import approve_change
from .errands import CliError
from .kinds import Kind, kind_of
from .kinds import register as register_kind
from .render import quote_card

ReadLine = Callable[[], Awaitable[str | None]]
_STYLE = {"question": "yellow", "choice": "yellow", "quote": "bold cyan", "done": "bold green", "error": "bold red",
          "unavailable": "red", "started": "cyan"}
_END_STYLE = {"delivered": "bold green", "completed": "bold green", "bought": "bold green",
              "rescheduled": "bold green", "refunded": "bold green", "redirected": "bold green", "kept": "green"}
_RELAYED = ("progress", "quote", "choice", "done")
"""Turn kinds the conversation relays from its errands: the chat reads the errands itself, sooner."""


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


async def read_errand(client: Client, errand_id: str) -> tuple[ErrandSnapshot, dict[str, Any]] | None:
    """Any errand's snapshot (and its raw status) straight from Temporal; None when it cannot be read now."""
    handle = client.get_workflow_handle(errand_id, result_type=dict)
    try:
        description = await handle.describe()
        if description.status == WorkflowExecutionStatus.COMPLETED:
            data: dict[str, Any] = await handle.result()
            return snapshot_of(errand_id, data, True), data
        if description.status != WorkflowExecutionStatus.RUNNING:
            ended = description.status.name.lower() if description.status is not None else "unknown"
            return ErrandSnapshot(errand_id=errand_id, state=ended, finished=True,
                                  outcome="the errand was stopped before it finished"), {}
        data = await handle.query("status", result_type=dict)
        return snapshot_of(errand_id, data, False), data
    except RPCError:
        return None


async def closest_match(settings: ErrandSettings, query: str) -> str:
    """What the merchant has nearest to ``query`` (\"closest: … (lacks …)\"), or "" when nothing is near."""
    try:
        async with MerchantClient(settings.sandbox_url, token=settings.platform_token, timeout=3.0) as merchant:
            found = await merchant.search_matches(query, limit=3)
    except (BackendError, BackendUnavailable):
        return ""
    if found.match != "close" or not found.products:
        return ""
    best = found.products[0]
    lacks = found.lacking.get(best.product_id)
    return (f"closest: {best.title} at {format_minor(best.price, best.currency)}"
            + (f" (but not {', '.join(lacks)})" if lacks else ""))


class ChatFollower:
    """Follows the conversation and each errand it started, straight from Temporal, and prints what is new:
    the agent's replies, each errand's new state, its quote card, and its end, announced exactly once."""

    def __init__(self, client: Client, settings: ErrandSettings, chat_id: str, console: Console) -> None:
        self._client = client
        self._settings = settings
        self._handle = client.get_workflow_handle_for(ConversationWorkflow.run, chat_id)
        self._console = console
        self._lock = asyncio.Lock()
        self._seen_turns: set[tuple[str, str]] = set()
        self.states: dict[str, str] = {}
        self.ended: set[str] = set()

    def awaiting(self) -> list[str]:
        return [e for e, state in self.states.items() if state == "awaiting_approval" and e not in self.ended]

    async def step(self) -> ChatStatus:
        """One look: the conversation's new agent turns, then every unfinished errand's state."""
        async with self._lock:
            status = await self._handle.query(ConversationWorkflow.status)
            for turn in status.turns:
                key = (turn.at.isoformat(), turn.text)
                if key in self._seen_turns:
                    continue
                self._seen_turns.add(key)
                if turn.who == "agent" and not (turn.kind in _RELAYED and turn.errand_id):
                    self._console.print(Text("agent> ", style="bold") + Text(turn.text, style=_STYLE.get(turn.kind, "")))
            for errand in status.errands:
                if errand.errand_id not in self.ended:
                    await self._follow(errand.errand_id)
            return status

    async def _follow(self, errand_id: str) -> None:
        read = await read_errand(self._client, errand_id)
        if read is None:
            return
        snapshot, data = read
        if not snapshot.state or snapshot.state == self.states.get(errand_id):
            return
        self.states[errand_id] = snapshot.state
        if snapshot.finished:
            self.ended.add(errand_id)
            await self._announce_end(snapshot, data)
            return
        kind = {"awaiting_approval": "quote", "awaiting_choice": "choice"}.get(snapshot.state, "progress")
        self._console.print(Text("agent> ", style="bold") + Text(progress_line(snapshot), style=_STYLE.get(kind, "")))
        if kind == "quote":
            try:
                self._console.print(kind_of(errand_id).render(await errands.get_status(self._client, errand_id)))
            except (CliError, ValueError):
                pass  # the one-line quote above stands

    async def _announce_end(self, snapshot: ErrandSnapshot, data: dict[str, Any]) -> None:
        text = f"{snapshot.errand_id}: {snapshot.state.replace('_', ' ')} — {snapshot.outcome or 'finished'}"
        query = str((data.get("intent") or {}).get("query") or "")
        named = "closest:" in snapshot.outcome.lower()  # the errand itself said what was closest
        if snapshot.state == "no_match" and query and not named and (near := await closest_match(self._settings,
                                                                                                query)):
            text += f" {near[0].upper()}{near[1:]}."
        self._console.print(Text("agent> ", style="bold")
                            + Text(text, style=_END_STYLE.get(snapshot.state, "bold yellow")))

    async def follow(self, poll_seconds: float) -> None:
        """Keep looking until cancelled; a failed look is retried later, with a growing pause."""
        pause = poll_seconds
        while True:
            try:
                await self.step()
                pause = poll_seconds
            except RPCError:
                pause = min(pause * 2, 10.0)
            await asyncio.sleep(pause)

    async def settle(self, seconds: float) -> ChatStatus:
        """Look until ``seconds`` have passed and the conversation is listening again (its reply shown)."""
        deadline = asyncio.get_running_loop().time() + seconds
        while True:
            status = await self.step()
            if asyncio.get_running_loop().time() >= deadline and status.state == "listening":
                return status
            await asyncio.sleep(0.2)


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
                   console: Console, *, settle_seconds: float = 0.6, poll_seconds: float = 0.5) -> str:
    """The chat loop; ``read_line`` returns the next typed line (None at end of input).

    A background task follows the conversation and its errands while ``read_line`` waits, so a quote, a
    delivery or a "no match" is printed as it happens, not when the shopper next presses Enter.
    """
    chat_id = await start_chat(client, settings, shopper)
    handle = client.get_workflow_handle_for(ConversationWorkflow.run, chat_id)
    console.print(f"chatting as [bold]{shopper}[/] in [bold]{chat_id}[/]; type “approve”, “reject” or “quit”.")
    follower = ChatFollower(client, settings, chat_id, console)
    await follower.step()
    following = asyncio.create_task(follower.follow(poll_seconds))
    try:
        while True:
            line = await read_line()
            if line is None or line.strip().lower() in ("quit", "exit", "bye"):
                await handle.signal(ConversationWorkflow.end, ChatEnd())
                return chat_id
            words = line.strip().split()
            if not words:
                await follower.settle(settle_seconds)
                continue
            if words[0].lower() in ("approve", "reject"):
                await _decide(client, settings, shopper, console, words, follower)
                await follower.settle(settle_seconds)
                continue
            await handle.signal(ConversationWorkflow.message, ChatMessage(text=line.strip()[:2000]))
            await follower.settle(settle_seconds)
    finally:
        following.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await following


async def _decide(client: Client, settings: ErrandSettings, shopper: str, console: Console, words: list[str],
                  follower: ChatFollower) -> None:
    await follower.step()
    target, why_not = decision_target(words, follower.awaiting())
    if target is None:
        console.print(f"[yellow]{why_not}[/]")
        return
    try:
        if words[0].lower() == "approve" and kind_of(target).workflow_type == "aftersales":
            # A change quote: the after-sales approval path, signed as the person chatting with their own key.
            changed = await approve_change(client, settings, target, shopper=shopper, out=console)
            console.print(f"{target}: {changed.state.replace('_', ' ')}")
            return
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


def _terminal_reader() -> ReadLine:
    """Lines from prompt_toolkit's prompt, which other output does not break; Ctrl-C or Ctrl-D ends."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.formatted_text import HTML

    session: PromptSession[str] = PromptSession()

    async def read_line() -> str | None:
        try:
            return await session.prompt_async(HTML("<b>you&gt; </b>"))
        except (EOFError, KeyboardInterrupt):
            return None

    return read_line


def _piped_reader(console: Console) -> ReadLine:
    async def read_line() -> str | None:
        try:
            return await asyncio.to_thread(console.input, "[bold]you> [/]")
        except EOFError:
            return None

    return read_line


def register(app: typer.Typer) -> None:
    register_kind(Kind(prefix="chat", workflow_type="conversation", status_model=ChatStatus, render=render_chat,
                       approve_signal=None, reject_signal=None))

    @app.command()
    def chat(shopper: str = typer.Option(None, help="who is chatting (default: ERRAND_SHOPPER)")) -> None:
        """Talk to the agent: ask for errands in plain words, see quotes and outcomes as they happen, approve
        them inline."""
        settings = ErrandSettings()
        interactive = sys.stdin.isatty() and sys.stdout.isatty()
        # On a terminal, prompt_toolkit keeps the input line at the bottom and what the follower prints goes
        # above it (patch_stdout); the console writes to whatever sys.stdout is at the time it prints.
        console = Console(force_terminal=True, width=shutil.get_terminal_size().columns) if interactive \
            else Console()
        read_line = _terminal_reader() if interactive else _piped_reader(console)

        async def go() -> None:
            await run_chat(await errands.connect_client(settings), settings, shopper or settings.shopper, read_line,
                           console)

        try:
            if interactive:
                from prompt_toolkit.patch_stdout import patch_stdout

                with patch_stdout(raw=True):
                    asyncio.run(go())
            else:
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
