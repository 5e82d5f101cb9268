"""The API's own small database: browser sessions, shoppers' API tokens, idempotent answers, errand owners.

Kept apart from the ledger (which is append-only and hash-chained): these rows are updated and expire. Every
secret is stored as its sha256 only, so a copy of this file lets nobody in. SQLite under ``ERRAND_HOME`` by
default; the connection is serialised by SQLAlchemy's pool and the rows are few.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    create_engine,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

_meta = MetaData()

sessions = Table(
    "api_sessions", _meta,
    Column("id_hash", String(64), primary_key=True),
    Column("shopper_id", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("issued_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)
api_tokens = Table(
    "api_tokens", _meta,
    Column("token_hash", String(64), primary_key=True),
    Column("shopper_id", String(64), nullable=False),
    Column("label", String(100), nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)
idempotency = Table(
    "api_idempotency", _meta,
    Column("scope", String(128), primary_key=True),
    Column("key", String(200), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("status", Integer, nullable=True),
    Column("body", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
owned_errands = Table(
    "api_errands", _meta,
    Column("errand_id", String(128), primary_key=True),
    Column("shopper_id", String(64), nullable=False, index=True),
    Column("kind", String(32), nullable=False),
    Column("summary", String(300), nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

SESSION_LIFETIME = timedelta(hours=12)
"""A session ends this long after sign-in, however active it is: sign in again with the passkey."""
SESSION_ROTATE_AFTER = timedelta(minutes=15)
"""A session id older than this is replaced by a fresh one at its next use (a stolen old id goes stale)."""
SESSION_GRACE = timedelta(seconds=30)
"""A rotated id keeps working this long, for requests the browser already had in flight."""
IDEMPOTENCY_TTL = timedelta(hours=24)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _aware(value: datetime) -> datetime:
    """SQLite hands datetimes back naive; they were written in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Session:
    shopper_id: str
    issued_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class StoredAnswer:
    """An idempotent write already seen: its request fingerprint and, once done, its answer."""

    fingerprint: str
    status: int | None
    body: str | None


@dataclass(frozen=True)
class OwnedErrand:
    errand_id: str
    shopper_id: str
    kind: str
    summary: str
    created_at: datetime


class ApiStore:
    """Sessions, tokens, idempotent answers and which shopper started which errand through the API."""

    def __init__(self, database_url: str) -> None:
        if database_url.startswith("sqlite:///"):
            Path(database_url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(database_url, connect_args={"check_same_thread": False}
                                    if database_url.startswith("sqlite") else {})
        _meta.create_all(self.engine)

    @classmethod
    def under(cls, home: Path) -> ApiStore:
        return cls(f"sqlite:///{home / 'api.db'}")

    def close(self) -> None:
        self.engine.dispose()

    # Sessions

    def create_session(self, shopper_id: str, now: datetime | None = None,
                       expires_at: datetime | None = None) -> str:
        """A new random session id for ``shopper_id`` (returned once; only its hash is kept)."""
        now = now or datetime.now(UTC)
        session_id = secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(insert(sessions).values(id_hash=digest(session_id), shopper_id=shopper_id, created_at=now,
                                                 issued_at=now, expires_at=expires_at or now + SESSION_LIFETIME))
        return session_id

    def session(self, session_id: str, now: datetime | None = None) -> Session | None:
        now = now or datetime.now(UTC)
        with self.engine.connect() as conn:
            row = conn.execute(select(sessions).where(sessions.c.id_hash == digest(session_id))).first()
        if row is None or _aware(row.expires_at) <= now:
            return None
        return Session(row.shopper_id, _aware(row.issued_at), _aware(row.expires_at))

    def rotate_session(self, session_id: str, now: datetime | None = None) -> str | None:
        """Replace ``session_id`` by a fresh id with the same end; the old one lapses after a short grace."""
        now = now or datetime.now(UTC)
        current = self.session(session_id, now)
        if current is None:
            return None
        fresh = self.create_session(current.shopper_id, now, expires_at=current.expires_at)
        with self.engine.begin() as conn:
            conn.execute(update(sessions).where(sessions.c.id_hash == digest(session_id))
                         .values(expires_at=min(current.expires_at, now + SESSION_GRACE)))
        return fresh

    def end_session(self, session_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.id_hash == digest(session_id)))

    # Shoppers' API tokens

    def issue_token(self, shopper_id: str, label: str = "") -> str:
        """A new bearer token for a shop's app acting for ``shopper_id`` (returned once, kept hashed)."""
        token = "errand_st_" + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(insert(api_tokens).values(token_hash=digest(token), shopper_id=shopper_id, label=label[:100],
                                                   created_at=datetime.now(UTC), revoked=False))
        return token

    def token_shopper(self, token: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(api_tokens.c.shopper_id).where(
                and_(api_tokens.c.token_hash == digest(token), api_tokens.c.revoked.is_(False)))).first()
        return None if row is None else str(row.shopper_id)

    def revoke_tokens(self, shopper_id: str) -> int:
        with self.engine.begin() as conn:
            done = conn.execute(update(api_tokens).where(api_tokens.c.shopper_id == shopper_id).values(revoked=True))
        return int(done.rowcount or 0)

    # Idempotency

    def claim(self, scope: str, key: str, fingerprint: str) -> StoredAnswer | None:
        """Claim ``key`` for this request; None if it is new (the caller then answers and calls ``keep``),
        else what was stored for it (possibly still without an answer: the first request is in flight)."""
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            conn.execute(delete(idempotency).where(idempotency.c.created_at < now - IDEMPOTENCY_TTL))
            try:
                conn.execute(insert(idempotency).values(scope=scope, key=key, fingerprint=fingerprint,
                                                        created_at=now))
                return None
            except IntegrityError:
                pass
        with self.engine.connect() as conn:
            row = conn.execute(select(idempotency).where(
                and_(idempotency.c.scope == scope, idempotency.c.key == key))).one()
        return StoredAnswer(row.fingerprint, row.status, row.body)

    def keep(self, scope: str, key: str, status: int, body: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(idempotency).where(and_(idempotency.c.scope == scope, idempotency.c.key == key))
                         .values(status=status, body=body))

    def release(self, scope: str, key: str) -> None:
        """Forget a claim whose request failed before changing anything (a retry may use the key again)."""
        with self.engine.begin() as conn:
            conn.execute(delete(idempotency).where(and_(idempotency.c.scope == scope, idempotency.c.key == key)))

    # Errands started through the API

    def own(self, errand_id: str, shopper_id: str, kind: str, summary: str = "") -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(owned_errands).values(errand_id=errand_id, shopper_id=shopper_id, kind=kind,
                                                          summary=summary[:300], created_at=datetime.now(UTC)))
        except IntegrityError:
            pass  # already recorded (a chat's child seen twice)

    def errands_of(self, shopper_id: str, limit: int = 50, kind: str | None = None) -> list[OwnedErrand]:
        query = select(owned_errands).where(owned_errands.c.shopper_id == shopper_id)
        if kind is not None:
            query = query.where(owned_errands.c.kind == kind)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(owned_errands.c.created_at.desc()).limit(limit)).all()
        return [OwnedErrand(r.errand_id, r.shopper_id, r.kind, r.summary, _aware(r.created_at)) for r in rows]
