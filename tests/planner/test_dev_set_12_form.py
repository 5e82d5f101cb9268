"""The whole planner over the twelfth development set (dev_sentences_12_form.py): requests typed as fields in
every intent and both languages are read as the same request in prose; a form that prose would be asked about,
or that names a field the planner cannot honour, is asked about; prose with a colon keeps its answer."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_12_form import ASKED, CONTROLS, FORMS

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])


def _problems(sentence: str, expected: dict[str, Any]) -> list[str]:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    return planner_mismatches(expected, action.kind, fields)


def test_the_form_set_is_broad() -> None:
    kinds = {expected["kind"] for _, expected in FORMS}
    assert len(FORMS) >= 40 and len(ASKED) >= 12
    assert kinds >= {"buy", "bulk_order", "price_watch", "return", "reschedule", "question"}
    assert sum(1 for s, _ in FORMS if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 10


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[s[:40] for s, _ in FORMS])
def test_form_is_read(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(sentence, expected)
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize(("sentence", "expected"), ASKED, ids=[s[:40] for s, _ in ASKED])
def test_form_still_asked(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(sentence, expected)
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize(("sentence", "expected"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_prose_with_a_colon_keeps_its_answer(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(sentence, expected)
    assert not problems, f"{sentence!r}: {problems}"
