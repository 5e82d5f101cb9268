"""Identity Linking end to end against a real sandbox: discovery, the authorization code + PKCE flow, refresh
rotation, revocation, and the attacks the flow must refuse."""

from __future__ import annotations

import json
import os
import secrets
import stat
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oauth2.rfc8414 import AuthorizationServerMetadata

from errand.connectors.identity import (
    REDIRECT_URI,
    ClientCredentials,
    LinkedAccount,
    LinkError,
    TokenStore,
    link_account,
)
from errand.sandbox.process import SandboxProcess
from tests.identity.conftest import linking_code

BUYER = "dev.ucp.shopping.checkout:buyer"
ORDERS = "dev.ucp.shopping.order:read"


def _metadata(merchant: SandboxProcess) -> dict[str, Any]:
    return dict(httpx.get(f"{merchant.url}/.well-known/oauth-authorization-server").json())


def _authorize(merchant: SandboxProcess, credentials: ClientCredentials, shopper: str, *,
               verifier: str, scope: str = BUYER) -> tuple[str, dict[str, str]]:
    """Run the front channel by hand: the consent form answered with a fresh linking code; the redirect's
    query (code and state) and the state sent."""
    client = AsyncOAuth2Client(credentials.client_id, credentials.client_secret, scope=scope,
                               redirect_uri=REDIRECT_URI, code_challenge_method="S256")
    url, state = client.create_authorization_url(f"{merchant.url}/oauth/authorize", code_verifier=verifier)
    form = {**dict(parse_qsl(urlsplit(url).query)), "shopper_id": shopper,
            "linking_code": linking_code(merchant, shopper), "decision": "approve"}
    answer = httpx.post(f"{merchant.url}/oauth/authorize", data=form)
    assert answer.status_code == 302, answer.text
    return state, dict(parse_qsl(urlsplit(answer.headers["location"]).query))


def _exchange(merchant: SandboxProcess, credentials: ClientCredentials, code: str, verifier: str) -> httpx.Response:
    return httpx.post(f"{merchant.url}/oauth/token", auth=(credentials.client_id, credentials.client_secret),
                      data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI,
                            "code_verifier": verifier})


def _refresh(merchant: SandboxProcess, credentials: ClientCredentials, refresh_token: str) -> httpx.Response:
    return httpx.post(f"{merchant.url}/oauth/token", auth=(credentials.client_id, credentials.client_secret),
                      data={"grant_type": "refresh_token", "refresh_token": refresh_token})


def _live(merchant: SandboxProcess, credentials: ClientCredentials, token: str) -> bool:
    """Whether the merchant still honours the token: a refresh token is spent by asking, so this is asked
    only of tokens whose fate is the question."""
    return _refresh(merchant, credentials, token).status_code == 200


def test_metadata_has_rfc8414_required_fields_and_validates(merchant: SandboxProcess) -> None:
    metadata = _metadata(merchant)
    AuthorizationServerMetadata(metadata).validate()  # Authlib's RFC 8414 checks
    for required in ("issuer", "response_types_supported"):  # RFC 8414 section 2: REQUIRED
        assert metadata[required]
    assert metadata["issuer"] == merchant.url
    # authorization code grant needs both endpoints; only S256 and only confidential client methods
    assert metadata["authorization_endpoint"].startswith(merchant.url)
    assert metadata["token_endpoint"].startswith(merchant.url)
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert "none" not in metadata["token_endpoint_auth_methods_supported"]
    assert set(metadata["scopes_supported"]) == {BUYER, ORDERS}


def test_business_profile_declares_the_scopes(merchant: SandboxProcess) -> None:
    profile = httpx.get(f"{merchant.url}/.well-known/ucp").json()
    [entry] = profile["ucp"]["capabilities"]["dev.ucp.common.identity_linking"]
    assert set(entry["config"]["scopes"]) == {BUYER, ORDERS}


async def test_link_refresh_and_revoke(merchant: SandboxProcess, credentials: ClientCredentials,
                                       store: TokenStore) -> None:
    granted = await link_account(merchant.url, "alice", linking_code(merchant, "alice"), credentials, store)
    assert set(granted["scope"].split()) == {BUYER, ORDERS}
    path = store.path("alice", merchant.url)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    kept = json.loads(path.read_text())
    assert kept["refresh_token"] and kept["access_token"]

    account = LinkedAccount(store, "alice", merchant.url, credentials)
    assert await account.access_token() == kept["access_token"]  # still fresh: no refresh

    # An expired access token is refreshed; the refresh token rotates.
    store.save("alice", merchant.url, {**kept, "expires_at": 0})
    fresh = await account.access_token()
    rotated = json.loads(path.read_text())
    assert fresh != kept["access_token"] and rotated["refresh_token"] != kept["refresh_token"]

    await account.revoke()
    assert not path.exists()
    assert not _live(merchant, credentials, rotated["refresh_token"])


