"""Identity Linking (UCP ``dev.ucp.common.identity_linking``): the merchant's OAuth 2.0 authorization server.

A platform acts for a shopper's account at the merchant (saved addresses, loyalty points, orders) only once
the shopper has linked that account to it: authorization code grant with PKCE (S256 only) and refresh tokens,
business-hosted, discovered through RFC 8414 metadata at ``/.well-known/oauth-authorization-server``, with the
scopes the business profile declares (`identity_linking_capability`). Checkout code asks `buyer_from_token`
who a request's bearer token stands for and with which scopes.

Routes:
    ``GET /.well-known/oauth-authorization-server``: RFC 8414 metadata.
    ``GET /oauth/authorize``: the consent screen (HTML, or JSON when asked for) listing the requested scopes.
    ``POST /oauth/authorize``: the shopper signs in (in the sandbox: shopper id and a one-time linking code)
        and allows or denies; the answer is the redirect to the platform with a code or an error.
    ``POST /oauth/token``: code and refresh grants (client authentication required).
    ``POST /oauth/revoke``: RFC 7009.
    ``POST /admin/shoppers/{id}/linking-codes``: an operator issues a linking code.
    ``GET /identity/buyer``: the linked shopper's saved addresses and loyalty points (buyer scope).

The ``/oauth/*`` routes speak OAuth, not UCP: every refusal there is an RFC 6749 error body
(``{"error": ..., "error_description": ...}``, section 5.2; on the authorization endpoint a redirect carrying
the error once the redirect URI is known to be the client's, section 4.1.2.1), since the platform reads them
with an OAuth client. The other routes answer UCP error bodies like the rest of the merchant.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from authlib.oauth2 import OAuth2Error
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlmodel import Session

from errand.sandbox.common.auth import require_operator
from errand.sandbox.common.errors import UCP_VERSION, UCPError
from errand.sandbox.db import ShopperRow
from errand.sandbox.merchant.identity_server import (
    BUYER_SCOPE,
    CAPABILITY,
    ORDER_READ_SCOPE,
    SCOPES,
    LinkingServer,
    OAuthRequest,
    buyer_from_token,
    issue_linking_code,
    linked_buyer,
    load_or_create_client_secret,
    spend_linking_code,
)

AUTHORIZATION_PARAMS = ("response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge",
                        "code_challenge_method")
"""What the consent form carries back unchanged to the authorization endpoint."""
_PAGE_HEADERS = {"Cache-Control": "no-store", "X-Frame-Options": "DENY",
                 "Content-Security-Policy": "default-src 'none'; form-action 'self'; frame-ancestors 'none'"}
"""The consent page is never cached nor framed: a framed page could be clicked through by another site."""


def identity_linking_capability() -> dict[str, Any]:
    """The ``dev.ucp.common.identity_linking`` entry of the business profile's capabilities."""
    return {"version": UCP_VERSION, "spec": "https://ucp.dev/specification/identity-linking",
            "config": {"scopes": {scope: dict(policy) for scope, policy in SCOPES.items()}}}


def authorization_server_metadata(issuer: str) -> dict[str, Any]:
    """RFC 8414 metadata for the authorization server at ``issuer`` (the merchant's base URL)."""
    methods = ["client_secret_basic", "client_secret_post"]
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}/oauth/authorize",
        "token_endpoint": f"{issuer}/oauth/token",
        "revocation_endpoint": f"{issuer}/oauth/revoke",
        "scopes_supported": list(SCOPES),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "token_endpoint_auth_methods_supported": methods,
        "revocation_endpoint_auth_methods_supported": methods,
        "code_challenge_methods_supported": ["S256"],
    }


def oauth_error(status: int, error: str, description: str) -> JSONResponse:
    """An RFC 6749 (section 5.2) error body: what OAuth clients read on these routes, where a UCP error body
    would be unknown to them; never cached, like every answer of a token endpoint."""
    return JSONResponse({"error": error, "error_description": description}, status_code=status,
                        headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


async def _oauth_request(request: Request, db: Session) -> OAuthRequest | JSONResponse:
    """Read the query and a form body (the only body OAuth endpoints take) into an Authlib request, or the
    RFC 6749 error answering a request that cannot be one."""
    query = parse_qsl(request.url.query, keep_blank_values=True, max_num_fields=50)
    form: list[tuple[str, str]] = []
    body = await request.body() if request.method == "POST" else b""
    if body:
        kind = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            return oauth_error(415, "invalid_request", "send application/x-www-form-urlencoded")
        try:
            form = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50)
        except (UnicodeDecodeError, ValueError):
            return oauth_error(400, "invalid_request", "the form is not UTF-8 or has too many fields")
    try:
        return OAuthRequest(request, query, form, db)
    except OAuth2Error as exc:  # insecure transport: not https and not loopback
        return oauth_error(400, str(exc.error), str(exc.description))


