"""Identity Linking's records: the tables of linking codes, authorization codes and tokens, and what a
presented token stands for (the Authlib server that issues them is `identity_server`, its routes `identity`).

Tokens are opaque random strings and only their SHA-256 is stored (`digest`): a copy of the database names no
usable token. A refresh token's family (every token descended from one authorization) is revoked together.
In the sandbox the shopper signs in with a one-time linking code an operator issues
(``POST /admin/shoppers/{id}/linking-codes``), modelled on the wallet's enrolment codes: stored hashed, single
use, 15 minutes. The platform is one confidential client per sandbox home, its secret kept 0600 under
``<home>/credentials`` like the role tokens (`errand.sandbox.common.auth`).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from pathlib import Path

from fastapi import Request
from sqlalchemy import update
from sqlmodel import Field as Column
from sqlmodel import Session, SQLModel, select

from errand.sandbox.common.auth import (
    INVALID_TOKEN,
    Caller,
    caller_of,
    credentials_dir,
    read_secret_file,
    write_secret_file,
)
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import as_utc, utcnow

CAPABILITY = "dev.ucp.common.identity_linking"
BUYER_SCOPE = "dev.ucp.shopping.checkout:buyer"
ORDER_READ_SCOPE = "dev.ucp.shopping.order:read"
SCOPES: dict[str, dict[str, str]] = {
    BUYER_SCOPE: {"description": "Use your saved addresses and loyalty points when checking out"},
    ORDER_READ_SCOPE: {"description": "Read your orders and follow their delivery"},
}
"""The user-authenticated scopes this merchant offers, as its business profile declares them."""
CLIENT_ID = "errand"
REDIRECT_URI = "http://127.0.0.1/errand/link/callback"
"""The platform's registered redirect: a loopback address it never needs to listen on (it reads the code from
the authorization response's ``Location``)."""
ACCESS_LIFETIME = timedelta(minutes=15)
REFRESH_LIFETIME = timedelta(days=30)
AUTHORIZATION_CODE_LIFETIME = timedelta(minutes=2)
LINKING_CODE_LIFETIME = timedelta(minutes=15)
AUTH_METHODS = ["client_secret_basic", "client_secret_post"]


class LinkingCodeRow(SQLModel, table=True):
    __tablename__ = "identity_linking_code"
    code_hash: str = Column(primary_key=True)
    shopper_id: str = Column(index=True)
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


class AuthorizationCodeRow(SQLModel, table=True):
    __tablename__ = "identity_authorization_code"
    code_hash: str = Column(primary_key=True)
    client_id: str
    shopper_id: str
    redirect_uri: str
    scope: str
    code_challenge: str
    code_challenge_method: str
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


class LinkTokenRow(SQLModel, table=True):
    """One access token and the refresh token issued with it; ``family_id`` names the authorization (the
    code's hash) every rotation descends from."""

    __tablename__ = "identity_token"
    id: str = Column(primary_key=True)
    family_id: str = Column(index=True)
    client_id: str
    shopper_id: str = Column(index=True)
    scope: str
    access_hash: str = Column(unique=True, index=True)
    refresh_hash: str | None = Column(default=None, unique=True, index=True)
    issued_at: datetime
    access_expires_at: datetime
    refresh_expires_at: datetime
    rotated_at: datetime | None = None
    revoked_at: datetime | None = None


def digest(kind: str, secret: str) -> str:
    return hashlib.sha256(f"errand/identity/{kind}/v1:{secret.strip()}".encode()).hexdigest()


def client_secret_path(home: Path) -> Path:
    return credentials_dir(home) / "identity_client.secret"


def load_or_create_client_secret(home: Path) -> str:
    """The platform client's secret kept under ``home`` (0600), made with a CSPRNG at the first start."""
    path = client_secret_path(home)
    existing = read_secret_file(path)
    if existing:
        return existing
    secret = secrets.token_urlsafe(32)
    write_secret_file(path, secret)
    return secret


