"""`errand link <merchant-url> --shopper S`: link a shopper's merchant account (UCP Identity Linking).

The shopper consents once at the merchant; Errand then holds tokens for that account under ERRAND_HOME
(0600, never printed) and refreshes them as they expire. In the sandbox the shopper signs in with a one-time
linking code from the merchant's operator (typed at the prompt, or ``--code``); ``--revoke`` undoes the link.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer
from rich.console import Console

from errand.connectors.identity import ClientCredentials, LinkedAccount, LinkError, TokenStore, link_account
from errand.worker.settings import ErrandSettings

from .keystore import private_home

console = Console()


def register(app: typer.Typer) -> None:
    @app.command("link")
    def link_command(merchant_url: str = typer.Argument(..., help="the merchant's base URL"),
                     shopper: str = typer.Option(None, help="whose account (default: ERRAND_SHOPPER)"),
                     code: str = typer.Option(None, help="the one-time linking code (asked for when absent)"),
                     scope: Annotated[list[str] | None, typer.Option(
                         help="a scope to ask for, repeatable (default: all the merchant declares)")] = None,
                     revoke: bool = typer.Option(False, "--revoke", help="revoke the link and forget it"),
                     ) -> None:
        """Link (or with --revoke unlink) the shopper's account at a UCP merchant."""
        settings = ErrandSettings()
        who = shopper or settings.shopper
        store = TokenStore(private_home(settings.home))
        try:
            credentials = ClientCredentials.from_home(settings.home)
            if revoke:
                asyncio.run(LinkedAccount(store, who, merchant_url, credentials).revoke())
                console.print(f"[green]unlinked[/] {who} at {merchant_url}")
                return
            linking_code = code or typer.prompt("linking code", hide_input=True)
            granted = asyncio.run(link_account(merchant_url, who, linking_code, credentials, store,
                                               scopes=scope or None))
        except LinkError as exc:
            console.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(1) from None
        console.print(f"[green]linked[/] {who} at {merchant_url}: {granted['scope'] or 'no scopes'}")
