"""The sandbox's schema as Alembic revisions (``versions/``), applied on start and by ``errand db upgrade``.

`upgrade` brings a database to the newest revision. A file made by a release before these revisions existed
has no version table: it gets every revision as an empty file does, the baseline (``0001``) and the revisions
after it creating only what it lacks. At `HEAD` it costs one query and Alembic is not even imported: every
test session and every ``errand up`` starts a sandbox.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, MetaData, Table

from errand.migrating import AlembicRevisions, render_item

HERE = Path(__file__).resolve().parent
HEAD = "0016"
"""The newest revision in ``versions/`` (a test checks it is Alembic's head)."""
VERSION_TABLE = "alembic_version"
RAW_TABLE_PREFIX = "product_fts"
"""The FTS5 product index and its shadow tables: made by raw SQL, absent from the models."""
REVISIONS = AlembicRevisions(HERE, VERSION_TABLE)
alembic_config = REVISIONS.config
stored_revision = REVISIONS.stored_revision
current = REVISIONS.current


def model_metadata() -> MetaData:
    """The tables of every sandbox model, and of no other package's (``SQLModel.metadata`` is shared)."""
    from sqlmodel import SQLModel

    from errand.sandbox import db  # noqa: F401 - imported for the tables they declare
    from errand.sandbox.aftersales import tables as aftersales  # noqa: F401 - imported for the tables they declare
    from errand.sandbox.common import idempotency_store  # noqa: F401 - imported for the tables they declare
    from errand.sandbox.courier import (
        delivery,  # noqa: F401 - imported for the tables they declare
        pickups,  # noqa: F401 - imported for the tables they declare
        webhooks,  # noqa: F401 - imported for the tables they declare
    )
    from errand.sandbox.merchant import (
        identity_store,  # noqa: F401 - imported for the tables they declare
        order_events,  # noqa: F401 - imported for the tables they declare
    )
    from errand.sandbox.returns import decisions as return_decisions  # noqa: F401 - imported for the tables they declare
    from errand.sandbox.returns import photos as return_photos  # noqa: F401 - imported for the tables they declare
    from errand.sandbox.returns import tables as returns  # noqa: F401 - imported for the tables they declare
    from errand.sandbox.stores import tables as stores_db  # noqa: F401 - imported for the tables they declare
    from errand.sandbox.wallet import keys as wallet_keys  # noqa: F401 - imported for the tables they declare
    from errand.sandbox.wallet import mandates  # noqa: F401 - imported for the tables they declare
    from errand.sandbox.wallet import payment_methods as wallet_methods  # noqa: F401 - imported for the tables they declare

    metadata = MetaData()
    for mapper in SQLModel._sa_registry.mappers:
        if mapper.class_.__module__.startswith("errand.sandbox.") and isinstance(mapper.local_table, Table):
            mapper.local_table.to_metadata(metadata)
    return metadata


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Compare and autogenerate only the modelled tables: not the FTS index's, not the version table."""
    return not (type_ == "table" and name is not None
                and (name.startswith(RAW_TABLE_PREFIX) or name == VERSION_TABLE))


def upgrade(engine: Engine) -> None:
    """Bring the sandbox database at ``engine`` to `HEAD`.

    The check and the upgrade run under one write lock (BEGIN IMMEDIATE), so a second process starting on the
    same file waits and then finds the work done.
    """
    if current(engine) == HEAD:
        return
    from alembic import command

    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        revision = stored_revision(conn)
        if revision != HEAD:
            command.upgrade(alembic_config(conn), "head")
        conn.commit()


__all__ = ["HEAD", "alembic_config", "current", "include_name", "model_metadata", "render_item", "upgrade"]


def create_schema(engine: Engine) -> None:
    """Bring the database to the newest schema: the Alembic revisions in this folder (a database at the
    newest already costs one query)."""
    upgrade(engine)
