"""Alembic's environment for the sandbox: always handed a connection by `sandbox.migrations` (or a test)."""

from __future__ import annotations

from alembic import context

from errand.sandbox.migrations import VERSION_TABLE, include_name, model_metadata, render_item

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the sandbox's migrations through sandbox.migrations.upgrade (or errand db upgrade)")
context.configure(connection=connection, target_metadata=model_metadata(), render_as_batch=True,
                  include_name=include_name, version_table=VERSION_TABLE, compare_type=True,
                  render_item=render_item)
with context.begin_transaction():
    context.run_migrations()
