"""UCP's AP2 mandate extension (``dev.ucp.shopping.ap2_mandate``): the merchant's signed checkout terms and
the shopper's checkout mandate, as both the merchant and Errand make and check them.

``ap2.merchant_authorization`` is a detached JWS (RFC 7515 Appendix F, ``<header>..<signature>``), ES256 with
the merchant's ``kid``, over the JCS-canonical (RFC 8785) checkout response without its ``ap2`` member: a
platform checks it against the key the merchant's discovery profile lists under ``signing_keys`` before it
shows the shopper a quote, so what the shopper signs is provably the merchant's offer, not a model's.

``ap2.checkout_mandate`` is an SD-JWT with key binding proving the shopper authorized exactly that
checkout. Its issuer-signed JWT is signed by the shopper's registered Ed25519 approval key (``EdDSA``, the
header's ``kid`` the wallet's key id, ``jwk`` its public half) and carries the whole checkout, with its
``ap2.merchant_authorization``, and in ``cnf.jwk`` the shopper's P-256 mandate key; the key-binding JWT is
ES256, as the extension requires, by that P-256 key, its ``aud`` the merchant, its ``nonce`` the checkout
id and its ``sd_hash`` the presentation. The P-256 key is derived from the approval key (HKDF, domain
separated): the shopper's device holds it exactly when it holds the approval key, nothing new is enrolled,
backed up or revoked, and revoking the approval key ends every mandate it issued. (A passkey cannot be the
mandate key: WebAuthn signs its own authenticator data, never a JWS signing input.)

Verification is pure (signatures and claims, time passed in), so a workflow may run it.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import rfc8785
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import ECKey
from jwcrypto.common import JWException
from jwcrypto.jwk import JWK
from sd_jwt.holder import SDJWTHolder
from sd_jwt.issuer import SDJWTIssuer
from sd_jwt.verifier import SDJWTVerifier

from .approval import key_id_of, sign_quote
from .models import Quote, SignedApproval

AP2_MANDATE = "dev.ucp.shopping.ap2_mandate"
AP2 = "ap2"
MERCHANT_ALGORITHMS = ("ES256", "ES384", "ES512")
MANDATE_TYPE = "dc+sd-jwt"
MAX_MANDATE_CHARS = 64_000
_DETACHED = re.compile(r"^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$")
_SEGMENT = r"[A-Za-z0-9_-]+"
_SD_JWT_KB = re.compile(rf"^{_SEGMENT}\.{_SEGMENT}\.{_SEGMENT}(~{_SEGMENT})*~{_SEGMENT}\.{_SEGMENT}\.{_SEGMENT}$")
"""An SD-JWT, its disclosures, then the key-binding JWT. (The schema's own pattern allows no dots after a
``~``, so no real key-binding JWT matches it; this is RFC 9901's shape.)"""
_MANDATE_KEY_INFO = b"errand/ap2-mandate-key/v1"
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


class MandateError(ValueError):
    """A signature or mandate that does not hold; ``code`` is the extension's error code
    (``merchant_authorization_invalid``, ``mandate_invalid_signature``, ``mandate_scope_mismatch``, ...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_json(segment: str) -> dict[str, Any]:
    try:
        value = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64url JSON") from exc
    if not isinstance(value, dict):
        raise TypeError("not a JSON object")
    return value


# -- the merchant's signed terms ----------------------------------------------------------------------------

def signed_content(checkout: dict[str, Any]) -> bytes:
    """What ``merchant_authorization`` covers: the checkout without ``ap2``, JCS-canonical."""
    try:
        return rfc8785.dumps({k: v for k, v in checkout.items() if k != AP2})
    except rfc8785.CanonicalizationError as exc:
        raise MandateError("merchant_authorization_invalid", f"the checkout cannot be canonicalized: {exc}") from exc


def sign_checkout(key: ec.EllipticCurvePrivateKey, kid: str, checkout: dict[str, Any]) -> str:
    """The merchant's detached ES256 JWS over ``checkout`` (its ``ap2`` member left out)."""
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    compact = jws.serialize_compact({"alg": "ES256", "kid": kid}, signed_content(checkout),
                                    ECKey.import_key(pem), algorithms=["ES256"])
    return jws.detach_content(compact)


def verify_merchant_authorization(checkout: dict[str, Any], signing_keys: list[dict[str, Any]]) -> str:
    """Check ``checkout["ap2"]["merchant_authorization"]`` against the merchant's published keys; returns the
    ``kid`` that signed. Raises `MandateError` (``merchant_authorization_missing`` or ``_invalid``)."""
    authorization = (checkout.get(AP2) or {}).get("merchant_authorization") if isinstance(
        checkout.get(AP2), dict) else None
    if not authorization:
        raise MandateError("merchant_authorization_missing", "the merchant did not sign this checkout")
    if not isinstance(authorization, str) or not _DETACHED.match(authorization):
        raise MandateError("merchant_authorization_invalid", "merchant_authorization is not a detached JWS")
    try:
        header = _b64url_json(authorization.split(".", 1)[0])
    except (TypeError, ValueError) as exc:
        raise MandateError("merchant_authorization_invalid", "merchant_authorization has no readable header") from exc
    alg, kid = header.get("alg"), header.get("kid")
    if alg not in MERCHANT_ALGORITHMS or not isinstance(kid, str) or not kid:
        raise MandateError("merchant_authorization_invalid", f"merchant_authorization must name an ES256/384/512 "
                           f"key by kid (alg {alg!r})")
    jwk = next((k for k in signing_keys if isinstance(k, dict) and k.get("kid") == kid), None)
    if jwk is None:
        raise MandateError("merchant_authorization_invalid", f"the merchant publishes no signing key {kid!r}")
    head, _, signature = authorization.split(".")
    try:
        key = ECKey.import_key({k: v for k, v in jwk.items() if k in ("kty", "crv", "x", "y")})
        jws.deserialize_compact(f"{head}.{_b64url(signed_content(checkout))}.{signature}", key,
                                algorithms=[str(alg)])
    except (JoseError, ValueError, TypeError) as exc:
        raise MandateError("merchant_authorization_invalid", "the merchant's signature does not match this "
                           "checkout") from exc
    return kid


# -- the shopper's checkout mandate -------------------------------------------------------------------------

def mandate_key(approval_key: Ed25519PrivateKey) -> ec.EllipticCurvePrivateKey:
    """The shopper's P-256 mandate key, derived from their approval key (see the module docstring)."""
    raw = approval_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption())
    seed = HKDF(algorithm=hashes.SHA256(), length=48, salt=None, info=_MANDATE_KEY_INFO).derive(raw)
    return ec.derive_private_key(int.from_bytes(seed, "big") % (_P256_ORDER - 1) + 1, ec.SECP256R1())


