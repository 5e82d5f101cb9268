"""`errand db upgrade` and `errand db current`: the sandbox's and the ledger's schema revisions.

Both databases are upgraded when they are opened (the sandbox on start, the ledger by the worker); these
commands do it ahead, for example as the ledger's owner on PostgreSQL, whose worker role may not change the
schema.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer
from rich.console import Console
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from errand.worker.settings import ErrandSettings

console = Console()
db_app = typer.Typer(help="The sandbox's and the ledger's schemas (Alembic revisions).", no_args_is_help=True)


def _ledger_engine(settings: ErrandSettings) -> Engine:
    from errand.ledger.schema import build_engine, normalize_url

    return build_engine(normalize_url(settings.ledger_url))


def _sandbox_engine(path: Path) -> Engine:
    from errand.sandbox.db import make_engine

    return make_engine(path)


def _missing_sqlite_file(database_url: str) -> Path | None:
    """The SQLite file a URL names when it does not exist (opening it would create it), else None."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    path = Path(url.database).expanduser()
    return None if path.exists() else path


def _chosen(ledger: bool, sandbox: bool) -> tuple[bool, bool]:
    """Neither flag means both databases."""
    return (ledger or not sandbox, sandbox or not ledger)


def _with(engine: Engine, action: Callable[[Engine], str]) -> str:
    try:
        return action(engine)
    finally:
        engine.dispose()


def upgrade_databases(settings: ErrandSettings, *, ledger: bool, sandbox: bool) -> list[str]:
    """Upgrade the chosen databases to their newest revisions; one line per database saying where it is."""
    from errand.ledger import migrations as ledger_migrations
    from errand.ledger.install import install_schema
    from errand.sandbox import migrations as sandbox_migrations

    def ledger_upgrade(engine: Engine) -> str:
        install_schema(engine)
        return f"ledger: at {ledger_migrations.current(engine)}"

    def sandbox_upgrade(engine: Engine) -> str:
        sandbox_migrations.upgrade(engine)
        return f"sandbox: at {sandbox_migrations.current(engine)}"

    do_ledger, do_sandbox = _chosen(ledger, sandbox)
    lines = []
    if do_ledger:
        lines.append(_with(_ledger_engine(settings), ledger_upgrade))
    if do_sandbox:
        lines.append(_with(_sandbox_engine(settings.home / "sandbox.db"), sandbox_upgrade))
    return lines


def current_revisions(settings: ErrandSettings, *, ledger: bool, sandbox: bool) -> list[str]:
    """Where the chosen databases are, against the newest revision; nothing is created or changed."""
    from errand.ledger import migrations as ledger_migrations
    from errand.sandbox import migrations as sandbox_migrations

    def state(name: str, revision: str | None, head: str) -> str:
        if revision == head:
            return f"{name}: at {revision} (newest)"
        return f"{name}: at {revision or 'no revision'}, newest is {head}: run `errand db upgrade --{name}`"

    do_ledger, do_sandbox = _chosen(ledger, sandbox)
    lines = []
    if do_ledger:
        missing = _missing_sqlite_file(settings.ledger_url)
        if missing is not None:
            lines.append(f"ledger: no database at {missing}")
        else:
            lines.append(_with(_ledger_engine(settings), lambda engine: state(
                "ledger", ledger_migrations.current(engine), ledger_migrations.HEAD)))
    if do_sandbox:
        path = settings.home / "sandbox.db"
        if not path.exists():
            lines.append(f"sandbox: no database at {path}")
        else:
            lines.append(_with(_sandbox_engine(path), lambda engine: state(
                "sandbox", sandbox_migrations.current(engine), sandbox_migrations.HEAD)))
    return lines


_LEDGER = typer.Option(False, "--ledger", help="only the ledger (ERRAND_DATABASE_URL, else home/ledger.db)")
_SANDBOX = typer.Option(False, "--sandbox", help="only the sandbox (home/sandbox.db)")


@db_app.command("upgrade")
def upgrade_command(ledger: bool = _LEDGER, sandbox: bool = _SANDBOX) -> None:
    """Bring the databases to the newest revision (both unless one is named)."""
    from errand.ledger.migrations import LedgerSchemaError

    try:
        lines = upgrade_databases(ErrandSettings(), ledger=ledger, sandbox=sandbox)
    except LedgerSchemaError as exc:
        console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    for line in lines:
        console.print(line, highlight=False, soft_wrap=True)


@db_app.command("current")
def current_command(ledger: bool = _LEDGER, sandbox: bool = _SANDBOX) -> None:
    """Show each database's revision and whether it is the newest."""
    for line in current_revisions(ErrandSettings(), ledger=ledger, sandbox=sandbox):
        console.print(line, highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
