"""Alembic's environment for the ledger: always handed a connection by `ledger.migrations` (or a test).

On SQLite a batch operation that copies ``ledger_entries`` drops its triggers with the old table: a revision
that needs one recreates them (see ``0001_baseline``) in the same revision.
"""

from __future__ import annotations

from alembic import context

from errand.ledger.migrations import VERSION_TABLE, include_name, model_metadata, render_item

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the ledger's migrations through ledger.migrations.upgrade (or errand db upgrade)")
context.configure(connection=connection, target_metadata=model_metadata(), render_as_batch=True,
                  include_name=include_name, version_table=VERSION_TABLE, compare_type=True,
                  render_item=render_item)
with context.begin_transaction():
    context.run_migrations()