async def test_wrong_linking_code_links_nothing(merchant: SandboxProcess, credentials: ClientCredentials,
                                               store: TokenStore) -> None:
    with pytest.raises(LinkError, match="403"):
        await link_account(merchant.url, "alice", "0000-0000-0000-0000", credentials, store)
    # a code issued for bob does not sign alice in
    with pytest.raises(LinkError, match="403"):
        await link_account(merchant.url, "alice", linking_code(merchant, "bob"), credentials, store)
    code = linking_code(merchant, "alice")
    await link_account(merchant.url, "alice", code, credentials, store)
    with pytest.raises(LinkError, match="403"):  # single use
        await link_account(merchant.url, "alice", code, credentials, store)


def test_replayed_authorization_code_is_refused_and_revokes_what_it_issued(
        merchant: SandboxProcess, credentials: ClientCredentials) -> None:
    verifier = secrets.token_urlsafe(48)
    _, answer = _authorize(merchant, credentials, "alice", verifier=verifier)
    first = _exchange(merchant, credentials, answer["code"], verifier)
    assert first.status_code == 200, first.text
    replay = _exchange(merchant, credentials, answer["code"], verifier)
    assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"
    # RFC 6749 4.1.2: the tokens issued for the code are revoked
    assert not _live(merchant, credentials, first.json()["refresh_token"])


def test_stolen_code_is_useless_without_the_client_secret_or_the_verifier(
        merchant: SandboxProcess, credentials: ClientCredentials) -> None:
    verifier = secrets.token_urlsafe(48)
    _, answer = _authorize(merchant, credentials, "alice", verifier=verifier)
    stranger = httpx.post(f"{merchant.url}/oauth/token", auth=("errand", "not-the-secret"),
                          data={"grant_type": "authorization_code", "code": answer["code"],
                                "redirect_uri": REDIRECT_URI, "code_verifier": verifier})
    assert stranger.status_code == 401 and stranger.json()["error"] == "invalid_client"
    no_auth = httpx.post(f"{merchant.url}/oauth/token",
                         data={"grant_type": "authorization_code", "code": answer["code"], "client_id": "errand",
                               "redirect_uri": REDIRECT_URI, "code_verifier": verifier})
    assert no_auth.status_code in (400, 401) and no_auth.json()["error"] == "invalid_client"


def test_pkce_verifier_mismatch_is_refused(merchant: SandboxProcess, credentials: ClientCredentials) -> None:
    verifier = secrets.token_urlsafe(48)
    _, answer = _authorize(merchant, credentials, "alice", verifier=verifier)
    wrong = _exchange(merchant, credentials, answer["code"], secrets.token_urlsafe(48))
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    # the code is spent by the failed attempt: the right verifier now gets nothing either
    assert _exchange(merchant, credentials, answer["code"], verifier).status_code == 400


@pytest.mark.parametrize("params", [{}, {"code_challenge_method": "plain"}])
def test_authorization_without_s256_pkce_is_refused(merchant: SandboxProcess, credentials: ClientCredentials,
                                                    params: dict[str, str]) -> None:
    query = {"response_type": "code", "client_id": credentials.client_id, "redirect_uri": REDIRECT_URI,
             "scope": BUYER, "state": "s1"}
    if params:
        query |= {"code_challenge": secrets.token_urlsafe(48), **params}
    answer = httpx.get(f"{merchant.url}/oauth/authorize", params=query)
    assert answer.status_code == 302
    returned = dict(parse_qsl(urlsplit(answer.headers["location"]).query))
    assert returned["error"] == "invalid_request" and returned["state"] == "s1"


def test_unregistered_redirect_is_never_followed(merchant: SandboxProcess, credentials: ClientCredentials) -> None:
    answer = httpx.get(f"{merchant.url}/oauth/authorize", params={
        "response_type": "code", "client_id": credentials.client_id, "redirect_uri": "https://evil.example/cb",
        "scope": BUYER, "code_challenge": secrets.token_urlsafe(48), "code_challenge_method": "S256"})
    assert answer.status_code == 400 and "location" not in answer.headers


def test_consent_screen_lists_the_requested_scopes(merchant: SandboxProcess, credentials: ClientCredentials) -> None:
    client = AsyncOAuth2Client(credentials.client_id, credentials.client_secret, scope=f"{BUYER} {ORDERS}",
                               redirect_uri=REDIRECT_URI, code_challenge_method="S256")
    url, _ = client.create_authorization_url(f"{merchant.url}/oauth/authorize",
                                             code_verifier=secrets.token_urlsafe(48))
    page = httpx.get(url)
    assert page.status_code == 200 and page.headers["x-frame-options"] == "DENY"
    assert BUYER in page.text and ORDERS in page.text and "linking_code" in page.text
    denied = httpx.post(f"{merchant.url}/oauth/authorize",
                        data={**dict(parse_qsl(urlsplit(url).query)), "decision": "deny"})
    assert dict(parse_qsl(urlsplit(denied.headers["location"]).query))["error"] == "access_denied"


