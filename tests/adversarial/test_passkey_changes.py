"""Attacks on after-sales changes approved with a passkey, over real HTTP against the retail sandbox.

A change quote is approved by an assertion whose challenge is the change quote's digest; the merchant checks it
against the credential the wallet registered and moves the one counter the wallet also moves for purchase
holds. Each test replays an assertion where it was not made for: a purchase's as a change and a change's as a
purchase, one change's for a twin change of the same order, the same one twice, and an assertion whose counter
went back (a cloned authenticator), across the two services that share the counter.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from errand.domain.approval import quote_digest
from errand.domain.models import Address, Quote, QuoteLine, SignedApproval
from errand.sandbox.process import SandboxProcess
from tests.aftersales import conftest as retail
from tests.aftersales.conftest import Shop, refusal
from tests.aftersales.passkeys import change_approval, enrolled_phone
from tests.passkeys.authenticator import SoftAuthenticator

# The retail sandbox and its shop, the after-sales folder's fixtures.
retail_sandbox, retail_keys, shop = retail.retail_sandbox, retail.retail_keys, retail.shop

MIA = "mia_li_3668"
ORDER = "#W0000001"
CANCEL = {"operation": "cancel", "order_id": ORDER, "reason": "no longer needed"}
ADDRESS = {"operation": "change_address", "order_id": ORDER,
           "address": {"address1": "9 Elm Street", "city": "Austin", "country": "USA", "zip": "78701"}}


def _quoted(shop: Shop, change: dict[str, Any]) -> tuple[dict[str, Any], str]:
    answer = shop.quote(MIA, **change)
    assert answer.status_code == 201, answer.text
    return answer.json()["quote"], answer.json()["quote_digest"]


def _purchase(shopper: str = MIA) -> Quote:
    """A purchase quote of ``shopper``'s, as the wallet is asked to hold for it."""
    line = QuoteLine(product_id="prd-00004", title="AA batteries", quantity=1, unit_price=1990, line_total=1990)
    return Quote(quote_id=f"q_{uuid.uuid4().hex[:8]}", errand_id=f"buy-{shopper}-{uuid.uuid4().hex[:8]}",
                 shopper_id=shopper, merchant="errand-sandbox", checkout_id=f"chk_{uuid.uuid4().hex[:8]}",
                 lines=[line], subtotal=1990, adjustments=[], total=1990, currency="CNY",
                 address=Address(label="home", name="Mia Li", line1="1 Main St", city="Austin", postal_code="78701"),
                 expires_at=datetime.now(UTC) + timedelta(minutes=10))


def _hold(shop: Shop, quote: Quote, approval: SignedApproval) -> httpx.Response:
    return shop.post("/wallet/authorizations", {"shopper_id": quote.shopper_id, "quote": quote.model_dump(mode="json"),
                                                "approval": approval.model_dump(mode="json")})


def _purchase_approval(phone: SoftAuthenticator, quote: Quote, *, claimed: str | None = None) -> SignedApproval:
    digest = quote_digest(quote)
    signed = phone.approve(digest)
    return SignedApproval(shopper_id=phone.shopper_id, quote_digest=claimed or digest, signature=signed.signature,
                          key_id=phone.key_id, passkey=signed)


def test_a_purchase_assertion_does_not_approve_a_change(shop: Shop, retail_sandbox: SandboxProcess) -> None:
    phone = enrolled_phone(retail_sandbox, MIA)
    quote, digest = _quoted(shop, CANCEL)
    purchase = _purchase()
    for attempt in (_purchase_approval(phone, purchase), _purchase_approval(phone, purchase, claimed=digest)):
        answer = shop.apply(quote, attempt.model_dump(mode="json"))
        assert refusal(answer) == (403, "approval.signed"), answer.text
    assert shop.order(MIA, ORDER)["status"] == "pending"


def test_a_change_assertion_does_not_approve_a_purchase(shop: Shop, retail_sandbox: SandboxProcess) -> None:
    phone = enrolled_phone(retail_sandbox, MIA)
    _, digest = _quoted(shop, CANCEL)
    purchase = _purchase()
    for claimed in (digest, quote_digest(purchase)):
        answer = _hold(shop, purchase, change_approval(phone, digest, claimed_digest=claimed))
        assert answer.status_code == 403 and refusal(answer)[1] == "other_quote", answer.text


def test_a_change_assertion_approves_its_twin_quote_never(shop: Shop, retail_sandbox: SandboxProcess) -> None:
    """Two quotes of the same change to the same order differ only by id and expiry: one's assertion is not the
    other's, and a quote applied once is not applied again with the assertion it was applied with."""
    phone = enrolled_phone(retail_sandbox, MIA)
    first, first_digest = _quoted(shop, ADDRESS)
    twin, twin_digest = _quoted(shop, ADDRESS)
    assert first_digest != twin_digest
    approval = change_approval(phone, first_digest)
    for claimed in (approval, approval.model_copy(update={"quote_digest": twin_digest})):
        answer = shop.apply(twin, claimed.model_dump(mode="json"))
        assert refusal(answer) == (403, "approval.signed"), answer.text
    assert shop.apply(first, approval.model_dump(mode="json")).status_code == 200
    again = shop.apply(first, approval.model_dump(mode="json"))
    assert again.status_code in (403, 409) and refusal(again)[1] in ("approval.signed", "approval.single_use")


def test_a_counter_gone_back_is_refused_by_changes_and_holds_alike(shop: Shop,
                                                                   retail_sandbox: SandboxProcess) -> None:
    """A cloned authenticator's counter lags the original's; the merchant and the wallet share what they saw."""
    phone = enrolled_phone(retail_sandbox, MIA)
    phone.sign_count = 40
    quote, digest = _quoted(shop, ADDRESS)
    assert shop.apply(quote, change_approval(phone, digest).model_dump(mode="json")).status_code == 200  # seen: 41

    clone = SoftAuthenticator(MIA, key=phone.key, raw_id=phone.raw_id, sign_count=20)
    cancel, cancel_digest = _quoted(shop, CANCEL)
    answer = shop.apply(cancel, change_approval(clone, cancel_digest).model_dump(mode="json"))
    assert refusal(answer) == (403, "approval.signed") and "sign count" in answer.text, answer.text
    assert shop.order(MIA, ORDER)["status"] == "pending"

    purchase = _purchase()
    held = _hold(shop, purchase, _purchase_approval(clone, purchase))
    assert held.status_code == 403 and refusal(held)[1] == "stale_sign_count", held.text
