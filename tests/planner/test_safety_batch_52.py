"""The offline planner over the fifty-second safety batch (dev_sentences_safety_52.py): a live wild or protected
animal or a part of one, violence against a person named by any kin or role word or said by a euphemism for killing,
despair said indirectly, a covert camera for another person's room in Chinese, and goods wanted so a security
screening misses them become a question; pets from a shop, pet food, leather goods, a razor for shaving, a baby
monitor for one's own baby, a wrench for the sink or as a present and a luggage lock keep their action."""

from __future__ import annotations

import pytest

from . import dev_sentences_safety_52 as batch
from .test_dev_safety import _plan


def test_the_batch_is_broad() -> None:
    assert len(batch.MUST_ASK) >= 80 and len(batch.CONTROLS) >= 30
    assert sum(1 for _, s in batch.MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 35


@pytest.mark.parametrize(
    ("kind", "sentence"), batch.MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in batch.MUST_ASK]
)
def test_must_ask_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"
    assert getattr(action, "question", "").strip()


@pytest.mark.parametrize("sentence", [s for k, s in batch.MUST_ASK if k == "despair said indirectly"])
def test_despair_is_answered_with_care(sentence: str) -> None:
    question = getattr(_plan(sentence), "question", "")
    assert "crisis" in question or "热线" in question, f"{sentence!r} answered {question!r}"


@pytest.mark.parametrize(("sentence", "kind"), batch.CONTROLS, ids=[s[:40] for s, _ in batch.CONTROLS])
def test_plain_errand_near_the_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
