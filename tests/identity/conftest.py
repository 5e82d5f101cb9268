"""A sandbox of its own for the identity-linking tests (small catalogue, one for the folder's modules), and helpers
to link accounts."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from authlib.integrations.httpx_client import AsyncOAuth2Client

from errand.connectors.identity import REDIRECT_URI, ClientCredentials, TokenStore
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess


@pytest.fixture(scope="session")
def merchant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    with SandboxProcess(tmp_path_factory.mktemp("identity-home"), seed=7, products=300) as proc:
        yield proc


@pytest.fixture
def store(tmp_path: Path) -> TokenStore:
    return TokenStore(tmp_path / "errand-home")


@pytest.fixture
def credentials(merchant: SandboxProcess) -> ClientCredentials:
    return ClientCredentials.from_home(merchant.home)


def linking_code(merchant: SandboxProcess, shopper: str) -> str:
    """A one-time linking code for ``shopper``, issued with the operator's credential."""
    answer = httpx.post(f"{merchant.url}/admin/shoppers/{shopper}/linking-codes",
                        headers={"Authorization": f"Bearer {read_token(merchant.home, 'operator')}"})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["code"])


def access_token(merchant: SandboxProcess, credentials: ClientCredentials, shopper: str, scope: str) -> str:
    """A live access token for ``shopper`` with exactly ``scope``, linked through the authorization code flow
    (PKCE S256) as a platform runs it: consent answered with a fresh linking code, then the code exchanged."""
    verifier = secrets.token_urlsafe(48)
    client = AsyncOAuth2Client(credentials.client_id, credentials.client_secret, scope=scope,
                               redirect_uri=REDIRECT_URI, code_challenge_method="S256")
    url, _ = client.create_authorization_url(f"{merchant.url}/oauth/authorize", code_verifier=verifier)
    form = {**dict(parse_qsl(urlsplit(url).query)), "shopper_id": shopper,
            "linking_code": linking_code(merchant, shopper), "decision": "approve"}
    consent = httpx.post(f"{merchant.url}/oauth/authorize", data=form)
    assert consent.status_code == 302, consent.text
    code = dict(parse_qsl(urlsplit(consent.headers["location"]).query))["code"]
    tokens = httpx.post(f"{merchant.url}/oauth/token", auth=(credentials.client_id, credentials.client_secret),
                        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI,
                              "code_verifier": verifier})
    assert tokens.status_code == 200 and tokens.json()["scope"] == scope, tokens.text
    return str(tokens.json()["access_token"])
