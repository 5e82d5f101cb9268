"""The merchant applies a change approved with a passkey exactly as it does one signed with Ed25519: the
assertion is checked against the credential the wallet registered (the challenge the change quote's digest,
user verified, the origin it was made on, a rising counter), once; any other is refused by approval.signed and
changes nothing."""

from __future__ import annotations

from errand.sandbox.process import SandboxProcess
from tests.passkeys.authenticator import SoftAuthenticator

from .conftest import Shop, refusal
from .passkeys import change_approval, enrolled_phone

MIA = "mia_li_3668"
CANCEL = {"operation": "cancel", "order_id": "#W0000001", "reason": "no longer needed"}


def _quoted(shop: Shop, **change: object) -> tuple[dict[str, object], str]:
    answer = shop.quote(MIA, **change)
    assert answer.status_code == 201, answer.text
    return answer.json()["quote"], answer.json()["quote_digest"]


def test_a_passkey_applies_its_change_once(shop: Shop, retail_sandbox: SandboxProcess) -> None:
    phone = enrolled_phone(retail_sandbox, MIA)
    quote, digest = _quoted(shop, **CANCEL)
    approval = change_approval(phone, digest).model_dump(mode="json")
    applied = shop.apply(quote, approval)
    assert applied.status_code == 200, applied.text
    assert applied.json()["order"]["status"] == "cancelled"
    # The same assertion again, under a new idempotency key: the quote is spent and the counter seen.
    again = shop.apply(quote, approval)
    assert again.status_code in (403, 409) and refusal(again)[1] in ("approval.signed", "approval.single_use")
    refunds = [t for t in shop.order(MIA, "#W0000001")["payment_history"] if t["transaction_type"] == "refund"]
    assert [t["amount"] for t in refunds] == [32347]


def test_a_passkey_assertion_for_anything_else_changes_nothing(shop: Shop, retail_sandbox: SandboxProcess) -> None:
    phone = enrolled_phone(retail_sandbox, MIA)
    quote, digest = _quoted(shop, **CANCEL)
    other, other_digest = _quoted(shop, operation="change_address", order_id="#W0000001", address={
        "address1": "1 Other Road", "city": "Austin", "country": "USA", "zip": "78701"})
    attempts = [
        change_approval(phone, other_digest, claimed_digest=digest),  # made for the other quote
        change_approval(phone, other_digest),  # the other quote's approval, presented for this one
        change_approval(phone, digest, user_verified=False),
        change_approval(phone, digest, origin="https://evil.example"),
        change_approval(SoftAuthenticator(MIA), digest),  # a passkey the wallet never registered
        change_approval(enrolled_phone(retail_sandbox, "noah_brown_6181"), digest),  # another shopper's
    ]
    for attempt in attempts:
        answer = shop.apply(quote, attempt.model_dump(mode="json"))
        assert refusal(answer) == (403, "approval.signed"), answer.text
    assert shop.order(MIA, "#W0000001")["status"] == "pending"
    # The passkey still approves its own quote (no refused attempt moved its counter).
    assert shop.apply(quote, change_approval(phone, digest).model_dump(mode="json")).status_code == 200
    assert shop.order(MIA, "#W0000001")["status"] == "cancelled"
    # The other quote, approved after all, no longer says what would happen to the cancelled order.
    assert refusal(shop.apply(other, change_approval(phone, other_digest).model_dump(mode="json")))[0] == 409
