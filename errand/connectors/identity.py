"""The platform's side of UCP Identity Linking: link a shopper's merchant account once, then act for it.

A merchant offering ``dev.ucp.common.identity_linking`` is its own OAuth 2.0 authorization server, found by
RFC 8414 discovery on the merchant's URL; the scopes to ask for are the ones its business profile declares.
`link_account` runs the authorization code grant with PKCE (S256) through Authlib's client; the tokens are
kept per shopper and merchant under the Errand home (`TokenStore`: directory 0700, files 0600, never logged)
and `LinkedAccount` hands out a live access token, refreshing it when it is about to expire. Refresh tokens
rotate on every use and a rotated one presented again revokes the link, so a refresh is done under a file
lock: two processes of one machine never both spend the same refresh token.

The worker acts through a link only where one is kept (`ShopperLinks`); a link the shopper revoked leaves a
marker beside its (deleted) tokens, so the next errand can say why it no longer uses the account.
"""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import json
import os
import secrets
import stat
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oauth2.rfc8414 import AuthorizationServerMetadata

from errand.sandbox.common.auth import credentials_dir, read_secret_file

CAPABILITY = "dev.ucp.common.identity_linking"
BUYER_SCOPE = "dev.ucp.shopping.checkout:buyer"
"""Checkout as the linked buyer: their saved addresses and loyalty points."""
ORDER_READ_SCOPE = "dev.ucp.shopping.order:read"
ERRAND_SCOPES = frozenset({BUYER_SCOPE, ORDER_READ_SCOPE})
"""What an errand needs of a link to buy through it: opening the checkout as the buyer and following the
order it places (an order nobody but the linked shopper can read is one the errand could not confirm)."""
CLIENT_ID = "errand"
REDIRECT_URI = "http://127.0.0.1/errand/link/callback"
"""Registered with the merchant; never listened on: the code is read from the authorization response."""
REFRESH_MARGIN_SECONDS = 60
"""An access token this close to its expiry is refreshed before use."""
TIMEOUT_SECONDS = 10.0
TIMEOUT = httpx.Timeout(TIMEOUT_SECONDS, connect=3.0)


class LinkError(Exception):
    """Linking, refreshing or revoking failed; the message says why and is safe to show (no secrets)."""


@dataclass(frozen=True)
class ClientCredentials:
    """The platform's registration at a merchant's authorization server."""

    client_id: str
    client_secret: str

    @classmethod
    def from_home(cls, home: Path, client_id: str = CLIENT_ID) -> ClientCredentials:
        """The registration the local sandbox keeps under ``home`` (``credentials/identity_client.secret``)."""
        secret = read_secret_file(credentials_dir(home) / "identity_client.secret")
        if not secret:
            raise LinkError(f"no client secret for identity linking under {credentials_dir(home)}")
        return cls(client_id, secret)


def _oauth(credentials: ClientCredentials, **kwargs: Any) -> AsyncOAuth2Client:
    return AsyncOAuth2Client(client_id=credentials.client_id, client_secret=credentials.client_secret,
                             token_endpoint_auth_method="client_secret_basic", timeout=TIMEOUT_SECONDS, **kwargs)


async def discover(http: httpx.AsyncClient, merchant_url: str) -> tuple[dict[str, Any], list[str]]:
    """The merchant's RFC 8414 metadata (validated, its issuer the merchant itself) and the scopes its UCP
    business profile declares for identity linking."""
    base = merchant_url.rstrip("/")
    answer = await http.get(f"{base}/.well-known/oauth-authorization-server")
    if answer.status_code != 200:
        raise LinkError(f"{base} publishes no OAuth authorization server metadata (HTTP {answer.status_code})")
    metadata = AuthorizationServerMetadata(answer.json())
    try:
        metadata.validate()
    except ValueError as exc:
        raise LinkError(f"{base}: invalid authorization server metadata: {exc}") from exc
    if metadata["issuer"].rstrip("/") != base:  # RFC 8414 section 3.3: metadata for another issuer
        raise LinkError(f"{base}: the metadata names another issuer, {metadata['issuer']!r}")
    profile = (await http.get(f"{base}/.well-known/ucp")).json()
    declared = ((profile.get("ucp") or {}).get("capabilities") or {}).get(CAPABILITY) or []
    scopes = sorted({scope for entry in declared for scope in ((entry.get("config") or {}).get("scopes") or {})})
    if not scopes:
        raise LinkError(f"{base} does not offer identity linking ({CAPABILITY})")
    return dict(metadata), scopes