def _consent(request: Request, grant: Any, status: int = 200, problem: str = "") -> Response:
    """The consent screen: who asks, for which scopes, and the sign-in the shopper answers with."""
    data = grant.request.payload.data
    scopes = grant.client.get_allowed_scope(data.get("scope")).split()
    fields = {name: data[name] for name in AUTHORIZATION_PARAMS if data.get(name)}
    if "application/json" in (request.headers.get("accept") or ""):
        return JSONResponse({
            "client_id": grant.client.client_id, "problem": problem or None, "action": "/oauth/authorize",
            "scopes": [{"scope": s, **SCOPES[s]} for s in scopes], "fields": fields,
            "inputs": ["shopper_id", "linking_code", "decision"], "decisions": ["approve", "deny"],
        }, status_code=status, headers=_PAGE_HEADERS)
    esc = html.escape
    items = "".join(f"<li><b>{esc(s)}</b>: {esc(SCOPES[s]['description'])}</li>" for s in scopes)
    hidden = "".join(f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in fields.items())
    page = (f"<!doctype html><html><head><meta charset=utf-8><title>Link your account</title></head><body>"
            f"<h1>{esc(grant.client.client_id)} asks to act for your account here</h1>"
            + (f"<p role=alert>{esc(problem)}</p>" if problem else "")
            + f"<p>It will be able to:</p><ul>{items or '<li>nothing beyond what guests can do</li>'}</ul>"
            f'<form method="post" action="/oauth/authorize">{hidden}'
            '<label>Shopper id <input name="shopper_id" required></label> '
            '<label>Linking code <input name="linking_code" autocomplete="one-time-code" required></label> '
            '<button name="decision" value="approve">Allow</button> '
            '<button name="decision" value="deny" formnovalidate>Deny</button></form></body></html>')
    return HTMLResponse(page, status_code=status, headers=_PAGE_HEADERS)


def identity_router(home: Path) -> APIRouter:
    """The authorization server's routes; the platform's client secret is kept under ``home``."""
    server = LinkingServer(load_or_create_client_secret(home))
    router = APIRouter()

    def session(request: Request) -> Session:
        return Session(request.app.state.engine)

    @router.get("/.well-known/oauth-authorization-server")
    async def metadata(request: Request) -> dict[str, Any]:
        return authorization_server_metadata(str(request.base_url).rstrip("/"))

    @router.post("/admin/shoppers/{shopper_id}/linking-codes", status_code=201,
                 dependencies=[Depends(require_operator)])
    async def issue_code(shopper_id: str, request: Request) -> dict[str, Any]:
        with session(request) as db:
            if db.get(ShopperRow, shopper_id) is None:
                raise UCPError(404, "not_found", f"no shopper {shopper_id}", "unrecoverable")
            code, expires_at = issue_linking_code(db, shopper_id)
            db.commit()
        return {"shopper_id": shopper_id, "code": code, "expires_at": expires_at.isoformat()}

    @router.get("/identity/buyer")
    async def linked_account(request: Request) -> dict[str, Any]:
        """What the buyer scope opens: the linked shopper's saved addresses and points, for this token's
        shopper only."""
        linked = buyer_from_token(request)
        if linked is None:
            raise UCPError(401, "unauthorized", "a linked account's access token is needed", "unrecoverable",
                           headers={"WWW-Authenticate": "Bearer"})
        if BUYER_SCOPE not in linked[1]:
            raise UCPError(403, "insufficient_scope", f"this token lacks {BUYER_SCOPE}", "unrecoverable",
                           headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{BUYER_SCOPE}"'})
        with session(request) as db:
            row = db.get(ShopperRow, linked[0])
            if row is None:
                raise UCPError(404, "not_found", "the linked shopper no longer exists", "unrecoverable")
            return {"shopper_id": row.id, "name": row.name, "addresses": json.loads(row.addresses),
                    "loyalty_points": row.loyalty_points}

    async def consent_grant(request: Request, db: Session) -> tuple[OAuthRequest, Any] | Response:
        """The authorization request read and its grant found, or the OAuth error answer to send instead."""
        oauth = await _oauth_request(request, db)
        if isinstance(oauth, JSONResponse):
            return oauth
        try:
            return oauth, server.get_consent_grant(oauth, end_user=None)
        except OAuth2Error as error:
            return server.handle_error_response(oauth, error)  # type: ignore[no-any-return]

    @router.get("/oauth/authorize")
    async def consent_page(request: Request) -> Response:
        with session(request) as db:
            found = await consent_grant(request, db)
            if isinstance(found, Response):
                return found
            _, grant = found
            return _consent(request, grant)

    @router.post("/oauth/authorize")
    async def authorize(request: Request) -> Response:
        with session(request) as db:
            found = await consent_grant(request, db)
            if isinstance(found, Response):
                return found
            oauth, grant = found
            if oauth.form.get("decision") != "approve":  # denied: the platform hears access_denied
                return server.create_authorization_response(oauth, grant_user=None, grant=grant)  # type: ignore[no-any-return]
            shopper_id = (oauth.form.get("shopper_id") or "").strip()[:100]
            code = (oauth.form.get("linking_code") or "")[:100]
            if not (shopper_id and code and spend_linking_code(db, shopper_id, code)):
                return _consent(request, grant, 403, "the linking code is unknown, used, expired or for "
                                "another shopper; ask for a new one")
            response: Response = server.create_authorization_response(oauth, grant_user=shopper_id, grant=grant)
            db.commit()
            return response

    @router.post("/oauth/token")
    async def token(request: Request) -> Response:
        with session(request) as db:
            oauth = await _oauth_request(request, db)
            if isinstance(oauth, JSONResponse):
                return oauth
            response: Response = server.create_token_response(oauth)
            db.commit()  # also a revocation caused by a replayed code or refresh token
            return response

    @router.post("/oauth/revoke")
    async def revoke(request: Request) -> Response:
        with session(request) as db:
            oauth = await _oauth_request(request, db)
            if isinstance(oauth, JSONResponse):
                return oauth
            response: Response = server.create_endpoint_response("revocation", oauth)
            db.commit()
            return response

    return router


__all__ = ["BUYER_SCOPE", "CAPABILITY", "ORDER_READ_SCOPE", "SCOPES", "authorization_server_metadata",
           "buyer_from_token", "identity_linking_capability", "identity_router", "linked_buyer"]