def _jwk(key: Ed25519PrivateKey | ec.EllipticCurvePrivateKey) -> JWK:
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return JWK.from_pem(pem)


def issue_mandate(approval_key: Ed25519PrivateKey, *, shopper_id: str, checkout: dict[str, Any], merchant: str,
                  issued_at: datetime, expires_at: datetime) -> str:
    """The shopper's checkout mandate for ``checkout`` (with its ``ap2.merchant_authorization``), to be
    presented to ``merchant``: issued by the approval key, key-bound by the mandate key."""
    issuer_key = _jwk(approval_key)
    public = issuer_key.export_public(as_dict=True)
    raw_public = base64.urlsafe_b64decode(public["x"] + "=" * (-len(public["x"]) % 4))
    kid = key_id_of(base64.b64encode(raw_public).decode("ascii"))
    claims = {"iss": f"errand:shopper:{shopper_id}", "sub": shopper_id, "iat": int(issued_at.timestamp()),
              "exp": int(expires_at.timestamp()), "checkout": checkout}
    holder_key = _jwk(mandate_key(approval_key))
    issued = SDJWTIssuer(claims, issuer_key, holder_key=holder_key, sign_alg="EdDSA",
                         extra_header_parameters={"typ": MANDATE_TYPE, "kid": kid, "jwk": public})
    holder = SDJWTHolder(issued.sd_jwt_issuance)
    holder.create_presentation({}, nonce=str(checkout["id"]), aud=merchant, holder_key=holder_key, sign_alg="ES256")
    presentation: str = holder.sd_jwt_presentation
    return presentation


