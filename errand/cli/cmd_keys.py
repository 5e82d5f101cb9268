"""`errand enroll` and `errand keys list|rotate|revoke`: the shopper's signing keys on this machine.

A key is generated here and only its public half is sent to the wallet. The first key needs an enrolment
code: on the local stack `errand enroll` asks the sandbox for one with the operator credential kept under
ERRAND_HOME; elsewhere the wallet's operator gives one out of band (``--code``).
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from errand.worker.settings import ErrandSettings

from .enrolment import EnrolmentError, enroll, revoke, rotate, wallet_keys
from .keystore import KeyStore, KeyStoreError, private_home

console = Console()
keys_app = typer.Typer(help="Your signing keys: list, rotate, revoke.", no_args_is_help=True)


def _fail(exc: Exception) -> typer.Exit:
    console.print(f"[bold red]error:[/] {exc}")
    return typer.Exit(1)


def _store(settings: ErrandSettings) -> KeyStore:
    return KeyStore(private_home(settings.home))


def register(app: typer.Typer) -> None:
    app.add_typer(keys_app, name="keys")

    @app.command("enroll")
    def enroll_command(shopper: str = typer.Option(None, help="whose key (default: ERRAND_SHOPPER)"),
                       code: str = typer.Option(None, help="a one-time code from the wallet's operator"),
                       ) -> None:
        """Make a signing key on this machine and register its public half with the wallet."""
        settings = ErrandSettings()
        who = shopper or settings.shopper
        try:
            store = _store(settings)
            existing = store.current(who)
            if existing is not None:
                console.print(f"{who} already has key {existing.key_id} here; `errand keys rotate` "
                              "replaces it")
                return
            key = enroll(store, settings.sandbox_url, who, code=code,
                         operator_token="" if code else settings.admin_token)
        except (EnrolmentError, KeyStoreError) as exc:
            raise _fail(exc) from None
        console.print(f"[green]enrolled[/] {who}: key {key.key_id} (private half in {key.path})")


@keys_app.command("list")
def list_keys(shopper: str = typer.Option(None, help="whose keys (default: ERRAND_SHOPPER)")) -> None:
    """The shopper's keys at the wallet, and which of them this machine holds."""
    settings = ErrandSettings()
    who = shopper or settings.shopper
    try:
        local = {key.key_id for key in _store(settings).keys(who)}
        registered = wallet_keys(settings.sandbox_url, who)
    except (EnrolmentError, KeyStoreError) as exc:
        raise _fail(exc) from None
    table = Table("key id", "status", "created (UTC)", "revoked (UTC)", "on this machine")
    for key in registered:
        table.add_row(key["key_id"], key["status"], key["created_at"][:19], (key["revoked_at"] or "")[:19],
                      "yes" if key["key_id"] in local else "")
    console.print(table if registered else f"{who} has no keys at the wallet; `errand enroll` makes one")


@keys_app.command("rotate")
def rotate_key(shopper: str = typer.Option(None, help="whose key (default: ERRAND_SHOPPER)")) -> None:
    """Replace this machine's key: a new key endorsed by the old one, which is then revoked."""
    settings = ErrandSettings()
    who = shopper or settings.shopper
    try:
        old, new = rotate(_store(settings), settings.sandbox_url, who)
    except (EnrolmentError, KeyStoreError) as exc:
        raise _fail(exc) from None
    console.print(f"[green]rotated[/] {who}: key {new.key_id} is active, {old.key_id} is revoked")


@keys_app.command("revoke")
def revoke_key(key_id: str,
               shopper: str = typer.Option(None, help="whose key (default: ERRAND_SHOPPER)")) -> None:
    """Revoke one of the shopper's keys (e.g. a lost device's), signed by this machine's key."""
    settings = ErrandSettings()
    who = shopper or settings.shopper
    try:
        revoked = revoke(_store(settings), settings.sandbox_url, who, key_id)
    except (EnrolmentError, KeyStoreError) as exc:
        raise _fail(exc) from None
    console.print(f"[green]revoked[/] {who}: key {revoked['key_id']} ({revoked['status']})")
