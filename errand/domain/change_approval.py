"""Whether an approval confirms one after-sales change quote: the verdict the errand, the API and the page reach.

A change quote (``errand.domain.aftersales.ChangeQuote``) is approved like a purchase quote: an Ed25519
signature over ``approval_message(digest)`` by an active key of the quote's shopper, or a passkey's assertion
whose challenge is ``passkey_challenge(digest)`` made by a registered passkey of theirs
(``errand.domain.passkey.verify_passkey_assertion``, the purchase's own check). The digest is the change
quote's (``change_digest``), whose ``kind`` keeps it from ever being a purchase's. Pure and deterministic:
the workflow runs it in its sandbox.
"""

from __future__ import annotations

from datetime import datetime

from .aftersales import ChangeQuote
from .approval import ApprovalVerdict, approval_message, signature_valid
from .models import ShopperProfile, SignedApproval
from .passkey import verify_passkey_assertion


def verify_change_approval(quote: ChangeQuote, candidate: SignedApproval, profile: ShopperProfile,
                           now: datetime) -> tuple[str | None, ApprovalVerdict]:
    """The public key ``candidate`` names and whether it confirms exactly ``quote`` with an active key (Ed25519
    or passkey) of the quote's shopper before it expires. ``profile`` carries the shopper's active keys."""
    shopper_id = str(quote.quote.get("shopper_id", ""))
    if candidate.passkey is not None:
        registered = profile.passkey_for(candidate.key_id)
        verdict = verify_passkey_assertion(candidate, shopper_id=shopper_id, digest=quote.quote_digest,
                                           expires_at=quote.expires_at, registered=registered, now=now)
        return (registered[0] if registered else None), verdict
    if candidate.shopper_id != shopper_id:
        return None, "wrong_shopper"
    if candidate.quote_digest != quote.quote_digest:
        return None, "other_quote"
    if now >= quote.expires_at:
        return None, "expired"
    public_key = profile.key_for(candidate.key_id) if candidate.key_id else None
    if public_key is None:
        return None, "unknown_key"
    if not signature_valid(public_key, candidate.signature, approval_message(quote.quote_digest)):
        return public_key, "bad_signature"
    return public_key, "ok"


__all__ = ["verify_change_approval"]
