"""A shopper's own linked-account token acts for that shopper alone, and a quote left past its expiry confirms
nothing."""

from __future__ import annotations

import sqlite3
import uuid

import httpx

from errand.connectors.identity import ClientCredentials
from errand.sandbox.merchant.identity_server import BUYER_SCOPE, ORDER_READ_SCOPE
from errand.sandbox.process import SandboxProcess
from tests.aftersales.conftest import Shop, refusal
from tests.identity.conftest import access_token

MIA, NOAH = "mia_li_3668", "noah_brown_6181"


def test_a_linked_token_acts_for_its_own_shopper_only(shop: Shop, retail_sandbox: SandboxProcess) -> None:
    credentials = ClientCredentials.from_home(retail_sandbox.home)
    token = access_token(retail_sandbox, credentials, MIA, BUYER_SCOPE)
    with httpx.Client(base_url=retail_sandbox.url, headers={"Authorization": f"Bearer {token}"}) as linked:
        assert linked.get(f"/aftersales/shoppers/{MIA}/orders/%23W0000001").status_code == 200
        quoted = linked.post(f"/aftersales/shoppers/{MIA}/quotes", headers={"Idempotency-Key": uuid.uuid4().hex},
                             json={"change": {"operation": "cancel", "order_id": "#W0000001",
                                              "reason": "no longer needed"}})
        assert quoted.status_code == 201, quoted.text
        quote = quoted.json()["quote"]
        applied = linked.post(f"/aftersales/shoppers/{MIA}/quotes/{quote['quote_id']}/apply",
                              headers={"Idempotency-Key": uuid.uuid4().hex}, json={"approval": shop.approval(quote)})
        assert applied.status_code == 200, applied.text
        # Another shopper's things, by path: refused whatever the id.
        assert linked.get(f"/aftersales/shoppers/{NOAH}/orders/%23W0000101").status_code == 403
        assert linked.get(f"/aftersales/shoppers/{NOAH}").status_code == 403
        assert linked.get("/aftersales/shoppers", params={"email": "noah.brown7922@example.com"}).status_code == 403
    narrow = access_token(retail_sandbox, credentials, MIA, ORDER_READ_SCOPE)  # no buyer scope
    answer = httpx.get(f"{retail_sandbox.url}/aftersales/shoppers/{MIA}", headers={"Authorization": f"Bearer {narrow}"})
    assert answer.status_code == 403


def test_an_expired_quote_is_refused_and_changes_nothing(shop: Shop, retail_sandbox: SandboxProcess) -> None:
    quote = shop.quote(MIA, operation="cancel", order_id="#W0000001", reason="no longer needed").json()["quote"]
    with sqlite3.connect(retail_sandbox.db_path) as db:  # the operator's clock moved on
        db.execute("UPDATE aftersales_quote SET expires_at = '2000-01-01 00:00:00.000000' WHERE id = ?",
                   (quote["quote_id"],))
    assert refusal(shop.apply(quote)) == (409, "approval.expired")
    assert shop.order(MIA, "#W0000001")["status"] == "pending"
