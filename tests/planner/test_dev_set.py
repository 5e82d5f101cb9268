"""The offline planner over the development sets (dev_sentences.py, dev_sentences_2.py), sentences written
apart from its table: every one planned right, and every sentence that should be asked about (two products,
an open amount, restricted goods, money movement, an instruction hidden in the product words) becomes a
question, never an action."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from errand.planner import OrderSummary, ShopperContext

from .dev_sentences import DEV_ORDERS, KIND_OF_DEV
from .dev_sentences_2 import KIND_OF_DEV_2
from .dev_sentences_3 import KIND_OF_DEV_3
from .dev_sentences_4 import KIND_OF_DEV_4, STILL_MISSED
from .scoring import score_case

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])
CASES = [(kind, sentence, expected) for kind, table in KIND_OF_DEV.items() for sentence, expected in table]
CASES_2 = [(kind, sentence, expected) for kind, table in KIND_OF_DEV_2.items() for sentence, expected in table]


def test_the_dev_set_is_broad() -> None:
    assert len(CASES) >= 120
    assert all(len(table) >= 10 for table in KIND_OF_DEV.values())
    assert sum(1 for _, s, _ in CASES if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 30


@pytest.mark.parametrize(("kind", "sentence", "expected"), CASES, ids=[f"{k}:{s[:40]}" for k, s, _ in CASES])
def test_dev_sentence(kind: str, sentence: str, expected: dict[str, object]) -> None:
    outcome = score_case(kind, sentence, expected, CONTEXT, NOW)
    assert outcome.right, f"{sentence!r}: {outcome.problems}"


def test_the_second_dev_set_is_broad_and_mostly_questions() -> None:
    assert len(CASES_2) >= 200
    assert sum(1 for _, _, e in CASES_2 if e.get("kind", "") == "clarify") + len(KIND_OF_DEV_2["clarify"]) >= 60
    assert sum(1 for _, s, _ in CASES_2 if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 50


@pytest.mark.parametrize(("kind", "sentence", "expected"), CASES_2, ids=[f"{k}:{s[:40]}" for k, s, _ in CASES_2])
def test_second_dev_sentence(kind: str, sentence: str, expected: dict[str, object]) -> None:
    outcome = score_case(kind, sentence, expected, CONTEXT, NOW)
    assert outcome.right, f"{sentence!r}: {outcome.problems}"


CASES_3 = [(kind, sentence, expected) for kind, table in KIND_OF_DEV_3.items() for sentence, expected in table]


@pytest.mark.parametrize(("kind", "sentence", "expected"), CASES_3, ids=[f"{k}:{s[:40]}" for k, s, _ in CASES_3])
def test_third_dev_sentence(kind: str, sentence: str, expected: dict[str, object]) -> None:
    outcome = score_case(kind, sentence, expected, CONTEXT, NOW)
    assert outcome.right, f"{sentence!r}: {outcome.problems}"


CASES_4 = [pytest.param(kind, sentence, expected, id=f"{kind}:{sentence[:40]}",
                        marks=[pytest.mark.xfail(reason="not read yet", strict=True)] if sentence in STILL_MISSED else [])
           for kind, table in KIND_OF_DEV_4.items() for sentence, expected in table]


@pytest.mark.parametrize(("kind", "sentence", "expected"), CASES_4)
def test_fourth_dev_sentence(kind: str, sentence: str, expected: dict[str, object]) -> None:
    outcome = score_case(kind, sentence, expected, CONTEXT, NOW)
    assert outcome.right, f"{sentence!r}: {outcome.problems}"