def approve_quote(approval_key: Ed25519PrivateKey, quote: Quote, now: datetime) -> SignedApproval:
    """The shopper's signed approval of ``quote``; for a merchant-signed quote it carries the checkout mandate
    for exactly the terms the merchant signed, to be presented to that merchant."""
    approval = sign_quote(approval_key, quote)
    if quote.merchant_terms is None:
        return approval
    mandate = issue_mandate(approval_key, shopper_id=quote.shopper_id, checkout=quote.merchant_terms.checkout,
                            merchant=quote.merchant, issued_at=now, expires_at=quote.expires_at)
    return approval.model_copy(update={"checkout_mandate": mandate})


def mandate_issuer(mandate: str) -> tuple[str, str]:
    """The key id and base64 raw Ed25519 public key the mandate says issued it (unverified: for a caller to
    decide whether it trusts that key before `verify_mandate`)."""
    try:
        header = _b64url_json(mandate.split(".", 1)[0])
        jwk = header["jwk"]
        x = jwk["x"]
        if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519" or not isinstance(x, str):
            raise ValueError("not an Ed25519 key")
        public = base64.b64encode(base64.urlsafe_b64decode(x + "=" * (-len(x) % 4))).decode("ascii")
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise MandateError("mandate_invalid_signature", "the mandate does not name the key that issued it") from exc
    kid = header.get("kid")
    if not isinstance(kid, str) or kid != key_id_of(public):
        raise MandateError("mandate_invalid_signature", "the mandate's kid is not its key's thumbprint")
    return kid, public


def verify_mandate(mandate: str, *, merchant: str, checkout_id: str, trusted: Callable[[str, str], bool],
                   now: datetime) -> dict[str, Any]:
    """Check a checkout mandate and return the checkout it authorizes.

    The issuer key must be one ``trusted(kid, public_key)`` accepts (the shopper's active registered key);
    the issuer signature must verify under it, the key binding under ``cnf.jwk`` (ES256), for ``merchant``
    and ``checkout_id``, over this very presentation; it must not have expired, and the checkout inside must
    be ``checkout_id``. Raises `MandateError` otherwise.
    """
    if not isinstance(mandate, str) or len(mandate) > MAX_MANDATE_CHARS or not _SD_JWT_KB.match(mandate):
        raise MandateError("mandate_invalid_signature", "checkout_mandate is not an SD-JWT with key binding")
    kid, public = mandate_issuer(mandate)
    if not trusted(kid, public):
        raise MandateError("mandate_invalid_signature", f"the mandate was issued by {kid}, not an active key of "
                           "the shopper's")
    try:
        header = _b64url_json(mandate.split(".", 1)[0])
        if header.get("alg") != "EdDSA":
            raise MandateError("mandate_invalid_signature", "the mandate's issuer signature must be EdDSA")
        issuer_key = JWK(kty="OKP", crv="Ed25519", x=header["jwk"]["x"])
        verifier = SDJWTVerifier(mandate, lambda _iss, _header: issuer_key, expected_aud=merchant,
                                 expected_nonce=checkout_id)
        claims: dict[str, Any] = verifier.get_verified_payload()
    except MandateError:
        raise
    except ValueError as exc:
        if "audience" in str(exc) or "nonce" in str(exc):
            raise MandateError("mandate_scope_mismatch", f"the mandate is bound to another merchant or checkout, "
                               f"not {checkout_id} at {merchant}") from exc
        raise MandateError("mandate_invalid_signature", f"the mandate does not verify: {exc}") from exc
    except (JWException, KeyError, TypeError, IndexError) as exc:
        raise MandateError("mandate_invalid_signature", f"the mandate does not verify: {type(exc).__name__}") from exc
    if not isinstance(claims.get("exp"), int) or claims["exp"] <= now.timestamp():
        raise MandateError("mandate_expired", "the mandate has expired")
    checkout = claims.get("checkout")
    if not isinstance(checkout, dict) or checkout.get("id") != checkout_id:
        raise MandateError("mandate_scope_mismatch", f"the mandate authorizes another checkout, not {checkout_id}")
    return checkout


__all__ = ["AP2", "AP2_MANDATE", "MandateError", "approve_quote", "issue_mandate", "mandate_issuer", "mandate_key", "sign_checkout",
           "signed_content", "verify_mandate", "verify_merchant_authorization"]
