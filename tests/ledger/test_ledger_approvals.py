"""The audit re-verifies every approval signature the ledger recorded, and every payment rests on one."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime, timedelta
from typing import Any

import pytest

from domain.approval import approval_message, new_key_pair
from ledger import Ledger
from ledger.audit import KeyLookup, KeyLookupError, RegisteredKey, check_approvals
from tests.ledger.helpers import drop_triggers, record, rewrite_and_rechain

DIGEST = hashlib.sha256(b"a quote").hexdigest()


def _approve(ledger: Ledger, *, with_signer: bool = True) -> tuple[str, int]:
    private, public = new_key_pair()
    signature = base64.b64encode(private.sign(approval_message(DIGEST))).decode()
    evidence: dict[str, Any] = {"quote_digest": DIGEST, "signature": signature}
    if with_signer:
        evidence |= {"shopper_id": "alice", "public_key": public}
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


def test_recorded_key_is_used_when_the_wallet_cannot_answer(ledger: Ledger) -> None:
    _approve(ledger)
    assert check_approvals(ledger, _registry({})) == (1, [])


def test_an_older_row_is_not_checked_without_the_wallet(ledger: Ledger) -> None:
    _approve(ledger, with_signer=False)
    _, findings = check_approvals(ledger, _registry({}))
    assert [f.kind for f in findings] == ["approval", "approval"]
    assert "not checked: the wallet answered HTTP 404 for alice" in findings[0].message
