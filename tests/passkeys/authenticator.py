"""A software authenticator for tests: an ES256 credential that makes WebAuthn assertions the way a browser
returns them (base64url fields), with knobs for what an attacker or a broken client would change."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from dataclasses import dataclass, field

import cbor2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from errand.domain.models import PasskeyApproval, PasskeyCredential
from errand.domain.passkey import b64url, passkey_challenge, passkey_key_id, user_handle_of

RP_ID = "localhost"
ORIGIN = "http://localhost:8765"


@dataclass
class SoftAuthenticator:
    shopper_id: str
    rp_id: str = RP_ID
    origin: str = ORIGIN
    counts: bool = True
    sign_count: int = 0
    key: ec.EllipticCurvePrivateKey = field(default_factory=lambda: ec.generate_private_key(ec.SECP256R1()))
    raw_id: bytes = field(default_factory=lambda: os.urandom(16))

    @property
    def credential_id(self) -> str:
        return b64url(self.raw_id)

    @property
    def key_id(self) -> str:
        return passkey_key_id(self.credential_id)

    def cose_public_key(self) -> str:
        """The COSE_Key (EC2, P-256, ES256) as standard base64, as the wallet stores it."""
        numbers = self.key.public_key().public_numbers()
        cose = {1: 2, 3: -7, -1: 1, -2: numbers.x.to_bytes(32, "big"), -3: numbers.y.to_bytes(32, "big")}
        return base64.b64encode(cbor2.dumps(cose)).decode("ascii")

    def registered(self) -> tuple[str, PasskeyCredential]:
        return self.cose_public_key(), PasskeyCredential(credential_id=self.credential_id, rp_id=self.rp_id,
                                                         origin=self.origin, sign_count=0)

    def assertion(self, challenge: bytes, *, origin: str | None = None, rp_id: str | None = None,
                  user_present: bool = True, user_verified: bool = True, kind: str = "webauthn.get",
                  user_handle: str | None = "", cross_origin: bool = False) -> PasskeyApproval:
        if self.counts:
            self.sign_count += 1
        flags = (0x01 if user_present else 0) | (0x04 if user_verified else 0)
        auth_data = (hashlib.sha256((rp_id or self.rp_id).encode()).digest() + bytes([flags])
                     + struct.pack(">I", self.sign_count))
        client_data = json.dumps({"type": kind, "challenge": b64url(challenge), "origin": origin or self.origin,
                                  "crossOrigin": cross_origin}).encode()
        signature = self.key.sign(auth_data + hashlib.sha256(client_data).digest(), ec.ECDSA(hashes.SHA256()))
        handle = user_handle_of(self.shopper_id) if user_handle == "" else user_handle
        return PasskeyApproval(credential_id=self.credential_id, authenticator_data=b64url(auth_data),
                               client_data_json=b64url(client_data), signature=b64url(signature),
                               user_handle=handle)

    def approve(self, digest: str, **changes: object) -> PasskeyApproval:
        return self.assertion(passkey_challenge(digest), **changes)  # type: ignore[arg-type]


def registration_json(phone: SoftAuthenticator, challenge_b64url: str, *, origin: str | None = None,
                      user_verified: bool = True) -> dict[str, object]:
    """The browser's answer to navigator.credentials.create (attestation "none") for ``phone``."""
    cose = base64.b64decode(phone.cose_public_key())
    flags = 0x01 | (0x04 if user_verified else 0) | 0x40
    auth_data = (hashlib.sha256(phone.rp_id.encode()).digest() + bytes([flags]) + struct.pack(">I", 0)
                 + bytes(16) + struct.pack(">H", len(phone.raw_id)) + phone.raw_id + cose)
    client_data = json.dumps({"type": "webauthn.create", "challenge": challenge_b64url,
                              "origin": origin or phone.origin}).encode()
    attestation = cbor2.dumps({"fmt": "none", "attStmt": {}, "authData": auth_data})
    return {"id": phone.credential_id, "rawId": phone.credential_id, "type": "public-key",
            "response": {"clientDataJSON": b64url(client_data), "attestationObject": b64url(attestation)}}


def assertion_json(approval: PasskeyApproval) -> dict[str, object]:
    """An assertion as navigator.credentials.get answers it, as JSON."""
    return {"id": approval.credential_id, "rawId": approval.credential_id, "type": "public-key",
            "response": {"authenticatorData": approval.authenticator_data,
                         "clientDataJSON": approval.client_data_json, "signature": approval.signature,
                         "userHandle": approval.user_handle}}
