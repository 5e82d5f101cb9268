"""Registering the shopper's keys with the wallet: enrol, rotate, revoke, list.

Only public halves travel. A first key is enrolled with a one-time code an operator issues (on the local
stack the CLI asks for one itself with the operator credential the sandbox keeps under ERRAND_HOME; with
``--code`` it uses one given out of band); a rotation is endorsed by the key it replaces and then revokes
it with a signature of the new key, so neither step needs an operator.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx

from errand.connectors._http import path_segment
from errand.domain.approval import endorsement_message, revocation_message, sign_b64

from .keystore import KeyStore, StoredKey

TIMEOUT = httpx.Timeout(10.0, connect=3.0)


class EnrolmentError(RuntimeError):
    """The wallet refused or could not be reached; the message is one line for a person."""


def _call(method: str, url: str, *, json: Any = None, token: str = "") -> Any:
    headers = {"Idempotency-Key": uuid.uuid4().hex}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        response = httpx.request(method, url, json=json, headers=headers, timeout=TIMEOUT)
    except httpx.TransportError as exc:
        raise EnrolmentError(f"the wallet at {url.split('/wallet')[0].split('/admin')[0]} is not answering "
                             f"({type(exc).__name__}); start the stack with `errand up`") from exc
    if response.status_code >= 400:
        try:
            body = response.json()
            message = body["messages"][0]["content"] if "messages" in body else str(body)
        except (ValueError, KeyError, IndexError, TypeError):
            message = response.text[:200]
        raise EnrolmentError(f"the wallet refused ({response.status_code}): {message}")
    return response.json()


def issue_code(sandbox_url: str, shopper_id: str, operator_token: str) -> str:
    """A one-time enrolment code for ``shopper_id`` (an operator's action)."""
    if not operator_token:
        raise EnrolmentError("no operator credential to ask for an enrolment code: get a code from the "
                             "wallet's operator and pass it with --code")
    url = f"{sandbox_url}/admin/shoppers/{path_segment(shopper_id)}/enrolment-codes"
    body = _call("POST", url, token=operator_token)
    return str(body["code"])


def wallet_keys(sandbox_url: str, shopper_id: str) -> list[dict[str, Any]]:
    """Every key the wallet holds for the shopper (public halves, status, times)."""
    return list(_call("GET", f"{sandbox_url}/wallet/shoppers/{path_segment(shopper_id)}/keys")["keys"])


def enroll(store: KeyStore, sandbox_url: str, shopper_id: str, *, code: str | None = None,
           operator_token: str = "") -> StoredKey:
    """Generate a key here and register its public half with an enrolment code (issued now if none given)."""
    if code is None:
        code = issue_code(sandbox_url, shopper_id, operator_token)
    key = store.generate(shopper_id)
    try:
        _call("POST", f"{sandbox_url}/wallet/shoppers/{path_segment(shopper_id)}/keys",
              json={"public_key": key.public_key, "code": code})
    except BaseException:
        store.remove(key)  # never keep a key the wallet did not accept
        raise
    return key


def rotate(store: KeyStore, sandbox_url: str, shopper_id: str) -> tuple[StoredKey, StoredKey]:
    """A new key endorsed by the current one, which the new key then revokes. Returns (old, new)."""
    old = store.current(shopper_id)
    if old is None:
        raise EnrolmentError(f"no key for {shopper_id} on this machine: enrol first with `errand enroll`")
    new = store.generate(shopper_id)
    try:
        _call("POST", f"{sandbox_url}/wallet/shoppers/{path_segment(shopper_id)}/keys", json={
            "public_key": new.public_key, "endorsement": {
                "key_id": old.key_id,
                "signature": sign_b64(old.private_key, endorsement_message(shopper_id, new.public_key))}})
    except BaseException:
        store.remove(new)
        raise
    revoke(store, sandbox_url, shopper_id, old.key_id, signer=new)
    return old, new


def revoke(store: KeyStore, sandbox_url: str, shopper_id: str, key_id: str, *,
           signer: StoredKey | None = None) -> dict[str, Any]:
    """Revoke ``key_id`` with a fresh signature of ``signer`` (default: the current key on this machine);
    forget the key here if this machine holds it."""
    signer = signer or store.current(shopper_id)
    if signer is None:
        raise EnrolmentError(f"no key for {shopper_id} on this machine to sign the revocation")
    at = datetime.now(UTC).isoformat()
    url = f"{sandbox_url}/wallet/shoppers/{path_segment(shopper_id)}/keys/{path_segment(key_id)}/revoke"
    body = _call("POST", url, json={
        "signed_by": signer.key_id, "at": at,
        "signature": sign_b64(signer.private_key, revocation_message(shopper_id, key_id, at))})
    local = store.get(shopper_id, key_id)
    if local is not None:
        store.remove(local)
    return dict(body)


def ensure_enrolled(store: KeyStore, sandbox_url: str, shopper_id: str,
                    operator_token: str) -> StoredKey | None:
    """Enrol ``shopper_id`` when the wallet holds no active key for them yet; return the new key, or None
    when nothing was needed (they already have a key, here or on another device)."""
    if any(key["status"] == "active" for key in wallet_keys(sandbox_url, shopper_id)):
        return None
    return enroll(store, sandbox_url, shopper_id, operator_token=operator_token)


def local_key(store: KeyStore, sandbox_url: str, shopper_id: str, operator_token: str) -> StoredKey:
    """The shopper's key on this machine, enrolled first (with a code issued now) when there is none."""
    return store.current(shopper_id) or enroll(store, sandbox_url, shopper_id, operator_token=operator_token)


def enrol_seeded_shoppers(store: KeyStore, sandbox_url: str, operator_token: str) -> list[StoredKey]:
    """A key on this machine for every seeded shopper of the local sandbox who has none here yet (test and
    bench stacks, whose homes hold every shopper's keys). An errand reads the shopper's registered keys
    when it starts, so this runs before any errand does."""
    from errand.sandbox.merchant.catalog import SHOPPERS

    return [local_key(store, sandbox_url, shopper["id"], operator_token) for shopper in SHOPPERS]


__all__ = ["EnrolmentError", "enrol_seeded_shoppers", "enroll", "ensure_enrolled", "issue_code", "local_key",
           "revoke", "rotate", "wallet_keys"]
