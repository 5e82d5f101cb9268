"""`errand serve` (the HTTP API and web app) and `errand api-token issue|revoke` (operators give a shop's app
a token that acts for one shopper)."""

from __future__ import annotations

import typer
from rich.console import Console

from errand.worker.settings import ErrandSettings

console = Console()


def register(app: typer.Typer) -> None:
    tokens = typer.Typer(help="Shoppers' API tokens for a shop's own app (stored hashed).", no_args_is_help=True)
    app.add_typer(tokens, name="api-token")

    @app.command()
    def serve(host: str = typer.Option("127.0.0.1", help="address to listen on"),
              port: int = typer.Option(8800, help="port to listen on")) -> None:
        """Serve the HTTP API (OpenAPI at /openapi.json) and the web app on one port."""
        import uvicorn

        from errand.api.app import create_app
        from errand.api.passkeys import relying_party

        settings = ErrandSettings()
        # Passkeys are made for settings.web_url's name and port (a loopback address is served as localhost).
        web = relying_party(settings.model_copy(update={"web_url": f"http://{host}:{port}"})).origin
        console.print(f"web app at {web}/signin   ·   API schema at {web}/openapi.json")
        if web != relying_party(settings).origin:
            console.print(f"[yellow]passkeys are made for {relying_party(settings).origin} (ERRAND_WEB_URL): "
                          "set it to where this server is reached[/]")
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", proxy_headers=False)

    @tokens.command("issue")
    def issue(shopper: str = typer.Option(..., help="the shopper the token acts for"),
              label: str = typer.Option("", help="whose app holds it, for your records")) -> None:
        """Print a new token for SHOPPER's API calls (shown once; only its hash is kept)."""
        from errand.api.store import ApiStore

        if not 1 <= len(shopper) <= 64:
            console.print("[bold red]error:[/] --shopper must be 1 to 64 characters")
            raise typer.Exit(1)
        store = ApiStore.under(ErrandSettings().home)
        try:
            typer.echo(store.issue_token(shopper, label))
        finally:
            store.close()

    @tokens.command("revoke")
    def revoke(shopper: str = typer.Option(..., help="revoke every token of this shopper")) -> None:
        """Revoke every API token of SHOPPER."""
        from errand.api.store import ApiStore

        store = ApiStore.under(ErrandSettings().home)
        try:
            console.print(f"revoked {store.revoke_tokens(shopper)} tokens of {shopper}")
        finally:
            store.close()
