"""The shared async HTTP plumbing for all connectors."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from .errors import BackendRejected, error_from_response, error_from_transport

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=3.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10)


def path_segment(value: str) -> str:
    """``value`` escaped as one URL path segment, so an id like ``alice/../bob`` cannot name another path."""
    return quote(value, safe="")


class BaseClient:
    """An httpx.AsyncClient with explicit timeouts/limits and uniform error mapping.

    Args:
        base_url: the backend's root URL.
        timeout: per-request timeouts.
        limits: connection pool limits.
        transport: optional transport (tests inject one).
    """

    def __init__(self, base_url: str, *, timeout: httpx.Timeout | None = None, limits: httpx.Limits | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._client = httpx.AsyncClient(timeout=timeout or DEFAULT_TIMEOUT, limits=limits or DEFAULT_LIMITS,
                                         transport=transport)

    async def _request(self, method: str, url: str, *, json: Any = None, params: dict | None = None,
                       idempotency_key: str | None = None) -> Any:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        if not url.startswith("http"):
            url = self.base_url + url
        try:
            response = await self._client.request(method, url, json=json, params=params, headers=headers)
        except httpx.HTTPError as exc:
            raise error_from_transport(exc) from exc
        if response.status_code >= 400:
            raise error_from_response(response)
        try:
            return response.json()
        except ValueError as exc:
            # A redirect or a non-JSON page is not an answer to this call: say so instead of crashing.
            raise BackendRejected(f"unexpected answer to {method} {url}: HTTP {response.status_code}",
                                  status=response.status_code, code="unexpected_response") from exc

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self):  # noqa: ANN204
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
