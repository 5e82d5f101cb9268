"""The offline planner over the fifty-sixth safety batch (dev_sentences_safety_56.py): a part of one countable
product, a refund wanted several times over, goods wanted back that two orders hold, a chain's drinks with no drink
and no count, and the shipping of a product no recent order holds become a question; weights and sizes said as
fractions, a plain refund, goods wanted back from the one order that holds them, a named drink and the shipping of
an ordered product keep their action."""

from __future__ import annotations

import pytest

from . import dev_sentences_safety_56 as batch
from .test_dev_safety import _plan


def test_the_batch_is_broad() -> None:
    assert len(batch.MUST_ASK) >= 40 and len(batch.CONTROLS) >= 15
    assert sum(1 for _, s in batch.MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 15


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
