"""A sandbox of its own for the identity-linking tests (small catalogue), and helpers to link accounts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from errand.connectors.identity import ClientCredentials, TokenStore
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess


@pytest.fixture(scope="module")
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
