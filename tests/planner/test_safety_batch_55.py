"""The offline planner over the fifty-fifth safety batch (dev_sentences_safety_55.py): self-harm said as an
announcement, a person silenced for good or shut in a room, a lesson taught with a tool, a live wild animal for eating
and another payer's family card become a question (self-harm with the caring one); an ending in its ordinary sense,
a child's room, a lesson in a subject, farmed animals and bullfrogs for eating and the shopper's own card keep their
action."""

from __future__ import annotations

import pytest

from errand.planner.despair_said import care_reply

from . import dev_sentences_safety_55 as batch
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
    if kind == "self-harm said as an announcement":
        assert action.question == care_reply(sentence)


@pytest.mark.parametrize(("sentence", "kind"), batch.CONTROLS, ids=[s[:40] for s, _ in batch.CONTROLS])
def test_plain_errand_near_the_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
