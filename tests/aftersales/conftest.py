"""A real sandbox loaded with the example retail data set (tests/aftersales/data), shared by the folder's tests
and reset to the loaded state before each one; the shoppers' keys enrolled with the wallet once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote as pct
from uuid import uuid4

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from errand.cli.enrolment import local_key
from errand.cli.keystore import KeyStore
from errand.domain.approval import approval_message, key_id_of, public_key_b64, sign_b64
from errand.sandbox.aftersales.quotes import change_digest
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess

DATA = Path(__file__).parent / "data"
SHOPPERS = ("mia_li_3668", "mia_li_2000", "noah_brown_6181")


@dataclass
class Shop:
    """The platform's view of the retail sandbox, with the helpers a change takes: quote, sign, apply."""

    client: httpx.Client
    operator: httpx.Client
    keys: dict[str, Ed25519PrivateKey]

    def post(self, path: str, body: dict[str, Any], key: str | None = None) -> httpx.Response:
        return self.client.post(path, json=body, headers={"Idempotency-Key": key or uuid4().hex})

    def quote(self, shopper: str, **change: Any) -> httpx.Response:
        return self.post(f"/aftersales/shoppers/{shopper}/quotes", {"change": change})

    def approval(self, quote: dict[str, Any], signer: str | None = None) -> dict[str, Any]:
        """The shopper's signature over the quote's digest, recomputed here from the quote as shown."""
        digest = change_digest(quote)
        private = self.keys[signer or quote["shopper_id"]]
        return {"shopper_id": quote["shopper_id"], "quote_digest": digest,
                "signature": sign_b64(private, approval_message(digest)),
                "key_id": key_id_of(public_key_b64(private))}

    def apply(self, quote: dict[str, Any], approval: dict[str, Any] | None = None,
              key: str | None = None) -> httpx.Response:
        return self.post(f"/aftersales/shoppers/{quote['shopper_id']}/quotes/{quote['quote_id']}/apply",
                         {"approval": approval or self.approval(quote)}, key)

    def change(self, shopper: str, **change: Any) -> dict[str, Any]:
        """Quote and apply a change that the policy allows; the applied answer."""
        quoted = self.quote(shopper, **change)
        assert quoted.status_code == 201, quoted.text
        applied = self.apply(quoted.json()["quote"])
        assert applied.status_code == 200, applied.text
        body: dict[str, Any] = applied.json()
        return body

    def order(self, shopper: str, order_id: str) -> dict[str, Any]:
        answer = self.client.get(f"/aftersales/shoppers/{shopper}/orders/{pct(order_id, safe='')}")
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    def methods(self, shopper: str) -> dict[str, dict[str, Any]]:
        answer = self.client.get(f"/wallet/shoppers/{shopper}/payment-methods")
        assert answer.status_code == 200, answer.text
        return {m["id"]: m for m in answer.json()["payment_methods"]}

    def export(self) -> dict[str, Any]:
        answer = self.operator.get("/admin/aftersales/export")
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body


def refusal(answer: httpx.Response) -> tuple[int, str]:
    """A refusal's status and rule id (the UCP error's code)."""
    return answer.status_code, answer.json()["messages"][0]["code"]


@pytest.fixture(scope="session")
def retail_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    home = tmp_path_factory.mktemp("retail-home")
    with SandboxProcess(home, dataset="retail", dataset_dir=DATA) as proc:
        yield proc


@pytest.fixture(scope="session")
def retail_keys(retail_sandbox: SandboxProcess) -> dict[str, Ed25519PrivateKey]:
    operator = read_token(retail_sandbox.home, "operator")
    store = KeyStore(retail_sandbox.home)
    return {shopper: local_key(store, retail_sandbox.url, shopper, operator).private_key for shopper in SHOPPERS}


@pytest.fixture
def shop(retail_sandbox: SandboxProcess, retail_keys: dict[str, Ed25519PrivateKey]) -> Iterator[Shop]:
    """The loaded state, fresh for this test."""
    home, url = retail_sandbox.home, retail_sandbox.url
    with httpx.Client(base_url=url, timeout=10, headers={
            "Authorization": f"Bearer {read_token(home, 'platform')}"}) as client, \
            httpx.Client(base_url=url, timeout=10, headers={
                "Authorization": f"Bearer {read_token(home, 'operator')}"}) as operator:
        assert operator.post("/admin/aftersales/reset").status_code == 200
        yield Shop(client, operator, retail_keys)
