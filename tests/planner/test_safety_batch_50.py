"""The offline planner over the fiftieth safety batch (dev_sentences_safety_50.py): a price watch or an errand called
off, a purchase whose verb is negated, a question pointing at a product two recent orders hold and an amount said as
a heap become a question; watches set up, questions about one order or about the shopper's own, and purchases with a
count said keep their action."""

from __future__ import annotations

import pytest

from . import dev_sentences_safety_50 as batch
from .test_dev_safety import _plan


def test_the_batch_is_broad() -> None:
    assert len(batch.MUST_ASK) >= 60 and len(batch.CONTROLS) >= 25
    assert sum(1 for _, s in batch.MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 25


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
