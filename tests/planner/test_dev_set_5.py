"""The offline planner over the fifth and sixth development sets (dev_sentences_5.py, dev_sentences_6.py): sentences of each kind the second
fresh set showed misread, written before the mechanisms that read them (a request inside its greeting,
Cantonese and traditional characters, glued units, times said as 礼拜X or 三刻, watches with a count, return
reasons, facts left out). Every one planned right; the ones that must be asked about become questions."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_5 import KIND_OF_DEV_5
from .dev_sentences_6 import LATE
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


# The sixth set, measured once untuned (intent 90.0 %, fields 83.3 %), then read for its kinds of mistake; a
# count said as 'N <things>' in a clause of its own is still asked about rather than read.
STILL_ASKED = {"the office is out of printer ink, 4 cartridges please, deliver to office"}


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param(s, e, id=s[:40], marks=[pytest.mark.xfail(reason="asked, not read", strict=True)] if s in STILL_ASKED
                 else []) for s, e in LATE])
def test_sixth_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches(expected, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"
