"""`errand mcp`: serve Errand to an MCP client (Claude Desktop, an IDE, any MCP host) for one shopper.

Over stdio (the default) the client starts this command itself, so stdout is the protocol and everything
for people goes to stderr. Over HTTP the server needs a bearer token: ``--token``, ERRAND_MCP_TOKEN, or one
generated for this start and printed once.
"""

from __future__ import annotations

import asyncio
import secrets

import typer
from rich.console import Console

from errand.worker.settings import ErrandSettings


def register(app: typer.Typer) -> None:
    @app.command("mcp")
    def mcp(
        transport: str = typer.Option("stdio", help="stdio | http (streamable HTTP at /mcp)"),
        shopper: str = typer.Option(None, help="who the server acts for (default: ERRAND_SHOPPER)"),
        host: str = typer.Option("127.0.0.1", help="HTTP: address to listen on"),
        port: int = typer.Option(8790, min=1, max=65535, help="HTTP: port to listen on"),
        token: str = typer.Option(None, help="HTTP: bearer token (default: ERRAND_MCP_TOKEN, else generated)"),
    ) -> None:
        """Serve Errand's tools over MCP: search, start errands, follow them, cancel a watch (never approve)."""
        from errand.mcp_server import ErrandService, build_server, serve_http

        console = Console(stderr=True)
        if transport not in ("stdio", "http"):
            console.print(f"[bold red]error:[/] --transport is stdio or http, not “{transport}”")
            raise typer.Exit(2)
        settings = ErrandSettings()
        server = build_server(ErrandService(settings, shopper or settings.shopper))
        if transport == "stdio":
            asyncio.run(server.run_stdio_async())
            return
        bearer = token or settings.mcp_token or secrets.token_urlsafe(32)
        if len(bearer) < 16:
            console.print("[bold red]error:[/] the bearer token must be at least 16 characters")
            raise typer.Exit(2)
        console.print(f"MCP over streamable HTTP at http://{host}:{port}/mcp for [bold]{shopper or settings.shopper}"
                      f"[/]; approvals at {settings.web_url}")
        if not (token or settings.mcp_token):
            console.print(f"bearer token (shown once): [bold]{bearer}[/]", highlight=False, soft_wrap=True)
        try:
            asyncio.run(serve_http(server, bearer, host, port))
        except KeyboardInterrupt:
            console.print("stopped")


__all__ = ["register"]
