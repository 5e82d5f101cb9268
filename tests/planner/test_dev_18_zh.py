"""The eighteenth Chinese development set (dev_sentences_18_zh.py: purchases and watches told inside a story, by a
group, in Hunan or Chaoshan words, with a pack size or a withdrawn second product), read by the whole planner as
test_dev_batches.py reads its sets: ``ALL`` field by field as bench/eval/judging.py compares them, ``ASKED`` only
by kind, since each must become a question. The set keeps its size and its Chinese."""

from __future__ import annotations

from typing import Any

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import PlanRequest, plan_offline

from . import dev_sentences_18_zh as dz
from .test_dev_batches import CONTEXTS, NOW


def _chinese(sentence: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in sentence)


def test_the_set_keeps_its_size() -> None:
    assert len(dz.ALL) >= 100 and sum(1 for sentence, _ in dz.ALL if _chinese(sentence)) >= 100
    assert len(dz.ASKED) >= 15


@pytest.mark.parametrize(("sentence", "expected"), dz.ALL, ids=[s[:40] for s, _ in dz.ALL])
def test_read(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXTS["orders"], now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches({"kind": "buy", **expected}, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize("sentence", [s for s, _ in dz.ASKED], ids=[s[:40] for s, _ in dz.ASKED])
def test_asked(sentence: str) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXTS["orders"], now=NOW)).action
    assert action.kind == "clarify", f"{sentence!r}: {action}"
