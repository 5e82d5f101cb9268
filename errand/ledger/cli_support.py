"""What ``errand audit verify`` and ``errand audit checkpoint`` do, apart from the command line itself."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from errand.ledger.audit import (
    AuditReport,
    CheckpointRefused,
    KeyLookup,
    KeyLookupError,
    MandateLookup,
    RegisteredKey,
    WalletUnreachable,
    audit,
    make_checkpoint,
)
from errand.ledger.checkpoint import append_published, load_or_create_witness, load_verifier, read_published
from errand.ledger.models import VerifyReport
from errand.ledger.signed_note import NoteError
from errand.ledger.store import Ledger

if TYPE_CHECKING:
    from errand.worker.settings import ErrandSettings

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


def _moment(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def _registered(listed: object) -> RegisteredKey | None:
    if not isinstance(listed, dict) or not isinstance(listed.get("public_key"), str):
        return None
    return RegisteredKey(listed["public_key"], _moment(listed.get("revoked_at")), _moment(listed.get("created_at")))


def _wallet_get(url: str, headers: dict[str, str], what: str) -> dict[str, Any]:
    """GET one wallet resource; a refusal is a `KeyLookupError`, no usable answer a `WalletUnreachable`."""
    try:
        response = httpx.get(url, headers=headers, timeout=HTTP_TIMEOUT_SECONDS)
    except httpx.HTTPError as exc:
        raise WalletUnreachable(f"the wallet did not answer ({type(exc).__name__})") from exc
    if response.status_code >= 500:
        raise WalletUnreachable(f"the wallet answered HTTP {response.status_code} for {what}")
    if response.status_code != 200:
        raise KeyLookupError(f"the wallet answered HTTP {response.status_code} for {what}")
    try:
        body = response.json()
    except ValueError as exc:
        raise WalletUnreachable("the wallet's answer is not JSON") from exc
    if not isinstance(body, dict):
        raise WalletUnreachable("the wallet's answer is not an object")
    return body


def wallet_keys(sandbox_url: str, token: str = "") -> KeyLookup:
    """Look shoppers' keys up in the wallet's key registry: every key a shopper ever registered, with when it
    was registered and revoked (``GET /wallet/shoppers/{id}/keys``), so approvals made before a rotation still
    verify and one made after its key's revocation does not."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}

    def keys_for(shopper_id: str) -> list[RegisteredKey]:
        url = f"{sandbox_url.rstrip('/')}/wallet/shoppers/{quote(shopper_id, safe='')}/keys"
        body = _wallet_get(url, headers, shopper_id)
        return [key for key in map(_registered, body.get("keys") or []) if key is not None]

    return keys_for


def wallet_mandates(sandbox_url: str, token: str = "") -> MandateLookup:
    """Look a shopper's mandate up in the wallet (``GET /wallet/mandates/{id}?shopper_id=``): its terms and the
    shopper's signature, as the wallet registered them."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}

    def mandate_for(mandate_id: str, shopper_id: str) -> dict[str, Any]:
        url = f"{sandbox_url.rstrip('/')}/wallet/mandates/{quote(mandate_id, safe='')}"
        return _wallet_get(f"{url}?shopper_id={quote(shopper_id, safe='')}", headers,
                           f"mandate {mandate_id} of {shopper_id}")

    return mandate_for


def run_verify(settings: ErrandSettings, *, as_json: bool = False) -> tuple[list[str], int]:
    """Audit the configured ledger; return the lines to print and the exit code (1 on any finding)."""
    try:
        verifier = load_verifier(settings.home, settings.witness_public_key, settings.witness_key)
    except (NoteError, RuntimeError) as exc:
        return [f"ledger FINDING (checkpoint_refused): the witness key is unusable: {exc}"], 1
    with Ledger(settings.ledger_url) as ledger:
        report = audit(ledger, read_published(settings.checkpoint_path), verifier, settings.ledger_log_id,
                       wallet_keys(settings.sandbox_url, settings.platform_token),
                       wallet_mandates(settings.sandbox_url, settings.platform_token))
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
