"""The whole planner over the thirteenth development set for English written in structured or unusual forms
(dev_sentences_13_en.py): code and tool forms, bullets and numbered points, telegraphic forms, counts written
'3x' or 'half a dozen', Singaporean and Malaysian English, a request buried in a story and typos in the words
around the product are read as the request said plainly; the same forms with a harmful item, nothing named, a
count left open or someone else's card or address are asked about."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_13_en import ASKED, READ

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])


def _problems(sentence: str, expected: dict[str, Any]) -> list[str]:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    return planner_mismatches(expected, action.kind, fields)


@pytest.mark.parametrize(("sentence", "expected"), READ, ids=[s[:40] for s, _ in READ])
def test_structured_sentence_is_read(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(sentence, expected)
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize(("sentence", "expected"), ASKED, ids=[s[:40] for s, _ in ASKED])
def test_still_asked(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(sentence, expected)
    assert not problems, f"{sentence!r}: {problems}"
