"""Auditing the ledger: the chain, the published checkpoints and the approval signatures it recorded.

A hash chain only shows that rows agree with each other: whoever can write the table can rewrite a row,
recompute every hash after it, or cut the tail, and the chain still walks. What pins it are signed
checkpoints kept elsewhere (`ledger.checkpoint`): a ledger with fewer rows than a checkpoint is truncated,
a different hash at a checkpoint's row count means a row up to it was rewritten. The approvals are checked
on their own (``errand.ledger.audit_approvals``): every payment must rest on an approval or mandate of the errand's
shopper that verifies under a key the wallet registered for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from errand.ledger.audit_approvals import (
    Finding,
    FindingKind,
    KeyLookup,
    KeyLookupError,
    MandateLookup,
    RegisteredKey,
    WalletUnreachable,
    check_approvals,
)
from errand.ledger.checkpoint import Checkpoint, PublishedNote, open_checkpoint
from errand.ledger.models import GENESIS_HASH
from errand.ledger.signed_note import NoteError, Signer, Verifier
from errand.ledger.store import Ledger

__all__ = ["AuditReport", "CheckpointRefused", "Finding", "FindingKind", "KeyLookup", "KeyLookupError",
           "MandateLookup", "RegisteredKey", "WalletUnreachable", "audit", "check_approvals", "check_checkpoints",
           "make_checkpoint"]


class CheckpointRefused(RuntimeError):
    """``checkpoint`` will not sign: the ledger does not extend what was already published."""


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


def audit(ledger: Ledger, published: list[PublishedNote], verifier: Verifier | None, origin: str,
          keys_for: KeyLookup | None, mandates_for: MandateLookup | None = None) -> AuditReport:
    """Walk the chain, check it against every published checkpoint, re-verify the approvals and mandates."""
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
    # Rows a valid checkpoint covers, when nothing says the ledger left what was signed.
    anchored = 0 if not chain.ok or any(f.kind in ("rewritten", "truncated") for f in report.findings) \
        else report.latest.size if report.latest is not None else 0
    report.approvals, findings = check_approvals(ledger, keys_for, mandates_for, anchored)
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
