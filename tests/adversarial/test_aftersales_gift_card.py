"""An after-sales change that pays with a gift card the wallet is holding money on, over the retail sandbox.

A purchase hold keeps part of a gift card's balance for its capture; an after-sales change that moves the
order's payment onto that gift card (or pays an exchange's difference from it) spends the balance at once.
If the change reads the whole balance as its own, the hold's capture later finds the card spent: the same
money promised twice.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta

from errand.domain.approval import sign_quote
from errand.domain.models import Address, Quote, QuoteLine
from errand.domain.payment import QuotePaymentMethod
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from tests.aftersales import conftest as retail
from tests.aftersales.conftest import Shop, refusal

# The retail sandbox and its shop, the after-sales folder's fixtures.
retail_sandbox, retail_keys, shop = retail.retail_sandbox, retail.retail_keys, retail.shop

MIA = "mia_li_3668"
GIFT_CARD = "gift_card_4806466"
ORDER = "#W0000001"  # pending, 32347 paid by mia's Visa


def _purchase(currency: str, total: int) -> Quote:
    line = QuoteLine(product_id="prd-00004", title="AA batteries", quantity=1, unit_price=total, line_total=total)
    return Quote(quote_id=f"q_{uuid.uuid4().hex[:8]}", errand_id=f"buy-{MIA}-{uuid.uuid4().hex[:8]}",
                 shopper_id=MIA, merchant="errand-sandbox", checkout_id=f"chk_{uuid.uuid4().hex[:8]}",
                 lines=[line], subtotal=total, adjustments=[], total=total, currency=currency,
                 address=Address(label="home", name="Mia Li", line1="975 Sunset Drive", city="Austin",
                                 postal_code="78750"),
                 expires_at=datetime.now(UTC) + timedelta(minutes=10),
                 payment_method=QuotePaymentMethod(method_id=GIFT_CARD, kind="gift_card", display="Gift card"))


def test_a_change_does_not_spend_what_a_purchase_hold_keeps_of_a_gift_card(
        shop: Shop, retail_sandbox: SandboxProcess) -> None:
    with sqlite3.connect(retail_sandbox.db_path) as db:
        db.execute("UPDATE wallet_payment_method SET balance = 40000 WHERE id = ?", (GIFT_CARD,))
    currency = shop.methods(MIA)[GIFT_CARD]["currency"]
    purchase = _purchase(currency, 30000)
    held = shop.post("/wallet/authorizations", {
        "shopper_id": MIA, "quote": purchase.model_dump(mode="json"),
        "approval": sign_quote(shop.keys[MIA], purchase).model_dump(mode="json")})
    assert held.status_code == 201, held.text
    auth_id = held.json()["authorization_id"]
    try:
        # 32347 moved onto a card holding 40000, of which the hold keeps 30000.
        quoted = shop.quote(MIA, operation="change_payment_method", order_id=ORDER, payment_method_id=GIFT_CARD)
        if quoted.status_code == 201:
            applied = shop.apply(quoted.json()["quote"])
            assert refusal(applied) == (422, "payment.gift_card_covers"), applied.text
        else:
            assert refusal(quoted) == (422, "payment.gift_card_covers"), quoted.text
        assert shop.methods(MIA)[GIFT_CARD]["balance"] == 40000
        assert shop.order(MIA, ORDER)["payment_history"][-1]["payment_method_id"] != GIFT_CARD
    finally:
        void = shop.client.post(f"/wallet/authorizations/{auth_id}/void", headers={
            "Authorization": f"Bearer {read_token(retail_sandbox.home, 'merchant')}",  # type: ignore[arg-type]
            "Idempotency-Key": uuid.uuid4().hex})
        assert void.status_code == 200, void.text
