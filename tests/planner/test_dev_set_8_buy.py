"""The purchase reader over the eighth development set for purchases (dev_sentences_8_buy.py): one product
with clauses that only count, cap, correct or negate, slang and frames left out of the product, lead-ins and
remarks before it, in English and Chinese; and the sentences that must still be asked about."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction, PlannedAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, gate, plan_offline
from errand.planner import dialect as dl
from errand.planner import frame as fr
from errand.planner import lexicon as lx
from errand.planner import payment as pm
from errand.planner import shopping as sh

from .dev_sentences import DEV_ORDERS
from .dev_sentences_8_buy import ASKED, BUY

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])


def _bought(sentence: str) -> PlannedAction:
    """The sentence read as a purchase, as the planner reads it once it is taken for one."""
    request = PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)
    text, _ = pm.take_payment(fr.peel(dl.to_mandarin(lx.normalise(" ".join(sentence.split())))))
    return gate.check(text, sh.buy(text, request), request).action


def _problems(expected: dict[str, Any], action: PlannedAction) -> list[str]:
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    return planner_mismatches({"kind": "buy", **expected} if "kind" not in expected else expected, action.kind, fields)


def test_the_buy_dev_set_is_broad() -> None:
    assert len(BUY) >= 15
    assert sum(1 for s, _ in BUY if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 6


@pytest.mark.parametrize(("sentence", "expected"), BUY, ids=[s[:40] for s, _ in BUY])
def test_buy_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(expected, _bought(sentence))
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize(("sentence", "expected"), ASKED, ids=[s[:40] for s, _ in ASKED])
def test_still_asked(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    assert action.kind == expected["kind"], f"{sentence!r}: {action}"
