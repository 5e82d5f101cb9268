"""What the API's routes share: the settings, its own store, and the Temporal client (connected lazily, so the
API starts before Temporal does and answers 503 until it can reach it)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from fastapi import Request
from temporalio.client import Client

from errand.worker.settings import ErrandSettings

from .errors import ApiError
from .store import SESSION_LIFETIME, SESSION_ROTATE_AFTER, ApiStore


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class ApiState:
    settings: ErrandSettings
    store: ApiStore
    client: Client | None = None
    clock: Callable[[], datetime] = _utcnow
    session_lifetime: timedelta = SESSION_LIFETIME
    session_rotate_after: timedelta = SESSION_ROTATE_AFTER
    poll_seconds: float = 0.25
    """How often a server-sent-event stream reads the errand's status (a chat's, at most this long apart)."""
    _connecting: asyncio.Lock = field(default_factory=asyncio.Lock)
    _listening: dict[str, set[asyncio.Event]] = field(default_factory=dict)

    async def temporal(self) -> Client:
        """The Temporal client; 503 while Temporal cannot be reached."""
        if self.client is not None:
            return self.client
        async with self._connecting:
            if self.client is None:
                from errand.worker.client import connect

                try:
                    self.client = await connect(self.settings)
                except RuntimeError as exc:
                    raise ApiError(503, "temporal_unavailable",
                                   f"Temporal is not reachable at {self.settings.temporal_address}") from exc
        return self.client

    async def temporal_or_none(self) -> Client | None:
        """The client a stream's HistoryWatch long-polls with, or None when Temporal cannot be reached as the
        stream opens: the stream then reads on its own clock (its reads say what they can) rather than failing
        after its response has started."""
        try:
            return await self.temporal()
        except ApiError:
            return None


    @contextlib.contextmanager
    def listening(self, chat_id: str) -> Iterator[asyncio.Event]:
        """An event set whenever ``nudge(chat_id)`` is called, while the block runs (a chat's stream)."""
        event = asyncio.Event()
        self._listening.setdefault(chat_id, set()).add(event)
        try:
            yield event
        finally:
            listeners = self._listening.get(chat_id, set())
            listeners.discard(event)
            if not listeners:
                self._listening.pop(chat_id, None)

    def nudge(self, chat_id: str) -> None:
        """Something was just said in ``chat_id``: its streams look now rather than at their next poll."""
        for event in self._listening.get(chat_id, ()):
            event.set()


def api_state(request: Request) -> ApiState:
    state: ApiState = request.app.state.api
    return state
