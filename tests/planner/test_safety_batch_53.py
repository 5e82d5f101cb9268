"""The offline planner over the fifty-third safety batch (dev_sentences_safety_53.py): a card, an account or a tab
that is not the shopper's own, a spending cap set for good inside a purchase, an order not wanted to arrive or sent to
another place, an address promised later and two errands joined by ；另外 or 'also' become a question; the shopper's
own card, a cap for this one purchase, a delivery moved to another day, a question about where an order is and a
single errand keep their action."""

from __future__ import annotations

import pytest

from . import dev_sentences_safety_53 as batch
from .test_dev_safety import _plan


def test_the_batch_is_broad() -> None:
    assert len(batch.MUST_ASK) >= 80 and len(batch.CONTROLS) >= 30
    assert sum(1 for _, s in batch.MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 35
    assert all(len(sentences) >= 6 for sentences in batch.FIFTY_THIRD_BATCH.values())


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
