"""What the sandbox's and the ledger's Alembic runners share: where their revisions are, which table records
the revision a database is at, and how generated revisions write column types.

Each runner (``errand.sandbox.migrations``, ``errand.ledger.migrations``) keeps what differs: its tables, its
head, and how it locks while it upgrades. Reading the stored revision imports only SQLAlchemy, so a database
at the newest revision opens without loading Alembic.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.autogenerate.api import AutogenContext
    from alembic.config import Config


@dataclass(frozen=True)
class AlembicRevisions:
    """One folder of revisions and the table recording which of them a database has had.

    Attributes:
        folder: Alembic's script location (``env.py``, ``script.py.mako``, ``versions/``).
        version_table: The table holding the database's revision.
    """

    folder: Path
    version_table: str

    def config(self, connection: Connection | None = None) -> Config:
        """An Alembic configuration for these revisions, built in code (no alembic.ini at run time); ``env.py``
        runs on ``connection``."""
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(self.folder))
        config.attributes["connection"] = connection
        return config

    def stored_revision(self, conn: Connection) -> str | None:
        """The revision the database is at; None for a database that has none (empty, or older than
        migrations)."""
        if not inspect(conn).has_table(self.version_table):
            return None
        return conn.execute(text(f"SELECT version_num FROM {self.version_table}")).scalar()

    def current(self, engine: Engine) -> str | None:
        """`stored_revision` on a connection of its own."""
        with engine.connect() as conn:
            return self.stored_revision(conn)


def render_item(type_: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """Write SQLModel's column types as plain SQLAlchemy ones in generated revisions, which then do not
    depend on SQLModel's internals (False: Alembic's own rendering)."""
    if type_ != "type":
        return False
    from sqlmodel.sql.sqltypes import AutoString

    if isinstance(obj, AutoString):
        length = getattr(obj.impl, "length", None)
        return f"sa.String(length={length})" if length else "sa.String()"
    if type(obj).__name__ == "UTCDateTime":
        return "sa.DateTime(timezone=True)"
    return False


__all__ = ["AlembicRevisions", "render_item"]
