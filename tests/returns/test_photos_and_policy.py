"""The pure parts: reading PNG/JPEG by hand, and the return policy applied to an order."""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta

import pytest

from errand.activities.photos import check_photo
from errand.domain.intents import ReturnIntent
from errand.domain.returns import (
    CategoryPolicy,
    OrderFacts,
    OrderLineFacts,
    PhotoCheck,
    ReturnPolicy,
    VisionAssessment,
    assess_evidence,
    assess_order,
)

from .helpers import png


def jpeg(width: int, height: int, *, ended: bool = True) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    sos = b"\xff\xda" + struct.pack(">H", 8) + b"\x01\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + bytes(9) + sof + sos + b"\x12\x34" + (
        b"\xff\xd9" if ended else b"")


@pytest.mark.parametrize(("data", "verdict", "detail"), [
    (png(400, 300), "ok", "png 400×300"),
    (jpeg(1024, 768), "ok", "jpeg 1024×768"),
    (png(120, 90), "inconclusive", "too small to judge"),
    (png(20, 20), "invalid", "outside 64"),
    (png(400, 300)[:-30], "invalid", "PNG"),
    (png(400, 300)[:60] + b"\x00" + png(400, 300)[61:], "invalid", "PNG"),
    (jpeg(800, 600, ended=False), "invalid", "truncated"),
    (b"GIF89a" + bytes(100), "invalid", "not a PNG or JPEG"),
    (b"\x89PNG\r\n\x1a\n" + bytes(6 * 1024 * 1024), "invalid", "over the"),
])
def test_photo_checks(data: bytes, verdict: str, detail: str) -> None:
    check = check_photo("ph_1", data)
    assert check.verdict == verdict and detail in check.detail, check


NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)
POLICY = ReturnPolicy(categories=[
    CategoryPolicy(category="kitchen", returnable=True, window_days=15, rule="kitchen: 15 days"),
    CategoryPolicy(category="groceries", returnable=False, window_days=0, rule="groceries: never")])


def facts(category: str = "kitchen", days_ago: float | None = 3, shopper: str = "alice") -> OrderFacts:
    return OrderFacts(found=True, order_id="ord_1", shopper_id=shopper, delivered=days_ago is not None,
                      delivered_at=NOW - timedelta(days=days_ago) if days_ago is not None else None,
                      shipment_status="delivered" if days_ago is not None else "in_transit", policy=POLICY,
                      lines=[OrderLineFacts(product_id="p1", title="Kettle", category=category, quantity=1,
                                            unit_price=8900)])


def intent(reason: str = "damaged", product: str | None = None) -> ReturnIntent:
    return ReturnIntent(shopper_id="alice", order_id="ord_1", reason=reason, product_id=product)  # type: ignore[arg-type]


@pytest.mark.parametrize(("order", "wish", "decision", "words"), [
    (facts(), intent(), "eligible", "within the return window"),
    (OrderFacts(found=False, order_id="ord_1"), intent(), "refused", "there is no order"),
    (facts(shopper="bob"), intent(), "refused", "not alice's"),
    (facts(days_ago=None), intent(), "refused", "not delivered yet (in transit)"),
    (facts(), intent(product="p9"), "refused", "has no item p9"),
    (facts("groceries"), intent(), "refused", "cannot be returned"),
    (facts(days_ago=20), intent("changed_mind"), "refused", "outside the 15-day window"),
    (facts(days_ago=20), intent("damaged"), "needs_human", "but reported damaged"),
    (facts("toys", days_ago=8), intent("other"), "refused", "7-day window"),
])
def test_order_policy(order: OrderFacts, wish: ReturnIntent, decision: str, words: str) -> None:
    verdict = assess_order(order, wish, NOW)
    assert verdict.decision == decision and words in verdict.reason, verdict


def test_evidence_rules() -> None:
    ok = PhotoCheck(photo_id="a", verdict="ok", detail="png")
    small = PhotoCheck(photo_id="b", verdict="inconclusive", detail="small")
    assert assess_evidence(True, [], []).decision == "refused"
    assert assess_evidence(False, [], []).decision == "eligible"
    assert assess_evidence(True, [ok], [VisionAssessment(photo_id="a", status="unavailable")]).decision == "eligible"
    assert assess_evidence(True, [ok, small], []).decision == "needs_human"
    assert assess_evidence(True, [ok], [VisionAssessment(photo_id="a", status="inconsistent")]).decision \
        == "needs_human"
