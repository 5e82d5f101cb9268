"""Auditing the ledger: the chain, the published checkpoints and the approval signatures it recorded.

A hash chain only shows that rows agree with each other: whoever can write the table can rewrite a row,
recompute every hash after it, or cut the tail, and the chain still walks. What pins it are signed
checkpoints kept elsewhere (`ledger.checkpoint`): a ledger with fewer rows than a checkpoint is truncated,
a different hash at a checkpoint's row count means a row up to it was rewritten. The approvals are checked
on their own too: a recorded shopper signature that does not verify under the shopper's key is reported.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from domain.approval import approval_message
from ledger.checkpoint import Checkpoint, PublishedNote, open_checkpoint
from ledger.models import GENESIS_HASH, LedgerEntry
from ledger.signed_note import NoteError, Signer, Verifier
from ledger.store import Ledger

FindingKind = Literal["chain", "truncated", "rewritten", "checkpoint_refused", "unanchored", "approval"]

APPROVAL_WHAT = "approval.accepted"
PAYMENT_WHAT = "payment.authorized"



@dataclass(frozen=True)
class RegisteredKey:
    """A public key (base64) the wallet registered for a shopper, and when it was revoked, if it was."""

    public_key: str
    revoked_at: datetime | None = None


KeyLookup = Callable[[str], list[RegisteredKey]]
"""shopper id → the shopper's registered keys, revoked ones included; raises `KeyLookupError` when it cannot say."""


class KeyLookupError(RuntimeError):
    """The shopper's keys could not be fetched (the message says why)."""


class CheckpointRefused(RuntimeError):
    """``checkpoint`` will not sign: the ledger does not extend what was already published."""


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the ledger, in one line."""

    kind: FindingKind
    message: str
    seq: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "seq": self.seq, "message": self.message}


@dataclass
class AuditReport:
    """What ``errand audit verify`` found: rows walked, checkpoints and approvals checked, and findings."""

    rows: int = 0
    checkpoints: int = 0
    approvals: int = 0
    latest: Checkpoint | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def as_dict(self) -> dict[str, Any]:
        latest = None if self.latest is None else {"size": self.latest.size, "head": self.latest.head_hash,
                                                   "time": self.latest.time.isoformat()}
        return {"ok": self.ok, "rows": self.rows, "checkpoints": self.checkpoints, "approvals": self.approvals,
                "latest_checkpoint": latest, "findings": [f.as_dict() for f in self.findings]}


def check_checkpoints(ledger: Ledger, published: list[PublishedNote], verifier: Verifier,
                      origin: str) -> tuple[list[Checkpoint], list[Finding]]:
    """Compare the ledger with every published checkpoint; return the valid ones and the findings."""
    findings: list[Finding] = []
    valid: list[tuple[int, Checkpoint]] = []
    for item in published:
        try:
            valid.append((item.number, open_checkpoint(item, verifier, origin)))
        except NoteError as exc:
            findings.append(Finding("checkpoint_refused", f"checkpoint {item.number} refused: {exc}"))
    head = ledger.head()
    rows = 0 if head is None else head.seq
    stored = ledger.row_hashes([cp.size for _, cp in valid if cp.size > 0])
    for number, cp in valid:
        if cp.size > rows:
            findings.append(Finding("truncated", f"truncated: checkpoint {number} signed {cp.size} rows, the "
                                                 f"ledger has {rows}", seq=rows + 1))
            continue
        actual = GENESIS_HASH if cp.size == 0 else stored.get(cp.size)
        if actual != cp.head_hash:
            findings.append(Finding("rewritten", f"rewritten before checkpoint {number}: row {cp.size} hashes to "
                                                 f"{(actual or 'nothing')[:16]}…, the checkpoint signed "
                                                 f"{cp.head_hash[:16]}…", seq=cp.size))
    return [cp for _, cp in valid], findings


def _verify_signature(public_keys: list[str], digest: str, signature_b64: str) -> bool:
    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except (binascii.Error, ValueError, TypeError):
        return False
    for key in public_keys:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(key, validate=True)).verify(
                signature, approval_message(digest))
            return True
        except (InvalidSignature, binascii.Error, ValueError, TypeError):
            continue
    return False


def _shopper_of(ledger: Ledger, entry: LedgerEntry, evidence: dict[str, Any]) -> str | None:
    """Whose approval a row is: its own evidence, or (rows written before it said) the errand's intent."""
    if isinstance(evidence.get("shopper_id"), str):
        return str(evidence["shopper_id"])
    for row in ledger.entries(entry.errand_id):
        intent = row.evidence().get("intent") if row.what == "errand.started" else None
        if isinstance(intent, dict) and isinstance(intent.get("shopper_id"), str):
            return str(intent["shopper_id"])
    return None


