"""Optionally, the operator's routes only on a loopback listener of their own (``--admin-port``).

With ``ERRAND_SANDBOX_ADMIN_PORT`` (or ``--admin-port``) set, the sandbox serves the same app on two
sockets: the public one (``host:port``) and ``127.0.0.1:<admin port>``. Every admin path (``/admin/...`` but
the health check, and ``/.../admin/...`` under the courier, pickups and stores) answers 404 on the public
socket, as if it did not exist, and is served, still behind the operator token, only on the loopback one;
nobody reaching the public port can even try an operator token there.
"""

from __future__ import annotations

import asyncio
import json

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from errand.sandbox.common.errors import error_body
from errand.sandbox.settings import SandboxSettings

ADMIN_HOST = "127.0.0.1"


def is_admin_path(path: str) -> bool:
    """An operator's lever: ``/admin/...`` (not the health check) or an ``/admin/`` segment further down."""
    if path == "/admin/health":
        return False
    return path == "/admin" or path.startswith("/admin/") or "/admin/" in path


class AdminOnlyOnItsPort:
    """ASGI middleware: admin paths arriving on any port but ``port`` get a plain 404."""

    def __init__(self, app: ASGIApp, port: int) -> None:
        self.app = app
        self.port = port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and is_admin_path(scope["path"]):
            server = scope.get("server") or (None, None)
            if server[1] != self.port:
                body = json.dumps(error_body("not_found", "Not Found", "unrecoverable")).encode()
                await send({"type": "http.response.start", "status": 404,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def serve(app: ASGIApp, settings: SandboxSettings, log_level: str) -> None:
    """Serve ``app`` on ``host:port``, and on ``127.0.0.1:admin_port`` too when one is set; until stopped."""
    if settings.admin_port is None:
        uvicorn.run(app, host=settings.host, port=settings.port, log_level=log_level)
        return
    servers = [uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level))
               for host, port in ((settings.host, settings.port), (ADMIN_HOST, settings.admin_port))]

    async def both() -> None:
        running = [asyncio.create_task(server.serve()) for server in servers]
        await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for server in servers:  # one stopped (a signal, a port in use): stop the other too
            server.should_exit = True
        await asyncio.gather(*running, return_exceptions=True)

    asyncio.run(both())


__all__ = ["ADMIN_HOST", "AdminOnlyOnItsPort", "is_admin_path", "serve"]
