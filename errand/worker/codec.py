"""Workflow payload encryption: an AES-GCM ``PayloadCodec`` and the codec server the Temporal Web UI calls.

Off unless a key is configured (``ERRAND_PAYLOAD_KEY``: 32 bytes in base64, or ``ERRAND_PAYLOAD_KEY_FILE``
holding that text). With a key, every payload the worker and the CLI send to Temporal (inputs, results,
signals, queries, activity arguments: addresses, quotes, signatures) is sealed before it leaves the process,
so Temporal's database and anyone who reads its history see ciphertext. Each sealed payload names its key
(``encryption-key-id``, a digest of the key, not the key) and binds that name as associated data; keys can be
rotated by decoding with old ones (``ERRAND_PAYLOAD_OLD_KEYS``, comma-separated) while encoding with the new.

``errand codec-server`` serves ``POST /encode`` and ``POST /decode`` (Temporal's remote codec protocol:
``Payloads`` as protobuf JSON) so that operators see decoded payloads in the Web UI or the ``temporal`` CLI
(``--codec-endpoint``, ``--codec-auth "Bearer <operator token>"``). It answers only to the operator token and
allows cross-origin calls only from the Web UI's origin.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import hmac
import os
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

from aiohttp import hdrs, web
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from google.protobuf import json_format
from temporalio.api.common.v1 import Payload, Payloads
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.converter import DataConverter, PayloadCodec

ENCODING = b"binary/encrypted"
KEY_ID = "encryption-key-id"
NONCE_BYTES = 12


class PayloadKeyError(ValueError):
    """A configured key that is not 32 bytes of base64, or a payload sealed with a key this process lacks."""


def parse_key(text: str) -> bytes:
    """32 bytes from their base64 text."""
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PayloadKeyError("a payload key is 32 bytes in base64") from exc
    if len(key) != 32:
        raise PayloadKeyError(f"a payload key is 32 bytes, not {len(key)}")
    return key


def key_id(key: bytes) -> str:
    """The key's public name: a digest, so the id says which key without saying anything about it."""
    return "k-" + hashlib.sha256(b"errand-payload-key\n" + key).hexdigest()[:16]


def new_key() -> str:
    """A fresh payload key, as text for ``ERRAND_PAYLOAD_KEY``."""
    return base64.b64encode(os.urandom(32)).decode()


class EncryptionCodec(PayloadCodec):
    """Seals each payload whole (metadata and data) with AES-256-GCM under the current key.

    Args:
        key: the key that encodes.
        old_keys: keys that still decode what was sealed before a rotation.
    """

    def __init__(self, key: bytes, old_keys: Sequence[bytes] = ()) -> None:
        super().__init__()
        self.key_id = key_id(key)
        self._keys = {key_id(k): AESGCM(k) for k in (*old_keys, key)}

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        sealer = self._keys[self.key_id]
        out = []
        for payload in payloads:
            nonce = os.urandom(NONCE_BYTES)
            sealed = sealer.encrypt(nonce, payload.SerializeToString(), self.key_id.encode())
            out.append(Payload(metadata={"encoding": ENCODING, KEY_ID: self.key_id.encode()},
                               data=nonce + sealed))
        return out

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        out = []
        for payload in payloads:
            if payload.metadata.get("encoding", b"") != ENCODING:
                out.append(payload)  # sealed by nobody (written before encryption was turned on)
                continue
            name = payload.metadata.get(KEY_ID, b"").decode()
            opener = self._keys.get(name)
            if opener is None:
                raise PayloadKeyError(f"payload sealed with key {name!r}, which this process does not have")
            try:
                plain = opener.decrypt(payload.data[:NONCE_BYTES], payload.data[NONCE_BYTES:], name.encode())
            except InvalidTag as exc:
                why = f"payload under key {name!r} does not open: altered, or the wrong key"
                raise PayloadKeyError(why) from exc
            out.append(Payload.FromString(plain))
        return out


def codec_from(key: str = "", key_file: Path | None = None, old_keys: str = "") -> EncryptionCodec | None:
    """The codec for the configured key (the text itself, else the file's), or None when there is none."""
    text = key or (key_file.read_text(encoding="ascii") if key_file else "")
    if not text.strip():
        return None
    return EncryptionCodec(parse_key(text), [parse_key(k) for k in old_keys.split(",") if k.strip()])


def data_converter(codec: PayloadCodec | None) -> DataConverter:
    """Errand's pydantic data converter, sealing payloads with ``codec`` when there is one."""
    if codec is None:
        return pydantic_data_converter
    return dataclasses.replace(pydantic_data_converter, payload_codec=codec)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def codec_app(codec: PayloadCodec, *, token: str, ui_origin: str) -> web.Application:
    """The remote codec endpoints (``/encode``, ``/decode``) behind the operator ``token``, with CORS for the
    Web UI at ``ui_origin``."""
    if not token:
        raise ValueError("the codec server needs an operator token")
    origin = ui_origin.rstrip("/")

    def cors(request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
        if request.headers.get(hdrs.ORIGIN) == origin:
            response.headers[hdrs.ACCESS_CONTROL_ALLOW_ORIGIN] = origin
            response.headers[hdrs.ACCESS_CONTROL_ALLOW_METHODS] = "POST"
            response.headers[hdrs.ACCESS_CONTROL_ALLOW_HEADERS] = "content-type,x-namespace,authorization"
            response.headers[hdrs.ACCESS_CONTROL_ALLOW_CREDENTIALS] = "true"
            response.headers[hdrs.VARY] = "Origin"
        return response

    async def preflight(request: web.Request) -> web.StreamResponse:
        return cors(request, web.Response())

    def guarded(apply: Callable[[Sequence[Payload]], Awaitable[list[Payload]]]) -> Handler:
        async def handle(request: web.Request) -> web.StreamResponse:
            presented = request.headers.get(hdrs.AUTHORIZATION, "")
            if not hmac.compare_digest(presented.encode(), f"Bearer {token}".encode()):
                refused = web.json_response({"error": "the operator token is required"}, status=401,
                                            headers={"WWW-Authenticate": "Bearer"})
                return cors(request, refused)
            try:
                payloads = json_format.Parse(await request.read(), Payloads())
                result = Payloads(payloads=await apply(payloads.payloads))
            except (json_format.ParseError, PayloadKeyError) as exc:
                return cors(request, web.json_response({"error": str(exc)[:200]}, status=400))
            return cors(request, web.Response(text=json_format.MessageToJson(result),
                                              content_type="application/json"))
        return handle

    app = web.Application(client_max_size=4 * 1024 * 1024)
    app.add_routes([web.post("/encode", guarded(codec.encode)), web.post("/decode", guarded(codec.decode)),
                    web.options("/encode", preflight), web.options("/decode", preflight)])
    return app


__all__ = ["EncryptionCodec", "PayloadKeyError", "codec_app", "codec_from", "data_converter", "key_id",
           "new_key", "parse_key"]
