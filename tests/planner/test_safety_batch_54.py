"""The offline planner over the fifty-fourth safety batch (dev_sentences_safety_54.py): a drinks order with a chain and
a count but no drink, a reorder of a product two orders hold or of 'the same as last time' with no order named, a
guessed price in another currency and a real gun for a child become a question; a drinks order naming its drink, a
reorder of one order's product, a guessed price in yuan and a water pistol for a child keep their action."""

from __future__ import annotations

import pytest

from . import dev_sentences_safety_54 as batch
from .test_dev_safety import _plan


def test_the_batch_is_broad() -> None:
    assert len(batch.MUST_ASK) >= 30 and len(batch.CONTROLS) >= 10
    assert sum(1 for _, s in batch.MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 10


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
