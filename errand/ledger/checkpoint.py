"""Signed checkpoints of the ledger's head, published outside the ledger table.

A checkpoint says "this log had ``size`` rows and its last row hashed to ``head``, at ``time``", in the C2SP
``tlog-checkpoint`` body format, signed as a C2SP signed note by the witness key::

    errand.ledger
    42
    <base64 of the head row's 32-byte hash>
    time 2026-11-29T07:00:00Z

    — errand-witness <base64 signature>

The witness key is not the writer's: the worker never reads it; only ``errand audit checkpoint`` (the operator,
or ``errand up``'s own checkpoint process) signs. Checkpoints are appended to a file (one JSON line each) and
may be POSTed to a URL too, so rewriting or truncating the table later contradicts a signed statement kept
elsewhere.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from errand.ledger.signed_note import NoteError, Signer, Verifier, open_note

WITNESS_KEY_NAME = "errand-witness"
WITNESS_KEY_FILE = "witness.key"
WITNESS_VKEY_FILE = "witness.vkey"


@dataclass(frozen=True)
class Checkpoint:
    """What a checkpoint states: the log, its row count, the head row's hash and when."""

    origin: str
    size: int
    head_hash: str
    time: datetime

    def text(self) -> str:
        """The note body that gets signed."""
        head = base64.b64encode(bytes.fromhex(self.head_hash)).decode()
        moment = self.time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return f"{self.origin}\n{self.size}\n{head}\ntime {moment}\n"

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        """Read a checkpoint body; raise `NoteError` if it is not one."""
        lines = text.splitlines()
        if len(lines) < 4 or not lines[3].startswith("time "):
            raise NoteError("not a ledger checkpoint")
        try:
            size = int(lines[1])
            raw = base64.b64decode(lines[2], validate=True)
            moment = datetime.strptime(lines[3][5:], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except (ValueError, binascii.Error) as exc:
            raise NoteError(f"malformed checkpoint: {exc}") from exc
        if size < 0 or len(raw) != 32 or str(size) != lines[1]:
            raise NoteError("malformed checkpoint: bad size or head hash")
        return cls(origin=lines[0], size=size, head_hash=raw.hex(), time=moment)


def witness_dir(home: Path) -> Path:
    return home / "witness"


def _signer_from_text(text: str) -> Signer:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except binascii.Error as exc:
        raise NoteError("the witness key is not base64") from exc
    if len(raw) != 32:
        raise NoteError("the witness key is not a 32-byte Ed25519 private key")
    return Signer(WITNESS_KEY_NAME, Ed25519PrivateKey.from_private_bytes(raw))


def load_or_create_witness(home: Path, configured: str = "") -> Signer:
    """The witness signer: the configured key, else ``<home>/witness/witness.key``, else a new one kept there.

    A new key comes from the operating system's CSPRNG (never derived from anything); the directory is 0700,
    the key file 0600, and the verifier key is written beside it for ``errand audit verify``.
    """
    from errand.sandbox.common.auth import read_secret_file, write_secret_file

    if configured:
        return _signer_from_text(configured)
    folder = witness_dir(home)
    existing = read_secret_file(folder / WITNESS_KEY_FILE)
    if existing:
        return _signer_from_text(existing)
    from cryptography.hazmat.primitives import serialization

    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    write_secret_file(folder / WITNESS_KEY_FILE, base64.b64encode(raw).decode())
    signer = Signer(WITNESS_KEY_NAME, private)
    write_secret_file(folder / WITNESS_VKEY_FILE, signer.verifier.vkey())
    return signer


def load_verifier(home: Path, configured_vkey: str = "", configured_key: str = "") -> Verifier | None:
    """The key that checks checkpoints: configured, else the one kept under ``home``; None when there is none."""
    from errand.sandbox.common.auth import read_secret_file

    if configured_vkey:
        return Verifier.parse(configured_vkey)
    if configured_key:
        return _signer_from_text(configured_key).verifier
    # Never the private key file: verifying needs only the public half, kept beside it when it was made.
    vkey = read_secret_file(witness_dir(home) / WITNESS_VKEY_FILE)
    return Verifier.parse(vkey) if vkey else None


@dataclass(frozen=True)
class PublishedNote:
    """One line of the checkpoint file: its position (1-based) and the signed note it holds."""

    number: int
    note: str


def read_published(path: Path) -> list[PublishedNote]:
    """Every checkpoint published to ``path``, in order; a line that is not a note is kept as empty text."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    published = []
    for number, line in enumerate((line for line in lines if line.strip()), start=1):
        try:
            note = json.loads(line)["note"]
        except (ValueError, KeyError, TypeError):
            note = ""
        published.append(PublishedNote(number, note if isinstance(note, str) else ""))
    return published


def append_published(path: Path, note: str) -> None:
    """Append one signed note as a JSON line and make it durable before returning."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"note": note}, ensure_ascii=False) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def open_checkpoint(published: PublishedNote, verifier: Verifier, origin: str) -> Checkpoint:
    """The checkpoint in a published note, if the witness signed it for this log; `NoteError` otherwise."""
    if not published.note:
        raise NoteError("not a signed note")
    checkpoint = Checkpoint.parse(open_note(published.note, verifier))
    if checkpoint.origin != origin:
        raise NoteError(f"it is for another log ({checkpoint.origin[:80]!r})")
    return checkpoint
