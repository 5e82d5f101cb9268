"""Ed25519 signed notes in the C2SP ``signed-note`` format, as transparency logs publish their checkpoints.

A note is UTF-8 text ending in a newline, then a blank line, then one signature line per signer::

    — <key name> <base64(4-byte key hash || 64-byte Ed25519 signature)>

The key hash is the first four bytes of ``sha256(name || "\\n" || 0x01 || public key)``; a verifier key is
written ``<name>+<key hash, 8 hex digits>+<base64(0x01 || public key)>``. Only the text is signed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ALG_ED25519 = 0x01
SIGNATURE_PREFIX = "\u2014 "  # an em dash and a space


class NoteError(ValueError):
    """A note, a key or a signature that does not check out; the message says which."""


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _check_name(name: str) -> str:
    if not name or any(c.isspace() or c == "+" for c in name):
        raise NoteError(f"bad key name {name!r}: no spaces or '+'")
    return name


def key_hash(name: str, public: bytes) -> int:
    """The 32-bit id of a key: the first four bytes of sha256(name, newline, algorithm byte, public key)."""
    digest = hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public).digest()
    return int(struct.unpack(">I", digest[:4])[0])


@dataclass(frozen=True)
class Verifier:
    """A named Ed25519 public key that checks note signatures."""

    name: str
    public_key: Ed25519PublicKey

    @property
    def hash(self) -> int:
        return key_hash(self.name, _raw_public(self.public_key))

    def vkey(self) -> str:
        """The verifier key text: ``name+hash+base64(0x01 || public key)``."""
        blob = base64.b64encode(bytes([ALG_ED25519]) + _raw_public(self.public_key)).decode()
        return f"{self.name}+{self.hash:08x}+{blob}"

    @classmethod
    def parse(cls, vkey: str) -> Verifier:
        """Read a verifier key text; its embedded hash must match its name and key."""
        try:
            name, hash_hex, blob = vkey.strip().split("+", 2)
            raw = base64.b64decode(blob, validate=True)
            claimed = int(hash_hex, 16)
        except (ValueError, binascii.Error) as exc:
            raise NoteError("malformed verifier key") from exc
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise NoteError("verifier key is not an Ed25519 key")
        verifier = cls(_check_name(name), Ed25519PublicKey.from_public_bytes(raw[1:]))
        if verifier.hash != claimed:
            raise NoteError("verifier key hash does not match its name and key")
        return verifier


@dataclass(frozen=True)
class Signer:
    """A named Ed25519 private key that signs notes."""

    name: str
    private_key: Ed25519PrivateKey

    @property
    def verifier(self) -> Verifier:
        return Verifier(_check_name(self.name), self.private_key.public_key())

    def sign(self, text: str) -> str:
        """The signed note: ``text``, a blank line and this key's signature line."""
        if not text.endswith("\n") or "\n\n" in text:
            raise NoteError("note text must end in a newline and hold no blank line")
        signature = self.private_key.sign(text.encode("utf-8"))
        blob = base64.b64encode(struct.pack(">I", self.verifier.hash) + signature).decode()
        return f"{text}\n{SIGNATURE_PREFIX}{self.name} {blob}\n"


def open_note(note: str, verifier: Verifier) -> str:
    """Return the text of ``note`` if ``verifier`` signed it, else raise `NoteError` saying why."""
    text, sep, signatures = note.partition("\n\n")
    if not sep or not signatures.endswith("\n"):
        raise NoteError("not a signed note")
    text += "\n"
    seen_names = []
    for line in signatures.splitlines():
        if not line.startswith(SIGNATURE_PREFIX):
            raise NoteError("malformed signature line")
        name, _, blob = line[len(SIGNATURE_PREFIX):].partition(" ")
        try:
            raw = base64.b64decode(blob, validate=True)
        except binascii.Error as exc:
            raise NoteError("malformed signature") from exc
        seen_names.append(name)
        if name != verifier.name or len(raw) != 68 or struct.unpack(">I", raw[:4])[0] != verifier.hash:
            continue
        try:
            verifier.public_key.verify(raw[4:], text.encode("utf-8"))
        except InvalidSignature as exc:
            raise NoteError(f"bad signature by {name}") from exc
        return text
    raise NoteError(f"not signed by the witness key {verifier.name}+{verifier.hash:08x} "
                    f"(signers: {', '.join(seen_names) or 'none'})")
