"""What ``errand audit verify`` and ``errand audit checkpoint`` do, apart from the command line itself."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import quote

import httpx

from ledger.audit import (
    AuditReport,
    CheckpointRefused,
    KeyLookup,
    KeyLookupError,
    RegisteredKey,
    audit,
    make_checkpoint,
)
from ledger.checkpoint import append_published, load_or_create_witness, load_verifier, read_published
from ledger.models import VerifyReport
from ledger.signed_note import NoteError
from ledger.store import Ledger

if TYPE_CHECKING:
    from worker.settings import ErrandSettings

HTTP_TIMEOUT_SECONDS = 10.0


def format_report(report: VerifyReport) -> str:
    """Summarise a verification in one line.

    Args:
        report: Result of `Ledger.verify`.

    Returns:
        e.g. ``"ledger ok: 42 rows, chain intact"`` or
        ``"ledger BROKEN at row 17: hash mismatch (the row was changed after it was written)"``.
    """
    if report.ok:
        noun = "row" if report.rows == 1 else "rows"
        return f"ledger ok: {report.rows} {noun}, chain intact"
    where = f"row {report.first_bad_seq}" if report.first_bad_seq is not None else "an unknown row"
    return f"ledger BROKEN at {where}: {report.problem}"


def format_audit(report: AuditReport) -> list[str]:
    """One line per finding, or one summary line when there is none."""
    if not report.ok:
        return [f"ledger FINDING ({finding.kind}): {finding.message}" for finding in report.findings]
    noun = "row" if report.rows == 1 else "rows"
    if report.latest is None:
        anchor = "no signed checkpoint yet (run `errand audit checkpoint`)"
    else:
        anchor = (f"consistent with {report.checkpoints} signed checkpoints (latest: {report.latest.size} rows at "
                  f"{report.latest.time:%Y-%m-%d %H:%M:%SZ})")
    summary = f"ledger ok: {report.rows} {noun}, chain intact, {anchor}, {report.approvals} approvals verified"
    return [summary]


def _registered(listed: object) -> RegisteredKey | None:
    if isinstance(listed, str) and listed:
        return RegisteredKey(listed)
    if not isinstance(listed, dict) or not isinstance(listed.get("public_key"), str):
        return None
    revoked = listed.get("revoked_at")
    try:
        revoked_at = datetime.fromisoformat(revoked) if isinstance(revoked, str) else None
    except ValueError:
        revoked_at = None
    if revoked_at is not None and revoked_at.tzinfo is None:
        revoked_at = revoked_at.replace(tzinfo=UTC)
    return RegisteredKey(listed["public_key"], revoked_at)


def wallet_keys(sandbox_url: str, token: str = "") -> KeyLookup:
    """Look shoppers' keys up in the wallet's key registry: every key with its revocation time
    (``GET /wallet/shoppers/{id}/keys``), else the active ones (``GET /wallet/shoppers/{id}``)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}

    def keys_for(shopper_id: str) -> list[RegisteredKey]:
        base = f"{sandbox_url.rstrip('/')}/wallet/shoppers/{quote(shopper_id, safe='')}"
        status = 0
        for url in (f"{base}/keys", base):
            try:
                response = httpx.get(url, headers=headers, timeout=HTTP_TIMEOUT_SECONDS)
            except httpx.HTTPError as exc:
                raise KeyLookupError(f"the wallet did not answer ({type(exc).__name__})") from exc
            status = response.status_code
            if status != 200:
                continue
            try:
                body = response.json()
            except ValueError as exc:
                raise KeyLookupError("the wallet's answer is not JSON") from exc
            listed = [body.get("public_key"), *(body.get("keys") or [])] if isinstance(body, dict) else []
            return [key for key in map(_registered, listed) if key is not None]
        raise KeyLookupError(f"the wallet answered HTTP {status} for {shopper_id}")

    return keys_for


def run_verify(settings: ErrandSettings, *, as_json: bool = False) -> tuple[list[str], int]:
    """Audit the configured ledger; return the lines to print and the exit code (1 on any finding)."""
    try:
        verifier = load_verifier(settings.home, settings.witness_public_key, settings.witness_key)
    except (NoteError, RuntimeError) as exc:
        return [f"ledger FINDING (checkpoint_refused): the witness key is unusable: {exc}"], 1
    with Ledger(settings.ledger_url) as ledger:
        report = audit(ledger, read_published(settings.checkpoint_path), verifier, settings.ledger_log_id,
                       wallet_keys(settings.sandbox_url, settings.platform_token))
    lines = [json.dumps(report.as_dict())] if as_json else format_audit(report)
    return lines, 0 if report.ok else 1


def run_checkpoint(settings: ErrandSettings) -> tuple[str, int]:
    """Sign and publish a checkpoint of the configured ledger's head; return what to print and the exit code."""
    try:
        signer = load_or_create_witness(settings.home, settings.witness_key)
    except (NoteError, RuntimeError) as exc:
        return f"checkpoint refused: the witness key is unusable: {exc}", 1
    path = settings.checkpoint_path
    with Ledger(settings.ledger_url) as ledger:
        try:
            checkpoint, note = make_checkpoint(ledger, signer, read_published(path), settings.ledger_log_id)
        except CheckpointRefused as exc:
            return f"checkpoint refused: {exc}", 1
    if note is None:
        return f"checkpoint unchanged: {checkpoint.size} rows, nothing appended since the latest", 0
    append_published(path, note)
    where = str(path)
    if settings.checkpoint_url:
        try:
            httpx.post(settings.checkpoint_url, json={"note": note},
                       timeout=HTTP_TIMEOUT_SECONDS).raise_for_status()
        except httpx.HTTPError as exc:
            return f"checkpoint {checkpoint.size} rows written to {where}, but POST failed: {exc}", 1
        where += f" and {settings.checkpoint_url}"
    return f"checkpoint signed: {checkpoint.size} rows, head {checkpoint.head_hash[:16]}… → {where}", 0
