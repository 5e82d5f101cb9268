"""The quote digest and Ed25519 approval: what binds a shopper's consent to one exact quote."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest

from errand.domain.approval import (
    canonical_json,
    new_key_pair,
    private_key_from_b64,
    private_key_to_b64,
    quote_digest,
    sign_quote,
    verify_approval,
)
from errand.domain.models import Address, Adjustment, Quote, QuoteLine, SignedApproval

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def make_quote(**changes: object) -> Quote:
    base = Quote(
        quote_id="q-1", errand_id="buy-alice-1", shopper_id="alice", merchant="Errand Sandbox Market",
        checkout_id="chk-1",
        lines=[QuoteLine(product_id="p-1", title="AA batteries ×8", quantity=2, unit_price=1990, line_total=3980)],
        subtotal=3980, adjustments=[Adjustment(kind="shipping", label="shipping", amount=800)], total=4780,
        currency="CNY", address=Address(label="home", name="Alice", line1="1 Road", city="Shanghai",
                                        postal_code="200000"),
        expires_at=NOW + timedelta(minutes=30),
    )
    return base.model_copy(update=changes)


def test_digest_is_stable_and_binds_every_field() -> None:
    quote = make_quote()
    assert quote_digest(quote) == quote_digest(Quote.model_validate_json(quote.model_dump_json()))
    assert quote_digest(quote) == quote_digest(quote.model_dump(mode="json"))
    for change in ({"total": 4779}, {"shopper_id": "bob"}, {"expires_at": NOW + timedelta(minutes=31)},
                   {"currency": "USD"}, {"checkout_id": "chk-2"}):
        assert quote_digest(make_quote(**change)) != quote_digest(quote), change


def test_canonical_json_sorts_keys_and_is_compact() -> None:
    assert canonical_json({"b": 1, "a": [1, "¥"]}) == '{"a":[1,"¥"],"b":1}'.encode()


def test_valid_signature_verifies() -> None:
    key, public = new_key_pair()
    quote = make_quote()
    assert verify_approval(quote, sign_quote(key, quote), public, NOW) == "ok"


def test_each_kind_of_invalid_approval_is_named() -> None:
    alice, alice_pub = new_key_pair()
    mallory, _ = new_key_pair()
    quote = make_quote()
    good = sign_quote(alice, quote)
    assert verify_approval(quote, sign_quote(mallory, quote), alice_pub, NOW) == "bad_signature"
    assert verify_approval(quote, sign_quote(alice, make_quote(total=1)), alice_pub, NOW) == "other_quote"
    assert verify_approval(quote, good.model_copy(update={"shopper_id": "bob"}), alice_pub, NOW) == "wrong_shopper"
    assert verify_approval(quote, good, alice_pub, quote.expires_at) == "expired"
    assert verify_approval(quote, good.model_copy(update={"signature": "not base64!"}), alice_pub, NOW) == "malformed"
    short = base64.b64encode(b"x" * 10).decode()
    assert verify_approval(quote, good.model_copy(update={"signature": short}), alice_pub, NOW) == "malformed"


def test_forged_signature_with_right_digest_fails() -> None:
    _, alice_pub = new_key_pair()
    quote = make_quote()
    forged = SignedApproval(shopper_id="alice", quote_digest=quote_digest(quote),
                            signature=base64.b64encode(bytes(64)).decode())
    assert verify_approval(quote, forged, alice_pub, NOW) == "bad_signature"


def test_private_key_round_trip() -> None:
    key, public = new_key_pair()
    again = private_key_from_b64(private_key_to_b64(key))
    quote = make_quote()
    assert verify_approval(quote, sign_quote(again, quote), public, NOW) == "ok"
    with pytest.raises(ValueError):
        private_key_from_b64(base64.b64encode(b"short").decode())


def test_an_approval_counts_only_under_the_active_key_it_names() -> None:
    from errand.domain.approval import key_id_of
    from errand.domain.models import ShopperKey, ShopperProfile

    quote = make_quote()
    current, current_public = new_key_pair()
    _, other_public = new_key_pair()
    approval = sign_quote(current, quote)
    assert approval.key_id == key_id_of(current_public) and len(approval.key_id) == 43
    profile = ShopperProfile(shopper_id="alice", name="Alice", addresses=[], loyalty_points=0,
                             keys=[ShopperKey(key_id=key_id_of(other_public), public_key=other_public),
                                   ShopperKey(key_id=approval.key_id, public_key=current_public)])
    assert verify_approval(quote, approval, profile.key_for(approval.key_id), NOW) == "ok"
    revoked = profile.model_copy(update={"keys": profile.keys[:1]})
    assert verify_approval(quote, approval, revoked.key_for(approval.key_id), NOW) == "unknown_key"
    unnamed = approval.model_copy(update={"key_id": ""})
    assert verify_approval(quote, unnamed, profile.key_for(""), NOW) == "unknown_key"
    # A profile recorded before key ids (one public_key) still verifies the approvals of its time.
    legacy = ShopperProfile.model_validate({"shopper_id": "alice", "name": "Alice", "addresses": [],
                                            "loyalty_points": 0, "public_key": current_public})
    assert verify_approval(quote, unnamed, legacy.key_for(""), NOW) == "ok"
    assert verify_approval(quote, approval, legacy.key_for(approval.key_id), NOW) == "unknown_key"
