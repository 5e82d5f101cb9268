"""The twenty-first development set for ordinary purchases (dev_sentences_21_ordinary.py), read by the whole planner as
the other development sets are (test_dev_batches.py)."""

from __future__ import annotations

from typing import Any

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import PlanRequest, plan_offline

from .dev_sentences_21_ordinary import ASKED, READ
from .test_dev_batches import CONTEXTS, NOW


def test_the_set_keeps_its_size() -> None:
    assert len(READ) >= 50 and len(ASKED) >= 12


@pytest.mark.parametrize(("sentence", "expected"), READ + ASKED, ids=[s[:40] for s, _ in READ + ASKED])
def test_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXTS["orders"], now=NOW)).action
    if expected == {"kind": "clarify"}:
        assert action.kind == "clarify", f"{sentence!r}: {action}"
        return
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches({"kind": "buy", **expected}, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"
