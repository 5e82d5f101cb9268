"""Mandates: the digest binds every field, only the shopper's key signs, purchases are checked in full."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from errand.domain.approval import canonical_json, new_key_pair
from errand.domain.mandate import (
    DELIVERY_ALLOWANCE,
    Mandate,
    check_purchase,
    mandate_digest,
    sign_mandate,
    signature_ok,
)
from errand.domain.models import Address, Quote, QuoteLine

NOW = datetime(2026, 5, 1, 12, tzinfo=UTC)


def _mandate(**overrides: object) -> Mandate:
    return Mandate.model_validate({
        "mandate_id": "mdt-1", "shopper_id": "alice", "product_id": "prd-00042", "max_unit_price": 200000,
        "quantity": 2, "merchant": "shop.example", "expires_at": NOW + timedelta(days=30),
        "nonce": "0123456789abcdef", **overrides})


def _quote(unit_price: int = 199000, quantity: int = 1, product_id: str = "prd-00042", **overrides: object) -> Quote:
    line = QuoteLine(product_id=product_id, title="Sony WH-1000XM5 Headphones", quantity=quantity,
                     unit_price=unit_price, line_total=unit_price * quantity)
    return Quote.model_validate({
        "quote_id": "q-1", "errand_id": "watch-alice-1", "shopper_id": "alice", "merchant": "shop.example",
        "checkout_id": "chk_1", "lines": [line.model_dump()], "subtotal": line.line_total, "adjustments": [],
        "total": line.line_total, "currency": "CNY",
        "address": Address(label="home", name="A", line1="1 Road", city="Shanghai", postal_code="200000"),
        "expires_at": NOW + timedelta(minutes=15), **overrides})


def test_signature_verifies_only_for_the_signer_and_the_exact_terms() -> None:
    key, public = new_key_pair()
    _, other_public = new_key_pair()
    signed = sign_mandate(key, _mandate())
    assert signature_ok(signed, public)
    assert not signature_ok(signed, other_public)
    widened = signed.model_copy(update={"mandate": _mandate(max_unit_price=999999)})
    assert not signature_ok(widened, public)
    assert mandate_digest(_mandate()) != mandate_digest(_mandate(nonce="fedcba9876543210"))


def test_a_mandate_must_name_what_it_allows() -> None:
    with pytest.raises(ValidationError):
        _mandate(product_id=None)


@pytest.mark.parametrize(("quote", "verdict"), [
    (_quote(), "ok"),
    (_quote(unit_price=200000, quantity=2), "ok"),
    (_quote(unit_price=200001), "mandate_price_exceeded"),
    (_quote(quantity=3), "mandate_quantity_exceeded"),
    (_quote(product_id="prd-00043"), "mandate_scope_mismatch"),
    (_quote(merchant="other.example"), "mandate_scope_mismatch"),
    (_quote(shopper_id="bob"), "mandate_scope_mismatch"),
])
def test_purchases_outside_the_mandate_are_refused(quote: Quote, verdict: str) -> None:
    assert check_purchase(_mandate(), quote, NOW)[0] == verdict


def test_an_expired_mandate_allows_nothing() -> None:
    assert check_purchase(_mandate(), _quote(), NOW + timedelta(days=30))[0] == "mandate_expired"


def test_a_query_mandate_needs_every_word_in_the_title() -> None:
    mandate = _mandate(product_id=None, query="sony headphones")
    assert check_purchase(mandate, _quote(), NOW)[0] == "ok"
    assert check_purchase(_mandate(product_id=None, query="bose headphones"), _quote(), NOW)[0] == \
        "mandate_scope_mismatch"


def test_later_terms_leave_an_older_mandates_digest_alone_and_are_bound_once_set() -> None:
    older = hashlib.sha256(canonical_json({k: v for k, v in _mandate().model_dump(mode="json").items()
                                           if k not in ("max_total", "budget", "max_uses")})).hexdigest()
    assert mandate_digest(_mandate()) == older  # signatures made before the new terms still verify
    assert mandate_digest(_mandate(max_total=300000)) != older
    assert mandate_digest(_mandate(budget=500000)) != mandate_digest(_mandate(budget=500001))


def test_the_total_is_bounded_by_the_mandate() -> None:
    assert _mandate().total_limit == 2 * 200000 + DELIVERY_ALLOWANCE
    assert check_purchase(_mandate(max_total=150000), _quote(), NOW)[0] == "mandate_total_exceeded"
    shipped = _quote(adjustments=[{"kind": "shipping", "label": "Shipping", "amount": 10_000_000}],
                     total=199000 + 10_000_000)
    assert check_purchase(_mandate(), shipped, NOW)[0] == "mandate_total_exceeded"


def test_uses_default_to_single_use_and_follow_max_uses_or_a_budget() -> None:
    assert _mandate().use_limit == 1
    assert _mandate(single_use=False).use_limit is None
    assert _mandate(single_use=False, max_uses=3).use_limit == 3
    assert _mandate(single_use=True, budget=500000).use_limit == 1
    assert _mandate(single_use=False, budget=500000).use_limit is None
