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

A caller with no credential that names itself in ``UCP-Agent`` (an RFC 8941 dictionary, ``profile="<url>"``)
is a **guest** when the data set allows guest checkout: UCP makes authentication optional, and a platform
that checks out for an anonymous buyer presents nothing else. The profile is self-asserted, so a guest is
only ever trusted with what it made itself (``guest:<profile>`` owns its checkouts, whose 128-bit ids are
the real protection) and never with a shopper's data, points or wallet.

A bearer token that is none of the roles' may be an access token the merchant's Identity Linking server issued
(`errand.sandbox.merchant.identity_server`): its caller is the **shopper** it was issued for (``shopper:<id>``),
with exactly the scopes the shopper granted. One the merchant issued and has since revoked, rotated or let
expire is refused (401 ``invalid_token``) rather than read as a guest: the platform must learn that the link is
gone, not buy on as a stranger.
"""

from __future__ import annotations

import hmac
import os
import re
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fastapi import Request
from http_sfv.dictionary import Dictionary

from errand.sandbox.common.errors import SUPPORTED_VERSIONS, UCP_VERSION, UCPError

Role = Literal["operator", "platform", "merchant"]
ROLES: tuple[Role, ...] = ("operator", "platform", "merchant")


@dataclass(frozen=True)
class Caller:
    """The authenticated identity of one request (``anonymous`` when it presented no known token)."""

    role: Role | Literal["shopper", "guest", "anonymous"]
    id: str
    scopes: frozenset[str] = frozenset()
    """What a linked shopper's access token grants (Identity Linking scopes); empty for every other caller."""

    @property
    def scope(self) -> str:
        """A stable name for the caller, for scoping idempotency keys and listings."""
        return f"{self.role}:{self.id}"


ANONYMOUS = Caller("anonymous", "")
INVALID_TOKEN = Caller("anonymous", "invalid_token")
"""A linked shopper's access token the merchant no longer honours: anonymous, and never a guest."""

MAX_PROFILE_LENGTH = 512
_VERSION = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@dataclass(frozen=True)
class UcpAgent:
    """What a ``UCP-Agent`` header says: the platform's profile URL and the protocol version it speaks."""

    profile: str | None
    version: str | None


def parse_ucp_agent(header: str | None) -> UcpAgent | None:
    """The ``UCP-Agent`` header as an RFC 8941 dictionary; None when absent, 400 when it is not one."""
    if header is None or not header.strip():
        return None
    parsed = Dictionary()
    try:
        parsed.parse(header.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise UCPError(400, "invalid_request", "UCP-Agent must be an RFC 8941 dictionary, "
                       'e.g. profile="https://platform.example/profile"') from exc
    profile = parsed["profile"].value if "profile" in parsed else None
    # The version may come as the dictionary's own member or as a parameter of the profile member.
    version = parsed["version"].value if "version" in parsed else None
    if version is None and "profile" in parsed:
        version = parsed["profile"].params.get("version")
    # A Token is a str subclass in http_sfv; the binding wants a String (quoted) for both.
    if profile is not None and (type(profile) is not str or len(profile) > MAX_PROFILE_LENGTH):
        raise UCPError(400, "invalid_request", f"UCP-Agent profile must be a string of at most "
                       f"{MAX_PROFILE_LENGTH} characters")
    if version is not None and (type(version) is not str or not _VERSION.match(version)):
        raise UCPError(400, "invalid_request", "UCP-Agent version must be a string YYYY-MM-DD")
    return UcpAgent(profile=profile or None, version=version)


def ucp_agent_of(request: Request) -> UcpAgent | None:
    """The request's ``UCP-Agent`` (cached on the request); 400 when malformed."""
    if not hasattr(request.state, "ucp_agent"):
        request.state.ucp_agent = parse_ucp_agent(request.headers.get("ucp-agent"))
    agent: UcpAgent | None = request.state.ucp_agent
    return agent


def negotiate_version(request: Request) -> str:
    """The protocol version of this exchange: the platform's, when this business supports it (422
    ``version_unsupported`` otherwise); the business's own when the platform names none."""
    agent = ucp_agent_of(request)
    if agent is None or agent.version is None:
        return UCP_VERSION
    if agent.version not in SUPPORTED_VERSIONS:
        raise UCPError(422, "version_unsupported", f"UCP version {agent.version} is not supported; this business "
                       f"supports {', '.join(SUPPORTED_VERSIONS)}", "unrecoverable")
    return agent.version


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
    """The caller of this request (cached on the request): a credential's role, else a guest named by its
    ``UCP-Agent`` profile where the data set allows guest checkout, else anonymous."""
    cached = getattr(request.state, "caller", None)
    if isinstance(cached, Caller):
        return cached
    creds: Credentials = request.app.state.credentials
    caller = creds.identify(request.headers.get("authorization"))
    payee_caller: Callable[[Request], Caller | None] | None = getattr(request.app.state, "payee_caller", None)
    if caller is ANONYMOUS and payee_caller is not None:
        # A merchant served elsewhere that the wallet pays (errand.sandbox.wallet.payees): a payee like ours.
        caller = payee_caller(request) or ANONYMOUS
    linked_caller: Callable[[Request], Caller | None] | None = getattr(request.app.state, "linked_caller", None)
    if caller is ANONYMOUS and linked_caller is not None:
        # The authorization server (errand.sandbox.merchant.identity_server, set on the app by errand.sandbox.app)
        # judges bearer tokens the role credentials do not know: a linked account's access token.
        caller = linked_caller(request) or ANONYMOUS
        if caller is INVALID_TOKEN:
            request.state.caller = caller
            return caller
    if caller is ANONYMOUS and getattr(request.app.state, "guest_checkout", False):
        try:
            agent = parse_ucp_agent(request.headers.get("ucp-agent"))
        except UCPError:
            agent = None  # the route that reads the header answers its 400
        if agent is not None and agent.profile:
            caller = Caller("guest", agent.profile)
    request.state.caller = caller
    return caller


def require(request: Request, *roles: Role | Literal["shopper", "guest"]) -> Caller:
    """The caller if it holds one of ``roles``; 401 without credentials, 403 with the wrong ones."""
    caller = caller_of(request)
    if caller.role in roles:
        return caller
    if caller is INVALID_TOKEN:
        raise UCPError(401, "invalid_token", "the access token was revoked or has expired: link the account "
                       "again or refresh", "unrecoverable",
                       headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    if caller.role in ("anonymous", "guest"):
        raise UCPError(401, "unauthorized", f"this route needs a {' or '.join(roles)} credential",
                       "unrecoverable", headers={"WWW-Authenticate": "Bearer"})
    raise UCPError(403, "forbidden", f"this route needs a {' or '.join(roles)} credential", "unrecoverable")


def require_operator(request: Request) -> Caller:
    """FastAPI dependency for admin routes."""
    return require(request, "operator")


__all__ = ["ANONYMOUS", "INVALID_TOKEN", "ROLES", "Caller", "Credentials", "UcpAgent", "caller_of", "credentials_dir",
           "load_or_create_token", "negotiate_version", "parse_ucp_agent", "read_secret_file", "read_token",
           "require", "require_operator", "token_path", "ucp_agent_of", "write_secret_file"]
