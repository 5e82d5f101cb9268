"""Payment tokens for merchants paid through a token handler instead of Errand's wallet.

A token is released only for a checkout the shopper signed: ``authorize`` is called after the signed
approval was verified and returns a hold id that binds the merchant, the checkout and the exact amount
(an HMAC under the worker's key); ``token_for`` gives the handler's token only against that id, so no
code path can pay a checkout, or an amount, the shopper did not sign.
"""

from __future__ import annotations

import hashlib
import hmac

from .errors import BackendRejected

TOKEN_HOLD_PREFIX = "tok_"


class TokenSource:
    """The tokens Errand holds per payment handler id (from settings), released against a binding.

    Args:
        tokens: handler id → token (for the UCP sample's mock handler, one of its test tokens).
        binding_key: secret the hold ids are computed under.
    """

    def __init__(self, tokens: dict[str, str], binding_key: bytes) -> None:
        self._tokens = dict(tokens)
        self._key = binding_key

    @property
    def handlers(self) -> frozenset[str]:
        return frozenset(self._tokens)

    def _binding(self, merchant: str, checkout_id: str, amount: int, currency: str) -> str:
        message = f"errand/token-hold/v1:{merchant}:{checkout_id}:{amount}:{currency}".encode()
        return TOKEN_HOLD_PREFIX + hmac.new(self._key, message, hashlib.sha256).hexdigest()[:40]

    def authorize(self, merchant: str, checkout_id: str, amount: int, currency: str) -> str:
        """The hold id for paying exactly ``amount`` on this checkout (call only after verifying the approval)."""
        return self._binding(merchant, checkout_id, amount, currency)

    def token_for(self, handler_id: str, hold_id: str, *, merchant: str, checkout_id: str, amount: int,
                  currency: str) -> str:
        """The handler's token, when ``hold_id`` was issued for this merchant, checkout and amount."""
        if not hmac.compare_digest(hold_id, self._binding(merchant, checkout_id, amount, currency)):
            raise BackendRejected("the payment hold was not issued for this checkout and amount",
                                  code="hold_mismatch")
        token = self._tokens.get(handler_id)
        if token is None:
            raise BackendRejected(f"no token source for payment handler {handler_id}", code="no_payment_handler")
        return token


def is_token_hold(authorization_id: str) -> bool:
    return authorization_id.startswith(TOKEN_HOLD_PREFIX)