def revoke_family(db: Session, family_id: str) -> None:
    now = utcnow()
    db.execute(update(LinkTokenRow).where(LinkTokenRow.family_id == family_id,  # type: ignore[arg-type]
                                          LinkTokenRow.revoked_at.is_(None))  # type: ignore[union-attr]
               .values(revoked_at=now))


def spend_linking_code(db: Session, shopper_id: str, code: str) -> bool:
    table, now = LinkingCodeRow, utcnow()
    spent = db.execute(update(table).where(table.code_hash == digest("linking-code", code),  # type: ignore[arg-type]
                                           table.shopper_id == shopper_id,  # type: ignore[arg-type]
                                           table.used_at.is_(None),  # type: ignore[union-attr]
                                           table.expires_at > now)  # type: ignore[arg-type]
                       .values(used_at=now))
    return bool(spent.rowcount == 1)  # type: ignore[attr-defined]


def issue_linking_code(db: Session, shopper_id: str) -> tuple[str, datetime]:
    """A new one-time linking code for the shopper (the caller commits), and when it expires."""
    code = "-".join(secrets.token_hex(3).upper() for _ in range(4))  # 96 bits, readable aloud
    now = utcnow()
    db.add(LinkingCodeRow(code_hash=digest("linking-code", code), shopper_id=shopper_id, created_at=now,
                          expires_at=now + LINKING_CODE_LIFETIME))
    return code, now + LINKING_CODE_LIFETIME


def linked_caller(request: Request) -> Caller | None:
    """Who the request's ``Authorization: Bearer`` token stands for when it is an access token this server
    issued: the shopper with the granted scopes while it is live, `INVALID_TOKEN` once it was revoked, rotated
    or has expired; None for any other token (or none), which is not this server's to judge."""
    header = request.headers.get("authorization") or ""
    if not header.lower().startswith("bearer ") or not header[7:].strip():
        return None
    with Session(request.app.state.engine) as db:
        row = db.exec(select(LinkTokenRow).where(
            LinkTokenRow.access_hash == digest("access-token", header[7:]))).first()
    if row is None:
        return None
    if row.revoked_at is not None or as_utc(row.access_expires_at) <= utcnow():
        return INVALID_TOKEN
    return Caller("shopper", row.shopper_id, frozenset(row.scope.split()))


def buyer_from_token(request: Request) -> tuple[str, frozenset[str]] | None:
    """The linked shopper and granted scopes of the request's ``Authorization: Bearer`` access token, or None
    when it carries none that is live (unknown, expired, rotated or revoked)."""
    caller = caller_of(request)
    return (caller.id, caller.scopes) if caller.role == "shopper" else None


def linked_buyer(linked: tuple[str, frozenset[str]], named: str | None) -> str | None:
    """The buyer a checkout made with a linked account's token is for: the linked shopper when the token has
    the buyer scope (saved addresses, loyalty points), else nobody (a guest's checkout). Naming another
    shopper is refused: a token acts for its own shopper only."""
    shopper_id, scopes = linked
    if named and named != shopper_id:
        raise UCPError(403, "forbidden", "this token acts for another shopper", "unrecoverable")
    return shopper_id if BUYER_SCOPE in scopes else None


__all__ = ["ACCESS_LIFETIME", "AUTHORIZATION_CODE_LIFETIME", "AUTH_METHODS", "BUYER_SCOPE", "CAPABILITY", "CLIENT_ID",
           "LINKING_CODE_LIFETIME", "ORDER_READ_SCOPE", "REDIRECT_URI", "REFRESH_LIFETIME", "SCOPES",
           "AuthorizationCodeRow", "LinkTokenRow", "LinkingCodeRow", "buyer_from_token", "client_secret_path",
           "digest", "issue_linking_code", "linked_buyer", "linked_caller", "load_or_create_client_secret",
           "revoke_family", "spend_linking_code"]
