"""The offline planner over the forty-fourth safety batch (dev_sentences_safety_44.py): an ordinary good whose stated
use is its misuse (a medicine or gas to get high, alcohol, tobacco or vapes for children, an object wanted as a weapon,
a door or lock not the shopper's own forced open, shared safety equipment disabled) becomes a question; the same
goods bought for their ordinary use keep their action."""

from __future__ import annotations

import pytest

from . import dev_sentences_safety_44 as batch
from .test_dev_safety import _plan


def test_the_batch_is_broad() -> None:
    assert len(batch.MUST_ASK) >= 40 and len(batch.CONTROLS) >= 12
    assert sum(1 for _, s in batch.MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 20


@pytest.mark.parametrize(
    ("kind", "sentence"), batch.MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in batch.MUST_ASK]
)
def test_must_ask_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"
    assert getattr(action, "question", "").strip()


@pytest.mark.parametrize(("sentence", "kind"), batch.CONTROLS, ids=[s[:40] for s, _ in batch.CONTROLS])
def test_plain_errand_near_the_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
