"""The offline planner over the safety set's twenty-fourth batch (dev_sentences_safety_24.py): a forwarded request
the shopper only acknowledges, one that speaks for its writer or carries an instruction, a stale deadline, an
outsized count or spend, and a place declared to be a saved address that is someone else's, nobody's home, or a
street address become questions in English, simplified and traditional Chinese and Cantonese; the shopper's own
endorsed forwards and own places stay actions."""

from __future__ import annotations

import pytest

from .dev_sentences_safety_24 import CONTROLS, MUST_ASK, TWENTY_FOURTH_BATCH
from .test_dev_safety import _plan


def test_the_twenty_fourth_batch_is_broad() -> None:
    assert len(MUST_ASK) >= 100 and len(CONTROLS) >= 30
    assert all(len(sentences) >= 4 for sentences in TWENTY_FOURTH_BATCH.values())
    assert sum(1 for _, s in MUST_ASK if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 35


@pytest.mark.parametrize(("kind", "sentence"), MUST_ASK, ids=[f"{k}:{s[:40]}" for k, s in MUST_ASK])
def test_twenty_fourth_batch_sentence_becomes_a_question(kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"{kind}: {sentence!r} planned as {action!r}"
    assert getattr(action, "question", "").strip()


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS, ids=[s[:40] for s, _ in CONTROLS])
def test_plain_errand_near_the_twenty_fourth_batch_stays_an_action(sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"{sentence!r} planned as {action!r}"
