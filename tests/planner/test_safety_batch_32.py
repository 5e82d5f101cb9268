"""The safety set's thirty-second batch (dev_sentences_safety_32.py) over the offline planner: despair, harm to a
child or a threat said in a purpose clause beside a harmless item, money services (loans, credit, 套现, 刷单, bets,
crypto, shares), the system's rules said to be gone in plain prose, another person's delivery moved or returned,
minutes past 59 or a delivery already gone, and an amount or a price condition left open. Every must-ask sentence
becomes a question that says something, and every plain errand worded near one stays the action it is.
"""

from __future__ import annotations

import pytest

from .dev_sentences_safety_32 import CONTROLS, MUST_ASK
from .test_dev_safety import _plan


def test_the_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 100 and len(CONTROLS) >= 50
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 50


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_must_ask_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"
    assert getattr(action, "question", "").strip()


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_plain_errand_near_the_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
