"""Who is calling the sandbox: an operator, a merchant, the platform (Errand's worker), or a stranger.

Every credential is a bearer token (``Authorization: Bearer <token>``), compared in constant time. A token
comes from ``ERRAND_SANDBOX_<ROLE>_TOKEN`` when set (production, docker compose); otherwise it is made with
a CSPRNG at the first start and kept in ``<home>/credentials/<role>.token`` (directory 0700, file 0600,
never through a symlink), so the local tools of the same user on the same machine (``errand up``, the
worker, the operator commands, the tests) can read theirs and nobody else can.

Roles:
    operator: the admin surfaces (faults, prices, backdating, courier controls, webhook subscriptions,
        return decisions, enrolment codes).
    platform: the shopping agent's own calls (Errand's worker); idempotency keys are scoped to it.
    merchant: the sandbox's merchant service as a payee: the only credential that captures, voids or
        refunds its payments in the wallet. Its id is ``SandboxSettings.merchant_id``.
"""

from __future__ import annotations

import hmac
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fastapi import Request

from errand.sandbox.common.errors import UCPError

Role = Literal["operator", "platform", "merchant"]
ROLES: tuple[Role, ...] = ("operator", "platform", "merchant")


@dataclass(frozen=True)
class Caller:
    """The authenticated identity of one request (``anonymous`` when it presented no known token)."""

    role: Role | Literal["anonymous"]
    id: str

    @property
    def scope(self) -> str:
        """A stable name for the caller, for scoping idempotency keys and listings."""
        return f"{self.role}:{self.id}"


ANONYMOUS = Caller("anonymous", "")


def _private_dir(path: Path) -> Path:
    """Create ``path`` as a 0700 directory (refusing a symlink in its place) and return it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise RuntimeError(f"{path} must be a directory, not a link")
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(path, 0o700)
    return path


def read_secret_file(path: Path) -> str | None:
    """The text of a 0600 secret file, or None when it does not exist; a symlink is refused."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        return None
    except OSError as exc:  # ELOOP: a symlink where the secret should be
        raise RuntimeError(f"refusing to read {path}: {exc.strerror}") from exc
    with os.fdopen(fd, "r", encoding="ascii") as handle:
        return handle.read().strip() or None


def write_secret_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` created 0600 from the start (never through a symlink)."""
    _private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
    os.replace(tmp, path)


def credentials_dir(home: Path) -> Path:
    return home / "credentials"


def token_path(home: Path, role: Role) -> Path:
    return credentials_dir(home) / f"{role}.token"


def load_or_create_token(home: Path, role: Role, configured: str = "") -> str:
    """The token for ``role``: the configured one, else the one kept under ``home``, else a new one."""
    if configured:
        return configured
    path = token_path(home, role)
    existing = read_secret_file(path)
    if existing:
        return existing
    token = secrets.token_urlsafe(32)
    write_secret_file(path, token)
    return token


def read_token(home: Path, role: Role, configured: str = "") -> str:
    """A client's view: the configured token, else the one the local sandbox wrote, else empty."""
    return configured or read_secret_file(token_path(home, role)) or ""


@dataclass(frozen=True)
class Credentials:
    """The sandbox's tokens, one per role, and the merchant id its merchant token stands for."""

    operator: str
    platform: str
    merchant: str
    merchant_id: str

    def identify(self, authorization: str | None) -> Caller:
        """Map an ``Authorization`` header to a caller; unknown or missing tokens are anonymous."""
        if not authorization or not authorization.lower().startswith("bearer "):
            return ANONYMOUS
        presented = authorization[7:].strip().encode()
        # Compare against every role's token (constant time each) so timing says nothing about which matched.
        found: Caller = ANONYMOUS
        for role, token, ident in (("operator", self.operator, "operator"), ("platform", self.platform, "errand"),
                                   ("merchant", self.merchant, self.merchant_id)):
            if hmac.compare_digest(presented, token.encode()):
                found = Caller(role, ident)  # type: ignore[arg-type]
        return found


def caller_of(request: Request) -> Caller:
    """The caller of this request (cached on the request)."""
    cached = getattr(request.state, "caller", None)
    if isinstance(cached, Caller):
        return cached
    creds: Credentials = request.app.state.credentials
    caller = creds.identify(request.headers.get("authorization"))
    request.state.caller = caller
    return caller


def require(request: Request, *roles: Role) -> Caller:
    """The caller if it holds one of ``roles``; 401 without credentials, 403 with the wrong ones."""
    caller = caller_of(request)
    if caller.role in roles:
        return caller
    if caller is ANONYMOUS:
        raise UCPError(401, "unauthorized", f"this route needs a {' or '.join(roles)} credential",
                       "unrecoverable", headers={"WWW-Authenticate": "Bearer"})
    raise UCPError(403, "forbidden", f"this route needs a {' or '.join(roles)} credential", "unrecoverable")


def require_operator(request: Request) -> Caller:
    """FastAPI dependency for admin routes."""
    return require(request, "operator")


__all__ = ["ANONYMOUS", "ROLES", "Caller", "Credentials", "caller_of", "credentials_dir", "load_or_create_token",
           "read_secret_file", "read_token", "require", "require_operator", "token_path", "write_secret_file"]
