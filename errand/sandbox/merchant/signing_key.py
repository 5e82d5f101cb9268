"""The merchant's ES256 signing key, its public JWK (published by discovery as ``signing_keys``) and the RFC 9421
signature over each order-event delivery (covering the method, target, content type and digest and the webhook
headers), as the protocol's order-event binding asks."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from http_message_signatures import HTTPMessageSigner, MappingKeyResolver, algorithms

from errand.sandbox.common.auth import credentials_dir, read_secret_file, write_secret_file
from errand.sandbox.settings import SandboxSettings

SIGNATURE_COVERS = ("@method", "@target-uri", "content-type", "content-digest", "webhook-id", "webhook-timestamp",
                    "x-event-type")
KEY_FILE = "merchant-signing-key.pem"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def public_jwk(key: ec.EllipticCurvePublicKey) -> dict[str, Any]:
    """The public JWK of a P-256 key, its ``kid`` the RFC 7638 thumbprint (stable, and names the key)."""
    numbers = key.public_numbers()
    members = {"crv": "P-256", "kty": "EC", "x": _b64url(numbers.x.to_bytes(32, "big")),
               "y": _b64url(numbers.y.to_bytes(32, "big"))}
    thumbprint = hashlib.sha256(json.dumps(members, sort_keys=True, separators=(",", ":")).encode()).digest()
    return {"kid": _b64url(thumbprint), **members, "use": "sig", "alg": "ES256"}


@lru_cache(maxsize=8)
def merchant_signing_key(home: Path) -> ec.EllipticCurvePrivateKey:
    """The merchant's ES256 key kept under ``home`` (0600, in the 0700 credentials folder), made at the first
    call. Two sandboxes starting on one home make it once: the new key is linked into place, which fails
    when the other got there first, and then theirs is read."""
    path = credentials_dir(home) / KEY_FILE
    for _ in range(2):
        existing = read_secret_file(path)
        if existing:
            key = serialization.load_pem_private_key(existing.encode(), password=None)
            if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
                raise RuntimeError(f"{path} does not hold a P-256 key")
            return key
        new = ec.generate_private_key(ec.SECP256R1())
        pem = new.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
        staged = path.with_name(f".{KEY_FILE}.{secrets.token_hex(4)}")
        write_secret_file(staged, pem)
        try:
            os.link(staged, path)
        except FileExistsError:
            continue
        finally:
            staged.unlink(missing_ok=True)
        return new
    raise RuntimeError(f"could not read or create {path}")


def signing_jwks(settings: SandboxSettings) -> list[dict[str, Any]]:
    """The merchant's public keys for discovery's top-level ``signing_keys``."""
    return [public_jwk(merchant_signing_key(settings.home).public_key())]


@dataclass
class _Outgoing:
    """The request as the signer sees it (``method``, absolute ``url``, mutable ``headers``)."""

    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)


def signed_headers(key: ec.EllipticCurvePrivateKey, url: str, *, event_id: str, occurred_at: datetime,
                   event_type: str, body: bytes, merchant_profile: str, now: datetime) -> dict[str, str]:
    """Every header of one delivery of ``body`` to ``url``, signed per the binding."""
    kid = public_jwk(key.public_key())["kid"]
    message = _Outgoing("POST", url, {
        "Content-Type": "application/json", "Webhook-Id": event_id,
        "Webhook-Timestamp": str(int(occurred_at.timestamp())), "X-Event-Type": event_type,
        "UCP-Agent": f'profile="{merchant_profile}"'})
    signer = HTTPMessageSigner(signature_algorithm=algorithms.ECDSA_P256_SHA256,
                               key_resolver=MappingKeyResolver(public_keys={}, private_keys={kid: key}))
    signer.sign(message, key_id=kid, created=now, label="sig1", covered_component_ids=SIGNATURE_COVERS,
                body=body)
    return message.headers
