"""Identity Linking's authorization server: Authlib's server wired to the records in `identity_store` (routes in
`identity`).

A platform acts for a shopper at the merchant only with the shopper's consent: the shopper links their merchant
account to the platform once (authorization code grant, PKCE S256 required), and the platform then holds an
access token naming that shopper and exactly the scopes the shopper agreed to. The protocol work (request
validation, PKCE, client authentication, token issue, RFC 7009 revocation) is Authlib's; this module supplies
its storage (`identity_store`) and the sign-in.

Choices that matter for safety:
    * Tokens are opaque random strings (Authlib's generator) and only their SHA-256 is stored: a copy of the
      database names no usable token. Access tokens live 15 minutes, refresh tokens 30 days.
    * A refresh token is rotated on every use. Presenting one that was already rotated means two parties hold
      it; the whole family (every token descended from the same authorization) is revoked.
    * An authorization code is spent by one conditional update (two exchanges cannot both win); a code
      presented again revokes what was issued for it (RFC 6749 section 4.1.2).
    * The platform is one confidential client per sandbox home, its secret kept 0600 under
      ``<home>/credentials`` like the role tokens (`errand.sandbox.common.auth`).
    * In the sandbox the shopper signs in with a one-time linking code an operator issues
      (``POST /admin/shoppers/{id}/linking-codes``), modelled on the wallet's enrolment codes: stored hashed,
      single use, 15 minutes.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, ClassVar

from authlib.common.security import generate_token
from authlib.oauth2 import AuthorizationServer, OAuth2Request
from authlib.oauth2.rfc6749 import InvalidRequestError, OAuth2Payload
from authlib.oauth2.rfc6749.grants import AuthorizationCodeGrant, RefreshTokenGrant
from authlib.oauth2.rfc6750 import BearerTokenGenerator
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge
from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import update
from sqlmodel import Session, select

from errand.sandbox.db import utcnow
from errand.sandbox.merchant.identity_store import (
    ACCESS_LIFETIME,
    AUTH_METHODS,
    AUTHORIZATION_CODE_LIFETIME,
    BUYER_SCOPE,
    CAPABILITY,
    CLIENT_ID,
    ORDER_READ_SCOPE,
    REDIRECT_URI,
    REFRESH_LIFETIME,
    SCOPES,
    AuthorizationCodeRow,
    LinkingCodeRow,
    LinkTokenRow,
    buyer_from_token,
    client_secret_path,
    digest,
    issue_linking_code,
    linked_buyer,
    linked_caller,
    load_or_create_client_secret,
    revoke_family,
    spend_linking_code,
)

# The objects Authlib reads (its ClientMixin, AuthorizationCodeMixin and TokenMixin, by duck typing) -------


@dataclass(frozen=True)
class _Client:
    client_id: str
    secret: str

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str:
        return REDIRECT_URI

    def get_allowed_scope(self, scope: str | None) -> str:
        return " ".join(s for s in (scope or "").split() if s in SCOPES)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri == REDIRECT_URI

    def check_client_secret(self, client_secret: str) -> bool:
        return hmac.compare_digest(client_secret.encode(), self.secret.encode())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in AUTH_METHODS  # confidential: never "none"

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in ("authorization_code", "refresh_token")


@dataclass(frozen=True)
class _Code:
    row: AuthorizationCodeRow

    @property
    def code_challenge(self) -> str:
        return self.row.code_challenge

    @property
    def code_challenge_method(self) -> str:
        return self.row.code_challenge_method

    def get_redirect_uri(self) -> str:
        return self.row.redirect_uri

    def get_scope(self) -> str:
        return self.row.scope


@dataclass(frozen=True)
class _Token:
    row: LinkTokenRow

    def check_client(self, client: _Client) -> bool:
        return self.row.client_id == client.client_id

    def get_scope(self) -> str:
        return self.row.scope

    def get_user(self) -> str:
        return self.row.shopper_id


# Spending codes and refresh tokens --------------------------------------------------------------------------


def _claim_code(db: Session, code: str, client_id: str) -> _Code | None:
    """Spend the code if it is this client's, unspent and unexpired; a spent code presented again revokes the
    tokens issued for it (whoever holds it now may be the one who stole it)."""
    code_hash = digest("authorization-code", code)
    row = db.get(AuthorizationCodeRow, code_hash)
    if row is None or row.client_id != client_id:
        return None
    table, now = AuthorizationCodeRow, utcnow()
    claimed = db.execute(update(table).where(table.code_hash == code_hash,  # type: ignore[arg-type]
                                             table.used_at.is_(None),  # type: ignore[union-attr]
                                             table.expires_at > now)  # type: ignore[arg-type]
                         .values(used_at=now))
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        db.refresh(row)
        if row.used_at is not None:
            revoke_family(db, code_hash)
        return None
    db.refresh(row)
    return _Code(row)


def _claim_refresh(db: Session, refresh_token: str, client_id: str) -> _Token | None:
    """Rotate the refresh token (it and its access token stop working) if it is live; one already rotated
    revokes its whole family."""
    row = db.exec(select(LinkTokenRow).where(LinkTokenRow.refresh_hash == digest("refresh-token",
                                                                                  refresh_token))).first()
    if row is None or row.client_id != client_id:
        return None
    now = utcnow()
    claimed = db.execute(update(LinkTokenRow).where(LinkTokenRow.id == row.id,  # type: ignore[arg-type]
                                                    LinkTokenRow.rotated_at.is_(None),  # type: ignore[union-attr]
                                                    LinkTokenRow.revoked_at.is_(None),  # type: ignore[union-attr]
                                                    LinkTokenRow.refresh_expires_at > now)  # type: ignore[arg-type]
                         .values(rotated_at=now, revoked_at=now))
    db.refresh(row)
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        if row.rotated_at is not None:
            revoke_family(db, row.family_id)
        return None
    return _Token(row)


def _find_token(db: Session, token: str, hint: str | None) -> LinkTokenRow | None:
    access = select(LinkTokenRow).where(LinkTokenRow.access_hash == digest("access-token", token))
    refresh = select(LinkTokenRow).where(LinkTokenRow.refresh_hash == digest("refresh-token", token))
    order = (refresh, access) if hint == "refresh_token" else (access, refresh)
    for query in order:
        row = db.exec(query).first()
        if row is not None:
            return row
    return None


# Authlib on Starlette -------------------------------------------------------------------------------------


class _Payload(OAuth2Payload):  # type: ignore[misc]
    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self._datalist: defaultdict[str, list[str]] = defaultdict(list)
        for key, value in pairs:
            self._datalist[key].append(value)
        self._data = {key: values[0] for key, values in self._datalist.items()}

    @property
    def data(self) -> dict[str, str]:
        return self._data

    @property
    def datalist(self) -> defaultdict[str, list[str]]:
        return self._datalist


class OAuthRequest(OAuth2Request):  # type: ignore[misc]
    """An Authlib request over a Starlette one, read up front (Authlib is synchronous), with the database
    session every storage hook uses."""

    def __init__(self, request: Request, query: list[tuple[str, str]], form: list[tuple[str, str]],
                 db: Session) -> None:
        super().__init__(request.method, str(request.url), headers=request.headers)
        self.payload = _Payload(query + form)
        self._args, self._form = dict(query), dict(form)
        self.db = db

    @property
    def args(self) -> dict[str, str]:
        return self._args

    @property
    def form(self) -> dict[str, str]:
        return self._form


class _S256Only(CodeChallenge):  # type: ignore[misc]
    """PKCE on every authorization, with S256 only (``plain`` would put the verifier on the front channel)."""

    SUPPORTED_CODE_CHALLENGE_METHOD: ClassVar[list[str]] = ["S256"]
    DEFAULT_CODE_CHALLENGE_METHOD = "S256"

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge") or data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("PKCE is required: send code_challenge with code_challenge_method=S256")
        super().validate_code_challenge(grant, redirect_uri)


class _CodeGrant(AuthorizationCodeGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = AUTH_METHODS

    def save_authorization_code(self, code: str, request: OAuthRequest) -> None:
        data, now = request.payload.data, utcnow()
        request.db.add(AuthorizationCodeRow(
            code_hash=digest("authorization-code", code), client_id=request.client.client_id,
            shopper_id=request.user, redirect_uri=data.get("redirect_uri") or REDIRECT_URI,
            scope=request.client.get_allowed_scope(data.get("scope")), code_challenge=data["code_challenge"],
            code_challenge_method=data["code_challenge_method"], created_at=now,
            expires_at=now + AUTHORIZATION_CODE_LIFETIME))

    def query_authorization_code(self, code: str, client: _Client) -> _Code | None:
        return _claim_code(self.request.db, code, client.client_id)

    def delete_authorization_code(self, authorization_code: _Code) -> None:
        """Nothing to do: the code was spent when it was claimed."""

    def authenticate_user(self, authorization_code: _Code) -> str:
        return authorization_code.row.shopper_id


class _RefreshGrant(RefreshTokenGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True

    def authenticate_refresh_token(self, refresh_token: str) -> _Token | None:
        return _claim_refresh(self.request.db, refresh_token, self.request.client.client_id)

    def authenticate_user(self, refresh_token: _Token) -> str:
        return refresh_token.row.shopper_id

    def revoke_old_credential(self, refresh_token: _Token) -> None:
        """Nothing to do: the old token was rotated when it was claimed."""


class _Revocation(RevocationEndpoint):  # type: ignore[misc]
    """RFC 7009. Revoking either token of a link revokes the whole family: the link is undone."""

    CLIENT_AUTH_METHODS: ClassVar[list[str]] = AUTH_METHODS

    def authenticate_token(self, request: OAuthRequest, client: _Client) -> _Token | None:
        self.check_params(request, client)
        row = _find_token(request.db, request.form["token"], request.form.get("token_type_hint"))
        # A token of another client is ignored like an unknown one (RFC 7009 section 2.2: answer 200).
        return _Token(row) if row is not None and row.client_id == client.client_id else None

    def revoke_token(self, token: _Token, request: OAuthRequest) -> None:
        revoke_family(request.db, token.row.family_id)


def _opaque_token(**_: Any) -> str:
    return str(generate_token(48))


def _expires_in(client: _Client, grant_type: str) -> int:
    return int(ACCESS_LIFETIME.total_seconds())


class LinkingServer(AuthorizationServer):  # type: ignore[misc]
    """Authlib's authorization server with this module's storage and one registered client."""

    def __init__(self, client_secret: str) -> None:
        super().__init__(scopes_supported=list(SCOPES))
        self.client = _Client(CLIENT_ID, client_secret)
        self.register_token_generator("default", BearerTokenGenerator(_opaque_token, _opaque_token, _expires_in))
        self.register_grant(_CodeGrant, [_S256Only(required=True)])
        self.register_grant(_RefreshGrant)
        self.register_endpoint(_Revocation)

    def query_client(self, client_id: str) -> _Client | None:
        return self.client if hmac.compare_digest(client_id.encode(), CLIENT_ID.encode()) else None

    def save_token(self, token: dict[str, Any], request: OAuthRequest) -> None:
        rotated, code = request.refresh_token, request.authorization_code
        family = rotated.row.family_id if rotated is not None else code.row.code_hash
        now = utcnow()
        request.db.add(LinkTokenRow(
            id=secrets.token_hex(12), family_id=family, client_id=request.client.client_id,
            shopper_id=request.user, scope=token.get("scope", ""),
            access_hash=digest("access-token", token["access_token"]),
            refresh_hash=digest("refresh-token", token["refresh_token"]) if "refresh_token" in token else None,
            issued_at=now, access_expires_at=now + timedelta(seconds=int(token["expires_in"])),
            refresh_expires_at=now + REFRESH_LIFETIME))

    def create_oauth2_request(self, request: OAuthRequest) -> OAuthRequest:
        return request

    def handle_response(self, status: int, body: Any, headers: list[tuple[str, str]]) -> Response:
        content = json.dumps(body) if isinstance(body, dict) else (body or "")
        return Response(content, status_code=status, headers=dict(headers))

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        """No listeners."""


__all__ = ["ACCESS_LIFETIME", "BUYER_SCOPE", "CAPABILITY", "CLIENT_ID", "ORDER_READ_SCOPE", "REDIRECT_URI",
           "REFRESH_LIFETIME", "SCOPES", "AuthorizationCodeRow", "LinkTokenRow", "LinkingCodeRow", "LinkingServer",
           "OAuthRequest", "buyer_from_token", "client_secret_path", "digest", "issue_linking_code", "linked_buyer",
           "linked_caller",
           "load_or_create_client_secret", "revoke_family", "spend_linking_code"]