class TokenStore:
    """Linked accounts' tokens under ``<home>/links/<shopper>/<merchant>.json``, private to the user."""

    def __init__(self, home: Path) -> None:
        self.root = home / "links"

    def path(self, shopper: str, merchant_url: str) -> Path:
        merchant = hashlib.sha256(merchant_url.rstrip("/").encode()).hexdigest()[:24]
        who = hashlib.sha256(shopper.encode()).hexdigest()[:24]  # a shopper id never names a path
        return self.root / who / f"{merchant}.json"

    def _revoked_marker(self, shopper: str, merchant_url: str) -> Path:
        return self.path(shopper, merchant_url).with_suffix(".revoked")

    def load(self, shopper: str, merchant_url: str) -> dict[str, Any] | None:
        text = read_secret_file(self.path(shopper, merchant_url))
        return None if text is None else dict(json.loads(text))

    def save(self, shopper: str, merchant_url: str, token: dict[str, Any]) -> None:
        path = self.path(shopper, merchant_url)
        for folder in (self.root, path.parent):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if stat.S_IMODE(os.lstat(folder).st_mode) != 0o700:
                os.chmod(folder, 0o700)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            json.dump(token, handle)
        os.replace(tmp, path)
        self._revoked_marker(shopper, merchant_url).unlink(missing_ok=True)  # linked (again)

    def delete(self, shopper: str, merchant_url: str) -> None:
        self.path(shopper, merchant_url).unlink(missing_ok=True)

    def mark_revoked(self, shopper: str, merchant_url: str) -> None:
        """Remember that this link was revoked (no token kept), until the shopper links the account again."""
        marker = self._revoked_marker(shopper, merchant_url)
        if marker.parent.is_dir():
            fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(str(int(time.time())))

    def revoked(self, shopper: str, merchant_url: str) -> bool:
        """Whether the shopper revoked a link to this merchant and has not linked it again."""
        return self._revoked_marker(shopper, merchant_url).exists()


async def link_account(merchant_url: str, shopper: str, linking_code: str, credentials: ClientCredentials,
                       store: TokenStore, *, scopes: list[str] | None = None) -> dict[str, Any]:
    """Link ``shopper``'s account at the merchant: discover, ask consent for ``scopes`` (default: all it
    declares), sign in with the linking code, exchange the code with its PKCE verifier, keep the tokens.

    Returns what was granted (scopes, expiry), never the tokens."""
    base = merchant_url.rstrip("/")
    async with httpx.AsyncClient(timeout=TIMEOUT) as http:
        metadata, offered = await discover(http, base)
        wanted = scopes or offered
        async with _oauth(credentials, scope=" ".join(wanted), redirect_uri=REDIRECT_URI,
                          code_challenge_method="S256") as oauth:
            verifier = secrets.token_urlsafe(64)
            url, state = oauth.create_authorization_url(metadata["authorization_endpoint"], code_verifier=verifier)
            consent = await http.get(url, headers={"Accept": "application/json"})
            if consent.status_code != 200:
                raise LinkError(f"the merchant refused the authorization request: {_problem(consent)}")
            form = {**dict(parse_qsl(urlsplit(url).query)), "shopper_id": shopper, "linking_code": linking_code,
                    "decision": "approve"}
            answer = await http.post(metadata["authorization_endpoint"], data=form,
                                     headers={"Accept": "application/json"})
            location = answer.headers.get("location", "")
            if answer.status_code != 302 or not location.startswith(REDIRECT_URI):
                raise LinkError(f"the merchant did not link the account: {_problem(answer)}")
            returned = dict(parse_qsl(urlsplit(location).query))
            if "error" in returned:
                raise LinkError(f"the merchant did not link the account: {returned['error']}")
            token = await oauth.fetch_token(metadata["token_endpoint"], authorization_response=location,
                                            code_verifier=verifier, state=state)
    kept = {**dict(token), "issuer": metadata["issuer"], "token_endpoint": metadata["token_endpoint"],
            "revocation_endpoint": metadata.get("revocation_endpoint")}
    store.save(shopper, base, kept)
    return {"scope": kept.get("scope", ""), "expires_at": kept.get("expires_at")}


