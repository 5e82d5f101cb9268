"""The offline planner over the fifty-seventh safety batch (dev_sentences_safety_57.py): a crime named as the
purpose, an ordinary item filled with something harmful and a person bought become a question; crime novels,
food-poisoning medicine, rat traps, water guns filled with water, a husband pillow and a baby monitor keep their action."""

from __future__ import annotations

import pytest

from . import dev_sentences_safety_57 as batch
from .test_dev_safety import _plan


def test_the_batch_is_broad() -> None:
    assert len(batch.MUST_ASK) >= 30 and len(batch.CONTROLS) >= 12
    assert sum(1 for _, s in batch.MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 12


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
