"""Re-verifying the approvals and mandates the ledger's payments rest on (part of ``errand audit verify``).

Whoever writes the ledger chooses what a row says, so nothing a row claims about itself is believed: whose
errand it is comes from the errand's ``errand.started`` row (its intent), the shopper's keys come from the
wallet's registry (every key with when it was registered and revoked), and a payment counts only when it
rests on a quote approval of that shopper that verifies, or on that shopper's mandate as the wallet holds
it, whose signature verifies. A key the wallet cannot be asked about is a finding; only a row a signed
checkpoint already covers, while the wallet is unreachable, is checked against the key recorded in it, and
then reported as ``unverified``, never as ok.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import ValidationError

from errand.domain.approval import approval_message
from errand.domain.mandate import Mandate, mandate_digest, mandate_message
from errand.domain.passkey import passkey_evidence_valid
from errand.ledger.models import LedgerEntry
from errand.ledger.store import Ledger

FindingKind = Literal["chain", "truncated", "rewritten", "checkpoint_refused", "unanchored", "approval",
                      "unverified"]

STARTED_WHAT = "errand.started"
APPROVAL_WHAT = "approval.accepted"
PAYMENT_WHAT = "payment.authorized"
MANDATE_WHAT = "mandate.registered"
CLOCK_SKEW = timedelta(seconds=60)
"""How far the wallet's clock and the ledger's may disagree about when a key was registered."""


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the ledger, in one line."""

    kind: FindingKind
    message: str
    seq: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "seq": self.seq, "message": self.message}


@dataclass(frozen=True)
class RegisteredKey:
    """A public key (base64) the wallet registered for a shopper: when, and when it was revoked, if it was."""

    public_key: str
    revoked_at: datetime | None = None
    created_at: datetime | None = None

    def valid_at(self, at: datetime) -> bool:
        """Whether this key could sign at ``at``: registered by then and not yet revoked."""
        if self.created_at is not None and self.created_at > at + CLOCK_SKEW:
            return False
        return self.revoked_at is None or self.revoked_at > at


class KeyLookupError(RuntimeError):
    """The wallet did not vouch for what was asked (the message says why)."""


class WalletUnreachable(KeyLookupError):
    """The wallet could not be asked at all (no answer, not a refusal)."""


KeyLookup = Callable[[str], list[RegisteredKey]]
"""shopper id → the shopper's registered keys, revoked ones included; raises `KeyLookupError` when it cannot say."""

MandateLookup = Callable[[str, str], dict[str, Any]]
"""(mandate id, shopper id) → the mandate as the wallet holds it for that shopper (``mandate``, ``signature``);
raises `KeyLookupError` when the wallet does not hold it for them or cannot say."""


def _verify(public_keys: list[str], message: bytes, signature_b64: str) -> str | None:
    """The key among ``public_keys`` whose signature ``signature_b64`` is over ``message``, if any."""
    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except (binascii.Error, ValueError, TypeError):
        return None
    for key in public_keys:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(key, validate=True)).verify(signature, message)
            return key
        except (InvalidSignature, binascii.Error, ValueError, TypeError):
            continue
    return None


def _verify_evidence(public_keys: list[str], message: bytes, signature: str, evidence: dict[str, Any],
                     digest: str) -> str | None:
    """The key that signed the approval a row records: an Ed25519 signature, or a passkey's assertion (its
    authenticator data and client data are in the row, so it is checked again from the row alone)."""
    if evidence.get("kind") != "passkey":
        return _verify(public_keys, message, signature)
    authenticator_data, client_data = evidence.get("authenticator_data"), evidence.get("client_data_json")
    if not isinstance(authenticator_data, str) or not isinstance(client_data, str):
        return None
    return next((key for key in public_keys
                 if passkey_evidence_valid(key, digest, authenticator_data, client_data, signature)), None)


def _intent_shopper(entry: LedgerEntry) -> str | None:
    intent = entry.evidence().get("intent")
    if isinstance(intent, dict) and isinstance(intent.get("shopper_id"), str) and intent["shopper_id"]:
        return str(intent["shopper_id"])
    return None


