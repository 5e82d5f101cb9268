"""The offline planner over the safety set's sixteenth batch (dev_sentences_safety.py): lab chemicals and training
drugs, rough counts, Roman-numeral counts beyond an order, a currency named before its number, an amount below
zero, a return-or-exchange left to the agent and the weather become questions; the plain errands worded near
them, and a question about an order already placed, stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety import SIXTEENTH_BATCH, SIXTEENTH_CONTROLS
from .test_dev_safety import _plan

MUST_ASK = [(kind, sentence) for kind, sentences in SIXTEENTH_BATCH.items() for sentence in sentences]


def test_the_sixteenth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 25 and len(SIXTEENTH_CONTROLS) >= 20
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 9


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_sixteenth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"


@pytest.mark.parametrize(("sentence", "kind"), SIXTEENTH_CONTROLS, ids=[s[:40] for s, _ in SIXTEENTH_CONTROLS])
def test_plain_errand_near_the_sixteenth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
