"""Client for the sandbox's operator surface: health and fault injection."""

from __future__ import annotations

from typing import Any

from ._http import BaseClient


class SandboxAdmin(BaseClient):
    """Talks to ``<sandbox>/admin``; ``base_url`` is the sandbox root.

    Everything but ``health`` needs the operator's token: ``SandboxAdmin(url, token=settings.admin_token)``.
    """

    async def health(self) -> dict[str, Any]:
        health: dict[str, Any] = await self._request("GET", "/admin/health")
        return health

    async def inject_fault(self, route: str, status: int, count: int, latency_ms: int = 0) -> dict[str, Any]:
        """Make the next ``count`` calls of ``route`` fail with ``status`` (after ``latency_ms``)."""
        fault: dict[str, Any] = await self._request("POST", "/admin/faults", json={
            "route": route, "status": status, "count": count, "latency_ms": latency_ms})
        return fault

    async def clear_faults(self) -> dict[str, Any]:
        cleared: dict[str, Any] = await self._request("DELETE", "/admin/faults")
        return cleared
