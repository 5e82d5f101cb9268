"""What Alembic's autogenerate would still change to make a database match the models."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from errand.ledger import migrations as ledger_migrations
from errand.sandbox import migrations as sandbox_migrations


def sandbox_diff(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_name": sandbox_migrations.include_name, "compare_type": True,
            "version_table": sandbox_migrations.VERSION_TABLE})
        return list(compare_metadata(context, sandbox_migrations.model_metadata()))


def ledger_diff(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_name": ledger_migrations.include_name, "compare_type": True,
            "version_table": ledger_migrations.VERSION_TABLE})
        return list(compare_metadata(context, ledger_migrations.model_metadata()))
