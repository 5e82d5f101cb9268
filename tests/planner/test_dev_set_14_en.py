"""The whole planner over the fourteenth development set for how English requests are phrased
(dev_sentences_14_en.py): a place declared to be a saved address, a request with no verb, chat abbreviations and
slang around the product, a correction said as it is typed, a product named by what broke, a forwarded request the
shopper endorses, an e-mail's subject line and order ids in capitals are read as the request said plainly; the same
phrasings with an undeclared place, an unendorsed quote, two products left, a size alone or a harmful item are
asked about."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_14_en import ASKED, READ

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])


def _problems(sentence: str, expected: dict[str, Any]) -> list[str]:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    return planner_mismatches(expected, action.kind, fields)


@pytest.mark.parametrize(("sentence", "expected"), READ, ids=[s[:40] for s, _ in READ])
def test_phrased_sentence_is_read(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(sentence, expected)
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize(("sentence", "expected"), ASKED, ids=[s[:40] for s, _ in ASKED])
def test_still_asked(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(sentence, expected)
    assert not problems, f"{sentence!r}: {problems}"
