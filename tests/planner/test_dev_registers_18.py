"""The eighteenth development set for registers and written forms (``dev_sentences_18_registers.py``) over the whole
offline planner, read like the sets of ``test_dev_batches.py``: every case's kind and judged fields as
bench/eval/judging.py compares them (a question back for the ones that must be asked).
"""

from __future__ import annotations

from typing import Any

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import PlanRequest, plan_offline

from . import dev_sentences_18_registers as registers
from .test_dev_batches import CONTEXTS, NOW

CASES = [pytest.param(sentence, expected, id=f"{attr}:{sentence[:40]}")
         for attr in ("READ", "ASKED") for sentence, expected in getattr(registers, attr)]


def test_the_set_keeps_its_size() -> None:
    assert len(registers.READ) >= 75
    assert len(registers.ASKED) >= 25


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXTS["orders"], now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches({"kind": "buy", **expected}, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"
