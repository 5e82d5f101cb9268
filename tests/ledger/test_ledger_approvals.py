"""The audit re-verifies every approval signature the ledger recorded, and every payment rests on one."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from errand.domain.approval import approval_message, new_key_pair
from errand.domain.mandate import Mandate, mandate_digest, sign_mandate
from errand.ledger import Ledger
from errand.ledger.audit import KeyLookup, KeyLookupError, RegisteredKey, WalletUnreachable, check_approvals
from tests.ledger.helpers import drop_triggers, record, rewrite_and_rechain

DIGEST = hashlib.sha256(b"a quote").hexdigest()


def _approve(ledger: Ledger, *, with_signer: bool = True, signer: str = "alice") -> tuple[str, int]:
    private, public = new_key_pair()
    signature = base64.b64encode(private.sign(approval_message(DIGEST))).decode()
    evidence: dict[str, Any] = {"quote_digest": DIGEST, "signature": signature}
    if with_signer:
        evidence |= {"shopper_id": signer, "public_key": public}
    ledger.append(record("e/1", what="errand.started", evidence={"intent": {"shopper_id": "alice"}}))
    receipt = ledger.append(record("e/2", who="shopper", what="approval.accepted", evidence=evidence))
    ledger.append(record("e/3", who="system", what="payment.authorized",
                         evidence={"authorization_id": "auth_1", "quote_digest": DIGEST}))
    return public, receipt.seq


def _registry(keys: dict[str, list[str]], revoked_at: datetime | None = None) -> KeyLookup:
    def keys_for(shopper: str) -> list[RegisteredKey]:
        if shopper not in keys:
            raise KeyLookupError(f"the wallet answered HTTP 404 for {shopper}")
        return [RegisteredKey(key, revoked_at) for key in keys[shopper]]

    return keys_for


@pytest.mark.parametrize("with_signer", [True, False], ids=["recorded-signer", "older-row"])
def test_good_approvals_pass(ledger: Ledger, with_signer: bool) -> None:
    public, _ = _approve(ledger, with_signer=with_signer)
    assert check_approvals(ledger, _registry({"alice": [public]})) == (1, [])


def test_altered_signature_is_reported_and_so_is_the_payment_it_backed(ledger: Ledger, ledger_url: str) -> None:
    public, seq = _approve(ledger)
    evidence = json.loads(ledger.entries()[seq - 1].evidence_json)
    evidence["signature"] = base64.b64encode(bytes(64)).decode()
    drop_triggers(ledger_url)
    rewrite_and_rechain(ledger_url, seq, evidence_json=json.dumps(evidence))
    checked, findings = check_approvals(ledger, _registry({"alice": [public]}))
    assert checked == 1
    assert [f.message.split(" on ")[0] for f in findings] == [f"row {seq}: bad approval signature by alice",
                                                              (f"row {seq + 1}: payment authorized for quote "
                                                              f"{DIGEST[:16]}… without a verified approval "
                                                              "(errand errand-1)")]


def test_a_key_the_wallet_does_not_list_is_reported(ledger: Ledger) -> None:
    _approve(ledger)
    _, someone_else = new_key_pair()
    _, findings = check_approvals(ledger, _registry({"alice": [someone_else]}))
    assert "a key the wallet does not hold for alice" in findings[0].message


def test_a_key_revoked_before_the_approval_is_reported_and_one_revoked_after_is_not(ledger: Ledger) -> None:
    public, seq = _approve(ledger)
    recorded = ledger.entries()[seq - 1].created_at_utc()
    assert check_approvals(ledger, _registry({"alice": [public]}, recorded + timedelta(days=1))) == (1, [])
    _, findings = check_approvals(ledger, _registry({"alice": [public]}, recorded - timedelta(seconds=1)))
    assert "a key revoked before the approval was recorded for alice" in findings[0].message


def test_the_recorded_key_is_not_trusted_when_the_wallet_does_not_know_the_shopper(ledger: Ledger) -> None:
    _approve(ledger)
    _, findings = check_approvals(ledger, _registry({}))
    assert [f.kind for f in findings] == ["approval", "approval"]
    assert "not checked: the wallet answered HTTP 404 for alice" in findings[0].message


def _unreachable(shopper: str) -> list[RegisteredKey]:
    raise WalletUnreachable("the wallet did not answer (ConnectError)")


def test_an_anchored_row_is_only_unverified_when_the_wallet_is_unreachable(ledger: Ledger) -> None:
    _, seq = _approve(ledger)
    _, outside = check_approvals(ledger, _unreachable, anchored=seq - 1)
    assert [f.kind for f in outside] == ["approval", "approval"]
    _, covered = check_approvals(ledger, _unreachable, anchored=seq)
    assert [(f.kind, f.seq) for f in covered] == [("unverified", seq)]


def test_a_key_registered_after_the_approval_is_reported(ledger: Ledger) -> None:
    public, seq = _approve(ledger)
    later = ledger.entries()[seq - 1].created_at_utc() + timedelta(hours=1)

    def keys_for(shopper: str) -> list[RegisteredKey]:
        return [RegisteredKey(public, None, later)]

    _, findings = check_approvals(ledger, keys_for)
    assert "a key registered after the approval for alice" in findings[0].message


def test_an_approval_by_another_shopper_than_the_errands_is_reported(ledger: Ledger) -> None:
    public, seq = _approve(ledger, signer="bob")
    _, findings = check_approvals(ledger, _registry({"alice": [], "bob": [public]}))
    assert [f.seq for f in findings] == [seq, seq + 1]
    assert "approval by bob on alice's errand" in findings[0].message


def test_a_payment_resting_on_no_approval_or_mandate_is_reported(ledger: Ledger) -> None:
    ledger.append(record("e/1", what="errand.started", evidence={"intent": {"shopper_id": "alice"}}))
    receipt = ledger.append(record("e/2", who="system", what="payment.authorized",
                                   evidence={"authorization_id": "auth_1"}))
    _, findings = check_approvals(ledger, _registry({"alice": []}))
    assert [f.seq for f in findings] == [receipt.seq]


def test_an_older_row_is_not_checked_without_the_wallet(ledger: Ledger) -> None:
    _approve(ledger, with_signer=False)
    _, findings = check_approvals(ledger, _registry({}))
    assert [f.kind for f in findings] == ["approval", "approval"]
    assert "not checked: the wallet answered HTTP 404 for alice" in findings[0].message


def _mandate_payment(ledger: Ledger, shopper: str) -> tuple[str, dict[str, Any], int]:
    """A price watch of alice's that paid under ``shopper``'s mandate; returns alice's key, the wallet's copy
    of the mandate and the payment's seq."""
    private, public = new_key_pair()
    mandate = Mandate(mandate_id="mdt-1", shopper_id=shopper, product_id="prd-1", max_unit_price=1000, quantity=1,
                      merchant="shop", expires_at=datetime.now(UTC) + timedelta(days=1), nonce="nonce-0001")
    signed = sign_mandate(private, mandate)
    ledger.append(record("w/1", what="errand.started", evidence={"intent": {"shopper_id": "alice"}}))
    ledger.append(record("w/2", who="shopper", what="mandate.registered",
                         evidence={"mandate_id": "mdt-1", "digest": mandate_digest(mandate)}))
    receipt = ledger.append(record("w/3", who="system", what="payment.authorized",
                                   evidence={"authorization_id": "auth_1", "mandate_id": "mdt-1"}))
    return public, signed.model_dump(mode="json"), receipt.seq