def check_approvals(ledger: Ledger, keys_for: KeyLookup | None) -> tuple[int, list[Finding]]:
    """Re-verify every recorded approval signature; a payment must rest on a verified approval of its errand.

    Keys come from ``keys_for`` (the wallet's registry). When it cannot answer, the public key recorded with
    the approval is used instead; a recorded key the registry does not list is itself a finding.
    """
    findings: list[Finding] = []
    checked = 0
    verified: set[tuple[str, str]] = set()  # (errand, quote digest) with a good signature
    cache: dict[str, list[RegisteredKey] | KeyLookupError] = {}
    rows = ledger.evidence_rows([APPROVAL_WHAT, PAYMENT_WHAT], "signature")
    for entry in rows:
        if entry.what == PAYMENT_WHAT:
            continue
        evidence = entry.evidence()
        digest, signature = evidence.get("quote_digest"), evidence.get("signature")
        if not isinstance(digest, str) or not isinstance(signature, str):
            if entry.what == APPROVAL_WHAT:
                findings.append(Finding("approval", f"row {entry.seq}: an accepted approval without a quote digest "
                                                    "and signature", seq=entry.seq))
            continue
        checked += 1
        shopper = _shopper_of(ledger, entry, evidence)
        if shopper is None:
            findings.append(Finding("approval", f"row {entry.seq}: cannot tell whose approval it is",
                                    seq=entry.seq))
            continue
        if shopper not in cache:
            try:
                cache[shopper] = list(keys_for(shopper)) if keys_for else KeyLookupError("no key registry")
            except KeyLookupError as exc:
                cache[shopper] = exc
        registered = cache[shopper]
        recorded = evidence.get("public_key")
        if isinstance(registered, KeyLookupError):
            if not isinstance(recorded, str):
                findings.append(Finding("approval", f"row {entry.seq}: approval by {shopper} not checked: "
                                                    f"{registered}", seq=entry.seq))
                continue
            keys = [recorded]
        else:
            # A key revoked before the approval was recorded could not have signed it legitimately.
            at = entry.created_at_utc()
            keys = [key.public_key for key in registered if key.revoked_at is None or key.revoked_at > at]
            if isinstance(recorded, str) and recorded not in keys:
                held = any(key.public_key == recorded for key in registered)
                why = "revoked before the approval was recorded" if held else "the wallet does not hold"
                findings.append(Finding("approval", f"row {entry.seq}: approval signed with a key {why} for "
                                                    f"{shopper}", seq=entry.seq))
                continue
        if not _verify_signature(keys, digest, signature):
            findings.append(Finding("approval", f"row {entry.seq}: bad approval signature by {shopper} on quote "
                                                f"{digest[:16]}… (errand {entry.errand_id})", seq=entry.seq))
            continue
        verified.add((entry.errand_id, digest))
    for entry in rows:
        digest = entry.evidence().get("quote_digest") if entry.what == PAYMENT_WHAT else None
        if isinstance(digest, str) and (entry.errand_id, digest) not in verified:
            findings.append(Finding("approval", f"row {entry.seq}: payment authorized for quote {digest[:16]}… "
                                                f"without a verified approval (errand {entry.errand_id})",
                                    seq=entry.seq))
    return checked, findings


def audit(ledger: Ledger, published: list[PublishedNote], verifier: Verifier | None, origin: str,
          keys_for: KeyLookup | None) -> AuditReport:
    """Walk the chain, check it against every published checkpoint, re-verify the approvals."""
    chain = ledger.verify()
    report = AuditReport(rows=chain.rows)
    if not chain.ok:
        report.findings.append(Finding("chain", f"chain broken at row {chain.first_bad_seq}: {chain.problem}",
                                       seq=chain.first_bad_seq))
    if verifier is None:
        if published:
            report.findings.append(Finding("checkpoint_refused", f"{len(published)} checkpoints published but no "
                                                                 "witness key to check them"))
    else:
        valid, findings = check_checkpoints(ledger, published, verifier, origin)
        report.checkpoints = len(valid)
        report.latest = max(valid, key=lambda cp: (cp.size, cp.time), default=None)
        report.findings += findings
        if not published:
            report.findings.append(Finding("unanchored", "a witness key exists but no checkpoint is published: "
                                                         "truncation and rewrites cannot be detected"))
    report.approvals, findings = check_approvals(ledger, keys_for)
    report.findings += findings
    return report


def make_checkpoint(ledger: Ledger, signer: Signer, published: list[PublishedNote], origin: str,
                    now: datetime | None = None) -> tuple[Checkpoint, str | None]:
    """Sign the ledger's current head if it extends every checkpoint already published.

    Returns:
        The checkpoint and its signed note, or the latest published checkpoint and None when nothing was
        appended since it.

    Raises:
        CheckpointRefused: The chain is broken, a published checkpoint does not verify, or the ledger no
            longer matches one (truncated or rewritten); the message says which.
    """
    chain = ledger.verify()
    if not chain.ok:
        raise CheckpointRefused(f"chain broken at row {chain.first_bad_seq}: {chain.problem}")
    valid, findings = check_checkpoints(ledger, published, signer.verifier, origin)
    if findings:
        raise CheckpointRefused("; ".join(f.message for f in findings))
    # Sign exactly the prefix just verified, not a head that may have grown since.
    size = chain.rows
    head_hash = ledger.row_hashes([size])[size] if size else GENESIS_HASH
    latest = max(valid, key=lambda cp: (cp.size, cp.time), default=None)
    if latest is not None and latest.size == size:
        return latest, None
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    checkpoint = Checkpoint(origin=origin, size=size, head_hash=head_hash, time=moment)
    return checkpoint, signer.sign(checkpoint.text())
