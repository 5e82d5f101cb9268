"""The shared async HTTP plumbing for all connectors.

The connectors speak HTTP through aiohttp. Under load the worker runs a couple of hundred activities at
once, each calling a backend; httpx's connection pool walks every pooled connection and every queued request
on each request, which cost ~2.9 ms of CPU per request at 100 in flight against ~0.17 ms with aiohttp
(`python bench/http_client.py`), and was the largest share of the worker's CPU per buy errand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self
from urllib.parse import quote

import aiohttp

from .errors import BackendRejected, error_from_response, error_from_transport
from .raw import RawResponse

DEFAULT_TIMEOUT_SECONDS = 10.0
DEFAULT_CONNECT_TIMEOUT_SECONDS = 3.0
DEFAULT_MAX_CONNECTIONS = 100
# An idle pooled connection is dropped before the server would close it (uvicorn and many others close
# after 5 s): a request sent on a connection the server is closing at that moment fails with a reset.
KEEPALIVE_SECONDS = 4.0


_TRACE_CONFIGS: list[Callable[[], aiohttp.TraceConfig]] = []


def add_trace_config(factory: Callable[[], aiohttp.TraceConfig]) -> None:
    """Give every session opened from now on the trace config ``factory`` makes (tracing, metrics)."""
    if factory not in _TRACE_CONFIGS:
        _TRACE_CONFIGS.append(factory)


def path_segment(value: str) -> str:
    """``value`` escaped as one URL path segment, so an id like ``alice/../bob`` cannot name another path."""
    return quote(value, safe="")


def _query(params: dict[str, Any] | None) -> dict[str, str] | None:
    """Query values as text: ``None`` is left out, booleans are ``true``/``false``."""
    if not params:
        return None
    return {key: (str(value).lower() if isinstance(value, bool) else str(value))
            for key, value in params.items() if value is not None}


class BaseClient:
    """An aiohttp session with explicit timeouts and pool size, and uniform error mapping.

    The session is opened on the first request, inside the event loop that makes it, and closed by
    ``aclose`` (or ``async with``).

    Args:
        base_url: the backend's root URL.
        timeout: seconds for a whole request (connecting, sending, the answer).
        connect_timeout: seconds to get a connection.
        max_connections: connections kept to the backend at most; more requests wait for one.
        token: bearer credential sent with every request (the platform's, or an operator's); none when empty.
    """

    def __init__(self, base_url: str, *, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                 connect_timeout: float = DEFAULT_CONNECT_TIMEOUT_SECONDS,
                 max_connections: int = DEFAULT_MAX_CONNECTIONS, token: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self._auth_headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._timeout = aiohttp.ClientTimeout(total=timeout, connect=connect_timeout)
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=self._timeout, headers=self._auth_headers,
                trace_configs=[make() for make in _TRACE_CONFIGS] or None, connector=aiohttp.TCPConnector(limit=self._max_connections,
                                                keepalive_timeout=KEEPALIVE_SECONDS))
        return self._session

    async def _send(self, method: str, url: str, *, json: Any = None, params: dict[str, Any] | None = None,
                    data: bytes | None = None, headers: dict[str, str] | None = None) -> RawResponse:
        """One request, read whole; transport failures become ``BackendUnavailable``, 4xx/5xx are not raised."""
        if not url.startswith("http"):
            url = self.base_url + url
        try:
            async with self._open().request(method, url, json=json, params=_query(params), data=data,
                                            headers=headers) as response:
                body = await response.read()
                return RawResponse(response.status, body, response.content_type)
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise error_from_transport(exc) from exc

    async def _request(self, method: str, url: str, *, json: Any = None, params: dict[str, Any] | None = None,
                       idempotency_key: str | None = None) -> Any:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        response = await self._send(method, url, json=json, params=params, headers=headers)
        if response.status >= 400:
            raise error_from_response(response)
        try:
            return response.json()
        except ValueError as exc:
            # A redirect or a non-JSON page is not an answer to this call: say so instead of crashing.
            raise BackendRejected(f"unexpected answer to {method} {url}: HTTP {response.status}",
                                  status=response.status, code="unexpected_response") from exc

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