class _Checker:
    """One audit's pass over the approval, mandate and payment rows, with the wallet's answers cached."""

    def __init__(self, rows: list[LedgerEntry], keys_for: KeyLookup | None, mandates_for: MandateLookup | None,
                 anchored: int) -> None:
        self.rows = rows
        self.keys_for = keys_for
        self.mandates_for = mandates_for
        self.anchored = anchored
        self.findings: list[Finding] = []
        self.checked = 0
        self.verified: set[tuple[str, str]] = set()  # (errand, quote digest) resting on a good approval
        self.shoppers: dict[str, str | None] = {}
        self.registered: dict[tuple[str, str], LedgerEntry] = {}  # (errand, mandate id) → mandate.registered
        self._keys: dict[str, list[RegisteredKey] | KeyLookupError] = {}
        self._mandates: dict[tuple[str, str], str | None] = {}  # (mandate, shopper) → why it fails, or None

    def flag(self, entry: LedgerEntry, message: str, kind: FindingKind = "approval") -> None:
        self.findings.append(Finding(kind, f"row {entry.seq}: {message}", seq=entry.seq))

    def learn_errands(self) -> None:
        """Whose errand each one is, from its first ``errand.started`` row; a second naming another is a finding."""
        for entry in self.rows:
            if entry.what == STARTED_WHAT:
                shopper = _intent_shopper(entry)
                if entry.errand_id not in self.shoppers:
                    self.shoppers[entry.errand_id] = shopper
                elif shopper != self.shoppers[entry.errand_id]:
                    self.flag(entry, f"errand {entry.errand_id} started again for {shopper}, it was "
                                     f"{self.shoppers[entry.errand_id]}'s")
                    self.shoppers[entry.errand_id] = None
            elif entry.what == MANDATE_WHAT:
                mandate_id = entry.evidence().get("mandate_id")
                if isinstance(mandate_id, str):
                    self.registered.setdefault((entry.errand_id, mandate_id), entry)

    def shopper_of(self, entry: LedgerEntry) -> str | None:
        shopper = self.shoppers.get(entry.errand_id)
        if shopper is None:
            self.flag(entry, f"cannot tell whose errand {entry.errand_id} is (no errand.started row naming one "
                             "shopper)")
        return shopper

    def keys(self, shopper: str) -> list[RegisteredKey] | KeyLookupError:
        if shopper not in self._keys:
            try:
                self._keys[shopper] = (list(self.keys_for(shopper)) if self.keys_for
                                       else WalletUnreachable("no key registry to ask"))
            except KeyLookupError as exc:
                self._keys[shopper] = exc
        return self._keys[shopper]

    def approval(self, entry: LedgerEntry) -> None:
        evidence = entry.evidence()
        digest, signature = evidence.get("quote_digest"), evidence.get("signature")
        if not isinstance(digest, str) or not isinstance(signature, str):
            self.flag(entry, "an accepted approval without a quote digest and signature")
            return
        self.checked += 1
        shopper = self.shopper_of(entry)
        if shopper is None:
            return
        claimed = evidence.get("shopper_id")
        if claimed is not None and claimed != shopper:
            self.flag(entry, f"approval by {str(claimed)[:64]} on {shopper}'s errand {entry.errand_id}")
            return
        recorded = evidence.get("public_key")
        registered = self.keys(shopper)
        message = approval_message(digest)
        if isinstance(registered, KeyLookupError):
            self.unchecked(entry, shopper, registered, recorded, message, signature, digest)
            return
        at = entry.created_at_utc()
        usable = [key.public_key for key in registered if key.valid_at(at)]
        if isinstance(recorded, str) and recorded not in usable:
            held = [key for key in registered if key.public_key == recorded]
            why = "the wallet does not hold"
            if held:
                revoked = any(key.revoked_at is not None and key.revoked_at <= at for key in held)
                why = "revoked before the approval was recorded" if revoked else "registered after the approval"
            self.flag(entry, f"approval signed with a key {why} for {shopper}")
            return
        if _verify_evidence([recorded] if isinstance(recorded, str) else usable, message, signature,
                            evidence, digest) is None:
            self.flag(entry, f"bad approval signature by {shopper} on quote {digest[:16]}… (errand "
                             f"{entry.errand_id})")
            return
        self.verified.add((entry.errand_id, digest))

    def unchecked(self, entry: LedgerEntry, shopper: str, error: KeyLookupError, recorded: object,
                  message: bytes, signature: str, digest: str) -> None:
        """The wallet did not give the shopper's keys: a finding, ``unverified`` at best."""
        anchored = entry.seq <= self.anchored
        if isinstance(error, WalletUnreachable) and anchored and isinstance(recorded, str) \
                and _verify_evidence([recorded], message, signature, entry.evidence(), digest) is not None:
            self.flag(entry, f"approval by {shopper} unverified: it verifies under the key recorded in the row "
                             f"(a signed checkpoint covers it), but the wallet could not be asked: {error}",
                      kind="unverified")
            self.verified.add((entry.errand_id, digest))
            return
        self.flag(entry, f"approval by {shopper} not checked: {error}")

    def payment(self, entry: LedgerEntry) -> None:
        evidence = entry.evidence()
        digest, mandate_id = evidence.get("quote_digest"), evidence.get("mandate_id")
        if isinstance(digest, str):
            if (entry.errand_id, digest) not in self.verified:
                self.flag(entry, f"payment authorized for quote {digest[:16]}… without a verified approval "
                                 f"(errand {entry.errand_id})")
        elif isinstance(mandate_id, str):
            shopper = self.shopper_of(entry)
            if shopper is None:
                return
            why = self.mandate(entry.errand_id, mandate_id, shopper)
            if why is not None:
                self.flag(entry, f"payment authorized under mandate {mandate_id[:64]} of {shopper} (errand "
                                 f"{entry.errand_id}): {why}")
        else:
            self.flag(entry, f"payment authorized resting on neither an approved quote nor a mandate (errand "
                             f"{entry.errand_id})")

    def mandate(self, errand_id: str, mandate_id: str, shopper: str) -> str | None:
        """Why the mandate does not back a payment of ``shopper``'s errand, or None when it does."""
        registration = self.registered.get((errand_id, mandate_id))
        if registration is None:
            return "the errand never registered it"
        if (mandate_id, shopper) not in self._mandates:
            self._mandates[(mandate_id, shopper)] = self._mandate_problem(registration, mandate_id, shopper)
        return self._mandates[(mandate_id, shopper)]

    def _mandate_problem(self, registration: LedgerEntry, mandate_id: str, shopper: str) -> str | None:
        if self.mandates_for is None:
            return "not checked: no wallet to ask for it"
        try:
            held = self.mandates_for(mandate_id, shopper)
            mandate = Mandate.model_validate(held.get("mandate"))
        except KeyLookupError as exc:
            return f"not checked: {exc}"
        except (ValidationError, AttributeError, TypeError) as exc:
            return f"the wallet's copy is unreadable ({type(exc).__name__})"
        if mandate.mandate_id != mandate_id or mandate.shopper_id != shopper:
            return f"the wallet's copy is {mandate.shopper_id}'s mandate {mandate.mandate_id}"
        digest = mandate_digest(mandate)
        if registration.evidence().get("digest") != digest:
            return "the digest the errand registered is not the wallet's mandate's"
        registered = self.keys(shopper)
        if isinstance(registered, KeyLookupError):
            return f"not checked: {registered}"
        usable = [key.public_key for key in registered if key.valid_at(registration.created_at_utc())]
        signature = held.get("signature")
        if not isinstance(signature, str) or _verify(usable, mandate_message(digest), signature) is None:
            return f"the mandate's signature does not verify under {shopper}'s keys"
        return None


def check_approvals(ledger: Ledger, keys_for: KeyLookup | None, mandates_for: MandateLookup | None = None,
                    anchored: int = 0) -> tuple[int, list[Finding]]:
    """Re-verify every recorded approval; every payment must rest on a verified approval or mandate of its
    errand's shopper.

    Args:
        ledger: The ledger to read.
        keys_for: The wallet's key registry (every key of a shopper, with registration and revocation times).
        mandates_for: The wallet's mandates, for payments made under one.
        anchored: Rows up to this seq are covered by a valid signed checkpoint.

    Returns:
        How many approval signatures were checked, and the findings.
    """
    rows = ledger.evidence_rows([STARTED_WHAT, APPROVAL_WHAT, PAYMENT_WHAT, MANDATE_WHAT], "signature")
    checker = _Checker(rows, keys_for, mandates_for, anchored)
    checker.learn_errands()
    for entry in rows:
        if entry.what == APPROVAL_WHAT:
            checker.approval(entry)
    for entry in rows:
        if entry.what == PAYMENT_WHAT:
            checker.payment(entry)
    checker.findings.sort(key=lambda f: f.seq or 0)
    return checker.checked, checker.findings