def test_refresh_token_reused_after_rotation_revokes_the_family(
        merchant: SandboxProcess, credentials: ClientCredentials) -> None:
    verifier = secrets.token_urlsafe(48)
    _, answer = _authorize(merchant, credentials, "alice", verifier=verifier)
    first = _exchange(merchant, credentials, answer["code"], verifier).json()
    second = _refresh(merchant, credentials, first["refresh_token"])
    assert second.status_code == 200
    second_tokens = second.json()
    assert second_tokens["refresh_token"] != first["refresh_token"]

    reuse = _refresh(merchant, credentials, first["refresh_token"])  # the old one, presented again
    assert reuse.status_code == 400 and reuse.json()["error"] == "invalid_grant"
    # the legitimate holder's newer token is revoked with it
    assert _refresh(merchant, credentials, second_tokens["refresh_token"]).status_code == 400


def test_revocation_needs_the_client(merchant: SandboxProcess, credentials: ClientCredentials) -> None:
    verifier = secrets.token_urlsafe(48)
    _, answer = _authorize(merchant, credentials, "alice", verifier=verifier)
    tokens = _exchange(merchant, credentials, answer["code"], verifier).json()
    stranger = httpx.post(f"{merchant.url}/oauth/revoke", data={"token": tokens["refresh_token"]})
    assert stranger.status_code == 401
    ok = httpx.post(f"{merchant.url}/oauth/revoke", auth=(credentials.client_id, credentials.client_secret),
                    data={"token": tokens["access_token"], "token_type_hint": "access_token"})
    assert ok.status_code == 200
    assert not _live(merchant, credentials, tokens["refresh_token"])  # revoking one token undoes the link


def test_bad_input_is_a_4xx(merchant: SandboxProcess) -> None:
    assert httpx.post(f"{merchant.url}/oauth/token", content=b"\xff\xfe",
                      headers={"content-type": "application/x-www-form-urlencoded"}).status_code == 400
    assert httpx.post(f"{merchant.url}/oauth/token", json={"grant_type": "x"}).status_code == 415
    assert httpx.post(f"{merchant.url}/admin/shoppers/alice/linking-codes").status_code == 401


def _access_token(merchant: SandboxProcess, credentials: ClientCredentials, shopper: str, scope: str) -> str:
    verifier = secrets.token_urlsafe(48)
    _, answer = _authorize(merchant, credentials, shopper, verifier=verifier, scope=scope)
    tokens = _exchange(merchant, credentials, answer["code"], verifier).json()
    assert tokens["scope"] == scope
    return str(tokens["access_token"])


def test_buyer_scope_opens_saved_addresses_and_points(merchant: SandboxProcess,
                                                      credentials: ClientCredentials) -> None:
    token = _access_token(merchant, credentials, "alice", BUYER)
    answer = httpx.get(f"{merchant.url}/identity/buyer", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    assert answer.json()["shopper_id"] == "alice" and answer.json()["addresses"]


def test_token_without_buyer_scope_gets_no_addresses_or_points(merchant: SandboxProcess,
                                                               credentials: ClientCredentials) -> None:
    token = _access_token(merchant, credentials, "alice", ORDERS)
    answer = httpx.get(f"{merchant.url}/identity/buyer", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 403 and "addresses" not in answer.text and "loyalty" not in answer.text
    assert 'error="insufficient_scope"' in answer.headers["www-authenticate"]


def test_one_shoppers_token_cannot_act_for_another(merchant: SandboxProcess, credentials: ClientCredentials) -> None:
    from errand.sandbox.common.errors import UCPError
    from errand.sandbox.merchant.identity import linked_buyer

    token = _access_token(merchant, credentials, "bob", BUYER)
    answer = httpx.get(f"{merchant.url}/identity/buyer", headers={"Authorization": f"Bearer {token}"})
    assert answer.json()["shopper_id"] == "bob"  # the token names its shopper; no parameter can change it
    # checkout: naming alice with bob's token is refused; without the buyer scope the checkout is a guest's
    with pytest.raises(UCPError) as refused:
        linked_buyer(("bob", frozenset({BUYER})), "alice")
    assert refused.value.status == 403
    assert linked_buyer(("bob", frozenset({BUYER})), None) == "bob"
    assert linked_buyer(("bob", frozenset({ORDERS})), "bob") is None


def test_expired_revoked_and_unknown_tokens_act_for_nobody(merchant: SandboxProcess,
                                                           credentials: ClientCredentials) -> None:
    token = _access_token(merchant, credentials, "alice", BUYER)
    httpx.post(f"{merchant.url}/oauth/revoke", auth=(credentials.client_id, credentials.client_secret),
               data={"token": token})
    for presented in (token, "made-up", "-"):
        answer = httpx.get(f"{merchant.url}/identity/buyer", headers={"Authorization": f"Bearer {presented}"})
        assert answer.status_code == 401