def _problem(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    detail = body.get("problem") or body.get("error_description") or body.get("error") or body.get("messages")
    return f"HTTP {response.status_code}: {detail}"


_LOCKS: dict[Path, asyncio.Lock] = {}


class LinkedAccount:
    """A shopper's linked account at one merchant: a live access token on demand."""

    def __init__(self, store: TokenStore, shopper: str, merchant_url: str,
                 credentials: ClientCredentials) -> None:
        self.store, self.shopper, self.merchant_url = store, shopper, merchant_url.rstrip("/")
        self.credentials = credentials

    def _token(self) -> dict[str, Any]:
        token = self.store.load(self.shopper, self.merchant_url)
        if token is None:
            raise LinkError(f"{self.shopper} has not linked an account at {self.merchant_url}; run `errand link`")
        return token

    @property
    def scopes(self) -> set[str]:
        """The scopes the shopper granted (what the merchant lets this link do)."""
        return set(str(self._token().get("scope") or "").split())

    async def access_token(self, *, force_refresh: bool = False) -> str:
        """The access token, refreshed first when it expires within `REFRESH_MARGIN_SECONDS` (or when
        ``force_refresh``: the merchant refused it)."""
        token = self._token()
        if not force_refresh and float(token.get("expires_at") or 0) - REFRESH_MARGIN_SECONDS > time.time():
            return str(token["access_token"])
        path = self.store.path(self.shopper, self.merchant_url)
        async with _LOCKS.setdefault(path, asyncio.Lock()):
            fd = os.open(path.with_suffix(".lock"), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
            try:
                await asyncio.to_thread(fcntl.flock, fd, fcntl.LOCK_EX)
                latest = self._token()
                if latest.get("refresh_token") != token.get("refresh_token"):
                    return str(latest["access_token"])  # another process refreshed it meanwhile
                return await self._refresh(latest)
            finally:
                os.close(fd)  # closing releases the lock

    async def _refresh(self, token: dict[str, Any]) -> str:
        async with _oauth(self.credentials) as oauth:
            try:
                fresh = await oauth.refresh_token(token["token_endpoint"], refresh_token=token["refresh_token"])
            except Exception as exc:  # Authlib's OAuthError or the transport's: both mean no token now
                raise LinkError(f"refreshing the link to {self.merchant_url} failed: {exc.__class__.__name__}; "
                                "run `errand link` again") from exc
        self.store.save(self.shopper, self.merchant_url, {**token, **dict(fresh)})
        return str(fresh["access_token"])

    async def headers(self) -> dict[str, str]:
        """The ``Authorization`` header for a call acting for the shopper (aiohttp connectors pass it as the
        request's ``headers``)."""
        return {"Authorization": f"Bearer {await self.access_token()}"}

    async def revoke(self) -> None:
        """Revoke the link at the merchant (RFC 7009; the whole token family) and forget the tokens."""
        token = self._token()
        endpoint = token.get("revocation_endpoint")
        if endpoint:
            async with _oauth(self.credentials) as oauth:
                answer = await oauth.revoke_token(endpoint, token=token["refresh_token"],
                                                  token_type_hint="refresh_token")
                if answer.status_code != 200:
                    raise LinkError(f"the merchant refused the revocation: HTTP {answer.status_code}")
        self.store.delete(self.shopper, self.merchant_url)
        self.store.mark_revoked(self.shopper, self.merchant_url)


class LinkedAccountAuth(httpx.Auth):
    """httpx authentication acting for a linked account: a live bearer token, one refresh on a 401."""

    def __init__(self, account: LinkedAccount) -> None:
        self.account = account

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Bearer {await self.account.access_token()}"
        response = yield request
        if response.status_code == 401:
            request.headers["Authorization"] = f"Bearer {await self.account.access_token(force_refresh=True)}"
            yield request


class ShopperLinks:
    """The linked accounts a worker may act through: the tokens under its Errand home, refreshed with the
    platform's registration kept there. A home without a registration links nobody (no link is ever used).
    """

    def __init__(self, home: Path, credentials: ClientCredentials | None = None) -> None:
        self.home = home
        self.store = TokenStore(home)
        self._credentials = credentials

    def _registration(self) -> ClientCredentials | None:
        if self._credentials is None:
            try:
                self._credentials = ClientCredentials.from_home(self.home)
            except LinkError:
                return None
        return self._credentials

    def account(self, shopper: str, merchant_url: str) -> LinkedAccount | None:
        """``shopper``'s link to the merchant, when one is kept (only theirs: tokens are filed by shopper)."""
        credentials = self._registration()
        if credentials is None or self.store.load(shopper, merchant_url) is None:
            return None
        return LinkedAccount(self.store, shopper, merchant_url, credentials)

    def revoked(self, shopper: str, merchant_url: str) -> bool:
        return self.store.revoked(shopper, merchant_url)


__all__ = ["BUYER_SCOPE", "CAPABILITY", "ERRAND_SCOPES", "ORDER_READ_SCOPE", "ClientCredentials", "LinkError", "LinkedAccount", "LinkedAccountAuth", "ShopperLinks",
           "TokenStore", "discover", "link_account"]
