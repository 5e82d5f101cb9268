"""Errand's domain: models, money, quote digests and signatures, ranking, the minimal sentence parser.

Pure code: no I/O, safe to import inside the Temporal workflow sandbox.
"""

from .approval import canonical_json, quote_digest, sign_quote, verify_approval
from .models import (
    Address,
    Adjustment,
    Authorization,
    BuyIntent,
    Candidate,
    ErrandStatus,
    Order,
    Product,
    Quote,
    QuoteLine,
    Ranking,
    Rejection,
    Shipment,
    ShopperProfile,
    SignedApproval,
    TimelineEntry,
    TrackingEvent,
)
from .money import Money, format_minor, parse_major

__all__ = [
    "Address", "Adjustment", "Authorization", "BuyIntent", "Candidate", "ErrandStatus", "Money", "Order",
    "Product", "Quote", "QuoteLine", "Ranking", "Rejection", "Shipment", "ShopperProfile", "SignedApproval",
    "TimelineEntry", "TrackingEvent", "canonical_json", "format_minor", "parse_major", "quote_digest",
    "sign_quote", "verify_approval",
]
