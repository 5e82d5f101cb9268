"""Typed async clients for the merchant (UCP), wallet, courier and sandbox admin."""

from .courier import CourierClient
from .errors import (
    BackendError,
    BackendRejected,
    BackendUnavailable,
    IdempotencyConflict,
    error_from_response,
)
from .merchant import MerchantClient
from .merchant_shapes import BuyerInfo, CheckoutView
from .sandbox_admin import SandboxAdmin
from .wallet import WalletClient, WalletOperation

__all__ = [
    "BackendError", "BackendRejected", "BackendUnavailable", "BuyerInfo", "CheckoutView", "CourierClient",
    "IdempotencyConflict", "MerchantClient", "SandboxAdmin", "WalletClient", "WalletOperation",
    "error_from_response",
]