def test_a_payment_under_the_errands_shoppers_mandate_passes(ledger: Ledger) -> None:
    public, held, _ = _mandate_payment(ledger, "alice")
    assert check_approvals(ledger, _registry({"alice": [public]}), lambda mid, who: held) == (0, [])


def test_a_payment_under_another_shoppers_mandate_is_reported(ledger: Ledger) -> None:
    public, held, seq = _mandate_payment(ledger, "bob")
    _, findings = check_approvals(ledger, _registry({"alice": [public]}), lambda mid, who: held)
    assert [f.seq for f in findings] == [seq] and "bob's mandate" in findings[0].message


def test_a_mandate_not_signed_by_a_key_of_the_errands_shopper_is_reported(ledger: Ledger) -> None:
    _, held, seq = _mandate_payment(ledger, "alice")
    _, someone_else = new_key_pair()
    _, findings = check_approvals(ledger, _registry({"alice": [someone_else]}), lambda mid, who: held)
    assert [f.seq for f in findings] == [seq] and "signature does not verify" in findings[0].message


def test_a_mandate_the_wallet_does_not_hold_is_reported(ledger: Ledger) -> None:
    public, _, seq = _mandate_payment(ledger, "alice")

    def unknown(mandate_id: str, shopper: str) -> dict[str, Any]:
        raise KeyLookupError(f"the wallet answered HTTP 404 for mandate {mandate_id} of {shopper}")

    _, findings = check_approvals(ledger, _registry({"alice": [public]}), unknown)
    assert [f.seq for f in findings] == [seq] and "HTTP 404" in findings[0].message
