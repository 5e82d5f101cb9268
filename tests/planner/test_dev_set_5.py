"""The offline planner over the fifth development set (dev_sentences_5.py): sentences of each kind the second
fresh set showed misread, written before the mechanisms that read them (a request inside its greeting,
Cantonese and traditional characters, glued units, times said as 礼拜X or 三刻, watches with a count, return
reasons, facts left out). Every one planned right; the ones that must be asked about become questions."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from errand.planner import OrderSummary, ShopperContext

from .dev_sentences import DEV_ORDERS
from .dev_sentences_5 import KIND_OF_DEV_5
from .scoring import score_case

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])
CASES = [(kind, sentence, expected) for kind, table in KIND_OF_DEV_5.items() for sentence, expected in table]


def test_the_fifth_dev_set_is_broad() -> None:
    assert len(CASES) >= 40
    assert {kind for kind, _, _ in CASES} >= {"buy", "bulk_order", "price_watch", "return", "reschedule", "question",
                                               "clarify"}
    assert sum(1 for _, s, _ in CASES if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 15


@pytest.mark.parametrize(("kind", "sentence", "expected"), CASES, ids=[f"{k}:{s[:40]}" for k, s, _ in CASES])
def test_fifth_dev_sentence(kind: str, sentence: str, expected: dict[str, object]) -> None:
    outcome = score_case(kind, sentence, expected, CONTEXT, NOW)
    assert outcome.right, f"{sentence!r}: {outcome.problems}"
